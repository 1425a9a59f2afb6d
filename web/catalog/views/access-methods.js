import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { HubError } from '../api.js';

/**
 * 共享方式 for the signed-in department: the example query of what it may read now (opened in GraphiQL with its key
 * and purpose), the X-Purpose header of its grants ready to copy, and file downloads of exactly what it may read.
 */
export class AccessMethods extends Component {
  state = { purpose: '', copied: false, downloading: null, error: null };

  /** The purposes its grants on this entry name: a read under a grant declares one of them. */
  purposes() {
    return [...new Set(this.props.entry.items.flatMap((i) => i.myAccess.purposes ?? []))];
  }

  chosenPurpose() {
    return this.state.purpose || this.purposes()[0] || '';
  }

  copy = async () => {
    await navigator.clipboard.writeText(`X-Purpose: ${encodeURIComponent(this.chosenPurpose())}`);
    this.setState({ copied: true });
  };

  /** The file is fetched with the key and purpose (headers a plain link cannot carry), then saved. */
  download = async (format) => {
    const { session, entry } = this.props;
    const purpose = this.chosenPurpose();
    this.setState({ downloading: format, error: null });
    try {
      const headers = { authorization: `Bearer ${session.key}` };
      if (purpose) headers['x-purpose'] = encodeURIComponent(purpose);
      const res = await fetch(`/download/${encodeURIComponent(entry.code)}.${format}`, { headers });
      if (!res.ok) {
        const body = await res.json().catch(() => null);
        const first = body?.errors?.[0];
        throw new HubError(first?.extensions?.code ?? 'BAD_RESPONSE', first?.message ?? `HTTP ${res.status}`);
      }
      const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${entry.code}.${format}`);
      const url = URL.createObjectURL(await res.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      this.setState({ downloading: null });
    } catch (error) {
      this.setState({ downloading: null, error });
    }
  };

  render() {
    const { entry } = this.props;
    const purposes = this.purposes();
    const purpose = this.chosenPurpose();
    const graphiql = `/graphql#${new URLSearchParams({ query: entry.exampleQuery ?? '', ...(purpose ? { purpose } : {}) })}`;
    return html`<section class="methods" aria-labelledby="methods-title">
      <h2 id="methods-title">获取方式</h2>
      <h3>接口查询（GraphQL）</h3>
      ${
        entry.exampleQuery
          ? html`<pre class="example"><code>${entry.exampleQuery}</code></pre>
            <p><a class="button" href=${graphiql}>在 GraphiQL 中打开</a> 用本部门的密钥${purpose ? '和下列用途' : ''}执行、修改这个查询。</p>`
          : html`<p class="empty">这个资源经所属记录查询，见 GraphiQL 文档 (Docs)。</p>`
      }
      ${
        purposes.length
          ? html`<div class="purpose">
            <p>读取已获授权的有条件共享项时，在请求头中声明授权用途（百分号编码）：</p>
            ${
              purposes.length > 1
                ? html`<label>用途 <select value=${purpose} onChange=${(e) => this.setState({ purpose: e.target.value, copied: false })}>
                    ${purposes.map((p) => html`<option key=${p} value=${p}>${p}</option>`)}
                  </select></label>`
                : null
            }
            <p><code class="header-value">X-Purpose: ${encodeURIComponent(purpose)}</code>
              <button type="button" class="secondary" onClick=${this.copy}>复制</button>
              ${this.state.copied ? html`<span role="status">已复制</span>` : null}</p>
          </div>`
          : null
      }
      <h3>文件下载</h3>
      ${
        entry.downloadFormats.length
          ? html`<p class="downloads">${entry.downloadFormats.map(
              (f) =>
                html`<button key=${f} type="button" class="secondary" data-format=${f} disabled=${this.state.downloading !== null} onClick=${() => this.download(f)}>
                  ${this.state.downloading === f ? '正在下载…' : `下载 ${f === 'geojson' ? 'GeoJSON' : f.toUpperCase()}`}</button>`,
            )}</p>
            <p class="hint">文件只含本部门现在可读的信息项${purpose ? `（按用途“${purpose}”）` : ''}和可见的记录；每次下载记入审计。</p>`
          : html`<p class="empty">没有可下载的文件：这个资源按调用计算，或本部门还不能读取它的任何信息项。</p>`
      }
      ${this.state.error ? html`<p class="error" role="alert">下载失败：${this.state.error.message}</p>` : null}
    </section>`;
  }
}

import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { formatTime } from '../format.js';
import { CATALOG_ENTRY } from '../queries.js';
import { entryHref, REQUESTS_HREF } from '../routes.js';
import { ANSWER_DEADLINE, DOMAIN } from '../terms.js';
import { ErrorBox } from './error-box.js';
import { AccessMethods } from './access-methods.js';
import { ItemEditor } from './item-editor.js';
import { ItemTable } from './item-table.js';
import { RequestForm } from './request-form.js';

/** One catalog entry as a signed-in department sees it, with the request form for what it may request. */
export class EntryPage extends Component {
  state = { entry: undefined, pending: [], grants: [], error: null, submitted: null, technical: false, editing: null };

  componentDidMount() {
    this.load();
  }

  async load() {
    const { session, code } = this.props;
    try {
      const data = await gql(session.key, CATALOG_ENTRY, { code });
      this.setState({
        entry: data.catalogEntry,
        pending: data.myPending.filter((r) => r.resource.code === code),
        // Only the counties of a county-limited grant come from here: each item's myAccess says the rest.
        grants: data.myGrants.filter((g) => g.active && g.resource.code === code),
        error: null,
      });
    } catch (error) {
      this.setState({ error });
    }
  }

  submitted = (request) => {
    this.setState({ submitted: request });
    this.load();
  };

  render() {
    const { session, code, backHref } = this.props;
    const { entry, pending, grants, error, submitted } = this.state;
    const back = html`<a class="back" href=${backHref}>← 返回目录</a>`;
    if (error) return html`${back}<${ErrorBox} error=${error} />`;
    if (entry === undefined) return html`${back}<p class="loading">正在加载…</p>`;
    if (entry === null) return html`${back}<p class="empty">目录中没有资源代码 ${code}。</p>`;
    const own = session.department?.code === entry.provider.code;
    const requestable = entry.items.filter((i) => i.myAccess.status === 'REQUESTABLE' && !pending.some((r) => r.items.includes(i.fieldName)));
    // Keyed by the pending requests, so a submitted request leaves a fresh form for the items still open.
    const form =
      requestable.length && !own
        ? html`<${RequestForm} key=${pending.length} session=${session} entry=${entry} items=${requestable} onSubmitted=${this.submitted} />`
        : null;
    return html`<article class=${`entry${this.state.technical ? ' technical' : ''}`}>
      ${back}
      <h1>${entry.name}</h1>
      <p class="code">${entry.code}<span class="tech"> · GraphQL 类型 <code>${entry.typeName}</code></span></p>
      <label class="tech-toggle"><input type="checkbox" checked=${this.state.technical}
        onChange=${(e) => this.setState({ technical: e.target.checked })} /> 技术信息（字段代码、GraphQL 类型）</label>
      <p class="abstract">${entry.abstract}</p>
      <dl class="facts">
        <div><dt>提供部门</dt><dd>${entry.provider.name}</dd></div>
        <div><dt>领域</dt><dd>${DOMAIN[entry.domain] ?? entry.domain}</dd></div>
        <div><dt>资源分类</dt><dd>${entry.classification}</dd></div>
        <div><dt>资源格式</dt><dd>${entry.format}</dd></div>
        <div><dt>更新周期</dt><dd>${entry.updateCycle}</dd></div>
        <div><dt>数据最近更新</dt><dd>${formatTime(entry.lastUpdate)}</dd></div>
        <div><dt>记录数</dt><dd>${entry.recordCount === null ? '按调用计算' : `${entry.recordCount.toLocaleString('zh-CN')} 条（本部门可见）`}</dd></div>
        <div><dt>发布日期</dt><dd>${entry.publishedOn}</dd></div>
        <div><dt>目录版本</dt><dd>第 ${entry.version} 版</dd></div>
        ${
          entry.related.length ? html`<div><dt>关联资源</dt><dd>${entry.related.map((r) => html`<a key=${r} href=${entryHref(r)}>${r}</a> `)}</dd></div>` : null
        }
      </dl>
      ${own ? html`<p class="notice">本部门是该资源的提供部门。其他部门的共享申请在 <a href=${REQUESTS_HREF}>申请与授权</a> 中答复。</p>` : null}
      ${
        submitted
          ? html`<p class="notice" role="status">已提交共享申请（编号 ${submitted.id}），状态：待审批。提供部门应在 ${submitted.dueOn} 前答复（${ANSWER_DEADLINE}）。</p>`
          : null
      }
      <h2>信息项（${entry.items.length}）</h2>
      <${ItemTable} items=${entry.items} pending=${pending} grants=${grants} editing=${this.state.editing}
        onEdit=${(field) => this.setState({ editing: field })}
        editable=${
          own
            ? (item) =>
                html`<${ItemEditor} key=${item.fieldName} session=${session} entry=${entry} item=${item}
                  onCancel=${() => this.setState({ editing: null })} onSaved=${async () => (await this.load(), this.setState({ editing: null }))} />`
            : null
        } />
      ${
        own
          ? html`<details class="versions">
              <summary>变更记录（${entry.versions.length} 个版本）</summary>
              <ol>${[...entry.versions].reverse().map((v) => html`<li key=${v.version} data-version=${v.version}>第 ${v.version} 版 · ${formatTime(v.changedAt)} · ${v.changeNote}</li>`)}</ol>
            </details>`
          : null
      }
      ${form}
      <${AccessMethods} session=${session} entry=${entry} />
    </article>`;
  }
}

import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { formatTime } from '../format.js';
import { DISCLOSURE_INDEX } from '../queries.js';
import { ErrorBox } from './error-box.js';
import { PublicItemTable } from './item-table.js';

/** One entry of the disclosure index, for visitors without a key. */
export class PublicEntryPage extends Component {
  state = { entry: undefined, error: null };

  async componentDidMount() {
    try {
      const { disclosureIndex } = await gql(null, DISCLOSURE_INDEX);
      this.setState({ entry: disclosureIndex.find((e) => e.code === this.props.code) ?? null });
    } catch (error) {
      this.setState({ error });
    }
  }

  render() {
    const { code, backHref } = this.props;
    const { entry, error } = this.state;
    const back = html`<a class="back" href=${backHref}>← 返回目录</a>`;
    if (error) return html`${back}<${ErrorBox} error=${error} />`;
    if (entry === undefined) return html`${back}<p class="loading">正在加载…</p>`;
    if (entry === null) {
      return html`${back}<p class="empty">资源 ${code} 没有向社会公开的信息项。部门用户登录后可查看完整的资源共享目录。</p>`;
    }
    return html`<article class="entry">
      ${back}
      <h1>${entry.name}</h1>
      <p class="code">${entry.code}</p>
      <dl class="facts">
        <div><dt>提供部门</dt><dd>${entry.provider}</dd></div>
        <div><dt>更新周期</dt><dd>${entry.updateCycle}</dd></div>
        <div><dt>数据最近更新</dt><dd>${formatTime(entry.lastUpdate)}</dd></div>
      </dl>
      <p class="notice">这里只列出向社会公开的信息项；其余信息项仅在政务部门之间按资源共享目录共享。公开数据可通过 <a href="/public/graphql">/public/graphql</a> 查询。</p>
      <h2>公开的信息项（${entry.items.length}）</h2>
      <${PublicItemTable} items=${entry.items} />
    </article>`;
  }
}

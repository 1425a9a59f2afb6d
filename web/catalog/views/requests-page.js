import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { REQUESTS_AND_GRANTS } from '../queries.js';
import { ANSWER_DEADLINE } from '../terms.js';
import { DecisionCard } from './decision-card.js';
import { ErrorBox } from './error-box.js';
import { GrantTable } from './grant-table.js';
import { MyRequest } from './my-request.js';

/** Both sides of 有条件共享 for the signed-in department: requests to answer, requests made, grants. */
export class RequestsPage extends Component {
  state = { data: null, error: null };

  componentDidMount() {
    this.load();
  }

  load = async () => {
    try {
      this.setState({ data: await gql(this.props.session.key, REQUESTS_AND_GRANTS), error: null });
    } catch (error) {
      this.setState({ error });
    }
  };

  decided = () => {
    this.load();
    this.props.onDecided();
  };

  render() {
    const { session } = this.props;
    const { data, error } = this.state;
    if (error) return html`<${ErrorBox} error=${error} />`;
    if (!data) return html`<p class="loading">正在加载…</p>`;
    const { toDecide, mine, received, given } = data;
    return html`<section class="requests">
      <h1>申请与授权</h1>
      <p class="lead">有条件共享的信息项经提供部门审批授权后使用。提供部门应在收到申请后 ${ANSWER_DEADLINE}内答复（不计周末和节假日，含调休上班日）。</p>

      <h2 id="to-decide">待本部门答复的申请（${toDecide.length}）</h2>
      ${
        toDecide.length
          ? html`<ol class="request-list">${toDecide.map((r) => html`<${DecisionCard} key=${r.id} session=${session} request=${r} onDecided=${this.decided} />`)}</ol>`
          : html`<p class="empty">没有待答复的申请。</p>`
      }

      <h2 id="mine">本部门提出的申请（${mine.length}）</h2>
      ${
        mine.length
          ? html`<ol class="request-list">${mine.map((r) => html`<${MyRequest} key=${r.id} session=${session} request=${r} onChanged=${this.load} />`)}</ol>`
          : html`<p class="empty">本部门还没有提出共享申请。在目录中打开资源，可对“可申请”的信息项提出申请。</p>`
      }

      <h2 id="received">本部门获得的授权（${received.length}）</h2>
      ${
        received.length
          ? html`<p class="hint">读取授权的信息项时，须在请求头 <code>X-Purpose</code> 中声明授权的用途（UTF-8 百分号编码）。</p>
            <${GrantTable} grants=${received} side="provider" />`
          : html`<p class="empty">没有授权。</p>`
      }

      <h2 id="given">本部门给出的授权（${given.length}）</h2>
      ${given.length ? html`<${GrantTable} grants=${given} side="consumer" session=${session} onRevoked=${this.load} />` : html`<p class="empty">没有授权。</p>`}
    </section>`;
  }
}

import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { formatTime } from '../format.js';
import { WITHDRAW_REQUEST } from '../queries.js';
import { entryHref } from '../routes.js';
import { REQUEST_STATUS } from '../terms.js';
import { ErrorBox } from './error-box.js';
import { itemLabels } from '../item-labels.js';

/** What a request's `decidedAt` marks, by how it ended. */
const ENDED_AT = { APPROVED: '答复时间', REJECTED: '答复时间', WITHDRAWN: '撤回时间' };

/** A request this department made; a pending one can be withdrawn. */
export class MyRequest extends Component {
  state = { busy: false, error: null };

  withdraw = async () => {
    this.setState({ busy: true, error: null });
    try {
      await gql(this.props.session.key, WITHDRAW_REQUEST, { id: this.props.request.id });
      this.props.onChanged();
    } catch (error) {
      this.setState({ busy: false, error });
    }
  };

  render() {
    const r = this.props.request;
    return html`<li class="request-card" data-request=${r.id}>
      <h3><a href=${entryHref(r.resource.code)}>${r.resource.name}</a> <span class="code">${r.resource.code}</span>
        <span class=${`badge status-${r.status.toLowerCase()}`}>${REQUEST_STATUS[r.status]}</span></h3>
      <dl class="facts">
        <div><dt>提供部门</dt><dd>${r.resource.provider.name}</dd></div>
        <div><dt>信息项</dt><dd>${itemLabels(r.items, r.resource)}</dd></div>
        <div><dt>用途</dt><dd>${r.purpose}</dd></div>
        <div><dt>使用期限</dt><dd>${r.periodFrom} 至 ${r.periodTo}</dd></div>
        <div><dt>提交时间</dt><dd>${formatTime(r.submittedAt)}</dd></div>
        ${
          r.status === 'PENDING'
            ? html`<div><dt>答复期限</dt><dd>${r.dueOn}${r.overdue ? html` <span class="badge overdue">已超期</span>` : null}</dd></div>`
            : html`<div><dt>${ENDED_AT[r.status]}</dt><dd>${formatTime(r.decidedAt)}</dd></div>`
        }
        ${r.decisionReason ? html`<div><dt>答复理由</dt><dd>${r.decisionReason}</dd></div>` : null}
      </dl>
      ${r.status === 'PENDING' ? html`<button type="button" class="secondary" disabled=${this.state.busy} onClick=${this.withdraw}>撤回申请</button>` : null}
      <${ErrorBox} error=${this.state.error} />
    </li>`;
  }
}

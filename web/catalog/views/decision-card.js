import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { dayFromToday, formatTime } from '../format.js';
import { APPROVE_REQUEST, REJECT_REQUEST } from '../queries.js';
import { entryHref } from '../routes.js';
import { ANSWER_DEADLINE } from '../terms.js';
import { ErrorBox } from './error-box.js';
import { itemLabels } from '../item-labels.js';

/** A pending request to this department as provider: what is asked and by when it must be answered. */
export class DecisionCard extends Component {
  state = { validTo: '', note: '', busy: false, error: null };

  async decide(operation, variables) {
    this.setState({ busy: true, error: null });
    try {
      await gql(this.props.session.key, operation, { id: this.props.request.id, ...variables });
      this.props.onDecided();
    } catch (error) {
      this.setState({ busy: false, error });
    }
  }

  approve = (event) => {
    event.preventDefault();
    const { validTo, note } = this.state;
    this.decide(APPROVE_REQUEST, { validTo: validTo || null, note: note.trim() || null });
  };

  reject = () => this.decide(REJECT_REQUEST, { reason: this.state.note.trim() });

  render() {
    const r = this.props.request;
    const { validTo, note, busy, error } = this.state;
    return html`<li class="request-card" data-request=${r.id}>
      <h3><a href=${entryHref(r.resource.code)}>${r.resource.name}</a> <span class="code">${r.resource.code}</span></h3>
      <dl class="facts">
        <div><dt>申请部门</dt><dd class="consumer">${r.consumer.name}</dd></div>
        <div><dt>信息项</dt><dd>${itemLabels(r.items, r.resource)}</dd></div>
        <div><dt>用途</dt><dd>${r.purpose}</dd></div>
        <div><dt>依据</dt><dd>${r.legalBasis}</dd></div>
        <div><dt>使用期限</dt><dd>${r.periodFrom} 至 ${r.periodTo}</dd></div>
        <div><dt>提交时间</dt><dd>${formatTime(r.submittedAt)}</dd></div>
        <div><dt>答复期限</dt><dd class="due">${r.dueOn}（${ANSWER_DEADLINE}）${r.overdue ? html` <span class="badge overdue">已超期</span>` : null}</dd></div>
      </dl>
      <form class="decision" onSubmit=${this.approve}>
        <label class="field">授权截止日期（可选，缺省为使用期限止）
          <input type="date" name="validTo" value=${validTo} min=${dayFromToday()} max=${r.periodTo} onInput=${(e) => this.setState({ validTo: e.currentTarget.value })} />
        </label>
        <label class="field">答复说明（不予批准时须写明理由）
          <input name="note" value=${note} onInput=${(e) => this.setState({ note: e.currentTarget.value })} />
        </label>
        <div class="actions">
          <button type="submit" disabled=${busy}>批准</button>
          <button type="button" class="danger" disabled=${busy} onClick=${this.reject}>不予批准</button>
        </div>
      </form>
      <${ErrorBox} error=${error} />
    </li>`;
  }
}

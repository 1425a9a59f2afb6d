import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql, HubError } from '../api.js';
import { dayFromToday } from '../format.js';
import { REQUEST_ACCESS } from '../queries.js';
import { ANSWER_DEADLINE } from '../terms.js';
import { ErrorBox } from './error-box.js';

/** 共享申请 for an entry's conditional items: which items, for what purpose, on what basis, for how long. */
export class RequestForm extends Component {
  state = { chosen: [], purpose: '', legalBasis: '', periodFrom: dayFromToday(), periodTo: dayFromToday(365), busy: false, error: null };

  toggle(fieldName, on) {
    const rest = this.state.chosen.filter((f) => f !== fieldName);
    this.setState({ chosen: on ? [...rest, fieldName] : rest });
  }

  submit = async (event) => {
    event.preventDefault();
    const { session, entry, onSubmitted } = this.props;
    const { chosen, purpose, legalBasis, periodFrom, periodTo } = this.state;
    if (!chosen.length) return this.setState({ error: new HubError('BAD_USER_INPUT', '请至少选择一个要申请的信息项') });
    this.setState({ busy: true, error: null });
    try {
      const { requestAccess } = await gql(session.key, REQUEST_ACCESS, {
        resource: entry.code,
        items: chosen,
        purpose: purpose.trim(),
        legalBasis: legalBasis.trim(),
        periodFrom,
        periodTo,
      });
      onSubmitted(requestAccess);
    } catch (error) {
      this.setState({ busy: false, error });
    }
  };

  render() {
    const { items } = this.props;
    const { chosen, purpose, legalBasis, periodFrom, periodTo, busy, error } = this.state;
    const input = (name) => (e) => this.setState({ [name]: e.currentTarget.value });
    return html`<form class="request-form" onSubmit=${this.submit}>
      <h2>提出共享申请</h2>
      <p class="hint">有条件共享的信息项须经提供部门审批授权后使用；提供部门应在 ${ANSWER_DEADLINE}内答复。</p>
      <fieldset>
        <legend>申请的信息项</legend>
        ${items.map(
          (item) => html`<label key=${item.fieldName} class="check">
          <input type="checkbox" name="items" value=${item.fieldName} checked=${chosen.includes(item.fieldName)}
            onChange=${(e) => this.toggle(item.fieldName, e.currentTarget.checked)} />
          ${item.label} <code>${item.fieldName}</code>${item.sharingCondition ? html`<small>条件：${item.sharingCondition}</small>` : null}
        </label>`,
        )}
      </fieldset>
      <label class="field">用途
        <input name="purpose" required value=${purpose} onInput=${input('purpose')} placeholder="如：土壤污染防治专项资金绩效评价" />
        <small>批准后读取这些信息项时，须在请求头 X-Purpose 中声明同一用途。</small>
      </label>
      <label class="field">依据（法规、文件或工作任务）
        <input name="legalBasis" required value=${legalBasis} onInput=${input('legalBasis')} placeholder="如：方案第（二十九）条" />
      </label>
      <div class="period">
        <label class="field">使用期限起<input type="date" name="periodFrom" required value=${periodFrom} onInput=${input('periodFrom')} /></label>
        <label class="field">使用期限止<input type="date" name="periodTo" required value=${periodTo} onInput=${input('periodTo')} /></label>
      </div>
      <${ErrorBox} error=${error} />
      <button type="submit" disabled=${busy}>提交共享申请</button>
    </form>`;
  }
}

import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { formatDay, formatTime } from '../format.js';
import { ADMINISTRATION, ISSUE_KEY, REVOKE_KEY, SET_CALENDAR_DAY } from '../queries.js';
import { ErrorBox } from './error-box.js';

const KIND = { HOLIDAY: '节假日', WORKDAY: '调休上班' };
const SOURCE = (source) => (source === 'administrator' ? '平台管理员' : `国务院办公厅通知（${source}）`);

/** 平台管理 for the administrator: the working calendar the answer deadlines count with, and department keys. */
export class AdminPage extends Component {
  state = { year: Number(formatDay(new Date().toISOString()).slice(0, 4)), data: null, error: null, issued: null, busy: false };

  componentDidMount() {
    this.load();
  }

  load = async (year = this.state.year) => {
    try {
      this.setState({ year, data: await gql(this.props.session.key, ADMINISTRATION, { year }), error: null });
    } catch (error) {
      this.setState({ error });
    }
  };

  run = async (query, variables, after) => {
    this.setState({ busy: true, error: null });
    try {
      const data = await gql(this.props.session.key, query, variables);
      after?.(data);
      await this.load();
    } catch (error) {
      this.setState({ error });
    }
    this.setState({ busy: false });
  };

  addDay = (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    this.run(SET_CALENDAR_DAY, { day: form.get('day'), kind: form.get('kind'), name: form.get('name').trim() }, () => target.reset());
  };

  issue = (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    this.run(ISSUE_KEY, { department: form.get('department'), name: form.get('name').trim(), validDays: Number(form.get('validDays')) }, (data) => {
      target.reset();
      this.setState({ issued: data.issueApiKey });
    });
  };

  render() {
    const { data, error, year, issued, busy } = this.state;
    if (!data) return error ? html`<${ErrorBox} error=${error} />` : html`<p class="loading">正在加载…</p>`;
    const departments = data.departments.nodes.filter((d) => d.kind !== 'PUBLIC');
    return html`<section class="admin">
      <h1>平台管理</h1>
      <${ErrorBox} error=${error} />

      <h2 id="calendar">工作日历</h2>
      <p class="lead">共享申请的答复期限（10 个工作日）按此计算。国务院办公厅公布的节假日和调休上班日在平台启动时载入；管理员可增补或取消。</p>
      <label class="year">年份 <select value=${year} onChange=${(e) => this.load(Number(e.currentTarget.value))}>
        ${[year - 1, year, year + 1].map((y) => html`<option key=${y} value=${y}>${y} 年</option>`)}
      </select></label>
      <table class="calendar">
        <thead><tr><th scope="col">日期</th><th scope="col">类别</th><th scope="col">名称</th><th scope="col">来源</th><th scope="col"></th></tr></thead>
        <tbody>${data.calendarDays.map(
          (d) => html`<tr key=${d.day} data-day=${d.day}>
            <th scope="row" data-label="日期">${d.day}</th><td data-label="类别">${KIND[d.kind]}</td><td data-label="名称">${d.name}</td>
            <td data-label="来源">${SOURCE(d.source)}</td>
            <td><button type="button" class="secondary" disabled=${busy} onClick=${() => this.run(SET_CALENDAR_DAY, { day: d.day })}>取消</button></td>
          </tr>`,
        )}</tbody>
      </table>
      ${data.calendarDays.length ? null : html`<p class="empty">${year} 年还没有节假日安排：国务院办公厅的通知通常在上一年 11 月公布，可在下面录入。</p>`}
      <form class="calendar-form" onSubmit=${this.addDay}>
        <label>日期 <input type="date" name="day" required /></label>
        <label>类别 <select name="kind">${Object.entries(KIND).map(([k, v]) => html`<option key=${k} value=${k}>${v}</option>`)}</select></label>
        <label>名称 <input name="name" required placeholder="如“春节”" /></label>
        <button type="submit" disabled=${busy}>添加</button>
      </form>

      <h2 id="keys">部门应用密钥</h2>
      ${
        issued
          ? html`<div class="notice issued" role="status">
              <p>已签发密钥（前缀 ${issued.apiKey.prefix}）。密钥只显示这一次，请交给该部门应用妥善保存：</p>
              <p><code class="new-key">${issued.key}</code></p>
            </div>`
          : null
      }
      <form class="key-form" onSubmit=${this.issue}>
        <label>部门 <select name="department" required>${departments.map((d) => html`<option key=${d.code} value=${d.code}>${d.name}</option>`)}</select></label>
        <label>应用名称 <input name="name" required placeholder="如“耕地安全利用资金测算系统”" /></label>
        <label>有效天数 <input type="number" name="validDays" min="1" max="1825" value="365" required /></label>
        <button type="submit" disabled=${busy}>签发</button>
      </form>
      <table class="keys">
        <thead><tr><th scope="col">前缀</th><th scope="col">部门</th><th scope="col">应用</th><th scope="col">签发</th><th scope="col">到期</th><th scope="col">状态</th></tr></thead>
        <tbody>${data.apiKeys.map(
          (k) => html`<tr key=${k.id} data-key=${k.prefix}>
            <th scope="row" data-label="前缀"><code>${k.prefix}</code></th><td data-label="部门">${k.departmentName}</td><td data-label="应用">${k.name}</td>
            <td data-label="签发">${formatTime(k.createdAt)}</td><td data-label="到期">${formatTime(k.expiresAt)}</td>
            <td data-label="状态">${
              k.active
                ? html`<${RevokeKey} busy=${busy} onRevoke=${(reason) => this.run(REVOKE_KEY, { id: k.id, reason })} />`
                : k.revokedAt
                  ? `已吊销 ${formatTime(k.revokedAt)}`
                  : '已过期'
            }</td>
          </tr>`,
        )}</tbody>
      </table>
    </section>`;
  }
}

/** 吊销: asks for the reason first. */
class RevokeKey extends Component {
  state = { open: false, reason: '' };

  render() {
    const { open, reason } = this.state;
    if (!open)
      return html`<span class="badge status-active">可用</span> <button type="button" class="secondary revoke" onClick=${() => this.setState({ open: true })}>吊销</button>`;
    return html`<form class="revoke-form" onSubmit=${(e) => (e.preventDefault(), this.props.onRevoke(reason.trim()))}>
      <label>吊销原因 <input name="reason" required value=${reason} onInput=${(e) => this.setState({ reason: e.currentTarget.value })} /></label>
      <button type="submit" disabled=${this.props.busy || !reason.trim()}>确认吊销</button>
    </form>`;
  }
}

import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { REVOKE_GRANT } from '../queries.js';
import { formatDay, formatLastDay, formatTime } from '../format.js';
import { entryHref } from '../routes.js';
import { itemLabels } from '../item-labels.js';

/**
 * Grants with their validity; `side` says whether the other party is the consumer or the provider. Given with a
 * session and `onRevoked`, the provider's active grants can be revoked there, with a reason.
 */
export function GrantTable({ grants, side, session, onRevoked }) {
  return html`<table class="grants">
    <thead><tr>
      <th scope="col">资源</th><th scope="col">${side === 'consumer' ? '获得授权的部门' : '提供部门'}</th><th scope="col">信息项</th>
      <th scope="col">用途</th><th scope="col">有效期</th><th scope="col">范围</th><th scope="col">状态</th>
    </tr></thead>
    <tbody>${grants.map(
      (g) => html`<tr key=${g.id} data-grant=${g.id}>
      <th scope="row" data-label="资源"><a href=${entryHref(g.resource.code)}>${g.resource.name}</a> <span class="code">${g.resource.code}</span></th>
      <td data-label=${side === 'consumer' ? '获得授权的部门' : '提供部门'}>${side === 'consumer' ? g.consumer.name : g.resource.provider.name}</td>
      <td data-label="信息项">${itemLabels(g.items, g.resource)}</td>
      <td data-label="用途">${g.purpose}</td>
      <td data-label="有效期" class="validity">${formatDay(g.validFrom)} 至 ${formatLastDay(g.validTo)}</td>
      <td data-label="范围">${g.counties?.length ? g.counties.map((c) => c.name).join('、') : '全部县'}</td>
      <td data-label="状态"><${GrantState} grant=${g} />${
        onRevoked && g.active ? html`<${RevokeGrant} session=${session} grant=${g} onRevoked=${onRevoked} />` : null
      }</td>
    </tr>`,
    )}</tbody>
  </table>`;
}

function GrantState({ grant }) {
  if (grant.revokedAt) {
    return html`<span class="badge status-revoked">已撤销</span><small>${formatTime(grant.revokedAt)}${grant.revokeReason ? `：${grant.revokeReason}` : ''}</small>`;
  }
  return grant.active ? html`<span class="badge status-active">有效</span>` : html`<span class="badge status-expired">已过期</span>`;
}

/** 撤销授权: the provider says why; the consumer's next read of the items is refused (GRANT_EXPIRED). */
class RevokeGrant extends Component {
  state = { open: false, reason: '', busy: false, error: null };

  submit = async (event) => {
    event.preventDefault();
    this.setState({ busy: true, error: null });
    try {
      await gql(this.props.session.key, REVOKE_GRANT, { id: this.props.grant.id, reason: this.state.reason.trim() });
      this.props.onRevoked();
    } catch (error) {
      this.setState({ busy: false, error });
    }
  };

  render() {
    const { open, reason, busy, error } = this.state;
    if (!open) return html`<button type="button" class="secondary revoke" onClick=${() => this.setState({ open: true })}>撤销授权</button>`;
    return html`<form class="revoke-form" onSubmit=${this.submit}>
      <label>撤销原因 <input name="reason" required value=${reason} onInput=${(e) => this.setState({ reason: e.currentTarget.value })} /></label>
      <button type="submit" disabled=${busy || !reason.trim()}>确认撤销</button>
      <button type="button" class="secondary" onClick=${() => this.setState({ open: false })}>取消</button>
      ${error ? html`<p class="error" role="alert">${error.message}</p>` : null}
    </form>`;
  }
}

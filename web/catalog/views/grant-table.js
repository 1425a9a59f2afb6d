import { html } from '../html.js';
import { formatDay, formatLastDay, formatTime } from '../format.js';
import { entryHref } from '../routes.js';
import { itemLabels } from '../item-labels.js';

/** Grants with their validity; `side` says whether the other party is the consumer or the provider. */
export function GrantTable({ grants, side }) {
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
      <td data-label="状态"><${GrantState} grant=${g} /></td>
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

import { html } from '../html.js';
import { formatLastDay } from '../format.js';
import { ACCESS_STATUS, ACCESS_STATUS_EN, DENIAL_REASON, DISCLOSURE_TIER, SHARING_TYPE, SHARING_TYPE_HINT } from '../terms.js';

/**
 * An entry's data items with their sharing attributes and, for the signed-in department, whether it can
 * read each one now. Cells carry their column name (data-label) so narrow screens show rows as cards.
 */
export function ItemTable({ items, pending, grants, editable, editing, onEdit }) {
  return html`<table class="items">
    <thead><tr>
      <th scope="col">信息项</th><th scope="col">数据类型</th><th scope="col">共享类型</th><th scope="col">共享条件 / 依据</th>
      <th scope="col">共享方式</th><th scope="col">向社会开放</th><th scope="col">本部门</th>
    </tr></thead>
    <tbody>${items.map(
      (item) => html`<tr key=${item.fieldName} data-item=${item.fieldName}>
      <th scope="row" data-label="信息项">${item.label} <code class="tech">${item.fieldName}</code></th>
      <td data-label="数据类型">${item.dataTypeName}<code class="tech">${item.dataType}</code></td>
      <td data-label="共享类型"><span class=${`badge sharing-${item.sharingType.toLowerCase()}`} title=${SHARING_TYPE_HINT[item.sharingType]}>${SHARING_TYPE[item.sharingType]}</span></td>
      <td data-label="共享条件 / 依据">${item.sharingCondition ?? '—'}</td>
      <td data-label="共享方式">${item.sharingMethod}</td>
      <td data-label="向社会开放">${
        item.openToPublic
          ? html`<span class="badge open">${DISCLOSURE_TIER[item.disclosureTier] ?? '公开'}</span>${item.opennessCondition ? html`<small>${item.opennessCondition}</small>` : null}`
          : '不公开'
      }</td>
      <td data-label="本部门" class="access"><${Access} access=${item.myAccess}
        request=${pending.find((r) => r.items.includes(item.fieldName))} grants=${grants.filter((g) => g.items.includes(item.fieldName))} />${
          editable && editing !== item.fieldName
            ? html`<button type="button" class="secondary edit" onClick=${() => onEdit(item.fieldName)} aria-label=${`修改 ${item.label}`}>修改</button>`
            : null
        }</td>
    </tr>${editing === item.fieldName ? html`<tr class="editing"><td colspan="7">${editable(item)}</td></tr>` : null}`,
    )}</tbody>
  </table>`;
}

/**
 * The item's status for the department, as the hub's `myAccess` gives it; readable under a grant: until when and
 * the purposes to declare in X-Purpose, and for a county-limited grant its counties (which only the grants name).
 */
function Access({ access, request, grants }) {
  const { status, reason, grantValidTo, scoped, purposes } = access;
  const counties = scoped ? [...new Set(grants.flatMap((g) => g.counties.map((c) => c.name)))] : [];
  return html`
    <span class=${`badge access-${status.toLowerCase()}`} title=${ACCESS_STATUS_EN[status]}>${ACCESS_STATUS[status]}</span>
    ${
      grantValidTo
        ? html`<small class="grant">授权至 ${formatLastDay(grantValidTo)}${counties.length ? `，限${counties.join('、')}` : ''}；读取时声明用途${purposes.map((p) => `“${p}”`).join('或')}</small>`
        : null
    }
    ${reason ? html`<small>${DENIAL_REASON[reason] ?? reason}</small>` : null}
    ${request ? html`<small class="waiting">已申请，待审批（答复期限 ${request.dueOn}${request.overdue ? '，已超期' : ''}）</small>` : null}`;
}

/** The public's view of an entry: only the items opened to it, and how. */
export function PublicItemTable({ items }) {
  return html`<table class="items">
    <thead><tr><th scope="col">信息项</th><th scope="col">公开方式</th></tr></thead>
    <tbody>${items.map(
      (item) => html`<tr key=${item.fieldName} data-item=${item.fieldName}>
      <th scope="row" data-label="信息项">${item.label} <code class="tech">${item.fieldName}</code></th>
      <td data-label="公开方式"><span class="badge open">${DISCLOSURE_TIER[item.tier]}</span></td>
    </tr>`,
    )}</tbody>
  </table>`;
}

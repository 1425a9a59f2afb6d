import type { EntityManager } from 'typeorm';
import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import type { SnapshotResource } from '../catalog/catalog-snapshot';
import { SharingType } from '../sharing-type.enum';
import { RequestStatus } from './request-status.enum';
import { chinaDate, endOfChinaDay } from '../../common/china-date';
import { addWorkingDays } from './working-days';

/** The longest period a conditional item is shared for; a longer need is asked for again, and reviewed again. */
export const MAX_GRANT_YEARS = 5;

/** The same month and day `years` later (29 February becomes 1 March). */
function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** Days the provider has to answer (政务信息资源共享管理暂行办法: 10 个工作日). */
export const ANSWER_WORKING_DAYS = 10;

const bad = (message: string, argument: string) => new HubError(ErrorCode.BAD_USER_INPUT, message, { details: { argument } });

function resourceByCode(ctx: HubContext, code: string): SnapshotResource {
  const resource = [...ctx.access.catalog.byType.values()].find((r) => r.code === code);
  if (!resource) throw bad(`目录中没有资源代码 ${code}`, 'resource');
  return resource;
}

async function calendar(m: EntityManager): Promise<Map<string, 'holiday' | 'workday'>> {
  const rows: { day: string; kind: 'holiday' | 'workday' }[] = await m.query(`SELECT day::text, kind FROM calendar_day`);
  return new Map(rows.map((r) => [r.day, r.kind]));
}

async function event(m: EntityManager, requestId: number, name: string, actorId: number, at: Date, note: string | null): Promise<void> {
  await m.query(`INSERT INTO request_event (request_id, event, actor_id, at, note) VALUES ($1, $2, $3, $4, $5)`, [requestId, name, actorId, at, note]);
}

async function lockRequest(m: EntityManager, id: number): Promise<Record<string, any>> {
  const [row] = await m.query(`SELECT * FROM access_request WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw new HubError(ErrorCode.NOT_FOUND, `没有编号为 ${id} 的共享申请`, { details: { argument: 'id' } });
  return row;
}

export interface NewRequest {
  resource: string;
  items: string[];
  purpose: string;
  legalBasis: string;
  periodFrom: string;
  periodTo: string;
}

/** A consumer asks for conditional items; the provider must answer within 10 working days. */
export async function submitRequest(ctx: HubContext, input: NewRequest): Promise<number> {
  const resource = resourceByCode(ctx, input.resource);
  const me = ctx.access.principal;
  if (resource.providerId === me.departmentId) throw bad('提供部门无需申请本部门的资源', 'resource');
  const items = [...new Set(input.items)];
  if (!items.length) throw bad('请至少申请一个信息项', 'items');
  const unknown = items.filter((i) => !resource.items.has(i));
  if (unknown.length) throw bad(`资源 ${resource.code} 没有信息项：${unknown.join('、')}`, 'items');
  const notConditional = items.filter((i) => resource.items.get(i)!.sharingType !== SharingType.CONDITIONAL);
  if (notConditional.length) throw bad(`只有有条件共享的信息项需要申请；这些不是：${notConditional.join('、')}`, 'items');
  if (!input.purpose.trim()) throw bad('请说明用途', 'purpose');
  if (!input.legalBasis.trim()) throw bad('请说明依据', 'legalBasis');
  const today = chinaDate(ctx.access.now);
  if (input.periodTo < input.periodFrom) throw bad('使用期限止不得早于起', 'periodTo');
  if (input.periodTo < today) throw bad('使用期限已过', 'periodTo');
  if (input.periodFrom > addYears(today, 1)) throw bad('使用期限须在一年内开始', 'periodFrom');
  if (input.periodTo > addYears(input.periodFrom, MAX_GRANT_YEARS)) throw bad(`使用期限最长 ${MAX_GRANT_YEARS} 年，期满可再申请`, 'periodTo');
  return ctx.db.transaction(async (m) => {
    const dueOn = addWorkingDays(today, ANSWER_WORKING_DAYS, await calendar(m));
    const [{ id }] = await m.query(
      `INSERT INTO access_request (consumer_id, resource_id, items, purpose, legal_basis, period_from, period_to, status, submitted_at, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9) RETURNING id`,
      [me.departmentId, resource.id, items, input.purpose.trim(), input.legalBasis.trim(), input.periodFrom, input.periodTo, ctx.access.now, dueOn],
    );
    await event(m, id, 'submitted', me.departmentId, ctx.access.now, null);
    ctx.auditDetail.grantDecision = { request: id, event: 'submitted', resource: resource.code, items };
    return id as number;
  });
}

export interface Approval {
  id: number;
  items?: string[] | null;
  validTo?: string | null;
  counties?: number[] | null;
  note?: string | null;
}

/** The provider approves, possibly fewer items, a shorter period, some counties only. */
export async function approveRequest(ctx: HubContext, a: Approval): Promise<void> {
  await ctx.db.transaction(async (m) => {
    const request = await lockRequest(m, a.id);
    const resource = ctx.access.catalog.byId.get(request.resource_id)!;
    ctx.access.authorise({ kind: 'answerRequest', resourceId: resource.id });
    if (request.status !== RequestStatus.PENDING) throw bad(`申请已是“${request.status}”状态，不能再批准`, 'id');
    const items: string[] = a.items?.length ? [...new Set(a.items)] : request.items;
    const extra = items.filter((i) => !request.items.includes(i));
    if (extra.length) throw bad(`只能批准申请过的信息项；这些没有申请：${extra.join('、')}`, 'items');
    const periodTo: string = request.period_to;
    const validTo = a.validTo ?? periodTo;
    if (validTo > periodTo) throw bad('授权期限不得长于申请的使用期限', 'validTo');
    if (validTo < chinaDate(ctx.access.now)) throw bad('授权期限已过', 'validTo');
    if (a.counties?.length && !ctx.access.policy.resources.find((r) => r.typeName === resource.typeName)?.countyField) {
      throw bad('该资源的数据不按县划分，不能限定县的范围', 'counties');
    }
    await m.query(`UPDATE access_request SET status = 'approved', decided_at = $2, decision_reason = $3 WHERE id = $1`, [a.id, ctx.access.now, a.note ?? null]);
    await m.query(
      `INSERT INTO access_grant (request_id, consumer_id, resource_id, items, purpose, valid_from, valid_to, county_scope)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [a.id, request.consumer_id, request.resource_id, items, request.purpose, ctx.access.now, endOfChinaDay(validTo), a.counties?.length ? a.counties : null],
    );
    await event(m, a.id, 'approved', ctx.access.principal.departmentId, ctx.access.now, a.note ?? null);
    ctx.auditDetail.grantDecision = { request: a.id, event: 'approved', resource: resource.code, items, validTo, counties: a.counties ?? null };
  });
}

/** The provider refuses, with its reasons. */
export async function rejectRequest(ctx: HubContext, id: number, reason: string): Promise<void> {
  if (!reason.trim()) throw bad('不予批准须说明理由', 'reason');
  await ctx.db.transaction(async (m) => {
    const request = await lockRequest(m, id);
    ctx.access.authorise({ kind: 'answerRequest', resourceId: request.resource_id });
    if (request.status !== RequestStatus.PENDING) throw bad(`申请已是“${request.status}”状态，不能再驳回`, 'id');
    await m.query(`UPDATE access_request SET status = 'rejected', decided_at = $2, decision_reason = $3 WHERE id = $1`, [id, ctx.access.now, reason.trim()]);
    await event(m, id, 'rejected', ctx.access.principal.departmentId, ctx.access.now, reason.trim());
    ctx.auditDetail.grantDecision = { request: id, event: 'rejected', reason: reason.trim() };
  });
}

/** The consumer takes back a request not yet answered. */
export async function withdrawRequest(ctx: HubContext, id: number): Promise<void> {
  await ctx.db.transaction(async (m) => {
    const request = await lockRequest(m, id);
    ctx.access.authorise({ kind: 'withdrawRequest', consumerId: request.consumer_id });
    if (request.status !== RequestStatus.PENDING) throw bad(`申请已是“${request.status}”状态，不能撤回`, 'id');
    await m.query(`UPDATE access_request SET status = 'withdrawn', decided_at = $2 WHERE id = $1`, [id, ctx.access.now]);
    await event(m, id, 'withdrawn', ctx.access.principal.departmentId, ctx.access.now, null);
    ctx.auditDetail.grantDecision = { request: id, event: 'withdrawn' };
  });
}

/** The provider ends a grant before its time; the next request of the consumer no longer reads the items. */
export async function revokeGrant(ctx: HubContext, grantId: number, reason: string): Promise<void> {
  if (!reason.trim()) throw bad('撤销授权须说明原因', 'reason');
  await ctx.db.transaction(async (m) => {
    const [grant] = await m.query(`SELECT * FROM access_grant WHERE id = $1 FOR UPDATE`, [grantId]);
    if (!grant) throw new HubError(ErrorCode.NOT_FOUND, `没有编号为 ${grantId} 的授权`, { details: { argument: 'id' } });
    ctx.access.authorise({ kind: 'revokeGrant', resourceId: grant.resource_id });
    if (grant.revoked_at) throw bad('授权已被撤销', 'id');
    await m.query(`UPDATE access_grant SET revoked_at = $2, revoke_reason = $3 WHERE id = $1`, [grantId, ctx.access.now, reason.trim()]);
    await event(m, grant.request_id, 'revoked', ctx.access.principal.departmentId, ctx.access.now, reason.trim());
    ctx.auditDetail.grantDecision = { grant: grantId, request: grant.request_id, event: 'revoked', reason: reason.trim() };
  });
}

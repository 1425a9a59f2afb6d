import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';
import type { HubContext } from '../../graphql/context';
import { parseId } from '../../graphql/lookup-key';
import { byId } from '../../graphql/relations/by-id.loader';
import { manyBy } from '../../graphql/relations/many-by.loader';
import { countyIdOf } from '../../reference/county-key';
import { CountyEntity } from '../../reference/county.entity';
import { County } from '../../reference/county.type';
import { DepartmentEntity } from '../../reference/department.entity';
import { Department } from '../../reference/department.type';
import { toNode } from '../../graphql/to-node';
import { CatalogResourceEntity } from '../catalog/catalog-resource.entity';
import { CatalogEntry } from '../catalog/catalog.types';
import { isActive } from '../policy/grant-view';
import { approveRequest, rejectRequest, revokeGrant, submitRequest, withdrawRequest } from './access-requests';
import { AccessGrantEntity } from './access-grant.entity';
import { RequestEventEntity } from './request-event.entity';
import { RequestStatus } from './request-status.enum';
import { AccessGrant, AccessRequest, AccessRequestEvent } from './grants.types';
import { chinaDate } from '../../common/china-date';

export enum RequestRole {
  CONSUMER = 'consumer',
  PROVIDER = 'provider',
  ALL = 'all',
}
registerEnumType(RequestRole, {
  name: 'RequestRole',
  description: '从哪一方查看申请和授权',
  valuesConfig: {
    CONSUMER: { description: '本部门提出的' },
    PROVIDER: { description: '本部门作为提供部门需答复的' },
    ALL: { description: '全部（仅平台管理员）' },
  },
});

@ArgsType()
class RequestAccessArgs {
  @Field({ description: '资源代码，如 LF.03.0001' })
  resource!: string;

  @Field(() => [String], { description: '申请的信息项（字段名）' })
  items!: string[];

  @Field({ description: '用途' })
  purpose!: string;

  @Field({ description: '依据（法规、文件或工作任务）' })
  legalBasis!: string;

  @Field(() => LocalDate, { description: '使用期限起' })
  periodFrom!: string;

  @Field(() => LocalDate, { description: '使用期限止' })
  periodTo!: string;
}

@ArgsType()
class ApproveArgs {
  @Field(() => ID, { description: '申请标识' })
  id!: string;

  @Field(() => [String], { nullable: true, description: '批准的信息项；缺省为申请的全部' })
  items?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: '授权截止日期；缺省为申请的使用期限止' })
  validTo?: string | null;

  @Field(() => [String], { nullable: true, description: '只授权这些县（名称或代码）的数据；缺省为全部' })
  counties?: string[] | null;

  @Field(() => String, { nullable: true, description: '答复说明' })
  note?: string | null;
}

@ArgsType()
class ListArgs {
  @Field(() => RequestRole, { nullable: true, description: '查看哪一方；缺省为本部门提出的' })
  role?: RequestRole | null;

  @Field(() => RequestStatus, { nullable: true, description: '按状态筛选' })
  status?: RequestStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true：只看已超过答复期限仍未答复的' })
  overdue?: boolean | null;
}

const toEvent = toNode(AccessRequestEvent);

/** Which departments' rows a listing may show: one's own side, or everything for the administrator. */
function sideFilter(ctx: HubContext, role: RequestRole | null | undefined): { sql: string; params: unknown[] } {
  const me = ctx.access.principal;
  if (role === RequestRole.ALL) {
    ctx.access.authorise({ kind: 'administer', task: 'allRequests' });
    return { sql: 'TRUE', params: [] };
  }
  if (role === RequestRole.PROVIDER) return { sql: 'e.resource_id IN (SELECT id FROM catalog_resource WHERE provider_id = $1)', params: [me.departmentId] };
  return { sql: 'e.consumer_id = $1', params: [me.departmentId] };
}

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @Query(() => [AccessRequest], { description: '共享申请：本部门提出的、需本部门答复的，或（管理员）全部' })
  async accessRequests(@Args() args: ListArgs, @Ctx() ctx: HubContext): Promise<AccessRequest[]> {
    const side = sideFilter(ctx, args.role);
    const today = chinaDate(ctx.access.now);
    const rows: Record<string, unknown>[] = await ctx.db.query(
      `SELECT e.* FROM access_request e WHERE ${side.sql}
         AND ($${side.params.length + 1}::request_status IS NULL OR e.status = $${side.params.length + 1})
         AND (NOT $${side.params.length + 2}::boolean OR (e.status = 'pending' AND e.due_on < $${side.params.length + 3}::date))
       ORDER BY e.submitted_at DESC, e.id DESC`,
      [...side.params, args.status ?? null, args.overdue ?? false, today],
    );
    return rows.map((r) => this.toRequest(r, today));
  }

  @Mutation(() => AccessRequest, { description: '提出共享申请（有条件共享的信息项）' })
  async requestAccess(@Args() args: RequestAccessArgs, @Ctx() ctx: HubContext): Promise<AccessRequest> {
    return this.load(ctx, await submitRequest(ctx, args));
  }

  @Mutation(() => AccessRequest, { description: '批准共享申请（提供部门）：可减少信息项、缩短期限、限定县' })
  async approveAccessRequest(@Args() args: ApproveArgs, @Ctx() ctx: HubContext): Promise<AccessRequest> {
    const id = parseId(args.id);
    const counties = args.counties?.length ? await Promise.all(args.counties.map((c) => countyIdOf(ctx, c, 'counties'))) : null;
    await approveRequest(ctx, { id, items: args.items, validTo: args.validTo, counties, note: args.note });
    return this.load(ctx, id);
  }

  @Mutation(() => AccessRequest, { description: '不予批准共享申请（提供部门，须说明理由）' })
  async rejectAccessRequest(
    @Arg('id', () => ID, { description: '申请标识' }) id: string,
    @Arg('reason', { description: '理由' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<AccessRequest> {
    await rejectRequest(ctx, parseId(id), reason);
    return this.load(ctx, parseId(id));
  }

  @Mutation(() => AccessRequest, { description: '撤回尚未答复的共享申请（申请部门）' })
  async withdrawAccessRequest(@Arg('id', () => ID, { description: '申请标识' }) id: string, @Ctx() ctx: HubContext): Promise<AccessRequest> {
    await withdrawRequest(ctx, parseId(id));
    return this.load(ctx, parseId(id));
  }

  @FieldResolver(() => Department, { description: '申请部门' })
  consumer(@Root() r: AccessRequest, @Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(r.consumerId);
  }

  @FieldResolver(() => CatalogEntry, { description: '申请的资源' })
  resource(@Root() r: AccessRequest, @Ctx() ctx: HubContext): Promise<CatalogEntry | null> {
    return byId(ctx, CatalogResourceEntity, toNode(CatalogEntry)).load(r.resourceId);
  }

  @FieldResolver(() => [AccessRequestEvent], { description: '状态变化记录' })
  events(@Root() r: AccessRequest, @Ctx() ctx: HubContext): Promise<AccessRequestEvent[]> {
    return manyBy(ctx, RequestEventEntity, 'requestId', toEvent).load(Number(r.id));
  }

  @FieldResolver(() => AccessGrant, { nullable: true, description: '批准后的授权' })
  async grant(@Root() r: AccessRequest, @Ctx() ctx: HubContext): Promise<AccessGrant | null> {
    const [g] = await manyBy(ctx, AccessGrantEntity, 'requestId', (row) => toGrant(row, ctx.access.now)).load(Number(r.id));
    return g ?? null;
  }

  private async load(ctx: HubContext, id: number): Promise<AccessRequest> {
    const [row] = await ctx.db.query('SELECT * FROM access_request WHERE id = $1', [id]);
    return this.toRequest(row, chinaDate(ctx.access.now));
  }

  private toRequest(r: Record<string, any>, today: string): AccessRequest {
    return Object.assign(new AccessRequest(), {
      id: String(r.id),
      items: r.items,
      purpose: r.purpose,
      legalBasis: r.legal_basis,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      status: r.status,
      submittedAt: r.submitted_at,
      dueOn: r.due_on,
      overdue: r.status === RequestStatus.PENDING && r.due_on < today,
      decidedAt: r.decided_at,
      decisionReason: r.decision_reason,
      consumerId: r.consumer_id,
      resourceId: r.resource_id,
    });
  }
}

export function toGrant(row: AccessGrantEntity, now: Date): AccessGrant {
  return Object.assign(new AccessGrant(), {
    id: String(row.id),
    items: row.items,
    purpose: row.purpose,
    validFrom: row.validFrom,
    validTo: row.validTo,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
    active: isActive({ ...row, resourceId: row.resourceId, purpose: row.purpose }, now),
    consumerId: row.consumerId,
    resourceId: row.resourceId,
    countyScope: row.countyScope,
    requestId: row.requestId,
  });
}

@Resolver(() => AccessGrant)
export class AccessGrantResolver {
  @Query(() => [AccessGrant], { description: '授权：本部门获得的、本部门给出的，或（管理员）全部' })
  async accessGrants(@Args() args: ListArgs, @Ctx() ctx: HubContext): Promise<AccessGrant[]> {
    const side = sideFilter(ctx, args.role);
    const rows: Record<string, unknown>[] = await ctx.db.query(`SELECT e.* FROM access_grant e WHERE ${side.sql} ORDER BY e.id DESC`, side.params);
    return rows.map((r) => toGrant(hydrateGrant(r), ctx.access.now));
  }

  @Mutation(() => AccessGrant, { description: '撤销授权（提供部门，须说明原因），立即生效' })
  async revokeAccessGrant(
    @Arg('id', () => ID, { description: '授权标识' }) id: string,
    @Arg('reason', { description: '原因' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<AccessGrant> {
    await revokeGrant(ctx, parseId(id), reason);
    const [row] = await ctx.db.query('SELECT * FROM access_grant WHERE id = $1', [parseId(id)]);
    return toGrant(hydrateGrant(row), ctx.access.now);
  }

  @FieldResolver(() => Department, { description: '获得授权的部门' })
  consumer(@Root() g: AccessGrant, @Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(g.consumerId);
  }

  @FieldResolver(() => CatalogEntry, { description: '授权的资源' })
  resource(@Root() g: AccessGrant, @Ctx() ctx: HubContext): Promise<CatalogEntry | null> {
    return byId(ctx, CatalogResourceEntity, toNode(CatalogEntry)).load(g.resourceId);
  }

  @FieldResolver(() => [County], { nullable: true, description: '授权限定的县；为空表示全部' })
  async counties(@Root() g: AccessGrant, @Ctx() ctx: HubContext): Promise<County[] | null> {
    if (!g.countyScope) return null;
    const all = await byId(ctx, CountyEntity, County.from).loadMany(g.countyScope);
    return all.filter((c): c is County => c instanceof County);
  }
}

function hydrateGrant(r: Record<string, any>): AccessGrantEntity {
  return Object.assign(new AccessGrantEntity(), {
    id: r.id,
    requestId: r.request_id,
    consumerId: r.consumer_id,
    resourceId: r.resource_id,
    items: r.items,
    purpose: r.purpose,
    validFrom: new Date(r.valid_from),
    validTo: new Date(r.valid_to),
    countyScope: r.county_scope,
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    revokeReason: r.revoke_reason,
  });
}

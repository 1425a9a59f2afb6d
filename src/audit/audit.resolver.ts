import { auditPayloadOf } from './audit-chain';
import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateTime } from '../common/date-time.scalar';
import type { HubContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { decodeCursor } from '../graphql/pagination/cursor';
import { pageSize } from '../graphql/pagination/paginate';
import { toConnection } from '../graphql/pagination/to-connection';
import { byId } from '../graphql/relations/by-id.loader';
import { DepartmentEntity } from '../reference/department.entity';
import { Department } from '../reference/department.type';
import { RequestRole } from '../sharing/grants/access-request.resolver';
import { AuditDaySummary, AuditRecord, AuditRecordConnection, AuditVerification } from './audit.types';
import { verifyChain } from './verify-chain';
import { COMPUTED_COST, FULL_SCAN_COST } from '../graphql/limits/field-costs';

@ArgsType()
class AuditArgs extends ConnectionArgs {
  @Field(() => RequestRole, { nullable: true, description: '查看哪一方：本部门的访问（缺省）、本部门资源被访问的记录、全部（管理员）' })
  role?: RequestRole | null;

  @Field(() => String, { nullable: true, description: '资源（GraphQL 类型名或资源代码）' })
  resource?: string | null;

  @Field(() => String, { nullable: true, description: '访问部门编码' })
  consumer?: string | null;

  @Field(() => DateTime, { nullable: true, description: '起始时间' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: '截止时间' })
  to?: Date | null;
}

/** The SQL condition of what the caller may see of the log, with its parameters from $1. */
function visible(ctx: HubContext, role: RequestRole | null | undefined): { sql: string; params: unknown[] } {
  const me = ctx.access.principal;
  if (role === RequestRole.ALL) {
    ctx.access.authorise({ kind: 'administer', task: 'audit' });
    return { sql: 'TRUE', params: [] };
  }
  if (role === RequestRole.PROVIDER) {
    const mine = [...ctx.access.catalog.byType.values()].filter((r) => r.providerId === me.departmentId).map((r) => r.typeName);
    return {
      sql: `(a.released ?| $1::text[] OR EXISTS (SELECT 1 FROM jsonb_array_elements(a.denied) d WHERE d->>'type' = ANY($1::text[])))`,
      params: [mine],
    };
  }
  return { sql: 'a.principal_id = $1', params: [me.departmentId] };
}

function toRecord(r: Record<string, any>): AuditRecord {
  return Object.assign(new AuditRecord(), auditPayloadOf(r), { id: r.id, hash: r.hash });
}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Query(() => AuditRecordConnection, { description: '访问日志（审计记录）：本部门的访问、本部门资源被谁访问，或（管理员）全部，新的在前' })
  async auditRecords(@Args() a: AuditArgs, @Ctx() ctx: HubContext): Promise<AuditRecordConnection> {
    const size = pageSize(a.first, ctx.limits);
    const v = visible(ctx, a.role);
    const params = [...v.params];
    const where = [v.sql];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (a.resource) {
      const type = [...ctx.access.catalog.byType.values()].find((r) => r.code === a.resource)?.typeName ?? a.resource;
      add((n) => `(a.released ? $${n} OR EXISTS (SELECT 1 FROM jsonb_array_elements(a.denied) d WHERE d->>'type' = $${n}))`, type);
    }
    if (a.consumer) add((n) => `a.principal_id = (SELECT id FROM department WHERE code = $${n})`, a.consumer);
    if (a.from) add((n) => `a.at >= $${n}`, a.from);
    if (a.to) add((n) => `a.at <= $${n}`, a.to);
    if (a.after) add((n) => `a.id < $${n}::bigint`, String(decodeCursor(a.after, 1)[0]));
    const rows: Record<string, any>[] = await ctx.db.query(
      `SELECT a.* FROM audit_record a WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ${size + 1}`,
      params,
    );
    return toConnection(rows, size, {
      cursorOf: (r) => [r.id],
      toNode: toRecord,
      make: () => new AuditRecordConnection(),
      hasPreviousPage: Boolean(a.after),
      count: async () => {
        const countParams = a.after ? params.slice(0, -1) : params;
        const countWhere = a.after ? where.slice(0, -1) : where;
        const [c] = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_record a WHERE ${countWhere.join(' AND ')}`, countParams);
        return c.n;
      },
    });
  }

  @Query(() => [AuditDaySummary], { complexity: COMPUTED_COST, description: '按日、访问部门、资源汇总的访问情况（报表用）' })
  async auditSummary(@Args() a: AuditArgs, @Ctx() ctx: HubContext): Promise<AuditDaySummary[]> {
    const v = visible(ctx, a.role);
    const rows: Record<string, any>[] = await ctx.db.query(
      `SELECT (a.at AT TIME ZONE 'Asia/Shanghai')::date::text AS day, a.principal_id, r.key AS resource,
              count(*)::int AS requests, sum((r.value->>'rows')::int)::int AS rows
         FROM audit_record a, jsonb_each(a.released) r
        WHERE ${v.sql} AND ($${v.params.length + 1}::timestamptz IS NULL OR a.at >= $${v.params.length + 1})
          AND ($${v.params.length + 2}::timestamptz IS NULL OR a.at <= $${v.params.length + 2})
        GROUP BY 1, 2, 3 ORDER BY 1 DESC, 2, 3`,
      [...v.params, a.from ?? null, a.to ?? null],
    );
    return rows.map((r) =>
      Object.assign(new AuditDaySummary(), { day: r.day, consumerId: r.principal_id, resource: r.resource, requests: r.requests, rows: r.rows }),
    );
  }

  @Query(() => AuditVerification, { complexity: FULL_SCAN_COST, description: '校验审计哈希链（平台管理员）' })
  async auditVerification(@Ctx() ctx: HubContext): Promise<AuditVerification> {
    ctx.access.authorise({ kind: 'administer', task: 'verifyAudit' });
    return Object.assign(new AuditVerification(), await verifyChain(ctx.db, ctx.audit.seal));
  }

  @FieldResolver(() => Department, { nullable: true, description: '访问部门' })
  principal(@Root() r: AuditRecord, @Ctx() ctx: HubContext): Promise<Department | null> {
    return r.principalId === null ? Promise.resolve(null) : byId(ctx, DepartmentEntity, Department.from).load(r.principalId);
  }
}

@Resolver(() => AuditDaySummary)
export class AuditDaySummaryResolver {
  @FieldResolver(() => Department, { nullable: true, description: '访问部门' })
  consumer(@Root() s: AuditDaySummary, @Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(s.consumerId);
  }
}

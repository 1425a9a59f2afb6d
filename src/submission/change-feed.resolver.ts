import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTime } from '../common/date-time.scalar';
import { JsonObject } from '../common/json-object.scalar';
import type { DataSource } from 'typeorm';
import type { HubContext } from '../graphql/context';
import type { Access } from '../sharing/policy/access';
import { CHANGE_EVENTS } from '../sharing/policy/row-rules';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { byId } from '../graphql/relations/by-id.loader';
import { DepartmentEntity } from '../reference/department.entity';
import { Department } from '../reference/department.type';

@ObjectType('ChangeEvent', { description: '变更记录：部门报送造成的一次数据变化（按发生顺序）' })
export class ChangeEvent {
  @Field(() => ID, { description: '游标：下次从此之后继续读取' })
  cursor!: string;

  @Field(() => DateTime, { description: '时间' })
  at!: Date;

  @Field({ description: '资源（GraphQL 类型）' })
  resource!: string;

  @Field(() => Int, { description: '记录标识' })
  recordId!: number;

  @Field({ description: 'insert 新增、update 修改、delete 删除' })
  op!: string;

  @Field(() => JsonObject, { description: '变更后的信息项（仅本部门可读的部分）' })
  values!: Record<string, unknown>;

  @Field(() => JsonObject, { nullable: true, description: '修改前的信息项（仅修改有；与 values 同样按权限提供）' })
  previous!: Record<string, unknown> | null;

  @Field(() => [String], { description: '因共享权限未提供的信息项' })
  withheld!: string[];

  changedBy!: number;
}

@ObjectType('ChangePage', { description: '一页变更记录' })
export class ChangePage {
  @Field(() => [ChangeEvent], { description: '变更记录，按发生顺序' })
  events!: ChangeEvent[];

  @Field(() => ID, { nullable: true, description: '本页最后一条的游标；无新变更时为请求的 after' })
  endCursor!: string | null;

  @Field({ description: '是否还有更多' })
  hasMore!: boolean;
}

@ArgsType()
class ChangesArgs {
  @Field(() => ID, { nullable: true, description: '从该游标之后读取；缺省从头开始' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: '最多条数（缺省 100，最多 1000）' })
  first?: number | null;

  @Field(() => [String], { nullable: true, description: '只要这些资源（GraphQL 类型名）' })
  resources?: string[] | null;

  @Field(() => Int, { nullable: true, description: '只要这条记录的变更（记录标识，与 resources 同用）：一条记录的历史' })
  record?: number | null;
}

@Resolver(() => ChangeEvent)
export class ChangeFeedResolver {
  @Query(() => ChangePage, { description: '变更订阅（拉取）：省级平台和各部门按游标读取可读资源的变更，断点续传、不重不漏' })
  async changes(@Args() a: ChangesArgs, @Ctx() ctx: HubContext): Promise<ChangePage> {
    const first = a.first ?? 100;
    if (first < 1 || first > 1000) throw new HubError(ErrorCode.BAD_USER_INPUT, 'first 应在 1 到 1000 之间', { details: { argument: 'first' } });
    const after = a.after ?? '0';
    if (!/^\d{1,18}$/.test(after)) throw new HubError(ErrorCode.BAD_USER_INPUT, '无效的游标', { details: { argument: 'after' } });
    if (a.record != null && a.resources?.length !== 1) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, '按记录读取历史时须用 resources 指定一个资源', { details: { argument: 'resources' } });
    }
    return readChanges(ctx.db, ctx.access, after, first, a.resources ?? null, a.record ?? null);
  }

  @FieldResolver(() => Department, { nullable: true, description: '报送部门' })
  changedBy(@Root() e: ChangeEvent, @Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(e.changedBy);
  }
}

/**
 * One page of the feed after `after`, with the reader's rights: the rows it could query (`Access.rowScope`), and
 * of each its items as a query would release them, county-limited grants per record included; the others are
 * withheld and named. Shared by the `changes` query and the live stream.
 */
export async function readChanges(
  db: DataSource,
  access: Access,
  after: string,
  first: number,
  resources: string[] | null,
  record: number | null = null,
): Promise<ChangePage> {
  const rows: Record<string, any>[] = await db.query(
    `SELECT e.id, e.at, e.resource, e.record_id, e.op, e.changed_by, e.values, e.previous, e.county_id FROM change_event e
      WHERE e.id > $1::bigint AND ($2::text[] IS NULL OR e.resource = ANY($2)) AND ($4::int IS NULL OR e.record_id = $4)
        AND ${access.rowScope(CHANGE_EVENTS) ?? 'TRUE'}
      ORDER BY e.id LIMIT $3`,
    [after, resources, first + 1, record],
  );
  const page = rows.slice(0, first);
  await access.prepare(
    db,
    page.flatMap((r) => Object.keys(r.values).map((f): [string, string] => [r.resource, f])),
  );
  const events = page.map((r) => {
    const values: Record<string, unknown> = {};
    const withheld: string[] = [];
    for (const [field, value] of Object.entries(r.values as Record<string, unknown>)) {
      if (access.releases(r.resource, field, r.county_id)) values[field] = value;
      else withheld.push(field);
    }
    const previous = r.previous
      ? Object.fromEntries(Object.entries(r.previous as Record<string, unknown>).filter(([field]) => access.releases(r.resource, field, r.county_id)))
      : null;
    return Object.assign(new ChangeEvent(), {
      cursor: String(r.id),
      at: r.at,
      resource: r.resource,
      recordId: r.record_id,
      op: r.op,
      values,
      previous,
      withheld,
      changedBy: r.changed_by,
    });
  });
  return Object.assign(new ChangePage(), { events, endCursor: events.at(-1)?.cursor ?? (after === '0' ? null : after), hasMore: rows.length > first });
}

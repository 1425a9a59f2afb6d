import { randomBytes } from 'node:crypto';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { badInput, HubError } from '../../graphql/hub-error';
import { DepartmentKind } from '../../reference/department-kind.enum';
import { CHANGE_CHANNEL } from '../../submission/outbox';
import { PushDelivery, PushRegistration, PushStatus, PushSubscriber } from './push.types';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** HTTPS, or plain HTTP to this machine only: deliveries carry department data. */
function endpointOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput('endpoint', `接收端地址应为 https:// 开头的网址，而不是“${value}”`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url.toString();
  throw badInput('endpoint', '接收端地址须为 HTTPS（仅本机回环地址可用 HTTP）');
}

const SELECT = `SELECT s.id, s.name, s.endpoint, d.code AS department, s.purpose, s.resources, s.status, s.acked_cursor, s.consecutive_failures,
  s.next_attempt_at, s.last_error, s.last_delivered_at, s.created_at FROM push_subscriber s JOIN department d ON d.id = s.department_id`;

function toSubscriber(r: Record<string, any>): PushSubscriber {
  return Object.assign(new PushSubscriber(), {
    id: String(r.id),
    name: r.name,
    endpoint: r.endpoint,
    department: r.department,
    purpose: r.purpose,
    resources: r.resources,
    status: r.status as PushStatus,
    ackedCursor: String(r.acked_cursor),
    consecutiveFailures: r.consecutive_failures,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    lastDeliveredAt: r.last_delivered_at,
    createdAt: r.created_at,
  });
}

async function one(ctx: HubContext, id: string): Promise<PushSubscriber> {
  const [row] = await ctx.db.query(`${SELECT} WHERE s.id = $1`, [Number(id) || 0]);
  if (!row) throw new HubError(ErrorCode.NOT_FOUND, `没有标识为 ${id} 的推送订阅`, { details: { argument: 'id' } });
  return toSubscriber(row);
}

/** The dispatchers of every hub on this database look at their subscribers again. */
const wakeDispatchers = (ctx: HubContext) => ctx.db.query(`SELECT pg_notify('${CHANGE_CHANNEL}', '')`);

/** 推送订阅 (platform administration): who receives the change stream pushed, with what rights, and how it goes. */
@Resolver(() => PushSubscriber)
export class PushResolver {
  @Query(() => [PushSubscriber], { description: '推送订阅（平台管理员）' })
  async pushSubscribers(@Ctx() ctx: HubContext): Promise<PushSubscriber[]> {
    ctx.access.authorise({ kind: 'administer', task: 'subscribers' });
    return (await ctx.db.query(`${SELECT} ORDER BY s.id`)).map(toSubscriber);
  }

  @Query(() => [PushSubscriber], { description: '死信：连续送达失败而停止的订阅，附未送达的一批（deliveries 中最近的失败）（平台管理员）' })
  async pushDeadLetters(@Ctx() ctx: HubContext): Promise<PushSubscriber[]> {
    ctx.access.authorise({ kind: 'administer', task: 'subscribers' });
    return (await ctx.db.query(`${SELECT} WHERE s.status = 'dead' ORDER BY s.id`)).map(toSubscriber);
  }

  @FieldResolver(() => [PushDelivery], { description: '最近的推送尝试，新的在前' })
  async deliveries(
    @Root() s: PushSubscriber,
    @Ctx() ctx: HubContext,
    @Arg('first', () => Int, { nullable: true, description: '条数，缺省 20，最多 200' }) first: number | null,
    @Arg('failedOnly', () => Boolean, { nullable: true, description: 'true：只看失败的' }) failedOnly: boolean | null,
  ): Promise<PushDelivery[]> {
    const limit = Math.min(Math.max(first ?? 20, 1), 200);
    const rows: Record<string, any>[] = await ctx.db.query(
      `SELECT id, from_cursor, to_cursor, events, attempted_at, outcome, http_status, error, duration_ms FROM push_delivery
        WHERE subscriber_id = $1 AND ($2::boolean IS NOT TRUE OR outcome = 'failed') ORDER BY id DESC LIMIT ${limit}`,
      [Number(s.id), failedOnly],
    );
    return rows.map((r) =>
      Object.assign(new PushDelivery(), {
        id: String(r.id),
        fromCursor: String(r.from_cursor),
        toCursor: String(r.to_cursor),
        events: r.events,
        attemptedAt: r.attempted_at,
        outcome: r.outcome,
        httpStatus: r.http_status,
        error: r.error,
        durationMs: r.duration_ms,
      }),
    );
  }

  @Mutation(() => PushRegistration, {
    description: '登记推送订阅（平台管理员）：从现在起提交的变更按该部门的权限推送；签名密钥只显示这一次',
  })
  async registerPushSubscriber(
    @Arg('name', { description: '名称，如“河北省土壤环境信息化管理平台”' }) name: string,
    @Arg('endpoint', { description: '接收端地址（HTTPS）' }) endpoint: string,
    @Arg('department', { description: '按哪个部门的权限推送（部门编码），如 hebei-soil-platform' }) department: string,
    @Arg('resources', () => [String], { nullable: true, description: '推送的资源（GraphQL 类型名或资源代码）；缺省为该部门可读的全部' })
    resources: string[] | null,
    @Arg('purpose', () => String, { nullable: true, description: '读取时声明的用途（按用途授权的信息项）' }) purpose: string | null,
    @Arg('fromStart', () => Boolean, { nullable: true, description: 'true：从变更流的开头推送（补发历史）；缺省只推送登记后的变更' })
    fromStart: boolean | null,
    @Ctx() ctx: HubContext,
  ): Promise<PushRegistration> {
    ctx.access.authorise({ kind: 'administer', task: 'subscribers' });
    if (!name.trim()) throw badInput('name', '名称不能为空');
    const url = endpointOf(endpoint.trim());
    const [dept] = await ctx.db.query('SELECT id, kind FROM department WHERE code = $1', [department]);
    if (!dept) throw badInput('department', `没有编码为 ${department} 的部门`);
    if (dept.kind === DepartmentKind.PUBLIC) throw badInput('department', '推送按政务部门的权限进行；公众信息请用信息公开接口');
    const types = (resources ?? []).map((r) => {
      const resource = ctx.access.catalog.byType.get(r) ?? [...ctx.access.catalog.byId.values()].find((x) => x.code === r);
      if (!resource) throw badInput('resources', `资源共享目录中没有“${r}”`);
      return resource.typeName;
    });
    const [taken] = await ctx.db.query('SELECT 1 FROM push_subscriber WHERE name = $1', [name.trim()]);
    if (taken) throw badInput('name', `已有名为“${name.trim()}”的推送订阅`);
    const secret = randomBytes(32).toString('base64url');
    const [row] = await ctx.db.query(
      `INSERT INTO push_subscriber (name, endpoint, department_id, purpose, resources, secret, acked_cursor, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN 0 ELSE (SELECT COALESCE(max(id), 0) FROM change_event) END, $8) RETURNING id`,
      [name.trim(), url, dept.id, purpose?.trim() || null, [...new Set(types)], secret, fromStart === true, ctx.access.now],
    );
    ctx.auditDetail = { pushSubscriber: { id: row.id, name: name.trim(), endpoint: url, department, resources: types } };
    await wakeDispatchers(ctx);
    return Object.assign(new PushRegistration(), { subscriber: await one(ctx, String(row.id)), secret });
  }

  @Mutation(() => PushSubscriber, { description: '暂停推送（平台管理员）；恢复后从最后确认的位置续推' })
  async pausePushSubscriber(@Arg('id', () => ID, { description: '订阅标识' }) id: string, @Ctx() ctx: HubContext): Promise<PushSubscriber> {
    ctx.access.authorise({ kind: 'administer', task: 'subscribers' });
    await one(ctx, id);
    await ctx.db.query(`UPDATE push_subscriber SET status = 'paused' WHERE id = $1`, [Number(id)]);
    ctx.auditDetail = { pushSubscriber: { id: Number(id), status: 'paused' } };
    return one(ctx, id);
  }

  @Mutation(() => PushSubscriber, { description: '恢复推送（平台管理员）：暂停的或死信的订阅，从最后确认的位置续推' })
  async resumePushSubscriber(@Arg('id', () => ID, { description: '订阅标识' }) id: string, @Ctx() ctx: HubContext): Promise<PushSubscriber> {
    ctx.access.authorise({ kind: 'administer', task: 'subscribers' });
    await one(ctx, id);
    await ctx.db.query(`UPDATE push_subscriber SET status = 'active', consecutive_failures = 0, next_attempt_at = NULL WHERE id = $1`, [Number(id)]);
    ctx.auditDetail = { pushSubscriber: { id: Number(id), status: 'active' } };
    await wakeDispatchers(ctx);
    return one(ctx, id);
  }

  @Mutation(() => Boolean, { description: '删除推送订阅及其推送记录（平台管理员）' })
  async removePushSubscriber(@Arg('id', () => ID, { description: '订阅标识' }) id: string, @Ctx() ctx: HubContext): Promise<boolean> {
    ctx.access.authorise({ kind: 'administer', task: 'subscribers' });
    const gone = await one(ctx, id);
    await ctx.db.query('DELETE FROM push_subscriber WHERE id = $1', [Number(id)]);
    ctx.auditDetail = { pushSubscriber: { id: Number(id), name: gone.name, removed: true } };
    return true;
  }
}

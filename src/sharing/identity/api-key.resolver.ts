import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTime } from '../../common/date-time.scalar';
import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { badInput, HubError } from '../../graphql/hub-error';
import { isAdministrator } from './principal';
import { createApiKey, keyEvent } from './api-keys';

@ObjectType('ApiKey', { description: '部门应用密钥（不含密钥本身：它只在签发时显示一次）' })
export class ApiKey {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ description: '密钥前缀（sh_ 之后的 12 个字符），用于辨认' })
  prefix!: string;

  @Field({ description: '应用名称' })
  name!: string;

  @Field({ description: '部门编码' })
  department!: string;

  @Field({ description: '部门名称' })
  departmentName!: string;

  @Field(() => DateTime, { description: '签发时间' })
  createdAt!: Date;

  @Field(() => DateTime, { description: '到期时间' })
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true, description: '吊销时间' })
  revokedAt!: Date | null;

  @Field({ description: '现在是否可用（未到期、未吊销）' })
  active!: boolean;
}

@ObjectType('IssuedApiKey', { description: '新签发的密钥：key 只显示这一次，请交给部门应用妥善保存' })
export class IssuedApiKey {
  @Field({ description: '密钥（Authorization: Bearer <key>）' })
  key!: string;

  @Field(() => ApiKey, { description: '密钥信息' })
  apiKey!: ApiKey;
}

const SELECT = `SELECT k.id, k.prefix, k.name, d.code AS department, d.name AS department_name, k.created_at, k.expires_at, k.revoked_at
  FROM api_key k JOIN department d ON d.id = k.department_id`;

function toKey(r: Record<string, any>, now: Date): ApiKey {
  return Object.assign(new ApiKey(), {
    id: String(r.id),
    prefix: r.prefix,
    name: r.name,
    department: r.department,
    departmentName: r.department_name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    active: !r.revoked_at && r.expires_at > now,
  });
}

/** Department keys from the API (平台管理员), audited; a department sees its own. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: '部门应用密钥：平台管理员看全部（可按部门），其他部门看本部门的' })
  async apiKeys(@Arg('department', () => String, { nullable: true, description: '部门编码' }) department: string | null, @Ctx() ctx: HubContext) {
    const own = !isAdministrator(ctx.access.principal);
    const rows = await ctx.db.query(`${SELECT} WHERE ($1::text IS NULL OR d.code = $1) AND ($2::int IS NULL OR d.id = $2) ORDER BY k.id DESC`, [
      department,
      own ? ctx.access.principal.departmentId : null,
    ]);
    return rows.map((r: Record<string, any>) => toKey(r, ctx.access.now));
  }

  @Mutation(() => IssuedApiKey, { description: '为部门应用签发密钥（平台管理员）；记入审计' })
  async issueApiKey(
    @Arg('department', { description: '部门编码' }) department: string,
    @Arg('name', { description: '应用名称，如“耕地安全利用资金测算系统”' }) name: string,
    @Arg('validDays', () => Int, { nullable: true, description: '有效天数，缺省 365，最多 1825' }) validDays: number | null,
    @Ctx() ctx: HubContext,
  ): Promise<IssuedApiKey> {
    ctx.access.authorise({ kind: 'administer', task: 'keys' });
    if (!name.trim()) throw badInput('name', '应用名称不能为空');
    const days = validDays ?? 365;
    if (!Number.isInteger(days) || days < 1 || days > 1825) throw badInput('validDays', '有效天数应在 1 到 1825 之间');
    const created = await createApiKey(ctx.db, department, name.trim(), days, { at: ctx.access.now, by: ctx.access.principal.departmentId, writer: ctx.audit });
    const [row] = await ctx.db.query(`${SELECT} WHERE k.id = $1`, [created.id]);
    ctx.auditDetail.apiKey = { event: 'created', keyId: created.id, department, prefix: created.prefix };
    return Object.assign(new IssuedApiKey(), { key: created.key, apiKey: toKey(row, ctx.access.now) });
  }

  @Mutation(() => ApiKey, { description: '吊销部门应用密钥（平台管理员）：各平台实例立即拒绝该密钥；记入审计' })
  async revokeApiKey(
    @Arg('id', () => ID, { description: '密钥标识' }) id: string,
    @Arg('reason', { description: '吊销原因' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ApiKey> {
    ctx.access.authorise({ kind: 'administer', task: 'keys' });
    if (!reason.trim()) throw badInput('reason', '请写明吊销原因');
    const [row] = await ctx.db.query(`${SELECT} WHERE k.id = $1`, [Number(id) || 0]);
    if (!row) throw new HubError(ErrorCode.NOT_FOUND, `没有标识为 ${id} 的密钥`, { details: { argument: 'id' } });
    if (row.revoked_at) throw badInput('id', `密钥 ${row.prefix} 已于 ${row.revoked_at.toISOString()} 吊销`);
    // The row's trigger announces the revocation on soilhub_keys: every hub forgets the key when it hears it. This
    // hub forgets it now, so the key is refused from the moment the answer leaves, without waiting for the notice.
    await ctx.db.query('UPDATE api_key SET revoked_at = $2 WHERE id = $1', [row.id, ctx.access.now]);
    ctx.keys?.forget(row.prefix);
    await ctx.audit.append(
      keyEvent(ctx.access.now, ctx.access.principal.departmentId, { event: 'revoked', department: row.department, keyId: row.id, prefix: row.prefix, reason }),
    );
    ctx.auditDetail.apiKey = { event: 'revoked', keyId: row.id, prefix: row.prefix, reason };
    const [after] = await ctx.db.query(`${SELECT} WHERE k.id = $1`, [row.id]);
    return toKey(after, ctx.access.now);
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { dataTypeName } from './data-type-name';
import { recordCounts } from './record-counts';
import { DateTime } from '../../common/date-time.scalar';
import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import { byId } from '../../graphql/relations/by-id.loader';
import { manyBy } from '../../graphql/relations/many-by.loader';
import { toNode } from '../../graphql/to-node';
import { DepartmentEntity } from '../../reference/department.entity';
import { Department } from '../../reference/department.type';
import { DisclosureTier } from '../disclosure-tier.enum';
import { AccessStatus } from '../grants/access-status.enum';
import { DenialReason } from '../policy/denial-reason.enum';
import { isActive } from '../policy/grant-view';
import { SharingType } from '../sharing-type.enum';
import { CatalogItemEntity } from './catalog-item.entity';
import { CatalogResourceEntity } from './catalog-resource.entity';
import { CatalogVersionEntity } from './catalog-version.entity';
import { CatalogEntry, CatalogItem, CatalogVersion, ItemAccess } from './catalog.types';
import { lastUpdates } from './last-update';

const toEntry = toNode(CatalogEntry);
const toVersion = toNode(CatalogVersion);
const toItem = (row: CatalogItemEntity): CatalogItem => Object.assign(new CatalogItem(), row);

@ArgsType()
class CatalogArgs {
  @Field(() => String, { nullable: true, description: '关键词：匹配资源名称、摘要、分类、代码或信息项名称' })
  keyword?: string | null;

  @Field(() => String, { nullable: true, description: '领域：reference、environment、agriculture、land、planning、plan' })
  domain?: string | null;

  @Field(() => String, { nullable: true, description: '提供部门编码' })
  provider?: string | null;

  @Field(() => SharingType, { nullable: true, description: '含有该共享类型信息项的资源' })
  sharingType?: SharingType | null;

  @Field(() => Boolean, { nullable: true, description: 'true：含有向社会开放信息项的资源' })
  openToPublic?: boolean | null;
}

@ArgsType()
class UpdateItemArgs {
  @Field({ description: '资源代码' })
  resource!: string;

  @Field({ description: '信息项（字段名）' })
  field!: string;

  @Field(() => SharingType, { nullable: true, description: '新的共享类型' })
  sharingType?: SharingType | null;

  @Field(() => String, { nullable: true, description: '新的共享条件或不予共享的依据' })
  sharingCondition?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否向社会开放' })
  openToPublic?: boolean | null;

  @Field(() => DisclosureTier, { nullable: true, description: '公开方式' })
  disclosureTier?: DisclosureTier | null;

  @Field({ description: '变更说明' })
  note!: string;
}

@Resolver(() => CatalogEntry)
export class CatalogResolver {
  @Query(() => [CatalogEntry], { description: '资源共享目录：按关键词、领域、提供部门、共享类型、开放属性检索' })
  async catalog(@Args() a: CatalogArgs, @Ctx() ctx: HubContext): Promise<CatalogEntry[]> {
    const rows: Record<string, unknown>[] = await ctx.db.query(
      `SELECT r.id FROM catalog_resource r JOIN department d ON d.id = r.provider_id
        WHERE ($1::text IS NULL OR r.name ILIKE '%' || $1 || '%' OR r.abstract ILIKE '%' || $1 || '%' OR r.classification ILIKE '%' || $1 || '%'
               OR r.code ILIKE '%' || $1 || '%' OR EXISTS (SELECT 1 FROM catalog_item i WHERE i.resource_id = r.id AND i.label ILIKE '%' || $1 || '%'))
          AND ($2::text IS NULL OR r.domain = $2)
          AND ($3::text IS NULL OR d.code = $3)
          AND ($4::sharing_type IS NULL OR EXISTS (SELECT 1 FROM catalog_item i WHERE i.resource_id = r.id AND i.sharing_type = $4))
          AND ($5::boolean IS NULL OR EXISTS (SELECT 1 FROM catalog_item i WHERE i.resource_id = r.id AND i.open_to_public = $5))
        ORDER BY r.code`,
      [a.keyword?.trim() || null, a.domain ?? null, a.provider ?? null, a.sharingType ?? null, a.openToPublic ?? null],
    );
    const entries = await byId(ctx, CatalogResourceEntity, toEntry).loadMany(rows.map((r) => r.id as number));
    return entries.filter((e): e is CatalogEntry => e instanceof CatalogEntry);
  }

  @Query(() => CatalogEntry, { nullable: true, description: '按资源代码或 GraphQL 类型名查找目录条目' })
  async catalogEntry(
    @Arg('code', () => String, { nullable: true, description: '资源代码' }) code: string | null,
    @Arg('typeName', () => String, { nullable: true, description: 'GraphQL 类型名' }) typeName: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<CatalogEntry | null> {
    if ((code == null) === (typeName == null))
      throw new HubError(ErrorCode.BAD_USER_INPUT, '请且仅请给出 code 或 typeName 之一', { details: { arguments: ['code', 'typeName'] } });
    const row = await ctx.db.getRepository(CatalogResourceEntity).findOneBy(code ? { code } : { typeName: typeName! });
    return row ? toEntry(row) : null;
  }

  @Mutation(() => CatalogEntry, { description: '修改本部门资源的信息项共享属性（提供部门）；留有版本记录' })
  async updateCatalogItem(@Args() a: UpdateItemArgs, @Ctx() ctx: HubContext): Promise<CatalogEntry> {
    const resource = [...ctx.access.catalog.byType.values()].find((r) => r.code === a.resource);
    if (!resource) throw new HubError(ErrorCode.BAD_USER_INPUT, `目录中没有资源代码 ${a.resource}`, { details: { argument: 'resource' } });
    ctx.access.authorise({ kind: 'editCatalog', resourceId: resource.id });
    const item = resource.items.get(a.field);
    if (!item) throw new HubError(ErrorCode.BAD_USER_INPUT, `资源 ${a.resource} 没有信息项 ${a.field}`, { details: { argument: 'field' } });
    if (a.field === 'id' && a.sharingType && a.sharingType !== SharingType.UNCONDITIONAL) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, '标识 id 是记录的引用，必须无条件共享', { details: { argument: 'sharingType' } });
    }
    const sharingType = a.sharingType ?? item.sharingType;
    const condition = a.sharingCondition !== undefined && a.sharingCondition !== null ? a.sharingCondition.trim() : item.sharingCondition;
    if (sharingType !== SharingType.UNCONDITIONAL && !condition) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, '有条件共享须写明条件，不予共享须写明法律法规依据', { details: { argument: 'sharingCondition' } });
    }
    if (!a.note.trim()) throw new HubError(ErrorCode.BAD_USER_INPUT, '请写明变更说明', { details: { argument: 'note' } });
    const open = a.openToPublic ?? item.openToPublic;
    await ctx.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM catalog_resource WHERE id = $1 FOR UPDATE`, [resource.id]);
      await m.query(`UPDATE catalog_item SET sharing_type = $2, sharing_condition = $3, open_to_public = $4, disclosure_tier = $5 WHERE id = $1`, [
        item.id,
        sharingType,
        sharingType === SharingType.UNCONDITIONAL ? null : condition,
        open,
        open ? (a.disclosureTier ?? item.disclosureTier ?? DisclosureTier.FULL) : null,
      ]);
      await m.query(`UPDATE catalog_resource SET version = version + 1, updated_at = $2 WHERE id = $1`, [resource.id, ctx.access.now]);
      await m.query(
        `INSERT INTO catalog_version (resource_id, version, snapshot, changed_by, changed_at, change_note)
         SELECT r.id, r.version, jsonb_build_object('resource', to_jsonb(r), 'items', (SELECT jsonb_agg(to_jsonb(i) ORDER BY i.id) FROM catalog_item i WHERE i.resource_id = r.id)),
                $2, $3, $4 FROM catalog_resource r WHERE r.id = $1`,
        [resource.id, ctx.access.principal.departmentId, ctx.access.now, `${a.field}：${a.note.trim()}`],
      );
    });
    ctx.auditDetail.catalogChange = {
      resource: resource.code,
      field: a.field,
      before: { sharingType: item.sharingType, sharingCondition: item.sharingCondition, openToPublic: item.openToPublic, disclosureTier: item.disclosureTier },
      after: { sharingType, sharingCondition: sharingType === SharingType.UNCONDITIONAL ? null : condition, openToPublic: open },
      note: a.note.trim(),
    };
    await ctx.catalog.reload();
    return toEntry((await ctx.db.getRepository(CatalogResourceEntity).findOneBy({ id: resource.id }))!);
  }

  @FieldResolver(() => Department, { description: '提供部门' })
  provider(@Root() e: CatalogEntry, @Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(e.providerId);
  }

  @FieldResolver(() => DateTime, { nullable: true, description: '数据最近更新时间（按调用计算的资源为其所依据数据的更新时间）' })
  async lastUpdate(@Root() e: CatalogEntry, @Ctx() ctx: HubContext): Promise<Date | null> {
    return (await lastUpdates(ctx)).get(e.typeName) ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    complexity: 10,
    description: '本部门可见的记录数（县级政府为本县的；整表可见且超过 10 万条时为统计估计值）；按调用计算的资源没有自己的记录，为空',
  })
  async recordCount(@Root() e: CatalogEntry, @Ctx() ctx: HubContext): Promise<number | null> {
    return (await recordCounts(ctx)).get(e.typeName) ?? null;
  }

  @FieldResolver(() => [CatalogItem], { description: '信息项' })
  items(@Root() e: CatalogEntry, @Ctx() ctx: HubContext): Promise<CatalogItem[]> {
    return manyBy(ctx, CatalogItemEntity, 'resourceId', toItem).load(Number(e.id));
  }

  @FieldResolver(() => [CatalogVersion], { description: '历史版本（谁在何时改了什么）' })
  versions(@Root() e: CatalogEntry, @Ctx() ctx: HubContext): Promise<CatalogVersion[]> {
    return manyBy(ctx, CatalogVersionEntity, 'resourceId', toVersion).load(Number(e.id));
  }
}

@Resolver(() => CatalogItem)
export class CatalogItemResolver {
  @FieldResolver(() => String, { description: '数据类型：字符型、数值型、日期型、关联资源等（政务信息资源目录的叫法）' })
  dataTypeName(@Root() item: CatalogItem, @Info() info: GraphQLResolveInfo): string {
    return dataTypeName(info.schema, item.dataType);
  }

  @FieldResolver(() => ItemAccess, { description: '本部门现在能否使用该信息项' })
  async myAccess(@Root() item: CatalogItem, @Ctx() ctx: HubContext): Promise<ItemAccess> {
    const resource = ctx.access.catalog.byId.get(item.resourceId)!;
    const all = await ctx.access.allGrants(ctx.db);
    const d = ctx.access.decide(resource.typeName, item.fieldName);
    const grants = all.filter((g) => g.resourceId === resource.id && g.items.includes(item.fieldName) && isActive(g, ctx.access.now));
    const validTo = grants.length ? new Date(Math.max(...grants.map((g) => g.validTo.getTime()))) : null;
    const purposes = [...new Set(grants.map((g) => g.purpose))];
    if (d.allowed)
      return Object.assign(new ItemAccess(), { status: AccessStatus.READABLE, reason: null, grantValidTo: validTo, scoped: Boolean(d.countyScope), purposes });
    // Readable under a grant, once its purpose is declared: what this request declared does not change that.
    if (d.reason === DenialReason.PURPOSE_MISMATCH && grants.length) {
      return Object.assign(new ItemAccess(), {
        status: AccessStatus.READABLE,
        reason: null,
        grantValidTo: validTo,
        scoped: grants.every((g) => g.countyScope),
        purposes,
      });
    }
    const status = d.reason === DenialReason.NOT_SHARED || d.reason === DenialReason.NOT_IN_CATALOG ? AccessStatus.NEVER : AccessStatus.REQUESTABLE;
    return Object.assign(new ItemAccess(), { status, reason: d.reason, grantValidTo: null, scoped: false, purposes: [] });
  }
}

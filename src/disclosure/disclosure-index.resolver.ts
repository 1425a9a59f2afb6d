import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Field, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTime } from '../common/date-time.scalar';
import { LocalDate } from '../common/local-date.scalar';
import { dataTypeName } from '../sharing/catalog/data-type-name';
import type { HubContext } from '../graphql/context';
import { lastUpdates } from '../sharing/catalog/last-update';
import { DisclosureTier } from '../sharing/disclosure-tier.enum';

@ObjectType('DisclosedItem', { description: '公开的信息项' })
export class DisclosedItem {
  @Field({ description: '信息项（字段名）' })
  fieldName!: string;

  @Field({ description: '名称' })
  label!: string;

  @Field(() => DisclosureTier, { description: '公开方式' })
  tier!: DisclosureTier;

  @Field({ description: '数据类型：字符型、数值型、日期型、关联资源等' })
  dataTypeName!: string;
}

@ObjectType('DisclosureEntry', { description: '信息公开目录条目：公开什么、谁提供、多久更新、最近更新时间' })
export class DisclosureEntry {
  @Field({ description: '资源代码' })
  code!: string;

  @Field({ description: '公开接口中的 GraphQL 类型名' })
  typeName!: string;

  @Field({ description: '资源名称' })
  name!: string;

  @Field({ description: '信息资源分类' })
  classification!: string;

  @Field({ description: '信息资源摘要' })
  abstract!: string;

  @Field({ description: '信息资源格式' })
  format!: string;

  @Field({ description: '提供部门' })
  provider!: string;

  @Field(() => LocalDate, { description: '发布日期' })
  publishedOn!: string;

  @Field(() => [String], { description: '关联资源代码' })
  related!: string[];

  @Field({ description: '更新周期' })
  updateCycle!: string;

  @Field(() => DateTime, { nullable: true, description: '数据最近更新时间' })
  lastUpdate!: Date | null;

  @Field(() => [DisclosedItem], { description: '公开的信息项及方式' })
  items!: DisclosedItem[];
}

@Resolver(() => DisclosureEntry)
export class DisclosureIndexResolver {
  @Query(() => [DisclosureEntry], { description: '信息公开目录（方案第（四十二）条）：向社会公开的资源、信息项、提供部门和更新情况' })
  async disclosureIndex(@Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<DisclosureEntry[]> {
    const changedAt = await lastUpdates(ctx);
    const rows: {
      type_name: string;
      code: string;
      name: string;
      classification: string;
      abstract: string;
      format: string;
      update_cycle: string;
      published_on: string;
      related: string[];
      provider: string;
    }[] = await ctx.db.query(
      `SELECT r.type_name, r.code, r.name, r.classification, r.abstract, r.format, r.update_cycle, r.published_on::text, r.related, d.name AS provider
         FROM catalog_resource r JOIN department d ON d.id = r.provider_id ORDER BY r.code`,
    );
    return rows
      .map((r) => {
        const items = [...(ctx.access.catalog.byType.get(r.type_name)?.items.values() ?? [])]
          .filter((i) => i.openToPublic)
          .map((i) =>
            Object.assign(new DisclosedItem(), {
              fieldName: i.fieldName,
              label: i.label,
              tier: i.disclosureTier ?? DisclosureTier.FULL,
              dataTypeName: dataTypeName(info.schema, i.dataType),
            }),
          );
        return Object.assign(new DisclosureEntry(), {
          code: r.code,
          typeName: r.type_name,
          name: r.name,
          classification: r.classification,
          abstract: r.abstract,
          format: r.format,
          publishedOn: r.published_on,
          related: r.related,
          provider: r.provider,
          updateCycle: r.update_cycle,
          lastUpdate: changedAt.get(r.type_name) ?? null,
          items,
        });
      })
      .filter((e) => e.items.length > 0);
  }
}

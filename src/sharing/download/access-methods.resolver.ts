import { getNamedType, isNonNullType, type GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { CatalogEntry } from '../catalog/catalog.types';
import { DenialReason } from '../policy/denial-reason.enum';
import { resourceListing } from './resource-listing';

/** The ways a department gets an entry's data (共享方式), worked out for the caller from the schema and its rights. */
@Resolver(() => CatalogEntry)
export class AccessMethodsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: '示例查询：本部门现在可读的信息项（无权的不列出）；按调用计算的资源给出其查询的名称和必填参数',
  })
  async exampleQuery(@Root() e: CatalogEntry, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<string | null> {
    const resource = ctx.access.catalog.byType.get(e.typeName);
    if (!resource) return null;
    await ctx.access.prepare(
      ctx.db,
      [...resource.items.keys()].map((f) => [e.typeName, f] as [string, string]),
    );
    // Items of a purpose-bound grant are in: the page says which purpose to declare.
    let needsPurpose = false;
    const found = resourceListing(
      info.schema,
      resource,
      (type, field) => {
        const d = ctx.access.decide(type, field);
        if (!d.allowed && d.reason === DenialReason.PURPOSE_MISMATCH) needsPurpose = true;
        return d.allowed || d.reason === DenialReason.PURPOSE_MISMATCH;
      },
      (_n, v) => v,
    );
    if (found?.selections.length) {
      const purpose = needsPurpose ? '\n# 含授权的有条件共享项：读取时在请求头声明授权用途 X-Purpose' : '';
      return `# ${e.code} ${e.name}：本部门可读的信息项${purpose}\n{\n  ${found.root}(first: 10) {\n    totalCount\n    nodes { ${found.selections.join(' ')} }\n  }\n}\n`;
    }
    // A computed resource: its query, with the arguments it needs.
    const root = Object.values(info.schema.getQueryType()?.getFields() ?? {}).find((f) => getNamedType(f.type).name === e.typeName);
    if (!root) return null;
    const required = root.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: …`);
    return `# ${e.code} ${e.name}：按调用计算，参数见文档 (Docs)\n{\n  ${root.name}${required.length ? `(${required.join(', ')})` : ''} { … }\n}\n`;
  }

  @FieldResolver(() => [String], { description: '本部门可下载的文件格式（csv、xlsx，有可读空间信息时另有 geojson）：GET /download/<资源代码>.<格式>' })
  async downloadFormats(@Root() e: CatalogEntry, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<string[]> {
    const resource = ctx.access.catalog.byType.get(e.typeName);
    if (!resource) return [];
    await ctx.access.prepare(
      ctx.db,
      [...resource.items.keys()].map((f) => [e.typeName, f] as [string, string]),
    );
    const found = resourceListing(
      info.schema,
      resource,
      (type, field) => ctx.access.decide(type, field).allowed,
      (_n, v) => v,
    );
    if (!found?.listing.columns.length) return [];
    return found.listing.geometry ? ['csv', 'xlsx', 'geojson'] : ['csv', 'xlsx'];
  }
}

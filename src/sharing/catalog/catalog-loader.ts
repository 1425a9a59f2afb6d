import { getNamedType, isListType, isNonNullType, type GraphQLOutputType, type GraphQLSchema, isObjectType } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { chinaDate } from '../../common/china-date';
import type { ResourceDeclaration } from './catalog-declaration';

const METHOD = '接口查询（GraphQL，POST /graphql）';
const FORMAT = '结构化数据（GraphQL/JSON）';

function typeLabel(type: GraphQLOutputType): string {
  if (isNonNullType(type)) return typeLabel(type.ofType);
  if (isListType(type)) return `[${typeLabel(type.ofType)}]`;
  return getNamedType(type).name;
}

/** The item's Chinese label: its schema description up to the first explanation. */
function labelOf(description: string | null | undefined, field: string): string {
  return (description ?? field).split(/[（(，；：]/)[0].trim() || field;
}

/**
 * Puts the repository's declarations into the database where they are missing (a new database, a new
 * resource, a new field): what is already there belongs to its provider and is left as it is.
 */
export async function loadDeclaredCatalog(
  ds: DataSource,
  schema: GraphQLSchema,
  declarations: ResourceDeclaration[],
  logger: Logger,
  now: Date,
): Promise<void> {
  await ds.transaction(async (m) => {
    // Replicas start together: one loads the declarations at a time, the next finds them loaded.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('soilhub:catalog-load'))`);
    const departments = new Map<string, number>((await m.query('SELECT id, code FROM department')).map((d: { id: number; code: string }) => [d.code, d.id]));
    const existing = new Map<string, number>(
      (await m.query('SELECT id, type_name FROM catalog_resource')).map((r: { id: number; type_name: string }) => [r.type_name, r.id]),
    );
    let added = 0;
    for (const r of declarations) {
      const type = schema.getType(r.typeName);
      if (!type || !isObjectType(type)) throw new Error(`catalog: ${r.typeName} is not an object type of the schema`);
      let resourceId = existing.get(r.typeName);
      const isNew = resourceId === undefined;
      if (resourceId === undefined) {
        const provider = departments.get(r.provider);
        if (!provider) throw new Error(`catalog: unknown provider ${r.provider} for ${r.typeName}`);
        const [row] = await m.query(
          `INSERT INTO catalog_resource (code, type_name, name, classification, domain, provider_id, abstract, format, update_cycle, published_on, related, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [r.code, r.typeName, r.name, r.classification, r.domain, provider, r.abstract, FORMAT, r.updateCycle, chinaDate(now), r.related ?? [], now],
        );
        resourceId = row.id as number;
        added++;
      }
      const fields = type.getFields();
      const [{ inserted }] = await m.query(
        `WITH declared AS (
           SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::sharing_type[], $6::text[], $7::boolean[], $8::disclosure_tier[])
             AS d(field_name, label, data_type, sharing_type, sharing_condition, open_to_public, disclosure_tier)
         ), ins AS (
           INSERT INTO catalog_item (resource_id, field_name, label, data_type, sharing_type, sharing_condition, sharing_method, open_to_public, disclosure_tier)
           SELECT $1, d.field_name, d.label, d.data_type, d.sharing_type, d.sharing_condition, $9, d.open_to_public, d.disclosure_tier FROM declared d
           ON CONFLICT (resource_id, field_name) DO NOTHING RETURNING 1
         ) SELECT count(*)::int AS inserted FROM ins`,
        [
          resourceId,
          Object.keys(r.items),
          Object.keys(r.items).map((f) => labelOf(fields[f]?.description, f)),
          Object.keys(r.items).map((f) => (fields[f] ? typeLabel(fields[f].type) : 'unknown')),
          Object.values(r.items).map((i) => i.sharing),
          Object.values(r.items).map((i) => i.condition ?? null),
          Object.values(r.items).map((i) => Boolean(i.publicTier)),
          Object.values(r.items).map((i) => i.publicTier ?? null),
          METHOD,
        ],
      );
      if (isNew || inserted > 0) {
        await m.query(
          `INSERT INTO catalog_version (resource_id, version, snapshot, change_note, changed_at)
           SELECT r.id, r.version, jsonb_build_object('resource', to_jsonb(r), 'items', (SELECT jsonb_agg(to_jsonb(i) ORDER BY i.id) FROM catalog_item i WHERE i.resource_id = r.id)),
                  $2, $3 FROM catalog_resource r WHERE r.id = $1
           ON CONFLICT (resource_id, version) DO UPDATE SET snapshot = EXCLUDED.snapshot, change_note = EXCLUDED.change_note`,
          [resourceId, isNew ? '初始目录（仓库声明）' : `新增信息项 ${inserted} 个（仓库声明）`, now],
        );
      }
    }
    if (added) logger.info({ resources: added }, 'catalog declarations loaded');
  });
}

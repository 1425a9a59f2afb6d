import {
  getNamedType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Column, Listing } from '../../http/table-download';
import type { SnapshotResource } from '../catalog/catalog-snapshot';

type Row = Record<string, any>;

/** Whether the caller may read an item (the policy engine's decision for this request). */
export type Readable = (type: string, field: string) => boolean;

/** The root list of a type: a connection of it whose arguments are all optional (`contaminatedSites`, …). */
export function rootListOf(schema: GraphQLSchema, typeName: string): GraphQLField<unknown, unknown> | undefined {
  return Object.values(schema.getQueryType()?.getFields() ?? {}).find(
    (f) => getNamedType(f.type).name === `${typeName}Connection` && f.args.every((a) => !isNonNullType(a.type)),
  );
}

/** How a related record is named in a file: by its code and its name, those of them the caller may read. */
function namingFields(type: GraphQLObjectType, readable: Readable): string[] {
  return ['code', 'name'].filter((f) => f in type.getFields() && readable(type.name, f));
}

const GEOMETRY_FIELDS = ['geometry', 'boundary', 'controlArea'];

/**
 * A resource as a file for one department: every item of its root list this caller may read (decided now, by the
 * policy engine, as for a query), to-one relations by their code or name, enum values by their Chinese name, and
 * its geometry where it has one. Items it may not read are not columns at all. null: no list to download.
 */
export function resourceListing(
  schema: GraphQLSchema,
  resource: SnapshotResource,
  readable: Readable,
  enumLabel: (enumName: string, value: string) => string,
): { listing: Listing<Row>; counties: boolean; selections: string[]; root: string } | null {
  const root = rootListOf(schema, resource.typeName);
  const type = schema.getType(resource.typeName);
  if (!root || !isObjectType(type)) return null;
  const selections: string[] = [];
  const columns: Column<Row>[] = [];
  let geometry: string | undefined;
  for (const field of Object.values(type.getFields())) {
    const item = resource.items.get(field.name);
    if (!item || !readable(type.name, field.name)) continue;
    const named = getNamedType(field.type);
    const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
    if (named.name === 'GeoJsonPoint') {
      selections.push(`${field.name} { type coordinates }`);
      geometry ??= field.name;
      continue;
    }
    if (isLeafType(named)) {
      selections.push(field.name);
      if (named.name === 'JSONObject') {
        if (GEOMETRY_FIELDS.includes(field.name)) geometry ??= field.name;
        columns.push({ key: field.name, header: item.label, text: (r) => (r[field.name] == null ? null : JSON.stringify(r[field.name])) });
        continue;
      }
      const text = (v: unknown) => (isEnumType(named) && typeof v === 'string' ? enumLabel(named.name, v) : (v as string | number | boolean | null));
      columns.push({
        key: field.name,
        header: item.label,
        text: (r) => (list ? ((r[field.name] as unknown[] | null) ?? []).map((v) => text(v)).join('、') : text(r[field.name])),
      });
      continue;
    }
    // A relation to one record: named by its code or name. Lists of related records belong to their own files.
    if (list || !isObjectType(named)) continue;
    const naming = namingFields(named, readable);
    if (!naming.length) continue;
    selections.push(`${field.name} { ${naming.join(' ')} }`);
    columns.push({
      key: field.name,
      header: item.label,
      text: (r) =>
        r[field.name]
          ? naming
              .map((f) => r[field.name][f])
              .filter((v) => v != null)
              .join(' ')
          : null,
    });
  }
  const counties = root.args.some((a) => a.name === 'county');
  const query = `query Download($first: Int, $after: String${counties ? ', $county: String' : ''}) {
    ${root.name}(first: $first, after: $after${counties ? ', county: $county' : ''}) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ${selections.join(' ')} } } }`;
  return {
    counties,
    selections,
    root: root.name,
    listing: {
      fileName: resource.name,
      type: resource.typeName,
      query,
      pageOf: (data) => data[root.name],
      columns,
      ...(geometry ? { geometry: (r: Row) => r[geometry!] } : {}),
    },
  };
}

import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { HubContext } from '../context';

/** Per entity: the properties of its row each relation field of its node reads (declared beside the resolver). */
const relationReads = new Map<EntityTarget<ObjectLiteral>, Record<string, readonly string[]>>();

/**
 * Declares what the field resolvers of `entity`'s node read of the parent row, so a page that selects them fetches
 * only those columns. A field neither declared here nor a column (a getter, a computed field) fetches every column.
 */
export function relationColumns<E extends ObjectLiteral>(entity: EntityTarget<E>, fields: Record<string, readonly (keyof E & string)[]>): void {
  relationReads.set(entity as EntityTarget<ObjectLiteral>, fields);
}

/** Calls `into` for each field of a selection set, through inline fragments and named ones (each once on a path). */
function collect(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  into: (name: string, sub: SelectionSetNode | undefined) => void,
  seen: Set<string>,
): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) into(s.name.value, s.selectionSet);
    else if (s.kind === Kind.INLINE_FRAGMENT) collect(info, s.selectionSet, into, seen);
    else if (!seen.has(s.name.value)) collect(info, info.fragments[s.name.value]?.selectionSet, into, new Set(seen).add(s.name.value));
  }
}

/** The field names the connection's nodes are asked for, through `nodes` and `edges { node }`, fragments included. */
function nodeFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const onNode = (name: string) => names.add(name);
  const onEdge = (name: string, sub: SelectionSetNode | undefined) => name === 'node' && collect(info, sub, onNode, new Set());
  const onConnection = (name: string, sub: SelectionSetNode | undefined) => {
    if (name === 'nodes') collect(info, sub, onNode, new Set());
    else if (name === 'edges') collect(info, sub, onEdge, new Set());
  };
  for (const node of info.fieldNodes) collect(info, node.selectionSet, onConnection, new Set());
  return names;
}

/** The field names asked for of the field's object itself, fragments included. */
function objectFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) collect(info, node.selectionSet, (name) => names.add(name), new Set());
  return names;
}

/**
 * The columns (alias `e`) a page of `entity` needs for what the operation selects of its nodes, plus the id, the
 * `keys` (database column names: the parent's key) and the sort keys; undefined when every column is needed (a sort
 * on an expression, a field not traced to columns). Only for operations run without field guards: a guard may read
 * any property of the row.
 */
export function selectedColumns(
  ctx: Pick<HubContext, 'access'> & { db: DataSource },
  info: GraphQLResolveInfo,
  entity: EntityTarget<ObjectLiteral>,
  sort: readonly { expr: string }[],
  keys: string[] = [],
): string[] | undefined {
  if (!ctx.access.unguarded) return undefined;
  const sortColumns = sort.map((k) => /^e\.(\w+)$/.exec(k.expr)?.[1]);
  if (!sortColumns.every(Boolean)) return undefined;
  return columnsOf(ctx.db, entity, nodeFields(info), ['id', ...keys, ...(sortColumns as string[])]);
}

/** The columns one looked-up record of `entity` needs for what the operation selects of it, as `selectedColumns`. */
export function selectedObjectColumns(
  ctx: Pick<HubContext, 'access'> & { db: DataSource },
  info: GraphQLResolveInfo,
  entity: EntityTarget<ObjectLiteral>,
): string[] | undefined {
  if (!ctx.access.unguarded) return undefined;
  return columnsOf(ctx.db, entity, objectFields(info), ['id']);
}

/** `base` and the columns the fields `names` read, sorted; undefined when a field is not traced to columns. */
function columnsOf(db: DataSource, entity: EntityTarget<ObjectLiteral>, names: Set<string>, base: string[]): string[] | undefined {
  const metadata = db.getMetadata(entity);
  const reads = relationReads.get(metadata.target as EntityTarget<ObjectLiteral>) ?? {};
  const columns = new Set(base);
  const add = (property: string): boolean => {
    const column = metadata.findColumnWithPropertyName(property);
    if (column) columns.add(column.databaseName);
    return Boolean(column);
  };
  for (const name of names) {
    if (name === '__typename') continue;
    if (add(name)) continue;
    const read = reads[name];
    if (!read || !read.every(add)) return undefined;
  }
  return [...columns].sort();
}

/** A select list over `alias`: the columns, or every column. */
export function selectList(columns: string[] | undefined, alias = 'e'): string {
  return columns ? columns.map((c) => `${alias}."${c}"`).join(', ') : `${alias}.*`;
}

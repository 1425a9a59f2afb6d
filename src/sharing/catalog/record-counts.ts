import type { HubContext } from '../../graphql/context';

/**
 * How many records of each catalogued resource this caller may see (its row scope applies: a county government
 * counts its county), by type name. One statement per request, however many entries ask; computed resources have
 * no records of their own and are left out.
 */
export function recordCounts(ctx: HubContext): Promise<Map<string, number>> {
  return ctx.loaders.get('recordCounts', async () => {
    const parts = ctx.access.policy.resources
      .filter((r) => !r.derived)
      .map((r) => {
        const scope = ctx.access.rowScope(r.entity);
        const table = ctx.db.getMetadata(r.entity).tableName;
        return `SELECT '${r.typeName}' AS type_name, count(*)::int AS n FROM ${table} e${scope ? ` WHERE ${scope}` : ''}`;
      });
    const rows: { type_name: string; n: number }[] = parts.length ? await ctx.db.query(parts.join(' UNION ALL ')) : [];
    return new Map(rows.map((r) => [r.type_name, r.n]));
  });
}

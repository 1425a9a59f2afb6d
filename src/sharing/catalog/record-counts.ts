import type { HubContext } from '../../graphql/context';

/** Above this many rows, a table the caller sees whole is counted by PostgreSQL's statistics, not by a scan. */
const ESTIMATE_ABOVE = 100_000;

/**
 * How many records of each catalogued resource this caller may see (its row scope applies: a county government
 * counts its county), by type name. One statement per request, however many entries ask; computed resources have
 * no records of their own and are left out. A large table the caller sees whole gives the planner's estimate
 * (pg_class.reltuples, kept by autovacuum), so asking costs no scan of 10⁷ measurements.
 */
export function recordCounts(ctx: HubContext): Promise<Map<string, number>> {
  return ctx.loaders.get('recordCounts', async () => {
    const parts = ctx.access.policy.resources
      .filter((r) => !r.derived)
      .map((r) => {
        const scope = ctx.access.rowScope(r.entity);
        const table = ctx.db.getMetadata(r.entity).tableName;
        if (scope) return `SELECT '${r.typeName}' AS type_name, count(*)::bigint AS n FROM ${table} e WHERE ${scope}`;
        return `SELECT '${r.typeName}' AS type_name,
                       CASE WHEN c.reltuples >= ${ESTIMATE_ABOVE} THEN c.reltuples::bigint ELSE (SELECT count(*) FROM ${table}) END AS n
                  FROM pg_class c WHERE c.oid = '${table}'::regclass`;
      });
    const rows: { type_name: string; n: string }[] = parts.length ? await ctx.db.query(parts.join(' UNION ALL ')) : [];
    return new Map(rows.map((r) => [r.type_name, Number(r.n)]));
  });
}

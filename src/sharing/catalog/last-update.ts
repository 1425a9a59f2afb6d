import type { HubContext } from '../../graphql/context';

/**
 * When each catalogued resource's data last changed, by type name: statement-level triggers stamp data_change
 * per table (a derived view reads its base table's). One statement per request, however many entries ask.
 */
export function lastUpdates(ctx: HubContext): Promise<Map<string, Date>> {
  return ctx.loaders.get('lastUpdates', async () => {
    const changes: { table_name: string; changed_at: Date }[] = await ctx.db.query('SELECT table_name, changed_at FROM data_change');
    const byTable = new Map(changes.map((c) => [c.table_name, c.changed_at]));
    const out = new Map<string, Date>();
    for (const r of ctx.access.policy.resources) {
      const at = byTable.get(ctx.db.getMetadata(r.entity).tableName);
      if (at) out.set(r.typeName, at);
    }
    return out;
  });
}

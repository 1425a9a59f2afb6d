import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { HubContext } from '../context';
import { scopedRows } from '../scoped-query';
import { charged, type ChargedLoader } from './charged';

/** One batched lookup per entity type and request: every `parent → one` relation goes through it. */
export function byId<E extends ObjectLiteral & { id: number }, N>(
  ctx: HubContext,
  target: EntityTarget<E>,
  toNode: (row: E) => N,
): ChargedLoader<number, N | null> {
  const resident = ctx.resident.table(target);
  if (resident && ctx.access.rowScope(target) === null) {
    return {
      // A resident node is made once and shared by every request: its parents are charged, it is not.
      load: async (id) => {
        const row = resident.get(id);
        return row ? ctx.resident.node(row, toNode) : null;
      },
      loadMany: async (ids) => Array.from(ids, (id) => resident.get(id)).map((row) => (row ? ctx.resident.node(row, toNode) : null)),
    };
  }
  const name = ctx.db.getMetadata(target).name;
  const loader = ctx.loaders.get(
    `byId:${name}`,
    () =>
      new DataLoader<number, N | null>(async (ids) => {
        // = ANY($1) sends one array parameter, however many ids the batch holds.
        const rows = await scopedRows(ctx, target, 'e.id = ANY($1)', [[...ids]]);
        const found = new Map(rows.map((r) => [r.id, toNode(r)]));
        return ids.map((id) => found.get(id) ?? null);
      }),
  );
  return charged(loader, ctx.budget, (node) => (node === null ? 0 : 1));
}

import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { HubContext } from '../context';
import { entitiesOf, scopedQuery } from '../scoped-query';
import { charged, type ChargedLoader } from './charged';

/** A small `parent → many` list (a handful per parent, no paging): all of them, one statement per batch. */
export function manyBy<E extends ObjectLiteral & { id: number }, N>(
  ctx: HubContext,
  target: EntityTarget<E>,
  foreignKey: keyof E & string,
  toNode: (row: E) => N,
): ChargedLoader<number, N[]> {
  const name = ctx.db.getMetadata(target).name;
  const loader = ctx.loaders.get(
    `manyBy:${name}:${foreignKey}`,
    () =>
      new DataLoader<number, N[]>(async (ids) => {
        const column = ctx.db.getMetadata(target).findColumnWithPropertyName(foreignKey)!.databaseName;
        const rows = await entitiesOf(
          scopedQuery(ctx, target)
            .andWhere(`e.${column} = ANY(:ids)`, { ids: [...ids] })
            .orderBy('e.id', 'ASC'),
        );
        const groups = new Map<number, N[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row[foreignKey] as number)?.push(toNode(row));
        return ids.map((id) => groups.get(id)!);
      }),
  );
  return charged(loader, ctx.budget, (nodes) => nodes.length);
}

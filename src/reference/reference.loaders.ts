import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { HubContext } from '../graphql/context';
import { charged, type ChargedLoader } from '../graphql/relations/charged';
import { DepartmentEntity } from './department.entity';
import { Department } from './department.type';

/** The government (a department of kind COUNTY_GOVERNMENT) of each county. */
export function governmentByCountyId(ctx: HubContext): ChargedLoader<number, Department | null> {
  const loader = ctx.loaders.get(
    'governmentByCountyId',
    () =>
      new DataLoader<number, Department | null>(async (countyIds) => {
        const rows = await ctx.db.getRepository(DepartmentEntity).findBy({ countyId: In([...countyIds]) });
        const byCounty = new Map(rows.map((r) => [r.countyId, Department.from(r)]));
        return countyIds.map((id) => byCounty.get(id) ?? null);
      }),
  );
  return charged(loader, ctx.budget, (d) => (d === null ? 0 : 1));
}

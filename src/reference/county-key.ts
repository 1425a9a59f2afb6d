import DataLoader from 'dataloader';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { CountyEntity } from './county.entity';

/**
 * Resolves a county filter given as a name (文安县) or a GB/T 2260 code (131026) to its id;
 * an unknown value is the caller's mistake.
 */
export async function countyIdOf(ctx: HubContext, value: string, argument = 'county'): Promise<number> {
  const loader = ctx.loaders.get(
    'countyByKey',
    () =>
      new DataLoader<string, number | undefined>(async (keys) => {
        const rows = await ctx.db.getRepository(CountyEntity).find();
        const byKey = new Map<string, number>();
        for (const r of rows) {
          byKey.set(r.name, r.id);
          if (r.code) byKey.set(r.code, r.id);
        }
        return keys.map((k) => byKey.get(k));
      }),
  );
  const id = await loader.load(value.trim());
  if (id === undefined) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `未知的县级行政区：${value}（请用名称如“文安县”或行政区划代码如 131026）`, {
      details: { argument },
    });
  }
  return id;
}

import DataLoader from 'dataloader';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { AnalyteEntity } from './analyte.entity';

/** Resolves an analyte filter given by code (Cd, Cr6, BaP …) to its id; an unknown code is a coded error. */
export async function analyteIdOf(ctx: HubContext, code: string, argument = 'analyte'): Promise<number> {
  const loader = ctx.loaders.get(
    'analyteByCode',
    () =>
      new DataLoader<string, number | undefined>(async (codes) => {
        const rows = await ctx.db.getRepository(AnalyteEntity).find({ select: { id: true, code: true } });
        const byCode = new Map(rows.map((r) => [r.code.toLowerCase(), r.id]));
        return codes.map((c) => byCode.get(c.toLowerCase()));
      }),
  );
  const id = await loader.load(code.trim());
  if (id === undefined) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `未知的监测项目编码：${code}（如 Cd、Hg、As、Pb、Cr、Cr6、BaP）`, { details: { argument } });
  }
  return id;
}

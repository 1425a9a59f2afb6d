import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { chinaDate } from '../common/china-date';
import { submitOne } from '../submission/submit-one';
import { SoilQualityClass } from './soil-quality-class.enum';

@Resolver()
export class FarmlandClassSubmissionResolver {
  @Mutation(() => SubmissionResult, { description: '划定耕地单元的土壤环境质量类别（农业部门，须写明依据）' })
  async decideFarmlandClass(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('unit', { description: '耕地单元编码' }) code: string,
    @Arg('qualityClass', () => SoilQualityClass, { description: '类别' }) qualityClass: SoilQualityClass,
    @Arg('basis', { description: '划定依据（样品、评价报告等）' }) basis: string,
    @Arg('on', () => LocalDate, { nullable: true, description: '划定日期，缺省为今天' }) on: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const [unit] = await ctx.db.query('SELECT id, county_id FROM farmland_unit WHERE code = $1', [code]);
    if (!unit) throw new HubError(ErrorCode.BAD_USER_INPUT, `没有编码为 ${code} 的耕地单元`, { details: { argument: 'unit' } });
    if (!basis.trim()) throw new HubError(ErrorCode.BAD_USER_INPUT, '请写明划定依据', { details: { argument: 'basis' } });
    const day = on ?? chinaDate(ctx.access.now);
    if (day > chinaDate(ctx.access.now)) throw new HubError(ErrorCode.BAD_USER_INPUT, '划定日期不得晚于今天', { details: { argument: 'on' } });
    return submitOne(ctx, {
      operation: 'decideFarmlandClass',
      idempotencyKey,
      typeName: 'FarmlandUnit',
      countyId: unit.county_id,
      apply: async (m) => {
        await m.query(`UPDATE farmland_unit SET quality_class = $2, classified_on = $3, class_basis = $4 WHERE id = $1`, [
          unit.id,
          qualityClass,
          day,
          basis.trim(),
        ]);
        return { recordId: unit.id, code, op: 'update', values: { code, qualityClass, classifiedOn: day, classBasis: basis.trim() } };
      },
    });
  }
}

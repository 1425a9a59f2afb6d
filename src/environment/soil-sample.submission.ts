import { Arg, Ctx, Field, Float, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import type { HubContext } from '../graphql/context';
import { chinaDate } from '../common/china-date';
import { once, replayOf } from '../submission/idempotency';
import { recordChanges, type Change } from '../submission/outbox';
import { RowErrors } from '../submission/row-errors';
import { EARLIEST_SAMPLE_DATE } from './earliest-sample-date';

@InputType('MeasurementInput', { description: '一个监测项目的测定值' })
class MeasurementInput {
  @Field({ description: '监测项目编码，如 Cd' })
  analyte!: string;

  @Field(() => Float, { description: '测定值（未检出时填检出限）' })
  value!: number;

  @Field({ description: '单位，土壤为 mg/kg' })
  unit!: string;

  @Field(() => Boolean, { nullable: true, description: '是否未检出' })
  belowDetection?: boolean | null;
}

@InputType('SoilSampleInput', { description: '一个土壤样品及其测定值' })
class SoilSampleInput {
  @Field({ description: '样品编码（新编码）' })
  code!: string;

  @Field({ description: '采样点位编码' })
  point!: string;

  @Field(() => LocalDate, { description: '采样日期（不得晚于今天）' })
  sampledOn!: string;

  @Field(() => Int, { description: '采样深度上限（cm）' })
  depthTopCm!: number;

  @Field(() => Int, { description: '采样深度下限（cm）' })
  depthBottomCm!: number;

  @Field(() => Float, { nullable: true, description: 'pH 值（0–14）' })
  ph?: number | null;

  @Field(() => [MeasurementInput], { description: '测定值' })
  measurements!: MeasurementInput[];
}

@ObjectType('SubmissionResult', { description: '报送结果' })
export class SubmissionResult {
  @Field(() => Int, { description: '写入的记录数' })
  applied!: number;

  @Field({ description: '是否为重复提交（同一幂等键），此时返回首次的结果、未再次写入' })
  replayed!: boolean;

  @Field(() => [String], { description: '写入记录的编码' })
  codes!: string[];
}

const UNITS = new Set(['mg/kg']);

@Resolver()
export class SoilSampleSubmissionResolver {
  @Mutation(() => SubmissionResult, { description: '报送土壤样品和测定值（全部成功或全部不写入；同一幂等键只写入一次）' })
  async submitSoilSamples(
    @Arg('idempotencyKey', { description: '幂等键：重试时使用同一值（建议 UUID）' }) idempotencyKey: string,
    @Arg('samples', () => [SoilSampleInput], { description: '样品' }) samples: SoilSampleInput[],
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    // A retry of an applied submission gets its first result, before validation sees its rows as taken.
    const replay = await replayOf<{ applied: number; codes: string[] }>(ctx, 'submitSoilSamples', idempotencyKey);
    if (replay) return Object.assign(new SubmissionResult(), { ...replay, replayed: true });
    const errors = new RowErrors();
    errors.check(samples.length > 0 && samples.length <= 10_000, 'samples', '一次报送 1 到 10000 个样品');
    const today = chinaDate(ctx.access.now);
    const points = new Map<string, { id: number; county_id: number }>(
      (await ctx.db.query('SELECT id, code, county_id FROM monitoring_point WHERE code = ANY($1)', [[...new Set(samples.map((s) => s.point))]])).map(
        (p: { id: number; code: string; county_id: number }) => [p.code, p],
      ),
    );
    const analytes = new Map<string, { id: number }>(
      (await ctx.db.query('SELECT id, code FROM analyte')).map((a: { id: number; code: string }) => [a.code.toLowerCase(), a]),
    );
    const taken = new Set<string>(
      (await ctx.db.query('SELECT code FROM soil_sample WHERE code = ANY($1)', [samples.map((s) => s.code)])).map((r: { code: string }) => r.code),
    );
    const seen = new Set<string>();
    samples.forEach((s, i) => {
      const at = `samples[${i}]`;
      errors.check(/^[\w.-]{1,64}$/.test(s.code), `${at}.code`, '编码应为 1–64 位字母、数字或 _.-');
      errors.check(!taken.has(s.code), `${at}.code`, `样品编码 ${s.code} 已存在`);
      errors.check(!seen.has(s.code), `${at}.code`, `样品编码 ${s.code} 在本批中重复`);
      seen.add(s.code);
      errors.check(points.has(s.point), `${at}.point`, `没有编码为 ${s.point} 的点位`);
      errors.check(s.sampledOn <= today, `${at}.sampledOn`, '采样日期不得晚于今天');
      errors.check(s.sampledOn >= EARLIEST_SAMPLE_DATE, `${at}.sampledOn`, `采样日期不得早于 ${EARLIEST_SAMPLE_DATE}（全国第二次土壤普查开始之年）`);
      errors.check(
        s.depthTopCm >= 0 && s.depthBottomCm > s.depthTopCm && s.depthBottomCm <= 1000,
        `${at}.depthBottomCm`,
        '深度应满足 0 ≤ 上限 < 下限 ≤ 1000 cm',
      );
      if (s.ph !== null && s.ph !== undefined) errors.check(s.ph >= 0 && s.ph <= 14, `${at}.ph`, 'pH 应在 0 到 14 之间');
      errors.check(s.measurements.length > 0, `${at}.measurements`, '至少一个测定值');
      const analytesSeen = new Set<string>();
      s.measurements.forEach((m, j) => {
        const mat = `${at}.measurements[${j}]`;
        errors.check(analytes.has(m.analyte.toLowerCase()), `${mat}.analyte`, `未知的监测项目 ${m.analyte}`);
        errors.check(!analytesSeen.has(m.analyte.toLowerCase()), `${mat}.analyte`, `同一样品中 ${m.analyte} 重复`);
        analytesSeen.add(m.analyte.toLowerCase());
        errors.check(Number.isFinite(m.value) && m.value >= 0, `${mat}.value`, '测定值应为非负数');
        errors.check(UNITS.has(m.unit), `${mat}.unit`, `单位应为 ${[...UNITS].join('、')}`);
      });
    });
    errors.throwIfAny();
    ctx.access.authorise({ kind: 'submit', resource: 'SoilSample', counties: samples.map((s) => points.get(s.point)!.county_id) });

    const { result, replayed } = await once(ctx, 'submitSoilSamples', idempotencyKey, async (m) => {
      const inserted: { id: number; code: string }[] = await m.query(
        `INSERT INTO soil_sample (code, point_id, sampled_on, depth_top_cm, depth_bottom_cm, ph, source)
         SELECT s.code, s.point_id, s.sampled_on, s.top, s.bottom, s.ph, $2
           FROM jsonb_to_recordset($1::jsonb) AS s(code text, point_id int, sampled_on date, top int, bottom int, ph numeric, seq int)
          ORDER BY s.seq RETURNING id, code`,
        [
          JSON.stringify(
            samples.map((s, seq) => ({
              code: s.code,
              point_id: points.get(s.point)!.id,
              sampled_on: s.sampledOn,
              top: s.depthTopCm,
              bottom: s.depthBottomCm,
              ph: s.ph ?? null,
              seq,
            })),
          ),
          RecordSource.SUBMITTED,
        ],
      );
      const ids = new Map(inserted.map((r) => [r.code, r.id]));
      const rows = samples.flatMap((s) =>
        s.measurements.map((x) => ({
          sample_id: ids.get(s.code),
          analyte_id: analytes.get(x.analyte.toLowerCase())!.id,
          value: x.value,
          unit: x.unit,
          below: x.belowDetection ?? false,
        })),
      );
      await m.query(
        `INSERT INTO measurement (sample_id, analyte_id, value, unit, below_detection, source)
         SELECT r.sample_id, r.analyte_id, r.value, r.unit, r.below, $2 FROM jsonb_to_recordset($1::jsonb) AS r(sample_id int, analyte_id int, value numeric, unit text, below boolean)`,
        [JSON.stringify(rows), RecordSource.SUBMITTED],
      );
      const changes: Change[] = samples.map((s) => ({
        resource: 'SoilSample',
        recordId: ids.get(s.code)!,
        op: 'insert',
        countyId: points.get(s.point)!.county_id,
        values: {
          code: s.code,
          point: s.point,
          sampledOn: s.sampledOn,
          depthTopCm: s.depthTopCm,
          depthBottomCm: s.depthBottomCm,
          ph: s.ph ?? null,
          measurements: s.measurements,
        },
      }));
      await recordChanges(m, ctx.access.principal.departmentId, ctx.access.now, changes);
      return { applied: samples.length, codes: samples.map((s) => s.code) };
    });
    ctx.auditDetail.submission = { operation: 'submitSoilSamples', idempotencyKey, replayed, applied: replayed ? 0 : result.applied };
    return Object.assign(new SubmissionResult(), { applied: result.applied as number, codes: result.codes as string[], replayed });
  }
}

import { Arg, Ctx, Field, Float, InputType, Mutation, Resolver } from 'type-graphql';
import { parsePolygonal } from '../common/geojson-polygon';
import { JsonObject } from '../common/json-object.scalar';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { parseUseCode } from '../planning/use-code';
import { countyIdOf } from '../reference/county-key';
import { saveByCode } from '../submission/save-record';
import { SiteStatus } from './site-status.enum';
import { SubmissionResult } from './soil-sample.submission';

@InputType('ContaminatedSiteInput', { description: '疑似污染地块或污染地块（按编码登记或修改；状态由 changeSiteStatus 变更）' })
class ContaminatedSiteInput {
  @Field({ description: '地块编码（已有则修改）' })
  code!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field({ description: '县级行政区名称或代码' })
  county!: string;

  @Field(() => Float, { nullable: true, description: '面积（平方米）' })
  areaM2?: number | null;

  @Field(() => String, { nullable: true, description: '原行业' })
  formerIndustry?: string | null;

  @Field(() => String, { nullable: true, description: '土地使用权人' })
  landUseHolder?: string | null;

  @Field(() => [String], { description: '开发利用负面清单：不得规划的用途（GB 50137 代码，如 R、A33）；可为空' })
  disallowedUses!: string[];

  @Field(() => JsonObject, { nullable: true, description: '管控区域：GeoJSON Polygon 或 MultiPolygon（WGS-84/CGCS2000 经纬度）' })
  controlArea?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: '来源（如 重点行业企业用地调查）' })
  origin?: string | null;
}

@Resolver()
export class ContaminatedSiteSubmissionResolver {
  @Mutation(() => SubmissionResult, {
    description:
      '登记或修改地块（环保部门；县级人民政府限本县）：新地块为疑似污染地块（如重点行业企业用地调查发现的，方案第（六）条）；负面清单和管控区域的每次修改都保留历史，名录可按日期回查',
  })
  async saveContaminatedSite(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('site', () => ContaminatedSiteInput, { description: '地块' }) s: ContaminatedSiteInput,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const code = s.code.trim();
    if (!code) throw badInput('site.code', '地块编码不能为空');
    if (!s.name.trim()) throw badInput('site.name', '名称不能为空');
    if (s.areaM2 != null && !(s.areaM2 > 0)) throw badInput('site.areaM2', '面积应为正数');
    const disallowed = [...new Set(s.disallowedUses.map((u, i) => parseUseCode(u, `site.disallowedUses.${i}`)))];
    const controlArea = s.controlArea ? parsePolygonal(s.controlArea, 'site.controlArea') : null;
    const countyId = await countyIdOf(ctx, s.county, 'site.county');
    return saveByCode(ctx, {
      operation: 'saveContaminatedSite',
      idempotencyKey,
      typeName: 'ContaminatedSite',
      table: 'contaminated_site',
      codeColumn: 'code',
      code,
      countyId,
      fields: {
        name: { column: 'name', value: s.name.trim(), cast: 'text' },
        county: { column: 'county_id', value: countyId, cast: 'int' },
        areaM2: { column: 'area_m2', value: s.areaM2 ?? null, cast: 'numeric' },
        formerIndustry: { column: 'former_industry', value: s.formerIndustry?.trim() || null, cast: 'text' },
        landUseHolder: { column: 'land_use_holder', value: s.landUseHolder?.trim() || null, cast: 'text' },
        disallowedUses: { column: 'disallowed_uses', value: disallowed, cast: 'text[]' },
        controlArea: { column: 'control_area', value: controlArea, cast: 'jsonb' },
        origin: { column: 'origin', value: s.origin?.trim() || null, cast: 'text' },
      },
      onInsert: { status: { column: 'status', value: SiteStatus.SUSPECTED, cast: 'site_status' } },
    });
  }
}

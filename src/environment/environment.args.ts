import { LocalDate } from '../common/local-date.scalar';
import { ArgsType, Field, Float, ID, Int, registerEnumType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { CreditRating } from './credit-rating.enum';
import { EnterpriseStatus } from './enterprise-status.enum';
import { MonitoringPointType } from './monitoring-point-type.enum';
import { RiskLevel } from './risk-level.enum';
import { SiteStatus } from './site-status.enum';

export enum SampleOrder {
  SAMPLED_ON_ASC = 'sampled_on_asc',
  SAMPLED_ON_DESC = 'sampled_on_desc',
}
registerEnumType(SampleOrder, {
  name: 'SampleOrder',
  description: '样品排序',
  valuesConfig: { SAMPLED_ON_ASC: { description: '采样日期升序' }, SAMPLED_ON_DESC: { description: '采样日期降序' } },
});

export enum MeasurementOrder {
  VALUE_ASC = 'value_asc',
  VALUE_DESC = 'value_desc',
}
registerEnumType(MeasurementOrder, {
  name: 'MeasurementOrder',
  description: '测定值排序',
  valuesConfig: { VALUE_ASC: { description: '测定值升序' }, VALUE_DESC: { description: '测定值降序' } },
});

export enum SiteOrder {
  CODE = 'code',
  AREA_DESC = 'area_desc',
}
registerEnumType(SiteOrder, {
  name: 'SiteOrder',
  description: '地块排序',
  valuesConfig: { CODE: { description: '按编码' }, AREA_DESC: { description: '按面积降序' } },
});

@ArgsType()
export class NestedPointsArgs {
  @Field(() => Int, { nullable: true, description: '最多返回条数' })
  first?: number | null;

  @Field(() => MonitoringPointType, { nullable: true, description: '按点位类型筛选' })
  pointType?: MonitoringPointType | null;
}

@ArgsType()
export class MonitoringPointsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => MonitoringPointType, { nullable: true, description: '按点位类型筛选' })
  pointType?: MonitoringPointType | null;

  @Field(() => RecordSource, { nullable: true, description: '按数据来源筛选' })
  source?: RecordSource | null;
}

@ArgsType()
export class NestedSamplesArgs {
  @Field(() => Int, { nullable: true, description: '最多返回条数' })
  first?: number | null;

  @Field(() => LocalDate, { nullable: true, description: '采样日期不早于' })
  sampledFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '采样日期不晚于' })
  sampledTo?: string | null;

  @Field(() => SampleOrder, { nullable: true, description: '排序，缺省为采样日期升序' })
  orderBy?: SampleOrder | null;
}

@ArgsType()
export class SoilSamplesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '采样日期不早于' })
  sampledFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '采样日期不晚于' })
  sampledTo?: string | null;

  @Field(() => String, { nullable: true, description: '监测项目编码；与 valueAbove 同用，筛选该项目测定值超过给定值的样品' })
  analyte?: string | null;

  @Field(() => Float, { nullable: true, description: '测定值下限（不含），mg/kg；需同时给出 analyte' })
  valueAbove?: number | null;

  @Field(() => SampleOrder, { nullable: true, description: '排序，缺省为采样日期升序' })
  orderBy?: SampleOrder | null;
}

@ArgsType()
export class NestedMeasurementsArgs {
  @Field(() => Int, { nullable: true, description: '最多返回条数' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '监测项目编码，如 Cd' })
  analyte?: string | null;
}

@ArgsType()
export class MeasurementsArgs extends ConnectionArgs {
  @Field(() => String, { description: '监测项目编码，如 Cd' })
  analyte!: string;

  @Field(() => Float, { nullable: true, description: '测定值下限（不含）' })
  valueAbove?: number | null;

  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => MeasurementOrder, { nullable: true, description: '排序，缺省为测定值降序' })
  orderBy?: MeasurementOrder | null;
}

@ArgsType()
export class NestedSitesArgs {
  @Field(() => Int, { nullable: true, description: '最多返回条数' })
  first?: number | null;

  @Field(() => SiteStatus, { nullable: true, description: '按状态筛选' })
  status?: SiteStatus | null;
}

@ArgsType()
export class ContaminatedSitesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => [SiteStatus], { nullable: true, description: '按状态筛选（任一）' })
  status?: SiteStatus[] | null;

  @Field(() => RiskLevel, { nullable: true, description: '按风险等级筛选' })
  riskLevel?: RiskLevel | null;

  @Field(() => SiteOrder, { nullable: true, description: '排序，缺省按编码' })
  orderBy?: SiteOrder | null;
}

@ArgsType()
export class KeyEnterprisesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => EnterpriseStatus, { nullable: true, description: '按状态筛选' })
  status?: EnterpriseStatus | null;

  @Field(() => CreditRating, { nullable: true, description: '按环境信用评价等级筛选' })
  creditRating?: CreditRating | null;
}

@ArgsType()
export class NestedEnterprisesArgs {
  @Field(() => Int, { nullable: true, description: '最多返回条数' })
  first?: number | null;

  @Field(() => CreditRating, { nullable: true, description: '按环境信用评价等级筛选' })
  creditRating?: CreditRating | null;
}

@ArgsType()
export class EnterpriseLookupArgs {
  @Field(() => ID, { nullable: true, description: '标识' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  creditCode?: string | null;
}

import { registerEnumType } from 'type-graphql';

/** GB 36600-2018 §5: what the measured values mean for the planned use. */
export enum CheckVerdict {
  MEETS_USE = 'meets_use',
  NEEDS_ASSESSMENT = 'needs_assessment',
  UNACCEPTABLE_RISK = 'unacceptable_risk',
  NO_DATA = 'no_data',
}

registerEnumType(CheckVerdict, {
  name: 'CheckVerdict',
  description: '建设用地土壤污染风险筛查结论（GB 36600-2018）',
  valuesConfig: {
    MEETS_USE: { description: '不超过筛选值：符合规划用途的土壤环境质量要求，风险一般可忽略' },
    NEEDS_ASSESSMENT: { description: '超过筛选值：须开展详细调查和风险评估' },
    UNACCEPTABLE_RISK: { description: '超过管制值：通常存在不可接受风险，须风险管控或修复' },
    NO_DATA: { description: '没有该地块的土壤监测数据，无法判定' },
  },
});

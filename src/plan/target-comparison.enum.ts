import { registerEnumType } from 'type-graphql';

/** How a 附表1 target is met, read from its printed text ("以上", "左右", "完成省政府下达指标", emission caps). */
export enum TargetComparison {
  AT_LEAST = 'at_least',
  AT_MOST = 'at_most',
  ABOUT = 'about',
  AS_ASSIGNED = 'as_assigned',
}

registerEnumType(TargetComparison, {
  name: 'TargetComparison',
  description: '指标的判定方式',
  valuesConfig: {
    AT_LEAST: { description: '不低于目标值（“以上”）' },
    AT_MOST: { description: '不高于目标值（排放量控制）' },
    ABOUT: { description: '在目标值左右：目标值减容差及以上（“左右”，容差见 tolerance）' },
    AS_ASSIGNED: { description: '完成省政府下达的指标（附表1 未给数值）' },
  },
});

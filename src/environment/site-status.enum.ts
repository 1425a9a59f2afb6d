import { registerEnumType } from 'type-graphql';

/** Life of a (suspected) contaminated site (方案第（六）、（十七）、（十九）条). */
export enum SiteStatus {
  SUSPECTED = 'suspected',
  INVESTIGATED = 'investigated',
  REGISTERED = 'registered',
  UNDER_CONTROL = 'under_control',
  UNDER_REMEDIATION = 'under_remediation',
  REMOVED = 'removed',
}

registerEnumType(SiteStatus, {
  name: 'SiteStatus',
  description: '地块状态：疑似 → 已调查 → 列入污染地块名录 → 风险管控或治理修复 → 移出名录',
  valuesConfig: {
    SUSPECTED: { description: '疑似污染地块' },
    INVESTIGATED: { description: '已完成初步调查' },
    REGISTERED: { description: '列入污染地块名录' },
    UNDER_CONTROL: { description: '风险管控中' },
    UNDER_REMEDIATION: { description: '治理修复中' },
    REMOVED: { description: '已移出名录' },
  },
});

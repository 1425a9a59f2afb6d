import { registerEnumType } from 'type-graphql';

export enum RiskLevel {
  HIGH = 'high',
  MEDIUM = 'medium',
  LOW = 'low',
}

registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: '风险等级',
  valuesConfig: { HIGH: { description: '高' }, MEDIUM: { description: '中' }, LOW: { description: '低' } },
});

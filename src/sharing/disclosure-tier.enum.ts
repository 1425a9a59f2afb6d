import { registerEnumType } from 'type-graphql';

/** How an item open to the public is disclosed (信息公开). */
export enum DisclosureTier {
  FULL = 'full',
  MASKED = 'masked',
  GENERALISED = 'generalised',
  AGGREGATE_ONLY = 'aggregate_only',
}

registerEnumType(DisclosureTier, {
  name: 'DisclosureTier',
  description: '向社会公开的方式',
  valuesConfig: {
    FULL: { description: '完整公开' },
    MASKED: { description: '脱敏公开（如姓名、电话部分遮蔽）' },
    GENERALISED: { description: '泛化公开（坐标取 0.01°，日期取到月）' },
    AGGREGATE_ONLY: { description: '仅公开统计值（按县汇总，设最小分组）' },
  },
});

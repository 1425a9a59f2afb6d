import { registerEnumType } from 'type-graphql';

/** Where a row comes from; synthetic rows are never measurements. */
export enum RecordSource {
  PLAN = 'plan',
  STANDARD = 'standard',
  SUBMITTED = 'submitted',
  SYNTHETIC = 'synthetic',
}

registerEnumType(RecordSource, {
  name: 'RecordSource',
  description: '数据来源',
  valuesConfig: {
    PLAN: { description: '《廊坊市土壤污染防治工作方案》附表原文 (the plan, as printed)' },
    STANDARD: { description: '国家标准 GB 15618-2018 / GB 36600-2018' },
    SUBMITTED: { description: '部门报送 (submitted by a department)' },
    SYNTHETIC: { description: '合成数据，仅供演示和基准测试，不是实测值 (synthetic: for demos and benchmarks, not a measurement)' },
  },
});

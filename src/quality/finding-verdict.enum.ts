import { registerEnumType } from 'type-graphql';

/** What the provider said about a finding. */
export enum FindingVerdict {
  CONFIRMED_CORRECT = 'confirmed_correct',
  CORRECTED = 'corrected',
  CONFIRMED_ERROR = 'confirmed_error',
}

registerEnumType(FindingVerdict, {
  name: 'FindingVerdict',
  description: '数据提供部门对疑点的答复',
  valuesConfig: {
    CONFIRMED_CORRECT: { description: '经核实数据无误' },
    CORRECTED: { description: '已更正（更正的数据另行报送）' },
    CONFIRMED_ERROR: { description: '确认有误，但原始文件按原样保留（如方案印发稿）' },
  },
});

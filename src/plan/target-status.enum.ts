import { registerEnumType } from 'type-graphql';

export enum TargetStatus {
  MET = 'met',
  NOT_MET = 'not_met',
  NO_DATA = 'no_data',
  NO_TARGET = 'no_target',
  NOT_COMPUTED = 'not_computed',
}

registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: '指标完成情况',
  valuesConfig: {
    MET: { description: '达到目标' },
    NOT_MET: { description: '未达到目标' },
    NO_DATA: { description: '没有可计算的数据（分母为零）' },
    NO_TARGET: { description: '有数值，但该范围没有目标（县级目标见目标责任书，尚未录入）' },
    NOT_COMPUTED: { description: '平台的数据不足以计算，由责任部门报送' },
  },
});

import { registerEnumType } from 'type-graphql';

export enum TaskRole {
  LEAD = 'lead',
  PARTICIPANT = 'participant',
  RESPONSIBLE = 'responsible',
}

registerEnumType(TaskRole, {
  name: 'TaskRole',
  description: '部门在任务中的角色',
  valuesConfig: {
    LEAD: { description: '牵头部门' },
    PARTICIPANT: { description: '参与部门' },
    RESPONSIBLE: { description: '责任单位' },
  },
});

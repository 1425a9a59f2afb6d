import { registerEnumType } from 'type-graphql';

export enum ProjectStatus {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
  ACCEPTED = 'accepted',
}

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: '治理修复项目状态',
  valuesConfig: {
    PLANNED: { description: '计划' },
    IN_PROGRESS: { description: '实施中' },
    COMPLETED: { description: '已完工' },
    ACCEPTED: { description: '已通过效果评估' },
  },
});

import { registerEnumType } from 'type-graphql';

export enum ProgressStatus {
  NOT_STARTED = 'not_started',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
  DELAYED = 'delayed',
}

registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: '任务进展状态',
  valuesConfig: {
    NOT_STARTED: { description: '未开始' },
    IN_PROGRESS: { description: '推进中' },
    COMPLETED: { description: '已完成' },
    DELAYED: { description: '滞后' },
  },
});

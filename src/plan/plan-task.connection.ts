import { Connection } from '../graphql/pagination/connection.type';
import { PlanTask } from './plan-task.type';

export const PlanTaskConnection = Connection(PlanTask, 'PlanTask', '任务');
export type PlanTaskConnection = InstanceType<typeof PlanTaskConnection>;

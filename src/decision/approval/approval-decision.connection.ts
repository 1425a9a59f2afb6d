import { Connection } from '../../graphql/pagination/connection.type';
import { ApprovalDecision } from './approval-decision.type';

export const ApprovalDecisionConnection = Connection(ApprovalDecision, 'ApprovalDecision', '用地审批把关记录');
export type ApprovalDecisionConnection = InstanceType<typeof ApprovalDecisionConnection>;

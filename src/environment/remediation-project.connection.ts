import { Connection } from '../graphql/pagination/connection.type';
import { RemediationProject } from './remediation-project.type';

export const RemediationProjectConnection = Connection(RemediationProject, 'RemediationProject', '治理与修复工程');
export type RemediationProjectConnection = InstanceType<typeof RemediationProjectConnection>;

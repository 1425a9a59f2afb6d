import { Connection } from '../graphql/pagination/connection.type';
import { KeyEnterprise } from './key-enterprise.type';

export const KeyEnterpriseConnection = Connection(KeyEnterprise, 'KeyEnterprise', '重点监管企业');
export type KeyEnterpriseConnection = InstanceType<typeof KeyEnterpriseConnection>;

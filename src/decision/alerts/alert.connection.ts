import { Connection } from '../../graphql/pagination/connection.type';
import { Alert } from './alert.type';

export const AlertConnection = Connection(Alert, 'Alert', '预警提醒');
export type AlertConnection = InstanceType<typeof AlertConnection>;

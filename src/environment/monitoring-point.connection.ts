import { Connection } from '../graphql/pagination/connection.type';
import { MonitoringPoint } from './monitoring-point.type';

export const MonitoringPointConnection = Connection(MonitoringPoint, 'MonitoringPoint', '监测点位');
export type MonitoringPointConnection = InstanceType<typeof MonitoringPointConnection>;

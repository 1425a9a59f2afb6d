import { Connection } from '../graphql/pagination/connection.type';
import { Measurement } from './measurement.type';

export const MeasurementConnection = Connection(Measurement, 'Measurement', '测定值');
export type MeasurementConnection = InstanceType<typeof MeasurementConnection>;

import { Connection } from '../graphql/pagination/connection.type';
import { SoilSample } from './soil-sample.type';

export const SoilSampleConnection = Connection(SoilSample, 'SoilSample', '土壤样品');
export type SoilSampleConnection = InstanceType<typeof SoilSampleConnection>;

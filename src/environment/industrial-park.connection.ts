import { Connection } from '../graphql/pagination/connection.type';
import { IndustrialPark } from './industrial-park.type';

export const IndustrialParkConnection = Connection(IndustrialPark, 'IndustrialPark', '重点工业园区');
export type IndustrialParkConnection = InstanceType<typeof IndustrialParkConnection>;

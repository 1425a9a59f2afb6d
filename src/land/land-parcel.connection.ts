import { Connection } from '../graphql/pagination/connection.type';
import { LandParcel } from './land-parcel.type';

export const LandParcelConnection = Connection(LandParcel, 'LandParcel', '宗地');
export type LandParcelConnection = InstanceType<typeof LandParcelConnection>;

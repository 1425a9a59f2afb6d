import { Connection } from '../graphql/pagination/connection.type';
import { HazardousWasteFacility } from './hazardous-waste-facility.type';

export const HazardousWasteFacilityConnection = Connection(HazardousWasteFacility, 'HazardousWasteFacility', '危险废物处理处置企业');
export type HazardousWasteFacilityConnection = InstanceType<typeof HazardousWasteFacilityConnection>;

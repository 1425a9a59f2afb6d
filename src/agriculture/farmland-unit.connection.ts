import { Connection } from '../graphql/pagination/connection.type';
import { FarmlandUnit } from './farmland-unit.type';

export const FarmlandUnitConnection = Connection(FarmlandUnit, 'FarmlandUnit', '耕地单元');
export type FarmlandUnitConnection = InstanceType<typeof FarmlandUnitConnection>;

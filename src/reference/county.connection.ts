import { Connection } from '../graphql/pagination/connection.type';
import { County } from './county.type';

export const CountyConnection = Connection(County, 'County', '县级行政区');
export type CountyConnection = InstanceType<typeof CountyConnection>;

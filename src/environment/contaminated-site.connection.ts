import { Connection } from '../graphql/pagination/connection.type';
import { ContaminatedSite } from './contaminated-site.type';

export const ContaminatedSiteConnection = Connection(ContaminatedSite, 'ContaminatedSite', '地块');
export type ContaminatedSiteConnection = InstanceType<typeof ContaminatedSiteConnection>;

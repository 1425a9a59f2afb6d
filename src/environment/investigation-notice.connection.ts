import { Connection } from '../graphql/pagination/connection.type';
import { InvestigationNotice } from './investigation-notice.type';

export const InvestigationNoticeConnection = Connection(InvestigationNotice, 'InvestigationNotice', '初步调查书面通知');
export type InvestigationNoticeConnection = InstanceType<typeof InvestigationNoticeConnection>;

import { Connection } from '../graphql/pagination/connection.type';
import { SiteAssessmentReport } from './site-assessment-report.type';

export const SiteAssessmentReportConnection = Connection(SiteAssessmentReport, 'SiteAssessmentReport', '地块调查评估报告');
export type SiteAssessmentReportConnection = InstanceType<typeof SiteAssessmentReportConnection>;

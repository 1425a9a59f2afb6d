import { Connection } from '../../graphql/pagination/connection.type';
import { FarmlandAssessment } from './farmland-assessment.type';

export const FarmlandAssessmentConnection = Connection(FarmlandAssessment, 'FarmlandAssessment', '耕地单元类别评价');
export type FarmlandAssessmentConnection = InstanceType<typeof FarmlandAssessmentConnection>;

import { Connection } from '../graphql/pagination/connection.type';
import { Analyte } from './analyte.type';

export const AnalyteConnection = Connection(Analyte, 'Analyte', '监测项目');
export type AnalyteConnection = InstanceType<typeof AnalyteConnection>;

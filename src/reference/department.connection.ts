import { Connection } from '../graphql/pagination/connection.type';
import { Department } from './department.type';

export const DepartmentConnection = Connection(Department, 'Department', '部门');
export type DepartmentConnection = InstanceType<typeof DepartmentConnection>;

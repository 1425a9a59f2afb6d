import { CountyEntity } from '../reference/county.entity';
import { DepartmentEntity } from '../reference/department.entity';

/** Every stored entity; TypeORM is given this list, never a glob. */
export const entities = [CountyEntity, DepartmentEntity];

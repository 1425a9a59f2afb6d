import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DepartmentEntity } from '../reference/department.entity';
import { PlanTaskEntity } from './plan-task.entity';
import { TaskRole } from './task-role.enum';

/** Links a 附表6 row to the departments it names, by role. */
@Entity({ name: 'plan_task_department' })
@Index(['departmentId', 'role'])
export class PlanTaskDepartmentEntity {
  @PrimaryColumn({ name: 'task_id', type: 'integer' })
  taskId!: number;

  @PrimaryColumn({ name: 'department_id', type: 'integer' })
  departmentId!: number;

  @PrimaryColumn({ type: 'enum', enum: TaskRole, enumName: 'task_role' })
  role!: TaskRole;

  @ManyToOne(() => PlanTaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<PlanTaskEntity>;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<DepartmentEntity>;
}

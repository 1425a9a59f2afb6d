import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DepartmentEntity } from '../../reference/department.entity';
import { AccessRequestEntity } from './access-request.entity';

/** Every state change of a request or its grant: submitted, approved, rejected, withdrawn, revoked. */
@Entity({ name: 'request_event' })
export class RequestEventEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @Column({ type: 'text' })
  event!: string;

  @Column({ name: 'actor_id', type: 'integer' })
  actorId!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne(() => AccessRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AccessRequestEntity>;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<DepartmentEntity>;
}

import { Field, ID, ObjectType } from 'type-graphql';
import { DepartmentKind } from './department-kind.enum';
import type { DepartmentEntity } from './department.entity';

@ObjectType('Department', { description: '部门：参与数据共享的主体（市级部门、县级政府、省级平台、社会公众）' })
export class Department {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '稳定编码，用于密钥、共享目录与审计 (stable code)' })
  code!: string;

  @Field({ nullable: true, description: '中文名称' })
  name!: string;

  @Field({ nullable: true, description: '英文名称 (English name)' })
  nameEn!: string;

  @Field(() => DepartmentKind, { nullable: true, description: '主体类型' })
  kind!: DepartmentKind;

  /** Resolved through a loader by DepartmentResolver. */
  countyId!: number | null;

  static from(e: DepartmentEntity): Department {
    return Object.assign(new Department(), {
      id: String(e.id),
      code: e.code,
      name: e.name,
      nameEn: e.nameEn,
      kind: e.kind,
      countyId: e.countyId,
    });
  }
}

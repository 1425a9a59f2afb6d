import { Field, ID, ObjectType } from 'type-graphql';
import { CountyKind } from './county-kind.enum';
import type { CountyEntity } from './county.entity';

@ObjectType('County', { description: '县级行政区 (county-level division of Langfang)' })
export class County {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'GB/T 2260 行政区划代码；廊坊开发区无此代码' })
  code!: string | null;

  @Field({ nullable: true, description: '名称' })
  name!: string;

  @Field({ nullable: true, description: '英文名称 (English name)' })
  nameEn!: string;

  @Field(() => CountyKind, { nullable: true, description: '类型' })
  kind!: CountyKind;

  static from(e: CountyEntity): County {
    return Object.assign(new County(), { id: String(e.id), code: e.code, name: e.name, nameEn: e.nameEn, kind: e.kind });
  }
}

import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { paginate } from '../graphql/pagination/paginate';
import { County } from './county.type';
import { DepartmentLookupArgs, DepartmentsArgs } from './department.args';
import { DepartmentConnection } from './department.connection';
import { DepartmentEntity } from './department.entity';
import { Department } from './department.type';
import { byId } from '../graphql/relations/by-id.loader';
import { CountyEntity } from './county.entity';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: '部门列表（市级部门在前，依方案中出现的频次排序）' })
  departments(@Args() args: DepartmentsArgs, @Ctx() ctx: HubContext): Promise<DepartmentConnection> {
    const qb = ctx.db.getRepository(DepartmentEntity).createQueryBuilder('d');
    if (args.kind) qb.andWhere('d.kind = :kind', { kind: args.kind });
    return paginate(qb, args, ctx, [{ expr: 'd.id', value: (r) => r.id }], Department.from, () => new DepartmentConnection());
  }

  @Query(() => Department, { nullable: true, description: '当前调用者所属的部门（按密钥或令牌识别）' })
  me(@Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(ctx.access.principal.departmentId);
  }

  @Query(() => Department, { nullable: true, description: '按标识、编码或中文名称查找一个部门' })
  async department(@Args() args: DepartmentLookupArgs, @Ctx() ctx: HubContext): Promise<Department | null> {
    const [key, value] = lookupKey(args);
    const repo = ctx.db.getRepository(DepartmentEntity);
    const row = await repo.findOneBy(key === 'id' ? { id: parseId(value) } : { [key]: value });
    return row ? Department.from(row) : null;
  }

  @FieldResolver(() => County, { nullable: true, description: '所属县级行政区（仅县级政府）' })
  county(@Root() department: Department, @Ctx() ctx: HubContext): Promise<County | null> {
    return department.countyId === null ? Promise.resolve(null) : byId(ctx, CountyEntity, County.from).load(department.countyId);
  }
}

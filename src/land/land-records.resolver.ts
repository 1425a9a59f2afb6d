import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { list } from '../graphql/list';
import { Connection } from '../graphql/pagination/connection.type';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { ConstructionProjectEntity } from '../planning/construction-project.entity';
import { ConstructionProject, PlanningPermit, toPermit, toProject } from '../planning/construction-records.type';
import { PlanningPermitEntity } from '../planning/planning-permit.entity';
import { LandParcelEntity } from './land-parcel.entity';
import { LandParcel, toParcel } from './land-parcel.type';
import { LandTransactionEntity } from './land-transaction.entity';
import { LandTransaction, toTransaction } from './land-transaction.type';
import { TransactionKind } from './transaction-kind.enum';
import { TransactionStatus } from './transaction-status.enum';

export const LandTransactionConnection = Connection(LandTransaction, 'LandTransaction', '土地交易');
export type LandTransactionConnection = InstanceType<typeof LandTransactionConnection>;

@ArgsType()
class LandTransactionsArgs extends ConnectionArgs {
  @Field(() => TransactionKind, { nullable: true, description: '按类型筛选' })
  kind?: TransactionKind | null;

  @Field(() => TransactionStatus, { nullable: true, description: '按办理状态筛选' })
  status?: TransactionStatus | null;
}

@Resolver(() => LandTransaction)
export class LandTransactionResolver {
  @Query(() => LandTransactionConnection, { description: '土地供应、收回、转让、改变用途（按决定日期倒序）' })
  landTransactions(@Args() args: LandTransactionsArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<LandTransactionConnection> {
    return list(ctx, LandTransactionEntity, args, {
      filter: (qb, a) => {
        if (a.kind) qb.andWhere('e.kind = :kind', { kind: a.kind });
        if (a.status) qb.andWhere('e.status = :status', { status: a.status });
      },
      sort: [{ expr: "COALESCE(e.decided_on, '9999-12-31')", value: (r) => r.decidedOn ?? '9999-12-31', direction: 'DESC' }],
      toNode: toTransaction,
      info,
      make: () => new LandTransactionConnection(),
    });
  }

  @FieldResolver(() => LandParcel, { nullable: true, description: '宗地' })
  parcel(@Root() t: LandTransaction, @Ctx() ctx: HubContext): Promise<LandParcel | null> {
    return byId(ctx, LandParcelEntity, toParcel).load(t.parcelId);
  }
}

/** Transactions, permits and projects reached from a parcel. */
@Resolver(() => LandParcel)
export class ParcelRecordsResolver {
  @FieldResolver(() => [LandTransaction], { nullable: true, description: '宗地的供应、收回、转让、改变用途' })
  transactions(@Root() p: LandParcel, @Ctx() ctx: HubContext): Promise<LandTransaction[]> {
    return manyBy(ctx, LandTransactionEntity, 'parcelId', toTransaction).load(Number(p.id));
  }

  @FieldResolver(() => [PlanningPermit], { nullable: true, description: '宗地的规划许可' })
  permits(@Root() p: LandParcel, @Ctx() ctx: HubContext): Promise<PlanningPermit[]> {
    return manyBy(ctx, PlanningPermitEntity, 'parcelId', toPermit).load(Number(p.id));
  }

  @FieldResolver(() => [ConstructionProject], { nullable: true, description: '宗地上的建设项目' })
  constructionProjects(@Root() p: LandParcel, @Ctx() ctx: HubContext): Promise<ConstructionProject[]> {
    return manyBy(ctx, ConstructionProjectEntity, 'parcelId', toProject).load(Number(p.id));
  }
}

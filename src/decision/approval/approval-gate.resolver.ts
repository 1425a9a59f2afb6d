import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { list } from '../../graphql/list';
import { byId } from '../../graphql/relations/by-id.loader';
import { LandParcelEntity } from '../../land/land-parcel.entity';
import { LandParcel, toParcel } from '../../land/land-parcel.type';
import { DepartmentEntity } from '../../reference/department.entity';
import { Department } from '../../reference/department.type';
import { BackgroundValueInput } from '../construction/background-value.input';
import { parseBackgrounds, parsePlannedUse } from '../construction/construction-land-check';
import { parcelByCode } from '../construction/construction-land-check.resolver';
import { ApprovalChecksArgs } from './approval.args';
import { ApprovalCheckEntity } from './approval-check.entity';
import { ApprovalDecisionConnection } from './approval-decision.connection';
import { ApprovalDecision } from './approval-decision.type';
import { checkApproval } from './approval-gate';
import { ApprovalType } from './approval-type.enum';
import { COMPUTED_COST } from '../../graphql/limits/field-costs';

const toDecision = (row: ApprovalCheckEntity): ApprovalDecision => Object.assign(new ApprovalDecision(), row, { id: String(row.id) });

@Resolver(() => ApprovalDecision)
export class ApprovalGateResolver {
  @Mutation(() => ApprovalDecision, {
    complexity: COMPUTED_COST,
    description:
      '用地审批把关：办理规划许可、土地供应或施工许可前，查询宗地能否办理及理由（污染地块名录、负面清单、管控区域、GB 36600 筛查、规划用途）；每次调用都有记录',
  })
  async checkApproval(
    @Arg('parcel', { description: '宗地代码' }) code: string,
    @Arg('approvalType', () => ApprovalType, { description: '审批类型' }) approvalType: ApprovalType,
    @Arg('plannedUse', () => String, { nullable: true, description: '规划用途（GB 50137 代码）；缺省取宗地现行规划用途，未知按第一类用地' })
    plannedUse: string | null,
    @Arg('backgrounds', () => [BackgroundValueInput], { nullable: true, description: '砷、钴、钒的背景值' }) backgrounds: BackgroundValueInput[] | null,
    @Ctx() ctx: HubContext,
  ): Promise<ApprovalDecision> {
    const use = parsePlannedUse(plannedUse);
    const bg = parseBackgrounds(backgrounds);
    const parcel = await parcelByCode(ctx, code);
    return toDecision(await checkApproval(ctx, parcel, approvalType, use, bg));
  }

  @Query(() => ApprovalDecisionConnection, { description: '用地审批把关记录，新的在前' })
  async approvalChecks(@Args() args: ApprovalChecksArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<ApprovalDecisionConnection> {
    const parcelId = args.parcel ? (await parcelByCode(ctx, args.parcel)).id : undefined;
    return list(ctx, ApprovalCheckEntity, args, {
      filter: (qb) => {
        if (parcelId) qb.andWhere('e.parcel_id = :parcelId', { parcelId });
      },
      // Calls in the same instant keep the order they were recorded in.
      sort: [
        { expr: 'e.checked_at', value: (r) => r.checkedAt, direction: 'DESC' },
        { expr: 'e.id', value: (r) => r.id, direction: 'DESC' },
      ],
      toNode: toDecision,
      info,
      make: () => new ApprovalDecisionConnection(),
    });
  }

  @FieldResolver(() => LandParcel, { nullable: true, description: '宗地' })
  parcel(@Root() d: ApprovalDecision, @Ctx() ctx: HubContext): Promise<LandParcel | null> {
    return byId(ctx, LandParcelEntity, toParcel).load(d.parcelId);
  }

  @FieldResolver(() => Department, { nullable: true, description: '调用把关的部门' })
  checkedBy(@Root() d: ApprovalDecision, @Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(d.departmentId);
  }
}

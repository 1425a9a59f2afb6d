import { registerEnumType } from 'type-graphql';

/** The approvals the plan gates on soil quality (方案第（二十一）条: 规划、供地、建设等审批手续). */
export enum ApprovalType {
  PLANNING_PERMIT = 'planning_permit',
  LAND_SUPPLY = 'land_supply',
  CONSTRUCTION_PERMIT = 'construction_permit',
}

export const APPROVAL_LABEL: Record<ApprovalType, string> = {
  [ApprovalType.PLANNING_PERMIT]: '规划许可',
  [ApprovalType.LAND_SUPPLY]: '土地供应',
  [ApprovalType.CONSTRUCTION_PERMIT]: '施工许可',
};

registerEnumType(ApprovalType, {
  name: 'ApprovalType',
  description: '审批类型',
  valuesConfig: {
    PLANNING_PERMIT: { description: '规划许可（建设用地规划许可证、建设工程规划许可证）' },
    LAND_SUPPLY: { description: '土地供应（出让、划拨）' },
    CONSTRUCTION_PERMIT: { description: '建筑工程施工许可' },
  },
});

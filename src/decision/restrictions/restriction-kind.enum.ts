import { registerEnumType } from 'type-graphql';

/** The measures 第（十三）、（四十）条 name for a county that is warned or fails its assessment. */
export enum RestrictionKind {
  LAND_USE = 'land_use',
  EIA = 'eia',
}

export const RESTRICTION_LABEL: Record<RestrictionKind, string> = {
  [RestrictionKind.LAND_USE]: '用地限批',
  [RestrictionKind.EIA]: '环评限批',
};

registerEnumType(RestrictionKind, {
  name: 'RestrictionKind',
  description: '限批措施',
  valuesConfig: { LAND_USE: { description: '用地限批：暂停该县新增建设用地的规划、供地审批' }, EIA: { description: '环评限批：暂停该县建设项目环评审批' } },
});

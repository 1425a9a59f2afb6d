import { registerEnumType } from 'type-graphql';

/** Land type as GB 15618 distinguishes it. */
export enum FarmlandType {
  PADDY = 'paddy',
  DRY = 'dry',
  ORCHARD = 'orchard',
  PADDY_UPLAND_ROTATION = 'paddy_upland_rotation',
}

registerEnumType(FarmlandType, {
  name: 'FarmlandType',
  description: '农用地类型（决定 GB 15618 的取值列）',
  valuesConfig: {
    PADDY: { description: '水田' },
    DRY: { description: '旱地' },
    ORCHARD: { description: '果园' },
    PADDY_UPLAND_ROTATION: { description: '水旱轮作（取较严值）' },
  },
});

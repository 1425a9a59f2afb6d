import { registerEnumType } from 'type-graphql';

export enum PermitKind {
  LAND_USE = 'land_use',
  ENGINEERING = 'engineering',
}

registerEnumType(PermitKind, {
  name: 'PermitKind',
  description: '规划许可类型',
  valuesConfig: { LAND_USE: { description: '建设用地规划许可证' }, ENGINEERING: { description: '建设工程规划许可证' } },
});

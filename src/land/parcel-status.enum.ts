import { registerEnumType } from 'type-graphql';

export enum ParcelStatus {
  RESERVE = 'reserve',
  SUPPLIED = 'supplied',
  TRANSFERRED = 'transferred',
  RECLAIMED = 'reclaimed',
}

registerEnumType(ParcelStatus, {
  name: 'ParcelStatus',
  description: '地块供应状态',
  valuesConfig: {
    RESERVE: { description: '储备' },
    SUPPLIED: { description: '已供应' },
    TRANSFERRED: { description: '已转让' },
    RECLAIMED: { description: '已收回' },
  },
});

import { registerEnumType } from 'type-graphql';

export enum TransactionKind {
  SUPPLY = 'supply',
  RECLAIM = 'reclaim',
  TRANSFER = 'transfer',
  CHANGE_OF_USE = 'change_of_use',
}

registerEnumType(TransactionKind, {
  name: 'TransactionKind',
  description: '土地交易类型（方案第（二十）条：收回、收购、转让、改变用途）',
  valuesConfig: {
    SUPPLY: { description: '供应' },
    RECLAIM: { description: '收回、收购' },
    TRANSFER: { description: '转让' },
    CHANGE_OF_USE: { description: '改变用途' },
  },
});

import { registerEnumType } from 'type-graphql';

export enum EnterpriseStatus {
  OPERATING = 'operating',
  CLOSED = 'closed',
  RELOCATED = 'relocated',
}

registerEnumType(EnterpriseStatus, {
  name: 'EnterpriseStatus',
  description: '企业状态',
  valuesConfig: { OPERATING: { description: '在产' }, CLOSED: { description: '关停' }, RELOCATED: { description: '搬迁' } },
});

import { registerEnumType } from 'type-graphql';

/** What the caller can do with an item now. */
export enum AccessStatus {
  READABLE = 'readable',
  REQUESTABLE = 'requestable',
  NEVER = 'never',
}

registerEnumType(AccessStatus, {
  name: 'AccessStatus',
  description: '本部门对信息项的使用状态',
  valuesConfig: {
    READABLE: { description: '现在可读' },
    REQUESTABLE: { description: '可申请（有条件共享，尚无有效授权）' },
    NEVER: { description: '不可获得（不予共享）' },
  },
});

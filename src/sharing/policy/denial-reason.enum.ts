import { registerEnumType } from 'type-graphql';

/** Why an item is not released: the stable codes in a denial's `extensions.reason`. */
export enum DenialReason {
  NOT_SHARED = 'NOT_SHARED',
  NO_GRANT = 'NO_GRANT',
  GRANT_EXPIRED = 'GRANT_EXPIRED',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  NOT_IN_CATALOG = 'NOT_IN_CATALOG',
  NOT_OPEN = 'NOT_OPEN',
  PURPOSE_MISMATCH = 'PURPOSE_MISMATCH',
}

registerEnumType(DenialReason, {
  name: 'DenialReason',
  description: '不予提供的原因',
  valuesConfig: {
    NOT_SHARED: { description: '不予共享：仅提供部门可用' },
    NO_GRANT: { description: '有条件共享，尚未获得授权：可提出共享申请' },
    GRANT_EXPIRED: { description: '授权已过期或已被撤销：可重新申请' },
    OUT_OF_SCOPE: { description: '超出授权或本级政府的数据范围' },
    NOT_IN_CATALOG: { description: '未列入资源共享目录' },
    NOT_OPEN: { description: '未向社会开放' },
    PURPOSE_MISMATCH: { description: '请求声明的用途（X-Purpose）与授权用途不符' },
  },
});

import { registerEnumType } from 'type-graphql';

/** Why an item is not released, or an action refused: the closed set of codes in a FORBIDDEN error's `extensions.reason`. */
export enum DenialReason {
  NOT_SHARED = 'NOT_SHARED',
  NO_GRANT = 'NO_GRANT',
  GRANT_EXPIRED = 'GRANT_EXPIRED',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  NOT_IN_CATALOG = 'NOT_IN_CATALOG',
  NOT_OPEN = 'NOT_OPEN',
  PURPOSE_MISMATCH = 'PURPOSE_MISMATCH',
  NOT_AUTHORISED = 'NOT_AUTHORISED',
  NOT_PROVIDER = 'NOT_PROVIDER',
  NOT_ASSIGNED = 'NOT_ASSIGNED',
  NOT_PARTY = 'NOT_PARTY',
}

/** What each reason means, for the schema and the error vocabulary. */
export const DENIAL_REASON_MEANINGS: Record<DenialReason, string> = {
  NOT_SHARED: '不予共享：仅提供部门可用',
  NO_GRANT: '有条件共享，尚未获得授权：可提出共享申请',
  GRANT_EXPIRED: '授权已过期或已被撤销：可重新申请',
  OUT_OF_SCOPE: '超出授权或本级政府的数据范围',
  NOT_IN_CATALOG: '未列入资源共享目录',
  NOT_OPEN: '未向社会开放',
  PURPOSE_MISMATCH: '请求声明的用途（X-Purpose）与授权用途不符',
  NOT_AUTHORISED: '本部门无权调用该接口（如仅限平台管理员的操作）',
  NOT_PROVIDER: '只有该资源的提供部门（县级政府限本县）可以报送或修改',
  NOT_ASSIGNED: '不是该任务的牵头、参与或责任部门',
  NOT_PARTY: '不是该共享申请或授权的当事部门（申请部门或提供部门）',
};

registerEnumType(DenialReason, {
  name: 'DenialReason',
  description: '不予提供的原因',
  valuesConfig: Object.fromEntries(Object.entries(DENIAL_REASON_MEANINGS).map(([reason, description]) => [reason, { description }])),
});

import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import type { SnapshotItem, SnapshotResource } from '../catalog/catalog-snapshot';
import { DenialReason } from './denial-reason.enum';

const MESSAGES: Record<DenialReason, string> = {
  NOT_SHARED: '该信息项不予共享，仅提供部门可用',
  NO_GRANT: '该信息项为有条件共享，贵部门尚无有效授权',
  GRANT_EXPIRED: '贵部门对该信息项的授权已过期或已被撤销',
  OUT_OF_SCOPE: '该数据超出贵部门的授权或管辖范围',
  NOT_IN_CATALOG: '该信息项未列入资源共享目录',
  NOT_OPEN: '该信息项未向社会开放',
  PURPOSE_MISMATCH: '请求声明的用途（X-Purpose 请求头）与授权用途不符',
  NOT_AUTHORISED: '贵部门无权调用该接口',
  NOT_PROVIDER: '只有该资源的提供部门可以报送或修改',
  NOT_ASSIGNED: '贵部门不是该任务的牵头、参与或责任部门',
  NOT_PARTY: '贵部门不是该申请或授权的当事部门',
};

/** The error a denied item carries: a stable reason, which resource and item, and how to get access. No values. */
export function denialError(reason: DenialReason, resource?: SnapshotResource, item?: SnapshotItem | string): HubError {
  const itemName = typeof item === 'string' ? item : item?.fieldName;
  const label = typeof item === 'string' ? undefined : item?.label;
  const canRequest = reason === DenialReason.NO_GRANT || reason === DenialReason.GRANT_EXPIRED || reason === DenialReason.OUT_OF_SCOPE;
  return new HubError(ErrorCode.FORBIDDEN, `${MESSAGES[reason]}（${resource?.name ?? ''}${label ? ` · ${label}` : ''}）`, {
    reason,
    details: {
      resource: resource?.code,
      item: itemName,
      ...(canRequest && resource ? { howToRequest: `调用 requestAccess(resource: "${resource.code}", items: ["${itemName}"], …) 向提供部门提出共享申请` } : {}),
    },
  });
}

import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import { DepartmentKind } from '../../reference/department-kind.enum';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot';
import { isAdministrator, type Principal } from '../identity/principal';
import { DenialReason } from './denial-reason.enum';

/** Every kind of write and workflow step the hub knows, with what the decision needs to know about it. */
export type WriteAction =
  /** A submission or import of a catalogued resource; `counties` are the counties its rows belong to. */
  | { kind: 'submit'; resource: string; counties: Iterable<number> }
  /** A progress report on a task of 附表6; `assigned`: the caller is its lead, participating or responsible department. */
  | { kind: 'reportProgress'; assigned: boolean }
  /** A value of a 附表1 indicator the data cannot compute; `responsible`: the caller is its reporting department, or the county's government for its county. */
  | { kind: 'reportIndicator'; responsible: boolean }
  /** Editing a resource's catalog entry, answering a request for it, revoking a grant of it. */
  | { kind: 'editCatalog' | 'answerRequest' | 'revokeGrant'; resourceId: number }
  /** Withdrawing a request: only the department that made it. */
  | { kind: 'withdrawRequest'; consumerId: number }
  /** Platform administration: the full audit trail, its verification, the working calendar, every request. */
  | { kind: 'administer'; task: 'audit' | 'verifyAudit' | 'calendar' | 'allRequests' | 'restrictions' | 'assessment' | 'subscribers' | 'keys' };

const ADMIN_TASKS: Record<Extract<WriteAction, { kind: 'administer' }>['task'], string> = {
  audit: '查看全部审计记录',
  verifyAudit: '校验审计链',
  calendar: '维护工作日历',
  allRequests: '查看全部申请',
  restrictions: '登记限批决定',
  assessment: '录入目标责任书和办理年度考核',
  subscribers: '管理推送订阅',
  keys: '签发和吊销部门应用密钥',
};

/**
 * The one write decision: whether `principal` may take `action`, null when it may, else the reason from the closed
 * set and the message the caller reads. Submissions, imports and every workflow step ask here.
 */
export function writeRefusal(principal: Principal, catalog: CatalogSnapshot, action: WriteAction): { reason: DenialReason; message: string } | null {
  switch (action.kind) {
    case 'submit': {
      const resource = catalog.byType.get(action.resource);
      if (resource && resource.providerId === principal.departmentId) return null;
      if (principal.kind === DepartmentKind.COUNTY_GOVERNMENT && [...action.counties].every((c) => c === principal.countyId)) return null;
      return { reason: DenialReason.NOT_PROVIDER, message: `只有提供部门或本县（市、区）政府可以报送${resource?.name ?? action.resource}` };
    }
    case 'reportProgress':
      return action.assigned ? null : { reason: DenialReason.NOT_ASSIGNED, message: '只有该任务的牵头、参与或责任部门可以报告进展' };
    case 'reportIndicator':
      return action.responsible ? null : { reason: DenialReason.NOT_ASSIGNED, message: '只有该指标的报送部门或本县（市、区）政府可以报送指标值' };
    case 'editCatalog':
    case 'answerRequest':
    case 'revokeGrant': {
      if (catalog.byId.get(action.resourceId)?.providerId === principal.departmentId) return null;
      const what = { editCatalog: '修改本部门资源的目录条目', answerRequest: '答复共享申请', revokeGrant: '撤销授权' }[action.kind];
      return { reason: action.kind === 'editCatalog' ? DenialReason.NOT_PROVIDER : DenialReason.NOT_PARTY, message: `只有提供部门可以${what}` };
    }
    case 'withdrawRequest':
      return action.consumerId === principal.departmentId ? null : { reason: DenialReason.NOT_PARTY, message: '只有申请部门可以撤回申请' };
    case 'administer':
      return isAdministrator(principal) ? null : { reason: DenialReason.NOT_AUTHORISED, message: `只有平台管理员可以${ADMIN_TASKS[action.task]}` };
  }
}

/** writeRefusal() as the FORBIDDEN error the caller gets (403 outside GraphQL). */
export function assertMayWrite(principal: Principal, catalog: CatalogSnapshot, action: WriteAction): void {
  const refusal = writeRefusal(principal, catalog, action);
  if (refusal) throw new HubError(ErrorCode.FORBIDDEN, refusal.message, { reason: refusal.reason });
}

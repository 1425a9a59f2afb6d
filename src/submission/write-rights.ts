import type { CatalogSnapshot } from '../sharing/catalog/catalog-snapshot';
import type { Principal } from '../sharing/identity/principal';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { DepartmentKind } from '../reference/department-kind.enum';
import { DenialReason } from '../sharing/policy/denial-reason.enum';

/**
 * Who may write a resource: its provider (per the catalog), and county governments for rows of their own county.
 * `counties` are the counties the submission touches.
 */
export function assertMayWrite(access: { catalog: CatalogSnapshot; principal: Principal }, typeName: string, counties: Iterable<number>): void {
  const resource = access.catalog.byType.get(typeName);
  const me = access.principal;
  if (resource && resource.providerId === me.departmentId) return;
  if (me.kind === DepartmentKind.COUNTY_GOVERNMENT && [...counties].every((c) => c === me.countyId)) return;
  throw new HubError(ErrorCode.FORBIDDEN, `只有提供部门或本县（市、区）政府可以报送${resource?.name ?? typeName}`, {
    httpStatus: 403,
    extensions: { reason: DenialReason.NOT_PROVIDER, resource: resource?.code },
  });
}

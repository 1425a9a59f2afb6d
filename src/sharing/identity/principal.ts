import { DepartmentKind } from '../../reference/department-kind.enum';

/** Who is asking: a department (through one of its keys), resolved once per request. */
export interface Principal {
  departmentId: number;
  code: string;
  name: string;
  kind: DepartmentKind;
  /** For county governments: the only county whose rows they see. */
  countyId: number | null;
  keyId: number | null;
}

/** Government principals read shared data; the public reads only the disclosure endpoint. */
export function isGovernment(p: Principal | undefined): boolean {
  return !!p && p.kind !== DepartmentKind.PUBLIC;
}

export function isAdministrator(p: Principal | undefined): boolean {
  return p?.kind === DepartmentKind.ADMINISTRATOR;
}

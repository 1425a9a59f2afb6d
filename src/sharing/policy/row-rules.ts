import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { DepartmentKind } from '../../reference/department-kind.enum';
import type { ResourceDeclaration } from '../catalog/catalog-declaration';
import type { Principal } from '../identity/principal';

/** The change feed's table as a scope target: its rows are other resources' records, named by `resource`. */
export const CHANGE_EVENTS = Symbol('change_event');
export type ScopeTarget = EntityTarget<ObjectLiteral> | typeof CHANGE_EVENTS;

const TYPE_NAME = /^[A-Za-z]\w*$/;

/**
 * Which rows of a table a principal may read, from the catalog's declarations: county governments their
 * county's rows, the public the rows its tier opens (the register, not the suspected list), others every row.
 * Built once per hub; every reader, GraphQL or raw SQL, asks `Access.rowScope`, which asks here.
 */
export class RowRules {
  private readonly byEntity: Map<EntityTarget<ObjectLiteral>, ResourceDeclaration>;
  /** Types whose rows belong to a county: their change events are scoped by the event's county. */
  private readonly countyBound: string[];

  constructor(resources: ResourceDeclaration[]) {
    // Derived views (summaries, register changes) share a table with the resource that owns its row rules.
    const stored = resources.filter((r) => !r.derived);
    this.byEntity = new Map(stored.map((r) => [r.entity, r]));
    this.countyBound = stored.filter((r) => r.countySql).map((r) => r.typeName);
    for (const name of this.countyBound) if (!TYPE_NAME.test(name)) throw new Error(`row rules: bad type name ${name}`);
  }

  /** Whether some principal reads only part of the table (a county government its county, the public its tier). */
  limits(target: EntityTarget<ObjectLiteral>): boolean {
    const resource = this.byEntity.get(target);
    return Boolean(resource?.countySql || resource?.publicRowsSql);
  }

  /** SQL over alias `e` restricting `target` to what `principal` may read; null when every row is readable. */
  scope(principal: Principal, target: ScopeTarget): string | null {
    if (target === CHANGE_EVENTS) return this.changeScope(principal);
    const resource = this.byEntity.get(target);
    if (principal.kind === DepartmentKind.PUBLIC) return resource?.publicRowsSql ?? null;
    if (principal.kind !== DepartmentKind.COUNTY_GOVERNMENT || !resource?.countySql) return null;
    return `(${resource.countySql}) = ${Number(principal.countyId)}`;
  }

  /**
   * The same rules over change events (alias `e`): a county government sees its county's events of county-bound
   * resources and every event of the others, as it could query them. The public has no feed.
   */
  private changeScope(principal: Principal): string | null {
    if (principal.kind === DepartmentKind.PUBLIC) return 'FALSE';
    if (principal.kind !== DepartmentKind.COUNTY_GOVERNMENT) return null;
    const bound = this.countyBound.map((t) => `'${t}'`).join(',');
    return `(e.county_id = ${Number(principal.countyId)} OR e.resource NOT IN (${bound}))`;
  }
}

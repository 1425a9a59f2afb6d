import type { DataSource } from 'typeorm';
import { DepartmentKind } from '../../reference/department-kind.enum';
import type { CatalogSnapshot, SnapshotItem, SnapshotResource } from '../catalog/catalog-snapshot';
import type { Principal } from '../identity/principal';
import { DisclosureTier } from '../disclosure-tier.enum';
import { SharingType } from '../sharing-type.enum';
import { DenialReason } from './denial-reason.enum';
import { ReleaseTally } from '../../audit/release-tally';
import { isActive, loadGrants, type GrantView } from './grant-view';
import type { Policy } from './policy';
import type { ScopeTarget } from './row-rules';
import { assertMayWrite, type WriteAction } from './write-rights';

export type Decision =
  | { allowed: true; resource?: SnapshotResource; countyScope?: Set<number>; grantId?: number }
  | { allowed: false; reason: DenialReason; resource?: SnapshotResource; item?: SnapshotItem };

const ALLOWED: Decision = { allowed: true };

/**
 * One request's rights: the principal, the catalog snapshot and the clock fixed at the start, decisions
 * made once per type and field and remembered for every row.
 */
export class Access {
  private readonly decisions = new Map<string, Decision>();
  /** The same decisions by the guarded field's number, so a guard costs an array read per value. */
  private readonly indexed: Decision[] = [];
  private grants?: GrantView[];
  /** False while `grants` is empty only because no operation item needed them. */
  private grantsLoaded = false;

  /**
   * Set before execution when nothing the operation selects is denied or county-limited: it runs on the schema
   * without field guards, and its tally is counted from the response (released-values.ts).
   */
  unguarded = false;

  /** What this request released and was denied, for its audit record. */
  readonly tally: ReleaseTally;

  constructor(
    readonly policy: Policy,
    readonly principal: Principal,
    readonly catalog: CatalogSnapshot,
    readonly now: Date,
    /** The purpose the request declares (X-Purpose); a grant is used only for its own purpose. */
    readonly purpose: string | null = null,
  ) {
    this.tally = new ReleaseTally(policy.guarded.length);
  }

  /**
   * The rows of `target` this caller may read, as SQL over alias `e` (null: all). The only row scope: lists,
   * lookups, relations, raw-SQL summaries and the change feed all put it in their WHERE.
   */
  rowScope(target: ScopeTarget): string | null {
    return this.policy.rows.scope(this.principal, target);
  }

  /**
   * Loads the grants if any of these items is conditional for this principal (one statement at most per request),
   * also when an earlier step of the request needed none: the change feed finds its items only in the events.
   */
  async prepare(ds: DataSource, fields: Iterable<[string, string]>): Promise<void> {
    if (this.grantsLoaded) return;
    for (const [type, field] of fields) {
      const resource = this.catalog.byType.get(type);
      const item = resource?.items.get(field);
      if (resource && item?.sharingType === SharingType.CONDITIONAL && resource.providerId !== this.principal.departmentId) {
        this.grants = await loadGrants(ds, this.principal.departmentId);
        this.grantsLoaded = true;
        // Decisions made before the grants were known are made again.
        this.decisions.clear();
        this.indexed.length = 0;
        return;
      }
    }
    this.grants ??= [];
  }

  /**
   * Whether one value of a record in `countyId` may be released, as a field guard would decide it: the item's
   * decision, then a county-limited grant's scope for this record; counted in the tally for the audit either way.
   */
  releases(type: string, field: string, countyId: number | null): boolean {
    const d = this.decide(type, field);
    const index = this.policy.guardedIndex.get(`${type}.${field}`);
    const reason = !d.allowed ? d.reason : d.countyScope && !(countyId !== null && d.countyScope.has(countyId)) ? DenialReason.OUT_OF_SCOPE : null;
    if (index !== undefined) {
      if (reason) this.tally.denied(index, reason);
      else this.tally.releasedCounts[index]++;
    }
    if (!reason && d.allowed && d.grantId !== undefined) this.tally.grants.add(d.grantId);
    return reason === null;
  }

  /** The write door: throws FORBIDDEN with the reason unless this caller may take `action` (write-rights.ts). */
  authorise(action: WriteAction): void {
    assertMayWrite(this.principal, this.catalog, action);
  }

  /** The decision for one item, made on first use. Types outside the catalog (pagination, values) pass. */
  decide(type: string, field: string): Decision {
    const key = `${type}.${field}`;
    let d = this.decisions.get(key);
    if (!d) {
      d = this.compute(type, field);
      this.decisions.set(key, d);
    }
    return d;
  }

  /** decide(), by the number field-guards.ts gave the field. */
  decideAt(index: number, type: string, field: string): Decision {
    return (this.indexed[index] ??= this.decide(type, field));
  }

  /** Every grant of this principal, for reporting (myAccess); loads them if no operation did. */
  async allGrants(ds: DataSource): Promise<GrantView[]> {
    if (!this.grantsLoaded) {
      this.grants = await loadGrants(ds, this.principal.departmentId);
      this.grantsLoaded = true;
      this.decisions.clear();
      this.indexed.length = 0;
    }
    return this.grants!;
  }

  get isProviderOf(): (resource: SnapshotResource) => boolean {
    return (resource) => resource.providerId === this.principal.departmentId;
  }

  private compute(type: string, field: string): Decision {
    const resource = this.catalog.byType.get(type);
    if (!resource) return ALLOWED;
    const item = resource.items.get(field);
    if (!item) return { allowed: false, reason: DenialReason.NOT_IN_CATALOG, resource };
    if (this.principal.kind === DepartmentKind.PUBLIC) {
      // The public reads what the catalog opens, in its tier; aggregate-only items only through summaries.
      return item.openToPublic && item.disclosureTier !== DisclosureTier.AGGREGATE_ONLY
        ? { allowed: true, resource }
        : { allowed: false, reason: DenialReason.NOT_OPEN, resource, item };
    }
    if (resource.providerId === this.principal.departmentId) return { allowed: true, resource };
    if (item.sharingType === SharingType.UNCONDITIONAL) return { allowed: true, resource };
    if (item.sharingType === SharingType.NOT_SHARED) return { allowed: false, reason: DenialReason.NOT_SHARED, resource, item };
    const covering = (this.grants ?? []).filter((g) => g.resourceId === resource.id && g.items.includes(field));
    const current = covering.filter((g) => isActive(g, this.now));
    const active = current.filter((g) => g.purpose === this.purpose);
    if (current.length && !active.length) return { allowed: false, reason: DenialReason.PURPOSE_MISMATCH, resource, item };
    if (active.length) {
      // Several grants may cover the item: the union of their scopes; one without a scope covers every row.
      const unscoped = active.find((g) => !g.countyScope);
      return unscoped
        ? { allowed: true, resource, grantId: unscoped.id }
        : { allowed: true, resource, grantId: active[0].id, countyScope: new Set(active.flatMap((g) => g.countyScope!)) };
    }
    return { allowed: false, reason: covering.length ? DenialReason.GRANT_EXPIRED : DenialReason.NO_GRANT, resource, item };
  }
}

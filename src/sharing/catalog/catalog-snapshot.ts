import type { DataSource } from 'typeorm';
import type { DisclosureTier } from '../disclosure-tier.enum';
import type { SharingType } from '../sharing-type.enum';

export interface SnapshotItem {
  id: number;
  fieldName: string;
  label: string;
  dataType: string;
  sharingType: SharingType;
  sharingCondition: string | null;
  openToPublic: boolean;
  disclosureTier: DisclosureTier | null;
}

export interface SnapshotResource {
  id: number;
  code: string;
  typeName: string;
  name: string;
  providerId: number;
  version: number;
  items: Map<string, SnapshotItem>;
}

/** The catalog's overall version: changes whenever any entry does (keys caches, rebuilds the public schema). */
export function catalogVersion(s: CatalogSnapshot): string {
  return [...s.byId.values()].map((r) => `${r.id}:${r.version}`).join(',');
}

/** The catalog as the policy engine reads it: one immutable snapshot, swapped whole when the catalog changes. */
export interface CatalogSnapshot {
  byType: Map<string, SnapshotResource>;
  byId: Map<number, SnapshotResource>;
}

export async function loadSnapshot(ds: DataSource): Promise<CatalogSnapshot> {
  const resources: { id: number; code: string; type_name: string; name: string; provider_id: number; version: number }[] = await ds.query(
    'SELECT id, code, type_name, name, provider_id, version FROM catalog_resource',
  );
  const items: Record<string, unknown>[] = await ds.query(
    `SELECT id, resource_id, field_name, label, data_type, sharing_type, sharing_condition, open_to_public, disclosure_tier FROM catalog_item`,
  );
  const byType = new Map<string, SnapshotResource>();
  const byId = new Map<number, SnapshotResource>();
  for (const r of resources) {
    const resource: SnapshotResource = {
      id: r.id,
      code: r.code,
      typeName: r.type_name,
      name: r.name,
      providerId: r.provider_id,
      version: r.version,
      items: new Map(),
    };
    byType.set(r.type_name, resource);
    byId.set(r.id, resource);
  }
  for (const i of items) {
    byId.get(i.resource_id as number)?.items.set(i.field_name as string, {
      id: i.id as number,
      fieldName: i.field_name as string,
      label: i.label as string,
      dataType: i.data_type as string,
      sharingType: i.sharing_type as SharingType,
      sharingCondition: i.sharing_condition as string | null,
      openToPublic: i.open_to_public as boolean,
      disclosureTier: i.disclosure_tier as DisclosureTier | null,
    });
  }
  return { byType, byId };
}

/** Holds the current snapshot; a catalog change reloads it, so the next request sees the new rules. */
export class CatalogStore {
  private current?: CatalogSnapshot;
  private readonly listeners: ((s: CatalogSnapshot) => void)[] = [];

  constructor(private readonly ds: DataSource) {}

  get snapshot(): CatalogSnapshot {
    if (!this.current) throw new Error('catalog not loaded');
    return this.current;
  }

  async reload(): Promise<CatalogSnapshot> {
    this.current = await loadSnapshot(this.ds);
    for (const listener of this.listeners) listener(this.current);
    return this.current;
  }

  private refreshing?: Promise<CatalogSnapshot>;
  private again = false;

  /**
   * Reloads for an announcement from another hub: announcements arriving during a reload make one more after it,
   * never two at once (an older snapshot must not land last).
   */
  refresh(): Promise<CatalogSnapshot> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        let snapshot: CatalogSnapshot;
        do {
          this.again = false;
          snapshot = await this.reload();
        } while (this.again);
        return snapshot;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  /** Called after every reload (the public schema follows the catalog). */
  onChange(listener: (s: CatalogSnapshot) => void): void {
    this.listeners.push(listener);
  }
}

import type { DataSource } from 'typeorm';

/** A consumer's grant as the policy engine reads it. */
export interface GrantView {
  id: number;
  resourceId: number;
  items: string[];
  validFrom: Date;
  validTo: Date;
  countyScope: number[] | null;
  revokedAt: Date | null;
  purpose: string;
}

export function isActive(g: GrantView, now: Date): boolean {
  return !g.revokedAt && g.validFrom <= now && now < g.validTo;
}

/** Every grant the department ever received: one statement, only when a conditional item is asked for. */
export async function loadGrants(ds: DataSource, consumerId: number): Promise<GrantView[]> {
  const rows: Record<string, unknown>[] = await ds.query(
    `SELECT id, resource_id, items, valid_from, valid_to, county_scope, revoked_at, purpose FROM access_grant WHERE consumer_id = $1`,
    [consumerId],
  );
  return rows.map((r) => ({
    id: r.id as number,
    resourceId: r.resource_id as number,
    items: r.items as string[],
    validFrom: new Date(r.valid_from as string),
    validTo: new Date(r.valid_to as string),
    countyScope: (r.county_scope as number[] | null) ?? null,
    revokedAt: r.revoked_at ? new Date(r.revoked_at as string) : null,
    purpose: r.purpose as string,
  }));
}

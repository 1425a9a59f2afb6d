import type { EntityManager } from 'typeorm';

export interface Change {
  resource: string;
  recordId: number;
  op: 'insert' | 'update' | 'delete';
  countyId: number | null;
  values: Record<string, unknown>;
  previous?: Record<string, unknown> | null;
}

/** Channel live consumers hear about new changes on; NOTIFY is delivered when the transaction commits. */
export const CHANGE_CHANNEL = 'soilhub_changes';

/** Writes changes to the outbox inside the transaction that makes them: the feed has them iff they happened. */
export async function recordChanges(m: EntityManager, changedBy: number, at: Date, changes: Change[]): Promise<void> {
  if (!changes.length) return;
  await m.query(
    `INSERT INTO change_event (at, resource, record_id, op, county_id, changed_by, values, previous)
     SELECT $1, c.resource, c."recordId", c.op, c."countyId", $2, c.values, c.previous
       FROM jsonb_to_recordset($3::jsonb) AS c(resource text, "recordId" int, op text, "countyId" int, values jsonb, previous jsonb, seq int) ORDER BY c.seq`,
    [at, changedBy, JSON.stringify(changes.map((c, seq) => ({ ...c, seq })))],
  );
  await m.query(`SELECT pg_notify($1, '')`, [CHANGE_CHANNEL]);
}

import type { DataSource } from 'typeorm';

/** Grows with every write to a tracked table (see the track-data-changes migration). */
export async function dataVersion(ds: DataSource): Promise<string> {
  const [row] = await ds.query('SELECT COALESCE(sum(version), 0)::text AS v FROM data_change');
  return row.v;
}

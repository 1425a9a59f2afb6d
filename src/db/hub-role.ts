import type { DataSource } from 'typeorm';

/**
 * What the hub's own role may do, granted by the owner after every migration (so new tables are covered): read
 * and write the data, append to and read the audit trail, read the migrations table. It owns nothing, so it can
 * neither change a table nor switch a trigger off, and it cannot update, delete or truncate an audit record.
 */
export async function grantHubRole(owner: DataSource, role: string): Promise<void> {
  const [{ r }] = await owner.query(`SELECT quote_ident($1) AS r`, [role]);
  await owner.transaction(async (m) => {
    await m.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    await m.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
    await m.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
    await m.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_record, audit_chain FROM ${r}`);
    await m.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM ${r}`);
  });
}

/** The user a postgres:// URL connects as. */
export function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

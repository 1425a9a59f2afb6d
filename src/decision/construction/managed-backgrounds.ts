import type { HubContext } from '../../graphql/context';

export interface ManagedBackground {
  analyte: string;
  value: number;
  basis: string;
  /** Null: the city's value. */
  countyId: number | null;
}

/** The background values that apply in a county, from the environment department's reference: the county's own over the city's. */
export async function managedBackgrounds(ctx: HubContext, countyId: number): Promise<Map<string, ManagedBackground>> {
  const rows: ManagedBackground[] = await ctx.db.query(
    `SELECT a.code AS analyte, b.value::float8 AS value, b.basis, b.county_id AS "countyId"
       FROM background_value b JOIN analyte a ON a.id = b.analyte_id
      WHERE b.county_id = $1 OR b.county_id IS NULL
      ORDER BY b.county_id NULLS FIRST`,
    [countyId],
  );
  return new Map(rows.map((r) => [r.analyte, r]));
}

import type { DataSource } from 'typeorm';
import { PhBand } from '../../reference/ph-band.enum';

/** One row of GB 15618-2018: a screening (Tables 1, 2) or intervention (Table 3) value. */
export interface FarmlandValue {
  analyte: string;
  kind: 'screening' | 'intervention';
  /** paddy, other, orchard, all; null for Tables 2 and 3, which have no land-type split. */
  landType: 'paddy' | 'other' | 'orchard' | 'all' | null;
  /** Null for Table 2, which has one value for every pH. */
  phBand: PhBand | null;
  value: number;
}

/** One item of GB 36600-2018 with its values for class 1 and class 2 land. */
export interface ConstructionValue {
  analyte: string;
  name: string;
  table: 'basic' | 'other';
  itemNo: number;
  screening: { 1: number; 2: number };
  intervention: { 1: number; 2: number };
}

/** The two standards as loaded by the migrations, with the analytes' Chinese names. */
export interface StandardTables {
  farmland: FarmlandValue[];
  construction: Map<string, ConstructionValue>;
  analyteNames: Map<string, string>;
}

const cache = new WeakMap<DataSource, Promise<StandardTables>>();

/** Reference values never change at run time (a new edition is a migration): loaded once per database. */
export function standardTables(db: DataSource): Promise<StandardTables> {
  let tables = cache.get(db);
  if (!tables) {
    tables = loadStandardTables(db);
    tables.catch(() => cache.delete(db));
    cache.set(db, tables);
  }
  return tables;
}

async function loadStandardTables(db: DataSource): Promise<StandardTables> {
  const [farmland, construction, analytes] = await Promise.all([
    db.query(`SELECT a.code AS analyte, t.kind, t.land_type AS "landType", t.ph_band AS "phBand", t.value::float8 AS value
                FROM gb15618_threshold t JOIN analyte a ON a.id = t.analyte_id`),
    db.query(`SELECT a.code AS analyte, t.item_name AS name, t.standard_table AS "table", t.item_no AS "itemNo",
                     t.screening_class1::float8 AS s1, t.screening_class2::float8 AS s2, t.intervention_class1::float8 AS i1, t.intervention_class2::float8 AS i2
                FROM gb36600_threshold t JOIN analyte a ON a.id = t.analyte_id`),
    db.query(`SELECT code, name FROM analyte`),
  ]);
  return {
    farmland: farmland as FarmlandValue[],
    construction: new Map(
      construction.map((r: Record<string, never>) => [
        r.analyte,
        { analyte: r.analyte, name: r.name, table: r.table, itemNo: r.itemNo, screening: { 1: r.s1, 2: r.s2 }, intervention: { 1: r.i1, 2: r.i2 } },
      ]),
    ),
    analyteNames: new Map(analytes.map((a: { code: string; name: string }) => [a.code, a.name])),
  };
}

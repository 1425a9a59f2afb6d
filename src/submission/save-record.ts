import type { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { submitOne } from './submit-one';

/** One item of the record: the catalog item it is fed as, its column, its value and the SQL type to cast it to. */
export interface SavedField {
  column: string;
  value: unknown;
  cast: string;
  /** False for a column the catalog knows under another item (coordinates behind `geometry`). */
  fed?: false;
}

/**
 * Registers or changes one base-data record by its code (监测点位、耕地单元、宗地、地块), the way every submission
 * goes: idempotent, the provider's (county governments within their county, the old county as well as the new),
 * in one transaction with its change-feed event carrying the values before and after, audited.
 */
export async function saveByCode(
  ctx: HubContext,
  spec: {
    operation: string;
    idempotencyKey: string;
    typeName: string;
    table: string;
    codeColumn: string;
    code: string;
    countyId: number;
    /** By catalog item. */
    fields: Record<string, SavedField>;
    /** Items the feed shows that are made of several columns (a geometry), or shown by code rather than id. */
    alsoFed?: Record<string, unknown>;
    /** Set only when the record is new (a new site starts as suspected). */
    onInsert?: Record<string, SavedField>;
    /** The item the code is fed as (default `code`). */
    codeItem?: string;
  },
): Promise<SubmissionResult> {
  const items = Object.entries(spec.fields);
  const codeItem = spec.codeItem ?? 'code';
  const fed = items.filter(([, f]) => f.fed !== false);
  const values = { [codeItem]: spec.code, ...Object.fromEntries(fed.map(([item, f]) => [item, f.value])), ...spec.alsoFed };
  return submitOne(ctx, {
    operation: spec.operation,
    idempotencyKey: spec.idempotencyKey,
    typeName: spec.typeName,
    countyId: spec.countyId,
    before: async () => {
      const [old] = await ctx.db.query(`SELECT county_id FROM "${spec.table}" WHERE "${spec.codeColumn}" = $1`, [spec.code]);
      if (old && old.county_id !== spec.countyId) ctx.access.authorise({ kind: 'submit', resource: spec.typeName, counties: [old.county_id] });
    },
    apply: async (m) => {
      const [old] = await m.query(`SELECT * FROM "${spec.table}" WHERE "${spec.codeColumn}" = $1 FOR UPDATE`, [spec.code]);
      const params = items.map(([, f]) => (f.cast === 'jsonb' && f.value !== null ? JSON.stringify(f.value) : f.value));
      if (!old) {
        const inserted = [...items, ...Object.entries(spec.onInsert ?? {})];
        const [row] = await m.query(
          `INSERT INTO "${spec.table}" ("${spec.codeColumn}", ${inserted.map(([, f]) => `"${f.column}"`).join(', ')}, source)
           VALUES ($1, ${inserted.map(([, f], i) => `$${i + 2}::${f.cast}`).join(', ')}, 'submitted') RETURNING id`,
          [spec.code, ...params, ...Object.values(spec.onInsert ?? {}).map((f) => f.value)],
        );
        const initial = Object.fromEntries(Object.entries(spec.onInsert ?? {}).map(([item, f]) => [item, f.value]));
        return { recordId: row.id, code: spec.code, op: 'insert', values: { ...values, ...initial } };
      }
      await m.query(
        `UPDATE "${spec.table}" SET ${items.map(([, f], i) => `"${f.column}" = $${i + 2}::${f.cast}`).join(', ')}, source = 'submitted' WHERE id = $1`,
        [old.id, ...params],
      );
      const previous = Object.fromEntries([[codeItem, spec.code], ...fed.map(([item, f]) => [item, normalised(old[f.column], f.cast)])]);
      return { recordId: old.id, code: spec.code, op: 'update', values, previous };
    },
  });
}

/** A stored value as the submission gave it: numbers for numerics, dates as YYYY-MM-DD. */
function normalised(v: unknown, cast: string): unknown {
  if (v === null || v === undefined) return null;
  if (cast === 'numeric') return Number(v);
  if (cast === 'date' && v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

/** The id of the record with `code` in `table` (a relation a base-data record names by code); none given, null. */
export async function idOfCode(ctx: HubContext, table: string, code: string | null | undefined, argument: string, what: string): Promise<number | null> {
  if (!code) return null;
  const [row] = await ctx.db.query(`SELECT id FROM "${table}" WHERE code = $1`, [code]);
  if (!row) throw badInput(argument, `没有编码为 ${code} 的${what}`);
  return row.id as number;
}

import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The rows of the tables only migrations change (administrative divisions, analytes), loaded once when the hub
 * starts and read from memory by `byId`: the relation every point, sample and measurement has to them costs
 * no statement. Row scope still applies: a caller whose scope limits such a table reads it from the database.
 */
export class ResidentRows {
  /** Nodes made from resident rows, by the function that made them: shared by every request, never changed. */
  private readonly nodes = new WeakMap<(row: never) => unknown, Map<number, unknown>>();

  private constructor(private readonly tables: Map<EntityTarget<ObjectLiteral>, Map<number, ObjectLiteral>>) {}

  static async load(ds: DataSource, targets: EntityTarget<ObjectLiteral>[]): Promise<ResidentRows> {
    const tables = new Map<EntityTarget<ObjectLiteral>, Map<number, ObjectLiteral>>();
    for (const target of targets) {
      const rows = await ds.getRepository(target).find();
      tables.set(target, new Map(rows.map((r) => [r.id as number, r])));
    }
    return new ResidentRows(tables);
  }

  /** The node `toNode` makes of the row, made once. */
  node<E extends ObjectLiteral, N>(row: E, toNode: (row: E) => N): N {
    let made = this.nodes.get(toNode as (row: never) => unknown) as Map<number, N> | undefined;
    if (!made) this.nodes.set(toNode as (row: never) => unknown, (made = new Map()));
    let node = made.get(row.id as number);
    if (node === undefined) made.set(row.id as number, (node = toNode(row)));
    return node;
  }

  /** The table's rows by id, if it is resident. */
  table<E extends ObjectLiteral>(target: EntityTarget<E>): Map<number, E> | undefined {
    return this.tables.get(target as EntityTarget<ObjectLiteral>) as Map<number, E> | undefined;
  }
}

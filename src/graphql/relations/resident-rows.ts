import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The rows of the tables only migrations change (administrative divisions, analytes), loaded once when the hub
 * starts and read from memory by `byId`: the relation every point, sample and measurement has to them costs
 * no statement. Row scope still applies: a caller whose scope limits such a table reads it from the database.
 */
export class ResidentRows {
  private constructor(private readonly tables: Map<EntityTarget<ObjectLiteral>, Map<number, ObjectLiteral>>) {}

  static async load(ds: DataSource, targets: EntityTarget<ObjectLiteral>[]): Promise<ResidentRows> {
    const tables = new Map<EntityTarget<ObjectLiteral>, Map<number, ObjectLiteral>>();
    for (const target of targets) {
      const rows = await ds.getRepository(target).find();
      tables.set(target, new Map(rows.map((r) => [r.id as number, r])));
    }
    return new ResidentRows(tables);
  }

  /** The table's rows by id, if it is resident. */
  table<E extends ObjectLiteral>(target: EntityTarget<E>): Map<number, E> | undefined {
    return this.tables.get(target as EntityTarget<ObjectLiteral>) as Map<number, E> | undefined;
  }
}

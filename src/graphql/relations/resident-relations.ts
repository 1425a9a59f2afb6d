import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { ResidentRows } from './resident-rows';

interface ResidentRelation {
  type: abstract new () => object;
  field: string;
  key: string;
  target: EntityTarget<ObjectLiteral>;
  toNode: (row: never) => unknown;
}

const relations: ResidentRelation[] = [];

/**
 * Declares a `parent → one` relation to a resident table (a point's county, a measurement's analyte), beside the
 * field resolver that answers it through `byId`: the node's `key` holds the target's id, `toNode` makes the target's
 * node. The schema without field guards then reads it as a property of the node (see readResidentRelations).
 */
export function residentRelation<T extends object, E extends ObjectLiteral>(
  type: new () => T,
  field: string,
  spec: { key: keyof T & string; target: EntityTarget<E>; toNode: (row: E) => unknown },
): void {
  relations.push({ type, field, key: spec.key, target: spec.target as EntityTarget<ObjectLiteral>, toNode: spec.toNode as (row: never) => unknown });
}

/** The tables the declared relations read: no caller's row scope may limit them (the hub checks when it starts). */
export const residentTargets = (): EntityTarget<ObjectLiteral>[] => relations.map((r) => r.target);

/**
 * Makes `schema` read the declared relations as properties of their nodes, answered from memory by the node's
 * class: the compiled executor then reads a property where it called a resolver, which cost a resolve info, its
 * path and a promise per value (900 per reference page). The answer is the resolver's: the same shared node from
 * the resident rows, null for a missing id. Resident nodes are made once per hub and shared by every request, so
 * like `byId`'s resident lookups they are not charged to the response budget; their parents are.
 */
export function readResidentRelations(schema: GraphQLSchema, resident: ResidentRows): void {
  const storage = getMetadataStorage();
  for (const r of relations) {
    const name = storage.objectTypes.find((o) => o.target === r.type)?.name;
    const type = name ? schema.getType(name) : undefined;
    const field = isObjectType(type) ? type.getFields()[r.field] : undefined;
    const rows = resident.table(r.target);
    if (!field || !rows) throw new Error(`resident relation ${name}.${r.field}: not in the schema, or its target is not resident`);
    field.resolve = undefined;
    // Every hub of a process reads the same tables (only migrations change them): the newest hub's rows answer.
    Object.defineProperty(r.type.prototype, r.field, {
      configurable: true,
      get(this: Record<string, unknown>) {
        const id = this[r.key];
        const row = typeof id === 'number' ? rows.get(id) : undefined;
        return row ? resident.node(row as never, r.toNode) : null;
      },
    });
  }
}

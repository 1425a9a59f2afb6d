import {
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Access } from './access';

/** A selection set as run on one type: each response key with its field and the merged sub-selections. */
type Plan = PlanEntry[];
interface PlanEntry {
  key: string;
  field: string;
  index: number | undefined;
  child?: GraphQLObjectType;
  selections: SelectionSetNode[];
  /** The child's plan, found on the first value that has one. */
  childPlan?: Plan;
}

const plans = new WeakMap<GraphQLSchema, WeakMap<readonly SelectionSetNode[], Map<string, Plan>>>();
/** The root's selection sets, one array per operation, so the plans below it are found again. */
const roots = new WeakMap<OperationDefinitionNode, SelectionSetNode[]>();

function planOf(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  fragments: Map<string, FragmentDefinitionNode>,
  guardedIndex: Map<string, number>,
): Plan {
  let bySets = plans.get(schema);
  if (!bySets) plans.set(schema, (bySets = new WeakMap()));
  let byType = bySets.get(sets);
  if (!byType) bySets.set(sets, (byType = new Map()));
  const known = byType.get(type.name);
  if (known) return known;
  const keys = new Map<string, { field: string; selections: SelectionSetNode[] }>();
  const collect = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const f = s as FieldNode;
        const key = f.alias?.value ?? f.name.value;
        const entry = keys.get(key) ?? { field: f.name.value, selections: [] };
        if (f.selectionSet) entry.selections.push(f.selectionSet);
        keys.set(key, entry);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        collect(s.selectionSet, seen);
      } else if (!seen.has(s.name.value)) {
        const fragment = fragments.get(s.name.value);
        if (fragment) collect(fragment.selectionSet, new Set(seen).add(s.name.value));
      }
    }
  };
  for (const set of sets) collect(set, new Set());
  const fields = type.getFields();
  const plan: Plan = [...keys].map(([key, { field, selections }]) => {
    const named = fields[field] ? getNamedType(fields[field].type) : undefined;
    return { key, field, index: guardedIndex.get(`${type.name}.${field}`), child: isObjectType(named) ? named : undefined, selections };
  });
  byType.set(type.name, plan);
  return plan;
}

/**
 * The release tally of an operation executed without field guards (nothing in it denied or county-limited): the
 * values the response holds, per catalogued type and field, counted from the data once, as the guards would have
 * counted them one by one; and the grants that released them.
 */
export function tallyReleased(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, data: unknown, access: Access): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = schema.getRootType(operation.operation);
  if (!root || data == null) return;
  const { guardedIndex } = access.policy;
  const counts = access.tally.releasedCounts;
  const walk = (value: unknown, plan: Plan): void => {
    if (value == null) return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, plan);
      return;
    }
    const object = value as Record<string, unknown>;
    for (const entry of plan) {
      if (!(entry.key in object)) continue;
      if (entry.index !== undefined) counts[entry.index]++;
      if (entry.child && entry.selections.length)
        walk(object[entry.key], (entry.childPlan ??= planOf(schema, entry.child, entry.selections, fragments, guardedIndex)));
    }
  };
  let sets = roots.get(operation);
  if (!sets) roots.set(operation, (sets = [operation.selectionSet]));
  const plan = planOf(schema, root, sets, fragments, guardedIndex);
  walk(data, plan);
  // A decision is per type and field: once for each field the response holds, the grant that released it.
  const decide = (plan: Plan, type: GraphQLObjectType): void => {
    for (const entry of plan) {
      if (entry.index !== undefined && counts[entry.index] > 0) {
        const d = access.decideAt(entry.index, type.name, entry.field);
        if (d.allowed && d.grantId !== undefined) access.tally.grants.add(d.grantId);
      }
      if (entry.childPlan && entry.child) decide(entry.childPlan, entry.child);
    }
  };
  decide(plan, root);
}

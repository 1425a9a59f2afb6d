import type { ArgumentItems, ResourceDeclaration } from '../catalog/catalog-declaration';
import { RowRules } from './row-rules';

export interface GuardedField {
  type: string;
  field: string;
}

/**
 * The hub's one policy, built at start from the domains' declarations: the row rules, the arguments that reveal
 * items and the guarded fields by number. Every door builds its request's `Access` over it.
 */
export class Policy {
  readonly rows: RowRules;
  /** The guarded fields by number: the audit names what the release counters counted. */
  readonly guarded: GuardedField[] = [];
  /** The same numbers by `Type.field`, for readers outside GraphQL (the change feed). */
  readonly guardedIndex = new Map<string, number>();

  constructor(
    readonly resources: ResourceDeclaration[],
    readonly argumentItems: ArgumentItems,
    /** The queries the public disclosure endpoint may call (while the catalog opens their types). */
    readonly publicQueries: ReadonlySet<string>,
  ) {
    this.rows = new RowRules(resources);
  }

  /** Numbers a field for the release counters; the same field keeps its number. */
  guard(type: string, field: string): number {
    const key = `${type}.${field}`;
    let index = this.guardedIndex.get(key);
    if (index === undefined) {
      index = this.guarded.push({ type, field }) - 1;
      this.guardedIndex.set(key, index);
    }
    return index;
  }
}

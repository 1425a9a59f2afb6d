import type DataLoader from 'dataloader';
import type { ResponseBudget } from '../limits/response-budget';

/** A request's loader as its resolvers use it: every answer is charged to the response budget. */
export type ChargedLoader<K, V> = Pick<DataLoader<K, V>, 'load' | 'loadMany'>;

/**
 * Charges each answer, cached or not: a relation read again for another parent is another copy in the
 * response, which is what the budget bounds.
 */
export function charged<K, V>(loader: DataLoader<K, V>, budget: ResponseBudget, size: (value: V) => number): ChargedLoader<K, V> {
  return {
    async load(key) {
      const value = await loader.load(key);
      budget.charge(size(value));
      return value;
    },
    async loadMany(keys) {
      const values = await loader.loadMany(keys);
      budget.charge(values.reduce((n, v) => n + (v instanceof Error ? 0 : size(v)), 0));
      return values;
    },
  };
}

import type { ConnectionValue } from './connection.type';
import { encodeCursor } from './cursor';

/**
 * Builds a connection from up to `size + 1` rows: the extra row, if fetched, only says there is a next page.
 * Cursors are made only when asked for (edges, pageInfo): most queries select `nodes` alone.
 */
export function toConnection<E, N, C extends ConnectionValue<N>>(
  rows: E[],
  size: number,
  spec: {
    cursorOf: (row: E) => unknown[];
    toNode: (row: E) => N;
    make: () => C;
    hasPreviousPage: boolean;
    count: () => Promise<number>;
  },
): C {
  const kept = rows.length > size ? rows.slice(0, size) : rows;
  const nodes = kept.map(spec.toNode);
  const cursor = (i: number) => (i >= 0 && i < kept.length ? encodeCursor(spec.cursorOf(kept[i])) : null);
  const connection = spec.make();
  let edges: { node: N; cursor: string }[] | undefined;
  Object.defineProperty(connection, 'edges', {
    get: () => (edges ??= nodes.map((node, i) => ({ node, cursor: cursor(i)! }))),
    set: (replaced: { node: N; cursor: string }[]) => (edges = replaced),
    // Not enumerable: copying the connection (type-graphql's convertToType, spreads) must not make every cursor.
    enumerable: false,
  });
  connection.nodes = nodes;
  connection.pageInfo = {
    hasNextPage: rows.length > size,
    hasPreviousPage: spec.hasPreviousPage,
    get startCursor() {
      return cursor(0);
    },
    get endCursor() {
      return cursor(kept.length - 1);
    },
  };
  connection.count = spec.count;
  return connection;
}

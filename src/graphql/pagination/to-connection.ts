import type { ConnectionValue } from './connection.type';
import { encodeCursor } from './cursor';

/** Builds a connection from up to `size + 1` rows: the extra row, if fetched, only says there is a next page. */
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
  const edges = rows.slice(0, size).map((row) => ({ node: spec.toNode(row), cursor: encodeCursor(spec.cursorOf(row)) }));
  const connection = spec.make();
  connection.edges = edges;
  connection.nodes = edges.map((e) => e.node);
  connection.pageInfo = {
    hasNextPage: rows.length > size,
    hasPreviousPage: spec.hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  connection.count = spec.count;
  return connection;
}

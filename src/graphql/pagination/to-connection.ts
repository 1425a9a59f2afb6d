import type { ConnectionValue } from './connection.type';
import { encodeCursor } from './cursor';

/** A page's rows and how to make their cursors: kept beside the connection until edges or cursors are asked for. */
class PageRows<E, N> {
  edges?: { node: N; cursor: string }[];

  constructor(
    readonly kept: E[],
    readonly nodes: N[],
    private readonly cursorOf: (row: E) => unknown[],
  ) {}

  cursor(i: number): string | null {
    return i >= 0 && i < this.kept.length ? encodeCursor(this.cursorOf(this.kept[i])) : null;
  }

  edgeList(): { node: N; cursor: string }[] {
    return (this.edges ??= this.nodes.map((node, i) => ({ node, cursor: this.cursor(i)! })));
  }
}

const ROWS = Symbol('page rows');
type WithRows = { [ROWS]?: PageRows<unknown, unknown> };

/** The page info of a page: its cursors made when read. */
class LazyPageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly rows: PageRows<unknown, unknown>,
  ) {}

  get startCursor(): string | null {
    return this.rows.cursor(0);
  }

  get endCursor(): string | null {
    return this.rows.cursor(this.rows.kept.length - 1);
  }
}

/**
 * `edges` as an accessor of the connection's class, installed once per class: made from the page's rows when read,
 * replaceable (a resolver may swap the nodes). Not enumerable: copying a connection (type-graphql's convertToType,
 * spreads) must not make every cursor.
 */
const withEdges = new WeakSet<object>();
function installEdges(prototype: object): void {
  if (withEdges.has(prototype)) return;
  Object.defineProperty(prototype, 'edges', {
    get(this: WithRows) {
      return this[ROWS]?.edgeList();
    },
    set(this: WithRows, replaced: { node: unknown; cursor: string }[]) {
      const rows = (this[ROWS] ??= new PageRows<unknown, unknown>([], [], () => []));
      rows.edges = replaced;
    },
    enumerable: false,
    configurable: true,
  });
  withEdges.add(prototype);
}

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
  const page = new PageRows(kept, nodes, spec.cursorOf);
  const connection = spec.make();
  installEdges(Object.getPrototypeOf(connection) as object);
  (connection as WithRows)[ROWS] = page as PageRows<unknown, unknown>;
  connection.nodes = nodes;
  connection.pageInfo = new LazyPageInfo(rows.length > size, spec.hasPreviousPage, page as PageRows<unknown, unknown>);
  connection.count = spec.count;
  return connection;
}

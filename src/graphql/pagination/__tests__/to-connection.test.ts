import { decodeCursor } from '../cursor';
import { toConnection } from '../to-connection';

class Item {
  id!: string;
}
class ItemConnection {
  edges!: { node: Item; cursor: string }[];
  nodes!: Item[];
  pageInfo!: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  count!: () => Promise<number>;
}

const rows = [{ id: 3 }, { id: 5 }, { id: 8 }];
const page = (size: number) => {
  let cursors = 0;
  const connection = toConnection(rows, size, {
    cursorOf: (r) => (cursors++, [r.id]),
    toNode: (r) => Object.assign(new Item(), { id: String(r.id) }),
    make: () => new ItemConnection(),
    hasPreviousPage: false,
    count: () => Promise.resolve(rows.length),
  });
  return { connection, made: () => cursors };
};

test('a page keeps size rows, says whether there is a next one, and makes cursors only when they are read', () => {
  const { connection, made } = page(2);
  expect(connection.nodes.map((n) => n.id)).toEqual(['3', '5']);
  expect(connection.pageInfo.hasNextPage).toBe(true);
  expect({ ...connection }.edges).toBeUndefined();
  expect(made()).toBe(0);
  expect(connection.edges.map((e) => [e.node.id, decodeCursor(e.cursor, 1)])).toEqual([
    ['3', [3]],
    ['5', [5]],
  ]);
  expect(connection.edges).toBe(connection.edges);
  expect(decodeCursor(connection.pageInfo.endCursor!, 1)).toEqual([5]);
  expect(decodeCursor(connection.pageInfo.startCursor!, 1)).toEqual([3]);
});

test('an empty page has no cursors; replaced edges are what the connection then answers', () => {
  const empty = page(0).connection;
  expect([empty.nodes, empty.edges, empty.pageInfo.startCursor, empty.pageInfo.endCursor, empty.pageInfo.hasNextPage]).toEqual([[], [], null, null, true]);
  const { connection } = page(3);
  const swapped = Object.assign(connection, { edges: connection.edges.map((e) => ({ ...e, node: { id: `x${e.node.id}` } })) });
  expect(swapped.edges.map((e) => e.node.id)).toEqual(['x3', 'x5', 'x8']);
  expect(page(3).connection.edges.map((e) => e.node.id)).toEqual(['3', '5', '8']);
});

/** Maps a stored row to its GraphQL type: same property names, the id as a GraphQL ID string. */
export function toNode<T extends object>(Type: new () => T): (row: { id: number }) => T {
  return (row) => Object.assign(new Type(), row, { id: String(row.id) });
}

import type { DocumentNode, GraphQLSchema } from 'graphql';

/**
 * A check that depends on the query text only, computed once per parsed document: Apollo hands out the same
 * document for the same text (and a new one when the schema is swapped), so repeated operations skip the traversal.
 */
export function perDocument<T>(check: (document: DocumentNode, schema: GraphQLSchema) => T): (document: DocumentNode, schema: GraphQLSchema) => T {
  const seen = new WeakMap<DocumentNode, { value: T }>();
  return (document, schema) => {
    let hit = seen.get(document);
    if (!hit) {
      hit = { value: check(document, schema) };
      seen.set(document, hit);
    }
    return hit.value;
  };
}

import { Kind, parse, print, TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

const fitted = new WeakMap<GraphQLSchema, Map<string, string | null>>();

/**
 * A page's query cut to what the public schema holds now: the catalog may close an item or a whole resource to the
 * public at any time, and the page then shows less instead of failing. Fields and arguments the schema lacks are
 * dropped, then selections left empty, then variables no longer used. null: nothing of the query is public.
 * Cached per schema (the catalog rebuilds it on every change).
 */
export function fitToSchema(query: string, schema: GraphQLSchema): string | null {
  let bySchema = fitted.get(schema);
  if (!bySchema) fitted.set(schema, (bySchema = new Map()));
  if (bySchema.has(query)) return bySchema.get(query)!;

  const typeInfo = new TypeInfo(schema);
  let doc = visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field: () => (typeInfo.getFieldDef() ? undefined : null),
      Argument: () => (typeInfo.getArgument() ? undefined : null),
    }),
  );
  // Bottom-up, so that a field whose subfields are all gone goes too.
  doc = visit(doc, { Field: { leave: (node) => (node.selectionSet && node.selectionSet.selections.length === 0 ? null : undefined) } });
  const used = new Set<string>();
  visit(doc, { VariableDefinition: () => false, Variable: (node) => void used.add(node.name.value) });
  doc = visit(doc, { VariableDefinition: (node) => (used.has(node.variable.name.value) ? undefined : null) });
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const result = operation && operation.selectionSet.selections.length ? print(doc) : null;
  bySchema.set(query, result);
  return result;
}

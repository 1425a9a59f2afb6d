import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

export interface OperationFields {
  /** Every [type, field] the operation selects, through fragments and aliases. */
  fields: [string, string][];
  /** Every argument given a value: `Parent.field` and the argument's name. */
  arguments: [string, string][];
}

interface Walked {
  fields: [string, string][];
  /** Arguments given a literal (always count) or a variable (count when the variable has a value). */
  args: { at: [string, string]; variable: string | null }[];
}

const walkedBy = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Walked>>();

/**
 * What the operation selects and filters by: walked once per document and operation with the schema's types
 * (a parsed document is reused for the same query text), then only the variables' presence is looked at.
 */
export function operationFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationFields {
  let bySchema = walkedBy.get(schema);
  if (!bySchema) walkedBy.set(schema, (bySchema = new WeakMap()));
  let walked = bySchema.get(operation);
  if (!walked) bySchema.set(operation, (walked = walk(schema, document, operation)));
  const args = new Map<string, [string, string]>();
  for (const { at, variable } of walked.args) if (variable === null || variables[variable] != null) args.set(`${at[0]}(${at[1]})`, at);
  return { fields: walked.fields, arguments: [...args.values()] };
}

function walk(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Walked {
  const fields = new Map<string, [string, string]>();
  const args = new Map<string, { at: [string, string]; variable: string | null }>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const walked = new Set<string>();

  const visitNode = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    const typeInfo = new TypeInfo(schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(f) {
          const parent = typeInfo.getParentType();
          if (!parent || f.name.value.startsWith('__')) return;
          const path = `${parent.name}.${f.name.value}`;
          fields.set(path, [parent.name, f.name.value]);
          for (const a of f.arguments ?? []) {
            if (a.value.kind === Kind.NULL) continue;
            const variable = a.value.kind === Kind.VARIABLE ? a.value.name.value : null;
            args.set(`${path}(${a.name.value})|${variable ?? ''}`, { at: [path, a.name.value], variable });
          }
        },
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !walked.has(fragment.name.value)) {
            walked.add(fragment.name.value);
            visitNode(fragment);
          }
        },
      }),
    );
  };
  visitNode(operation);
  return { fields: [...fields.values()], args: [...args.values()] };
}

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

/** Walks the operation once, with the schema's types, collecting what it selects and what it filters by. */
export function operationFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationFields {
  const fields = new Map<string, [string, string]>();
  const args = new Map<string, [string, string]>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const walked = new Set<string>();

  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
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
            const given = a.value.kind === Kind.VARIABLE ? variables[a.value.name.value] != null : a.value.kind !== Kind.NULL;
            if (given) args.set(`${path}(${a.name.value})`, [path, a.name.value]);
          }
        },
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !walked.has(fragment.name.value)) {
            walked.add(fragment.name.value);
            walk(fragment);
          }
        },
      }),
    );
  };
  walk(operation);
  return { fields: [...fields.values()], arguments: [...args.values()] };
}

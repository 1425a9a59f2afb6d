import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isEnumType, isInputObjectType, isObjectType, type GraphQLObjectType } from 'graphql';
import { printSdl, SDL_FILE } from '../src/graphql/print-sdl';
import { buildHubSchema } from '../src/registry/hub-schema';

describe('the GraphQL contract in schema/', () => {
  it('is the SDL of the schema the code builds (run `npm run schema:print` after a schema change)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', SDL_FILE), 'utf8');
    expect(committed).toBe(printSdl(await buildHubSchema()));
  });

  it('describes every type and field in Chinese', async () => {
    const schema = await buildHubSchema();
    const missing: string[] = [];
    const chinese = /[\u4e00-\u9fff]/;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      const isRoot = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type as never);
      if (!isRoot && !chinese.test(type.description ?? '')) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!chinese.test(field.description ?? '')) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!chinese.test(value.description ?? '')) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is one graph: every object type is reachable from Query', async () => {
    const schema = await buildHubSchema();
    const seen = new Set<string>();
    const visit = (type: GraphQLObjectType) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (isObjectType(named)) visit(named);
      }
    };
    visit(schema.getQueryType()!);
    if (schema.getMutationType()) visit(schema.getMutationType()!);
    const objects = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
      .map((t) => t.name);
    expect(objects.filter((name) => !seen.has(name))).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { isEnumType, isObjectType, isInputObjectType } from 'graphql';
import { printSdl, SDL_FILE } from '../src/graphql/print-sdl';
import { buildHubSchema } from '../src/graphql/schema';

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
});

import { getNamedType, isObjectType } from 'graphql';
import { entities } from '../../db/entities';
import { buildHubSchema } from '../../graphql/schema';
import { ARGUMENT_ITEMS, DECLARED_RESOURCES } from '../catalog/declarations';
import { SHARING_TYPES } from '../sharing-types';

/** Types that carry no data of their own: pagination, values and the root. */
const STRUCTURAL = /^(Query|Mutation|PageInfo|GeoJsonPoint|.*Connection|.*Edge)$/;
/** Arguments that only page. */
const PAGING = new Set(['first', 'after']);

describe('the declared catalog', () => {
  it('covers every field of every data type, and names no field that does not exist', async () => {
    const schema = await buildHubSchema();
    const byType = new Map(DECLARED_RESOURCES.map((r) => [r.typeName, r]));
    const problems: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || STRUCTURAL.test(type.name) || SHARING_TYPES.has(type.name)) continue;
      const resource = byType.get(type.name);
      if (!resource) {
        problems.push(`${type.name}: no catalog entry`);
        continue;
      }
      const fields = Object.keys(type.getFields());
      for (const f of fields) if (!resource.items[f]) problems.push(`${type.name}.${f}: no catalog item`);
      for (const f of Object.keys(resource.items)) if (!fields.includes(f)) problems.push(`${type.name}.${f}: declared but not in the schema`);
    }
    for (const r of DECLARED_RESOURCES) if (!schema.getType(r.typeName)) problems.push(`${r.typeName}: declared but not in the schema`);
    expect(problems).toEqual([]);
  });

  it('maps every filtering, sorting and lookup argument to the items it reveals', async () => {
    const schema = await buildHubSchema();
    const problems: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const returns = getNamedType(field.type).name;
        if (SHARING_TYPES.has(returns) || SHARING_TYPES.has(type.name) || type.name === 'Mutation') continue;
        for (const arg of field.args) {
          if (PAGING.has(arg.name)) continue;
          const items = ARGUMENT_ITEMS[`${type.name}.${field.name}`]?.[arg.name];
          if (!items?.length) problems.push(`${type.name}.${field.name}(${arg.name}): not mapped to catalog items`);
          for (const item of items ?? []) {
            const [t, f] = item.split('.');
            if (!DECLARED_RESOURCES.find((r) => r.typeName === t)?.items[f]) problems.push(`${type.name}.${field.name}(${arg.name}) → ${item}: no such item`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every resource a unique code, a known provider and a stored table, and items a condition where one is due', () => {
    const codes = DECLARED_RESOURCES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of DECLARED_RESOURCES) {
      expect(entities).toContain(r.entity);
      for (const [field, rule] of Object.entries(r.items)) {
        if (rule.sharing !== 'unconditional') expect([r.typeName, field, rule.condition?.length ?? 0]).not.toContainEqual(0);
      }
    }
  });
});

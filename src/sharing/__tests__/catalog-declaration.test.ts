import { getNamedType, isObjectType } from 'graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { getMetadataStorage } from 'type-graphql';
import { buildHubSchema } from '../../registry/hub-schema';
import { ARGUMENT_ITEMS, ENTITIES, MODULES, RESOURCES as DECLARED_RESOURCES } from '../../registry/modules';
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
      expect(ENTITIES).toContain(r.entity);
      for (const [field, rule] of Object.entries(r.items)) {
        if (rule.sharing !== 'unconditional') expect([r.typeName, field, rule.condition?.length ?? 0]).not.toContainEqual(0);
      }
    }
  });

  it('gives every catalogued type a locator in its own module, and no locator to anything else', () => {
    const problems: string[] = [];
    for (const m of MODULES) {
      const declared = new Set((m.resources ?? []).map((r) => r.typeName));
      for (const t of declared) if (!m.locators?.[t]) problems.push(`${m.name}: ${t} has no locator`);
      for (const t of Object.keys(m.locators ?? {})) if (!declared.has(t)) problems.push(`${m.name}: locator for ${t}, which it does not declare`);
    }
    expect(problems).toEqual([]);
  });

  it('names every plain field of a stored type after a property of its entity (a renamed column cannot read as null)', async () => {
    await buildHubSchema();
    const columns = (entity: unknown) =>
      new Set([
        ...getMetadataArgsStorage()
          .columns.filter((c) => c.target === entity)
          .map((c) => c.propertyName),
        ...getMetadataArgsStorage()
          .relations.filter((r) => r.target === entity)
          .map((r) => r.propertyName),
      ]);
    const storage = getMetadataStorage();
    const problems: string[] = [];
    let checked = 0;
    for (const r of DECLARED_RESOURCES.filter((d) => !d.derived)) {
      const objectType = storage.objectTypes.find((o) => o.name === r.typeName);
      if (!objectType) {
        problems.push(`${r.typeName}: no object type`);
        continue;
      }
      const props = columns(r.entity);
      const resolved = new Set(storage.fieldResolvers.filter((f) => f.getObjectType?.() === objectType.target).map((f) => f.schemaName));
      for (const field of objectType.fields ?? []) {
        const getter = Object.getOwnPropertyDescriptor((objectType.target as { prototype: object }).prototype, field.name)?.get;
        if (resolved.has(field.schemaName) || getter) continue;
        checked++;
        if (!props.has(field.name)) problems.push(`${r.typeName}.${field.schemaName}: ${(r.entity as { name: string }).name} has no property ${field.name}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});

import { isEnumType, isObjectType, type GraphQLSchema } from 'graphql';

const SCALARS: Record<string, string> = {
  ID: '字符型',
  String: '字符型',
  Int: '数值型',
  Float: '数值型',
  Boolean: '布尔型',
  LocalDate: '日期型',
  DateTime: '日期时间型',
  JSONObject: '结构化文本（JSON）',
};

/**
 * The 数据类型 of a catalog item in the words of the national catalog (字符型, 数值型, 日期型, 关联资源), from the
 * GraphQL type recorded for it (`[Measurement]`, `SiteStatus`, `LocalDate` …).
 */
export function dataTypeName(schema: GraphQLSchema, recorded: string): string {
  const list = recorded.startsWith('[');
  const name = recorded.replace(/[[\]!]/g, '');
  const type = schema.getType(name);
  let base = SCALARS[name];
  if (!base && name === 'GeoJsonPoint') base = '空间数据（点）';
  if (!base && isEnumType(type)) base = '字符型（代码）';
  // An object type, or one this schema does not hold (the public schema is cut): another resource.
  if (!base && (isObjectType(type) || !type)) base = '关联资源';
  base ??= '字符型';
  return list ? `${base}（多条）` : base;
}

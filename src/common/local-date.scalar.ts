import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** A calendar date that exists: graphql-scalars' format check lets 2020-02-30 through. */
function strictDate(value: unknown): string {
  const date = LocalDateResolver.parseValue(value) as string;
  const [y, m, d] = date.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    throw new GraphQLError(`日期不存在：${date} (no such date)`);
  }
  return date;
}

/** graphql-scalars' LocalDate, checked to be a real date, described for department users. */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  description: '日期，格式 YYYY-MM-DD（ISO 8601 日历日期，不含时间和时区）',
  parseValue: strictDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('日期须为 YYYY-MM-DD 格式的字符串 (date must be a string)', { nodes: ast });
    return strictDate(ast.value);
  },
});

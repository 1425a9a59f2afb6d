import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** graphql-scalars' LocalDate (validation and coercion), described for department users. */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  description: '日期，格式 YYYY-MM-DD（ISO 8601 日历日期，不含时间和时区）',
});

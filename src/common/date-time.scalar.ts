import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/** graphql-scalars' DateTimeISO, described for department users. */
export const DateTime = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  name: 'DateTime',
  description: '时间点，ISO 8601 格式（如 2026-11-28T08:00:00.000Z，UTC）',
});

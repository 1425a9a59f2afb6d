import { GraphQLScalarType } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/** graphql-scalars' JSONObject, described for department users. */
export const JsonObject = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description: 'JSON 对象（用于历史版本快照等结构不固定的内容）',
});

import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root, UseMiddleware, buildSchema } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { directFieldResolvers } from '../simple-fields';

@ObjectType()
class Parcel {
  @Field()
  code!: string;
}

interface TestContext {
  tag: string;
}

const PLAIN_ROOT = { code: 'plain' };

@Resolver(() => Parcel)
class ParcelResolver {
  @Query(() => [Parcel])
  parcels(): Parcel[] {
    return [Object.assign(new Parcel(), { code: 'P-1' })];
  }

  @Query(() => [Parcel])
  plainParcels(): Parcel[] {
    return [PLAIN_ROOT];
  }

  /** Parameters out of root order, so a direct call must keep the declared one. */
  @FieldResolver(() => String)
  label(@Ctx() ctx: TestContext, @Info() info: GraphQLResolveInfo, @Root() parcel: Parcel): string {
    return `${ctx.tag}:${info.fieldName}:${parcel.code}:${parcel instanceof Parcel ? 'instance' : 'plain'}`;
  }

  @FieldResolver(() => String)
  shouted(@Root() parcel: Parcel, @Arg('times', () => Number) times: number): string {
    return parcel.code.repeat(times);
  }

  @FieldResolver(() => String)
  @UseMiddleware(async (_data, next) => `mw:${await next()}`)
  wrapped(@Root() parcel: Parcel): string {
    return parcel.code;
  }
}

let schema: GraphQLSchema;
let before: Record<string, unknown>;

beforeAll(async () => {
  schema = await buildSchema({ resolvers: [ParcelResolver], emitSchemaFile: false });
  const fields = () => (schema.getType('Parcel') as import('graphql').GraphQLObjectType).getFields();
  before = Object.fromEntries(Object.entries(fields()).map(([name, f]) => [name, f.resolve]));
  directFieldResolvers(schema);
});

const run = async (query: string) => graphql({ schema, source: query, contextValue: { tag: 'ctx' } });
const resolverOf = (name: string) => (schema.getType('Parcel') as import('graphql').GraphQLObjectType).getFields()[name].resolve;

test('a field resolver of root, context and info is called directly, with its parameters in the declared order', async () => {
  expect(resolverOf('label')).not.toBe(before.label);
  expect(await run('{ parcels { label } }')).toEqual({ data: { parcels: [{ label: 'ctx:label:P-1:instance' }] } });
});

test('a root that is not an instance of the type goes through type-graphql, which converts it', async () => {
  expect(await run('{ plainParcels { label } }')).toEqual({ data: { plainParcels: [{ label: 'ctx:label:plain:instance' }] } });
});

test('resolvers with arguments or middleware keep type-graphql’s handler', async () => {
  expect(resolverOf('shouted')).toBe(before.shouted);
  expect(resolverOf('wrapped')).toBe(before.wrapped);
  expect(await run('{ parcels { shouted(times: 2) wrapped } }')).toEqual({ data: { parcels: [{ shouted: 'P-1P-1', wrapped: 'mw:P-1' }] } });
});

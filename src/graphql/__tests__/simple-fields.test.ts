import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Info,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
  buildSchema,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { directFieldResolvers } from '../simple-fields';

@ObjectType()
class Parcel {
  @Field()
  code!: string;
}

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true })
  first?: number;

  @Field(() => String, { nullable: true })
  tag: string = 'default-tag';
}

@InputType()
class Range {
  @Field()
  from!: string;
}

@ArgsType()
class RangeArgs {
  @Field(() => Range, { nullable: true })
  range?: Range;
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
  paged(@Root() parcel: Parcel, @Args() args: PageArgs): string {
    return `${parcel.code}:${args instanceof PageArgs}:${args.first ?? 'none'}:${args.tag}:${Object.keys(args).sort().join(',')}`;
  }

  @FieldResolver(() => String)
  ranged(@Args() args: RangeArgs): string {
    return `${args.range?.from}:${args.range instanceof Range}`;
  }

  @FieldResolver(() => String)
  @UseMiddleware(async (_data, next) => `mw:${await next()}`)
  wrapped(@Root() parcel: Parcel): string {
    return parcel.code;
  }
}

let schema: GraphQLSchema;
/** Left as type-graphql built it: what a direct call must answer the same. */
let reference: GraphQLSchema;
let before: Record<string, unknown>;

beforeAll(async () => {
  schema = await buildSchema({ resolvers: [ParcelResolver], emitSchemaFile: false });
  reference = await buildSchema({ resolvers: [ParcelResolver], emitSchemaFile: false });
  const fields = () => (schema.getType('Parcel') as import('graphql').GraphQLObjectType).getFields();
  before = Object.fromEntries(Object.entries(fields()).map(([name, f]) => [name, f.resolve]));
  directFieldResolvers(schema, { argsValidated: false });
});

const run = async (query: string, on = schema) => graphql({ schema: on, source: query, contextValue: { tag: 'ctx' } });
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

test('an @Args() class of scalars is made as type-graphql makes it: defaults kept, undefined ones dropped, given ones set', async () => {
  expect(resolverOf('paged')).not.toBe(before.paged);
  const query = '{ parcels { a: paged b: paged(first: 3, tag: "x") c: paged(first: null) } }';
  const direct = await run(query);
  expect(direct).toEqual(await run(query, reference));
  expect(direct.data?.parcels).toEqual([expect.objectContaining({ b: expect.stringMatching(/^P-1:true:3:x:/) })]);
});

test('an @Args() class holding an input type keeps type-graphql’s handler, which converts the input', async () => {
  expect(resolverOf('ranged')).toBe(before.ranged);
  expect(await run('{ parcels { ranged(range: { from: "2026-01-01" }) } }')).toEqual({ data: { parcels: [{ ranged: '2026-01-01:true' }] } });
});

test('when the schema validates arguments, resolvers with @Args() keep type-graphql’s handler', async () => {
  const validating = await buildSchema({ resolvers: [ParcelResolver], emitSchemaFile: false });
  const field = () => (validating.getType('Parcel') as import('graphql').GraphQLObjectType).getFields().paged.resolve;
  const original = field();
  directFieldResolvers(validating, { argsValidated: true });
  expect(field()).toBe(original);
});

import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/** What every generated connection class holds; `count` runs only when totalCount is selected. */
export interface ConnectionValue<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Builds the `<Name>Connection` and `<Name>Edge` types for a node type. */
export function Connection<T extends object>(Node: ClassType<T>, name: string, label: string) {
  @ObjectType(`${name}Edge`, { description: `${label}（边）` })
  class Edge {
    @Field(() => Node, { description: label })
    node!: T;

    @Field({ description: '游标' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `${label}列表（游标分页）` })
  class ConnectionType implements ConnectionValue<T> {
    @Field(() => [Edge], { description: '边' })
    edges!: Edge[];

    @Field(() => [Node], { description: '本页条目' })
    nodes!: T[];

    @Field(() => PageInfo, { description: '分页信息' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: '符合筛选条件的总条数' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }

  return ConnectionType;
}

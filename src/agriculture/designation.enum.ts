import { registerEnumType } from 'type-graphql';

/** The three designations of 附表5. */
export enum Designation {
  GRAIN = 'grain',
  VEGETABLE = 'vegetable',
  PIG = 'pig',
}

registerEnumType(Designation, {
  name: 'Designation',
  description: '附表5 的重点县类别',
  valuesConfig: {
    GRAIN: { description: '产粮大县（附表5-1）' },
    VEGETABLE: { description: '蔬菜产业重点县（附表5-2）' },
    PIG: { description: '生猪调出大县（附表5-3）' },
  },
});

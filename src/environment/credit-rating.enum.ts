import { registerEnumType } from 'type-graphql';

/** 企业环境信用评价 (方案第（三十）条). */
export enum CreditRating {
  GREEN = 'green',
  BLUE = 'blue',
  YELLOW = 'yellow',
  RED = 'red',
}

registerEnumType(CreditRating, {
  name: 'CreditRating',
  description: '企业环境信用评价等级（方案第（三十）条）',
  valuesConfig: {
    GREEN: { description: '绿牌：环保诚信企业' },
    BLUE: { description: '蓝牌：环保良好企业' },
    YELLOW: { description: '黄牌：环保警示企业' },
    RED: { description: '红牌：环保不良企业' },
  },
});

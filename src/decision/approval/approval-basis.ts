/**
 * What each kind of reason rests on, as the approval file cites it. The plan's articles are those of
 * 《廊坊市土壤污染防治工作方案》; 《土壤污染防治法》 (in force since 2019-01-01) where it is the basis; GB 36600-2018
 * clauses as numbered in the standard (5.3 on using the values, 表1、表2 注① on background values).
 */
const PLAN = (articles: string) => `《廊坊市土壤污染防治工作方案》第${articles}条`;
const LAW = (articles: string) => `《中华人民共和国土壤污染防治法》第${articles}条`;

export const BASIS = {
  PERMANENT_FARMLAND: `${PLAN('（十三）')}；《中华人民共和国土地管理法》第三十五条`,
  SUSPECTED: `${PLAN('（六）、（十七）')}；${LAW('五十九')}`,
  INVESTIGATION: `${PLAN('（十七）')}；${LAW('五十九、六十七')}`,
  REGISTER: `${PLAN('（十九）、（二十一）')}；${LAW('六十六')}`,
  CONTROL_AREA: PLAN('（十九）'),
  REMOVAL: `${PLAN('（十九）')}；${LAW('六十六')}`,
  NEGATIVE_LIST: PLAN('（十九）'),
  RISK_ASSESSMENT: `${PLAN('（十九）、（二十）')}；${LAW('六十')}`,
  EFFECT_EVALUATION: `${PLAN('（二十）、（二十一）')}；${LAW('六十五、六十六')}`,
  SCREENING: `GB 36600-2018 第 5.3.2、5.3.3 条；${PLAN('（二十一）')}`,
  INTERVENTION: `GB 36600-2018 第 5.3.5 条；${PLAN('（二十一）')}`,
  BACKGROUND: 'GB 36600-2018 表1、表2 注①',
  LAND_CLASS: 'GB 36600-2018 第 4.1、5.3.1 条',
  RESTRICTION: PLAN('（十三）、（四十）'),
  WARNING: PLAN('（十三）'),
} as const;

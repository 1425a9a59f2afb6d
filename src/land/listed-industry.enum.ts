import { registerEnumType } from 'type-graphql';

/**
 * The industries and public facilities whose land must be investigated before it is reclaimed, or turned to a
 * sensitive use (方案第（十七）条, as printed, plus 焦化 from 《土壤污染防治行动计划》第（十）条 that the plan follows).
 */
export enum ListedIndustry {
  NONFERROUS_SMELTING = 'nonferrous_smelting',
  PETROLEUM_PROCESSING = 'petroleum_processing',
  CHEMICAL = 'chemical',
  COKING = 'coking',
  ELECTROPLATING = 'electroplating',
  TANNING = 'tanning',
  PHARMACEUTICAL = 'pharmaceutical',
  LEAD_ACID_BATTERY = 'lead_acid_battery',
  LANDFILL = 'landfill',
  HAZARDOUS_WASTE = 'hazardous_waste',
}

export const INDUSTRY_LABEL: Record<ListedIndustry, string> = {
  [ListedIndustry.NONFERROUS_SMELTING]: '有色金属冶炼',
  [ListedIndustry.PETROLEUM_PROCESSING]: '石油加工',
  [ListedIndustry.CHEMICAL]: '化工',
  [ListedIndustry.COKING]: '焦化',
  [ListedIndustry.ELECTROPLATING]: '电镀',
  [ListedIndustry.TANNING]: '制革',
  [ListedIndustry.PHARMACEUTICAL]: '制药',
  [ListedIndustry.LEAD_ACID_BATTERY]: '铅酸蓄电池',
  [ListedIndustry.LANDFILL]: '生活垃圾填埋场',
  [ListedIndustry.HAZARDOUS_WASTE]: '危险废物处置',
};

registerEnumType(ListedIndustry, {
  name: 'ListedIndustry',
  description: '方案第（十七）条所列行业企业用地和公用设施用地',
  valuesConfig: Object.fromEntries(Object.entries(ListedIndustry).map(([key, value]) => [key, { description: INDUSTRY_LABEL[value] }])),
});

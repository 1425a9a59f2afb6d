import { conditional, each, notShared, shared, type ArgumentItems, type ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { LandParcelEntity } from './land-parcel.entity';
import { LandTransactionEntity } from './land-transaction.entity';

const base = { domain: 'land' as const, provider: 'land-resources' };

export const landCatalog: ResourceDeclaration[] = [
  {
    ...base,
    typeName: 'LandParcel',
    entity: LandParcelEntity,
    code: 'LF.04.0001',
    name: '宗地',
    classification: '土地/地籍',
    abstract: '宗地代码、面积、现状用途、使用权人、供应状态和永久基本农田标识。',
    updateCycle: '实时',
    related: ['LF.04.0002', 'LF.05.0001'],
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: {
      ...each(
        'id parcelCode areaM2 currentUse status permanentBasicFarmland listedIndustry geometry boundary source county site plannedUses transactions permits constructionProjects',
        shared(),
      ),
      useRightHolder: conditional('用于污染地块调查责任认定和联动监管（环保、规划部门）'),
    },
  },
  {
    ...base,
    typeName: 'LandTransaction',
    entity: LandTransactionEntity,
    code: 'LF.04.0002',
    name: '土地供应、收回、转让和改变用途',
    classification: '土地/土地市场',
    abstract: '触发土壤环境调查评估的土地收回、收购、转让、改变用途等事项。',
    updateCycle: '实时',
    countySql: '(SELECT p.county_id FROM land_parcel p WHERE p.id = e.parcel_id)',
    items: {
      ...each('id kind status decidedOn fromUse toUse source parcel', shared()),
      counterparty: notShared('涉及商业秘密和个人信息，《政府信息公开条例》第十五条、《个人信息保护法》第十三条'),
    },
  },
];

export const landArguments: ArgumentItems = {
  'Query.landParcels': {
    county: ['LandParcel.county'],
    status: ['LandParcel.status'],
    permanentBasicFarmland: ['LandParcel.permanentBasicFarmland'],
    onSite: ['LandParcel.site'],
  },
  'Query.landParcel': { id: ['LandParcel.id'], parcelCode: ['LandParcel.parcelCode'] },
  'Query.landTransactions': { kind: ['LandTransaction.kind'], status: ['LandTransaction.status'] },
  'County.landParcels': { status: ['LandParcel.status'] },
};

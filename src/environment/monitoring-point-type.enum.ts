import { registerEnumType } from 'type-graphql';

export enum MonitoringPointType {
  NATIONAL_CONTROL = 'national_control',
  PROVINCIAL_CONTROL = 'provincial_control',
  FARMLAND = 'farmland',
  KEY_ENTERPRISE = 'key_enterprise',
  INDUSTRIAL_PARK = 'industrial_park',
  WATER_SOURCE = 'water_source',
  SITE_INVESTIGATION = 'site_investigation',
}

registerEnumType(MonitoringPointType, {
  name: 'MonitoringPointType',
  description: '土壤环境监测点位类型（方案第（七）条）',
  valuesConfig: {
    NATIONAL_CONTROL: { description: '国控点' },
    PROVINCIAL_CONTROL: { description: '省控点' },
    FARMLAND: { description: '农用地点位' },
    KEY_ENTERPRISE: { description: '重点企业周边点位' },
    INDUSTRIAL_PARK: { description: '工业园区点位' },
    WATER_SOURCE: { description: '饮用水水源地点位' },
    SITE_INVESTIGATION: { description: '地块调查点位' },
  },
});

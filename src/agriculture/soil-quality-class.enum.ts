import { registerEnumType } from 'type-graphql';

/** The plan's three farmland categories (方案第（十二）条). */
export enum SoilQualityClass {
  PRIORITY_PROTECTION = 'priority_protection',
  SAFE_USE = 'safe_use',
  STRICT_CONTROL = 'strict_control',
}

registerEnumType(SoilQualityClass, {
  name: 'SoilQualityClass',
  description: '耕地土壤环境质量类别',
  valuesConfig: {
    PRIORITY_PROTECTION: { description: '优先保护类' },
    SAFE_USE: { description: '安全利用类' },
    STRICT_CONTROL: { description: '严格管控类' },
  },
});

import { registerEnumType } from 'type-graphql';

/** Kind of county-level division (县级行政区), stored as its lowercase value. */
export enum CountyKind {
  DISTRICT = 'district',
  COUNTY = 'county',
  AUTONOMOUS_COUNTY = 'autonomous_county',
  COUNTY_LEVEL_CITY = 'county_level_city',
  DEVELOPMENT_ZONE = 'development_zone',
}

registerEnumType(CountyKind, {
  name: 'CountyKind',
  description: '县级行政区类型',
  valuesConfig: {
    DISTRICT: { description: '市辖区 (district)' },
    COUNTY: { description: '县 (county)' },
    AUTONOMOUS_COUNTY: { description: '自治县 (autonomous county)' },
    COUNTY_LEVEL_CITY: { description: '县级市 (county-level city)' },
    DEVELOPMENT_ZONE: { description: '开发区管委会 (development zone; no GB/T 2260 code)' },
  },
});

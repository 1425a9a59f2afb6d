import { registerEnumType } from 'type-graphql';

/** Kind of principal taking part in data sharing, stored as its lowercase value. */
export enum DepartmentKind {
  MUNICIPAL_DEPARTMENT = 'municipal_department',
  COUNTY_GOVERNMENT = 'county_government',
  PROVINCIAL_PLATFORM = 'provincial_platform',
  PUBLIC = 'public',
  ADMINISTRATOR = 'administrator',
}

registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description: '参与数据共享的主体类型',
  valuesConfig: {
    MUNICIPAL_DEPARTMENT: { description: '市级部门 (municipal department or agency)' },
    COUNTY_GOVERNMENT: { description: '县（市、区）人民政府及廊坊开发区管委会 (county government)' },
    PROVINCIAL_PLATFORM: { description: '省土壤环境信息化管理平台 (provincial platform)' },
    PUBLIC: { description: '社会公众 (the public)' },
    ADMINISTRATOR: { description: '平台管理员 (platform administrator)' },
  },
});

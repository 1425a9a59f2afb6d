/**
 * The entry points of the public disclosure endpoint (方案第（四十二）条 信息公开目录). Each is there only while
 * the catalog opens the type it returns.
 */
export const PUBLIC_QUERIES = new Set([
  'contaminatedSites',
  'contaminatedSite',
  'siteRegisterChanges',
  'soilQualitySummary',
  'monitoringPoints',
  'keyEnterprises',
  'keyEnterprise',
  'remediationProjects',
  'planTargets',
  'planTasks',
  'planTask',
  'counties',
  'county',
  'industrialParks',
  'hazardousWasteFacilities',
  'designatedCounties',
  'analytes',
  'analyte',
  'disclosureIndex',
]);

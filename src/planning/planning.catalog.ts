import { each, PUBLIC, shared, type ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { ConstructionProjectEntity } from './construction-project.entity';
import { PlannedLandUseEntity } from './planned-land-use.entity';
import { PlanningPermitEntity } from './planning-permit.entity';

const base = { domain: 'planning' as const, provider: 'urban-rural-planning' };
const PARCEL_COUNTY = '(SELECT p.county_id FROM land_parcel p WHERE p.id = e.parcel_id)';

export const planningCatalog: ResourceDeclaration[] = [
  {
    ...base,
    typeName: 'PlannedLandUse',
    entity: PlannedLandUseEntity,
    code: 'LF.05.0001',
    name: '控制性详细规划用地性质',
    classification: '规划/用地规划',
    abstract: '宗地的规划用途（GB 50137）及其对应的 GB 36600 用地类别。',
    updateCycle: '规划批准时',
    countySql: PARCEL_COUNTY,
    items: each('id category landClass planName approvedOn source parcel', shared(PUBLIC.FULL)),
  },
  {
    ...base,
    typeName: 'PlanningPermit',
    entity: PlanningPermitEntity,
    code: 'LF.05.0002',
    name: '规划许可',
    classification: '规划/规划许可',
    abstract: '建设用地规划许可证和建设工程规划许可证。',
    updateCycle: '实时',
    countySql: PARCEL_COUNTY,
    items: each('id code kind issuedOn holder source parcel project', shared(PUBLIC.FULL)),
  },
  {
    typeName: 'ConstructionProject',
    entity: ConstructionProjectEntity,
    code: 'LF.05.0003',
    name: '建设项目',
    classification: '规划/建设项目',
    domain: 'planning',
    provider: 'construction',
    abstract: '宗地上的建设项目及其阶段。',
    updateCycle: '实时',
    countySql: PARCEL_COUNTY,
    items: each('id code name developer plannedUse landClass phase source parcel permits', shared(PUBLIC.FULL)),
  },
];

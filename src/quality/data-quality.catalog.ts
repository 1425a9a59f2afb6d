import { each, shared, type ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { DataQualityReviewEntity } from './data-quality-review.entity';

export const dataQualityCatalog: ResourceDeclaration[] = [
  {
    typeName: 'DataQualityFinding',
    entity: DataQualityReviewEntity,
    derived: true,
    code: 'LF.07.0001',
    name: '数据质量疑点',
    classification: '平台/数据质量',
    domain: 'plan',
    provider: 'platform-admin',
    abstract: '对方案附表数据和各部门报送数据的检查：疑点、证据和提供部门的答复（方案第（八）条：数据共享以数据准确为前提）。',
    updateCycle: '实时（按调用检查）',
    items: each('key check resource records message evidence verdict reviewNote reviewedAt', shared()),
  },
];

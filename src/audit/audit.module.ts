import type { HubModule } from '../registry/hub-module';
import { AuditChainEntity } from './audit-chain.entity';
import { AuditRecordEntity } from './audit-record.entity';
import { AuditDaySummaryResolver, AuditResolver } from './audit.resolver';

/** 审计. */
export const auditModule: HubModule = {
  name: 'audit',
  entities: [AuditChainEntity, AuditRecordEntity],
  resolvers: [AuditResolver, AuditDaySummaryResolver],
};

import type { HubModule } from '../registry/hub-module';
import { AuditRecordEntity } from './audit-record.entity';
import { AuditDaySummaryResolver, AuditResolver } from './audit.resolver';

/** 审计. */
export const auditModule: HubModule = {
  name: 'audit',
  entities: [AuditRecordEntity],
  resolvers: [AuditResolver, AuditDaySummaryResolver],
};

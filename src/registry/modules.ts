import { agricultureModule } from '../agriculture/agriculture.module';
import { auditModule } from '../audit/audit.module';
import { decisionModule } from '../decision/decision.module';
import { disclosureModule } from '../disclosure/disclosure.module';
import { environmentModule } from '../environment/environment.module';
import { landModule } from '../land/land.module';
import { planModule } from '../plan/plan.module';
import { planningModule } from '../planning/planning.module';
import { dataQualityModule } from '../quality/data-quality.module';
import { referenceModule } from '../reference/reference.module';
import type { ArgumentItems, ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { sharingModule } from '../sharing/sharing.module';
import { submissionModule } from '../submission/submission.module';
import type { HubModule, Locator } from './hub-module';

/** Every domain of the hub, in catalog order. Adding a type touches its domain's module only. */
export const MODULES: HubModule[] = [
  referenceModule,
  environmentModule,
  agricultureModule,
  landModule,
  planningModule,
  planModule,
  decisionModule,
  sharingModule,
  auditModule,
  submissionModule,
  disclosureModule,
  dataQualityModule,
];

/** Every stored entity; TypeORM is given this list, never a glob. */
export const ENTITIES = MODULES.flatMap((m) => m.entities);

/** The tables read from memory. */
export const RESIDENT = MODULES.flatMap((m) => m.resident ?? []);

/** The resolvers of the department-facing schema. */
export const RESOLVERS = MODULES.flatMap((m) => m.resolvers);

/** The catalog as the repository declares it: each domain's resources, in code order. */
export const RESOURCES: ResourceDeclaration[] = MODULES.flatMap((m) => m.resources ?? []);

/** Every filtering, sorting or lookup argument and the items it reveals. */
export const ARGUMENT_ITEMS: ArgumentItems = Object.assign({}, ...MODULES.map((m) => m.argumentItems ?? {}));

/**
 * The entry points of the public disclosure endpoint (方案第（四十二）条 信息公开目录). Each is there only while
 * the catalog opens the type it returns.
 */
export const PUBLIC_QUERIES = new Set(MODULES.flatMap((m) => m.publicQueries ?? []));

/** How to reach one row of each catalogued type. */
export const LOCATORS: Record<string, Locator> = Object.assign({}, ...MODULES.map((m) => m.locators ?? {}));

import { agricultureArguments, agricultureCatalog } from '../../agriculture/agriculture.catalog';
import { decisionArguments, decisionCatalog } from '../../decision/decision.catalog';
import { environmentArguments, environmentCatalog } from '../../environment/environment.catalog';
import { landArguments, landCatalog } from '../../land/land.catalog';
import { planArguments, planCatalog } from '../../plan/plan.catalog';
import { planningCatalog } from '../../planning/planning.catalog';
import { referenceArguments, referenceCatalog } from '../../reference/reference.catalog';
import type { ArgumentItems, ResourceDeclaration } from './catalog-declaration';

/** The catalog as the repository declares it: each domain's resources, in code order. */
export const DECLARED_RESOURCES: ResourceDeclaration[] = [
  ...referenceCatalog,
  ...environmentCatalog,
  ...agricultureCatalog,
  ...landCatalog,
  ...planningCatalog,
  ...planCatalog,
  ...decisionCatalog,
];

/** Every filtering, sorting or lookup argument and the items it reveals. */
export const ARGUMENT_ITEMS: ArgumentItems = {
  ...referenceArguments,
  ...environmentArguments,
  ...agricultureArguments,
  ...landArguments,
  ...planArguments,
  ...decisionArguments,
};

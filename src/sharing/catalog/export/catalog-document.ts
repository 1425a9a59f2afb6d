import type { OperationReader } from '../../../graphql/operation-reader';

/** One catalog item as the exports give it: sharing attributes only in the departments' (共享目录) view. */
export interface ExportItem {
  fieldName: string;
  label: string;
  dataTypeName: string;
  sharingType?: string;
  sharingCondition?: string | null;
  sharingMethod?: string;
  openToPublic: boolean;
  opennessCondition?: string | null;
  disclosureTier: string | null;
}

export interface ExportEntry {
  code: string;
  typeName?: string;
  name: string;
  classification: string;
  abstract: string;
  format: string;
  updateCycle: string;
  publishedOn: string;
  related: string[];
  provider: { code?: string; name: string };
  lastUpdate: string | null;
  items: ExportItem[];
}

/**
 * The catalog as another catalog takes it. Departments get the 共享目录 (every resource, every item with its sharing
 * type, condition and method: the department API's `catalog`); anyone else the 开放目录 (what the public API's
 * disclosure index opens). Both are read through their API, so the export never says more than the API would.
 */
export interface CatalogDocument {
  scope: 'shared' | 'open';
  entries: ExportEntry[];
}

const SHARED = `{ catalog { code typeName name classification abstract format updateCycle publishedOn related lastUpdate provider { code name }
  items { fieldName label dataTypeName sharingType sharingCondition sharingMethod openToPublic opennessCondition disclosureTier } } }`;
const OPEN = `{ disclosureIndex { code typeName name classification abstract format updateCycle publishedOn related lastUpdate provider
  items { fieldName label dataTypeName tier } } }`;

export async function sharedCatalog(read: OperationReader): Promise<CatalogDocument> {
  const data = await read(SHARED);
  return { scope: 'shared', entries: (data.catalog as ExportEntry[]).sort((a, b) => a.code.localeCompare(b.code)) };
}

export async function openCatalog(read: OperationReader): Promise<CatalogDocument> {
  const data = await read(OPEN);
  const entries = (data.disclosureIndex as (Omit<ExportEntry, 'provider' | 'items'> & { provider: string; items: any[] })[]).map((e) => ({
    ...e,
    provider: { name: e.provider },
    items: e.items.map((i) => ({ fieldName: i.fieldName, label: i.label, dataTypeName: i.dataTypeName, openToPublic: true, disclosureTier: i.tier })),
  }));
  return { scope: 'open', entries };
}

import type { CatalogSnapshot, SnapshotResource } from './catalog-snapshot';
import type { ResourceDeclaration } from './catalog-declaration';

/** The catalog as declared in the repository, without a database: for the committed public SDL. */
export function declaredSnapshot(declarations: ResourceDeclaration[]): CatalogSnapshot {
  const byType = new Map<string, SnapshotResource>();
  const byId = new Map<number, SnapshotResource>();
  declarations.forEach((r, i) => {
    const resource: SnapshotResource = {
      id: i + 1,
      code: r.code,
      typeName: r.typeName,
      name: r.name,
      providerId: 0,
      version: 1,
      items: new Map(
        Object.entries(r.items).map(([field, rule], j) => [
          field,
          {
            id: j + 1,
            fieldName: field,
            label: field,
            dataType: '',
            sharingType: rule.sharing,
            sharingCondition: rule.condition ?? null,
            openToPublic: Boolean(rule.publicTier),
            disclosureTier: rule.publicTier ?? null,
          },
        ]),
      ),
    };
    byType.set(r.typeName, resource);
    byId.set(resource.id, resource);
  });
  return { byType, byId };
}

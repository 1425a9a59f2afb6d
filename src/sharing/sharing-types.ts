/** GraphQL types about the catalog and its grants: governed by the sharing workflow itself, not catalogued. */
export const SHARING_TYPES = new Set(['CatalogEntry', 'CatalogItem', 'CatalogVersion', 'ItemAccess', 'AccessRequest', 'AccessGrant', 'AccessRequestEvent', 'DisclosureEntry', 'DisclosedItem']);

import type { ArgumentItems, ResourceDeclaration } from '../sharing/catalog/catalog-declaration';

/**
 * A query reaching one row of a catalogued type: `%s` stands for the selection, `path` is where the row lands in
 * `data`. The permission matrix asks every item of every resource through it; `%NAME%` placeholders are codes
 * the tests look up in the data.
 */
export interface Locator {
  query: string;
  path: (string | number)[];
}

/**
 * One domain as the hub sees it: its tables, its resolvers, its part of the 资源共享目录 and the arguments that
 * reveal items, the queries it opens to the public, and how to reach each of its types. Everything else (the
 * schema, TypeORM's entity list, the catalog, the public roots, the rights tests) is derived from the modules.
 */
export interface HubModule {
  name: string;
  entities: (new () => object)[];
  resolvers: (new () => object)[];
  resources?: ResourceDeclaration[];
  argumentItems?: ArgumentItems;
  publicQueries?: string[];
  /** Tables only migrations change, read from memory (ResidentRows). */
  resident?: (new () => object)[];
  /** One per catalogued type of this module (checked by the catalog test). */
  locators?: Record<string, Locator>;
}

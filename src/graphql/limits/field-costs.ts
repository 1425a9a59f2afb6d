/** The cost model's numbers, for the estimate before execution (cost-limit.plugin.ts) and the fields that declare theirs. */

/**
 * What a field may return, for the estimate, when nothing in the query says: a list without `first` (a
 * relation's reports, a county's figures) counts its children this many times unless the field declares its
 * own bound (`@Extensions({ listBound })`). The response budget enforces the real size while executing.
 */
export const DEFAULT_LIST_BOUND = 20;

/** A root field runs statements of its own (a lookup, a summary), where nested fields share their level's batch. */
export const ROOT_FIELD_COST = 10;

/** What a computed field declares as its `complexity`: an aggregate or an assessment over many rows. */
export const COMPUTED_COST = 100;
/** A walk over a whole table (the audit chain's verification). */
export const FULL_SCAN_COST = 10_000;

/**
 * Introspection is answered from the schema in memory, whatever it selects: one full schema (what GraphiQL asks
 * for) at a fixed cost, so thirty aliased copies of it still fit the limit but no more.
 */
export const INTROSPECTION_COST = 1_000;

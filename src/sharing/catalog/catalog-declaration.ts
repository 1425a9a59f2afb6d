import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { DisclosureTier } from '../disclosure-tier.enum';
import { SharingType } from '../sharing-type.enum';

/** The rules of one data item as declared in the repository (the catalog's first version). */
export interface ItemRule {
  sharing: SharingType;
  /** 共享条件 for conditional items; the legal basis for items not shared. */
  condition?: string;
  /** Open to the public in this tier; absent: not open. */
  publicTier?: DisclosureTier;
  publicCondition?: string;
}

/** One resource of the 资源共享目录 as declared by its domain. */
export interface ResourceDeclaration {
  typeName: string;
  /** The table behind the type: row scopes apply to every read of it. */
  entity: EntityTarget<ObjectLiteral>;
  /** 资源代码: LF (Langfang) . domain class . sequence. */
  code: string;
  name: string;
  classification: string;
  domain: 'reference' | 'environment' | 'agriculture' | 'land' | 'planning' | 'plan';
  /** Provider department code. */
  provider: string;
  abstract: string;
  updateCycle: string;
  related?: string[];
  /** SQL over alias `e` giving the row's county id: county governments see their county's rows only. */
  countySql?: string;
  /** Property of the stored row holding its county id, for county-scoped grants checked per row. */
  countyField?: string;
  /** A view computed from another resource's table (summaries, changes): that resource's row rules apply. */
  derived?: true;
  /** SQL over alias `e` choosing the rows the public may see (the register, not the suspected list). */
  publicRowsSql?: string;
  /** Every field of the GraphQL type, with its rule. */
  items: Record<string, ItemRule>;
}

/**
 * Arguments that filter, sort or look up by an item: `Parent.field` → argument → the items it reveals
 * (`Type.field`). Using one is refused unless the caller may read every item it names.
 */
export type ArgumentItems = Record<string, Record<string, string[]>>;

/** 无条件共享; optionally open to the public in a tier. */
export function shared(publicTier?: DisclosureTier): ItemRule {
  return { sharing: SharingType.UNCONDITIONAL, publicTier };
}

/** 有条件共享 with its condition. */
export function conditional(condition: string, publicTier?: DisclosureTier): ItemRule {
  return { sharing: SharingType.CONDITIONAL, condition, publicTier };
}

/** 不予共享 with its legal basis. */
export function notShared(legalBasis: string): ItemRule {
  return { sharing: SharingType.NOT_SHARED, condition: legalBasis };
}

/** The same rule for several fields. */
export function each(fields: string, rule: ItemRule): Record<string, ItemRule> {
  return Object.fromEntries(
    fields
      .split(/\s+/)
      .filter(Boolean)
      .map((f) => [f, rule]),
  );
}

export const PUBLIC = DisclosureTier;

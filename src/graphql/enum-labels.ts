import { isEnumType, type GraphQLSchema } from 'graphql';

/** The Chinese name of an enum value, as its SDL description gives it; unknown values are shown as they are. */
export type EnumLabel = (enumName: string, value: string | null | undefined) => string;

const cache = new WeakMap<GraphQLSchema, Map<string, string>>();

/**
 * One vocabulary for the API and the pages: the SDL's descriptions, without the English gloss in parentheses
 * (public pages are Chinese only). Read again whenever the catalog rebuilds the public schema.
 */
export function enumLabels(schema: () => GraphQLSchema): EnumLabel {
  return (enumName, value) => {
    if (value == null) return '';
    const current = schema();
    let labels = cache.get(current);
    if (!labels) {
      labels = new Map();
      for (const type of Object.values(current.getTypeMap())) {
        if (!isEnumType(type)) continue;
        for (const v of type.getValues()) {
          if (v.description) labels.set(`${type.name}.${v.name}`, withoutGloss(v.description));
        }
      }
      cache.set(current, labels);
    }
    return labels.get(`${enumName}.${value}`) ?? value;
  };
}

/**
 * Text of the API for a public page: without the English gloss or the API name in parentheses that department
 * users get (「（reportIndicatorValue）」, 「(submitted by a department)」).
 */
export function withoutGloss(text: string): string {
  // A gloss is Latin words (lower case: 「GB 36600」 or 「SYN-SITE-0003」 stay); Chinese in parentheses stays too.
  return text.replace(/\s*[(（][^()（）]*[)）]/g, (part) => (/[a-z]{3}/.test(part) && !/[\u4e00-\u9fff]/.test(part) ? '' : part)).trim();
}

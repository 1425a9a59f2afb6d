/**
 * GB 36600-2018 land class of a GB 50137 planned-use category: class 1 for residential (R), schools (A33),
 * medical (A5), social welfare (A6) and community/children's parks (G1); class 2 for the rest.
 * An unknown or missing use is class 1, the stricter.
 */
export function landClassOf(category: string | null | undefined): 1 | 2 {
  if (!category) return 1;
  const c = category.trim().toUpperCase();
  if (c.startsWith('R') || c.startsWith('A33') || c.startsWith('A5') || c.startsWith('A6') || c.startsWith('G1')) return 1;
  if (/^(M|W|B|S|U|G|A)/.test(c)) return 2;
  return 1;
}

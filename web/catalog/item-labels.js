/** A request's or grant's items by their catalog labels (the API lists field names). */
export function itemLabels(fieldNames, resource) {
  const labels = new Map(resource.items.map((i) => [i.fieldName, i.label]));
  return fieldNames.map((f) => labels.get(f) ?? f).join('、');
}

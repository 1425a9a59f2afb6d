/** 脱敏: keep the first and last character, star the rest (a name or holder stays recognisable, not readable). */
export function mask(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const chars = [...value];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** 泛化: coordinates to 0.01° (about 1 km), dates to the month, GeoJSON points likewise. */
export function generalise(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 100) / 100;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 7);
  if (value && typeof value === 'object' && Array.isArray((value as { coordinates?: unknown }).coordinates)) {
    const point = value as { type: string; coordinates: number[] };
    return { ...point, coordinates: point.coordinates.map((c) => Math.round(c * 100) / 100) };
  }
  return value;
}

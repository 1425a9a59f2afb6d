/**
 * Approximate centres of Langfang's county-level divisions (WGS-84 degrees), used only to scatter synthetic
 * points plausibly; the envelope is the sanity box from ../shared/reference/README.md.
 */
export const COUNTY_CENTRES: Record<string, [number, number]> = {
  安次区: [116.69, 39.43],
  广阳区: [116.71, 39.55],
  固安县: [116.3, 39.44],
  永清县: [116.5, 39.32],
  香河县: [117.01, 39.76],
  大城县: [116.64, 38.7],
  文安县: [116.46, 38.87],
  大厂回族自治县: [116.99, 39.89],
  霸州市: [116.39, 39.12],
  三河市: [117.08, 39.98],
  廊坊开发区: [116.77, 39.6],
};

export const ENVELOPE = { minLon: 116.0, maxLon: 117.4, minLat: 38.4, maxLat: 40.3 };

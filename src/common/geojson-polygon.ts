import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { badInput } from '../graphql/hub-error';

export type Position = [number, number];
export type GeoJsonPolygonal = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** Langfang's envelope (both parts of the city, with a margin): a coordinate outside it is a mistake or GCJ-02. */
export const LANGFANG_ENVELOPE = { minLon: 116.0, maxLon: 117.4, minLat: 38.4, maxLat: 40.3 };
/** Enough for a surveyed parcel boundary; a bound so a request cannot make the hub test millions of edges. */
const MAX_POSITIONS = 5_000;

/** Inside Langfang's envelope (longitude, latitude in WGS-84 / CGCS2000 degrees). */
export function withinLangfang(longitude: number, latitude: number): boolean {
  const e = LANGFANG_ENVELOPE;
  return longitude >= e.minLon && longitude <= e.maxLon && latitude >= e.minLat && latitude <= e.maxLat;
}

/**
 * A GeoJSON (RFC 7946) Polygon or MultiPolygon as given, checked: closed linear rings of at least four positions,
 * finite degrees inside Langfang's envelope, at most MAX_POSITIONS positions. Holes are allowed.
 */
export function parsePolygonal(value: unknown, argument: string): GeoJsonPolygonal {
  const g = value as { type?: unknown; coordinates?: unknown };
  if (!g || typeof g !== 'object' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    throw badInput(argument, '应为 GeoJSON Polygon 或 MultiPolygon：{"type": "Polygon", "coordinates": [[[经度, 纬度], …]]}');
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  let positions = 0;
  for (const [p, polygon] of polygons.entries()) {
    if (!Array.isArray(polygon) || polygon.length === 0) throw badInput(argument, `第 ${p + 1} 个多边形没有边界环`);
    for (const [r, ring] of polygon.entries()) {
      const at = `第 ${p + 1} 个多边形的第 ${r + 1} 个环`;
      if (!Array.isArray(ring) || ring.length < 4) throw badInput(argument, `${at}至少要有 4 个坐标（首尾相同）`);
      for (const position of ring) {
        const [lon, lat] = Array.isArray(position) ? position : [];
        if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) throw badInput(argument, `${at}有无效的坐标`);
        if (!withinLangfang(lon, lat)) throw badInput(argument, `${at}的坐标 [${lon}, ${lat}] 不在廊坊市范围内（应为 WGS-84/CGCS2000 经纬度，不是 GCJ-02）`);
      }
      const [first, last] = [ring[0] as Position, ring.at(-1) as Position];
      if (first[0] !== last[0] || first[1] !== last[1]) throw badInput(argument, `${at}未闭合：首尾坐标应相同`);
      positions += ring.length;
    }
  }
  if (positions > MAX_POSITIONS) throw badInput(argument, `坐标过多（${positions} 个，最多 ${MAX_POSITIONS} 个）`);
  const strip = (ring: Position[]) => ring.map(([lon, lat]) => [lon, lat] as Position);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: (g.coordinates as Position[][]).map(strip) }
    : { type: 'MultiPolygon', coordinates: (g.coordinates as Position[][][]).map((polygon) => polygon.map(strip)) };
}

/** The polygon's bounding box, for a first cut in SQL before the exact test. */
export function boundsOf(g: GeoJsonPolygonal): { minLon: number; maxLon: number; minLat: number; maxLat: number } {
  const all = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
  return {
    minLon: Math.min(...all.map((p) => p[0])),
    maxLon: Math.max(...all.map((p) => p[0])),
    minLat: Math.min(...all.map((p) => p[1])),
    maxLat: Math.max(...all.map((p) => p[1])),
  };
}

/** Whether a point lies in the polygon (on the boundary counts as in), decided by turf. */
export function containsPoint(g: GeoJsonPolygonal, longitude: number, latitude: number): boolean {
  return booleanPointInPolygon([longitude, latitude], g);
}

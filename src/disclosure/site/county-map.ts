import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../web/package-root';
import { html, type Markup } from './page-layout';

type Position = [number, number];
interface Geometry {
  type: string;
  coordinates: unknown;
}
interface Outline {
  properties: { code: string; name: string };
  geometry: Geometry;
}

/** The county outlines shipped with the hub (web/disclosure/SOURCES.md says where from and under which terms). */
export const OUTLINES_FILE = path.join(packageRoot(__dirname), 'web', 'disclosure', 'langfang-counties.geojson');

let outlines: Outline[] | undefined;
export function countyOutlines(): Outline[] {
  return (outlines ??= (JSON.parse(fs.readFileSync(OUTLINES_FILE, 'utf8')) as { features: Outline[] }).features);
}

export interface MapPoint {
  position: Position;
  className: string;
  title: string;
}
export interface MapArea {
  geometry: Geometry;
  title: string;
}

/** Polygons' rings, whatever the geometry type (Polygon or MultiPolygon); other types have none. */
function rings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates as Position[][];
  if (g.type === 'MultiPolygon') return (g.coordinates as Position[][][]).flat();
  return [];
}

/**
 * An equirectangular projection fitted to the outlines (at Langfang's latitude the distortion is below the
 * generalisation of the points, 0.01°), drawn as SVG on the server: no tile server, nothing from another origin.
 */
export function countyMap(id: string, title: string, points: MapPoint[], areas: MapArea[]): Markup {
  const all = countyOutlines().flatMap((o) => rings(o.geometry).flat());
  const west = Math.min(...all.map((p) => p[0]));
  const east = Math.max(...all.map((p) => p[0]));
  const south = Math.min(...all.map((p) => p[1]));
  const north = Math.max(...all.map((p) => p[1]));
  const k = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const width = 600;
  const scale = width / ((east - west) * k);
  const height = Math.ceil((north - south) * scale);
  const xy = ([lon, lat]: Position): [number, number] => [(lon - west) * k * scale, (north - lat) * scale];
  const d = (g: Geometry) =>
    rings(g)
      .map(
        (ring) =>
          `M${ring
            .map((p) =>
              xy(p)
                .map((v) => v.toFixed(1))
                .join(' '),
            )
            .join('L')}Z`,
      )
      .join('');
  const centre = (g: Geometry): [number, number] => {
    const ring = rings(g).reduce((a, b) => (b.length > a.length ? b : a), [] as Position[]);
    const [x, y] = ring.reduce(([sx, sy], p) => [sx + p[0], sy + p[1]], [0, 0]);
    return xy([x / ring.length, y / ring.length]);
  };
  return html`<svg id=${id} class="county-map" viewBox=${`-10 -10 ${width + 20} ${height + 20}`} role="img" aria-labelledby=${`${id}-title`}>
    <title id=${`${id}-title`}>${title}</title>
    <g class="counties">
      ${countyOutlines().map((o) => html`<path class="county" data-code=${o.properties.code} d=${d(o.geometry)}><title>${o.properties.name}</title></path>`)}
    </g>
    <g class="areas">
      ${areas.map((a) => html`<path class="area" d=${d(a.geometry)}><title>${a.title}</title></path>`)}
    </g>
    <g class="points">
      ${points.map((p) => {
        const [x, y] = xy(p.position);
        return html`<circle class=${`point ${p.className}`} cx=${x.toFixed(1)} cy=${y.toFixed(1)} r="4"><title>${p.title}</title></circle>`;
      })}
    </g>
    <g class="county-names" aria-hidden="true">
      ${countyOutlines().map((o) => {
        const [x, y] = centre(o.geometry);
        return html`<text x=${x.toFixed(1)} y=${y.toFixed(1)} text-anchor="middle">${o.properties.name}</text>`;
      })}
    </g>
  </svg>`;
}

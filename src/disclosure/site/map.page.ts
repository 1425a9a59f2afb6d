import type { Request, Response } from 'express';
import { countyMap, type MapArea, type MapPoint } from './county-map';
import { type Listing, allRows, columnsOf, sendCsv, sendGeoJson } from '../../http/table-download';
import { html, sendPage } from './page-layout';
import { oneOf, param } from './query-params';
import { registerListing, sourceLabel } from './site-register.page';
import type { SiteDeps } from './site-deps';
import { downloads } from './table-view';
import { countyOptions, countySelect, enumSelect } from './filter-fields';

export const MAP_PATH = '/disclosure/map';
export const POINTS_PATH = '/disclosure/monitoring-points';

/** Drawn at most: beyond, the map says so and the download has them all. */
const MAP_POINTS = 5_000;

const POINT_TYPES = ['NATIONAL_CONTROL', 'PROVINCIAL_CONTROL', 'FARMLAND', 'KEY_ENTERPRISE', 'INDUSTRIAL_PARK', 'WATER_SOURCE', 'SITE_INVESTIGATION'];

interface PointRow {
  code: string;
  name: string | null;
  pointType: string;
  landUse: string | null;
  establishedOn: string | null;
  source: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  county: { name: string } | null;
}

const POINTS = `query Points($first: Int, $after: String, $county: String, $pointType: MonitoringPointType) {
  monitoringPoints(first: $first, after: $after, county: $county, pointType: $pointType) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { code name pointType landUse establishedOn source geometry { type coordinates } county { name } }
  }
}`;

export function pointListing({ label }: SiteDeps): Listing<PointRow> {
  return {
    fileName: '土壤环境监测点位',
    query: POINTS,
    type: 'MonitoringPoint',
    pageOf: (data) => data.monitoringPoints,
    geometry: (row) => row.geometry,
    columns: [
      { key: 'code', header: '点位编码', text: (r) => r.code },
      { key: 'name', header: '点位名称', text: (r) => r.name },
      { key: 'county', header: '县（市、区）', text: (r) => r.county?.name },
      { key: 'pointType', header: '点位类型', text: (r) => label('MonitoringPointType', r.pointType) },
      { key: 'landUse', header: '土地利用类型', text: (r) => r.landUse },
      { key: 'establishedOn', header: '设立日期', text: (r) => r.establishedOn },
      { key: 'longitude', field: 'geometry', header: '经度（泛化到 0.01°）', text: (r) => r.geometry?.coordinates[0] },
      { key: 'latitude', field: 'geometry', header: '纬度（泛化到 0.01°）', text: (r) => r.geometry?.coordinates[1] },
      { key: 'source', header: '数据来源', text: (r) => sourceLabel(label, r.source) },
    ],
  };
}

function filters(req: Request) {
  return { county: param(req, 'county'), pointType: oneOf(req, 'pointType', POINT_TYPES, '点位类型') };
}

export function pointDownload(deps: SiteDeps, kind: 'csv' | 'geojson') {
  const listing = pointListing(deps);
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    await (kind === 'csv' ? sendCsv : sendGeoJson)(res, listing, columnsOf(listing, deps.schema()), read, filters(req), deps.downloadPageSize, deps.today());
  };
}

/** Where a polygon lies: the mean of its outer ring's vertices (enough for a marker on a county-scale map). */
function centreOf(geometry: { type: string; coordinates: any }): [number, number] | null {
  const ring: [number, number][] | undefined =
    geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.type === 'MultiPolygon' ? geometry.coordinates[0]?.[0] : undefined;
  if (!ring?.length) return null;
  return [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
}

/** 地块与点位分布图: the register's control areas and the monitoring points over the county outlines, with counts. */
export function mapPage(deps: SiteDeps) {
  const points = pointListing(deps);
  const sites = registerListing(deps);
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const { county, pointType } = filters(req);
    const pointRows: PointRow[] = [];
    let totalPoints = 0;
    for await (const page of allRows(points, read, { county, pointType }, deps.downloadPageSize, MAP_POINTS)) {
      pointRows.push(...page.nodes);
      totalPoints = page.totalCount ?? pointRows.length;
    }
    const siteRows = [];
    for await (const page of allRows(sites, read, { county, status: ['REGISTERED', 'UNDER_CONTROL', 'UNDER_REMEDIATION'] }, deps.downloadPageSize))
      siteRows.push(...page.nodes);
    const counties = await countyOptions(read);

    const mapPoints: MapPoint[] = pointRows
      .filter((p) => p.geometry)
      .map((p) => ({
        position: p.geometry!.coordinates,
        className: p.pointType.toLowerCase().replace(/_/g, '-'),
        title: `${deps.label('MonitoringPointType', p.pointType)} ${p.code}${p.county ? `（${p.county.name}）` : ''}`,
      }));
    const areas: MapArea[] = [];
    for (const s of siteRows) {
      if (!s.controlArea) continue;
      const title = `${deps.label('SiteStatus', s.status)}：${s.name}（${s.code}）`;
      areas.push({ geometry: s.controlArea as MapArea['geometry'], title });
      const centre = centreOf(s.controlArea as MapArea['geometry']);
      if (centre) mapPoints.push({ position: centre, className: 'site', title });
    }
    const byCounty = new Map<string, Map<string, number>>();
    for (const p of pointRows) {
      const c = p.county?.name ?? '未注明';
      const m = byCounty.get(c) ?? new Map<string, number>();
      m.set(p.pointType, (m.get(p.pointType) ?? 0) + 1);
      byCounty.set(c, m);
    }
    const types = POINT_TYPES.filter((t) => pointRows.some((p) => p.pointType === t));
    sendPage(res, {
      title: '地块与点位分布图',
      path: MAP_PATH,
      body: html`<p class="lead">
          污染地块名录中地块的管控区域，以及土壤环境监测点位。点位坐标按资源共享目录的公开方式泛化到 0.01°（约 1 公里）；县界为示意，不作为权属界线依据。
        </p>
        <form class="filters" method="get" action=${MAP_PATH}>
          ${countySelect(counties, county)} ${enumSelect(deps, 'pointType', '点位类型', 'MonitoringPointType', POINT_TYPES, pointType)}
          <button type="submit">显示</button>
        </form>
        ${downloads(POINTS_PATH, ['csv', 'geojson'], { county, pointType })}
        <figure class="map">
          ${countyMap('site-map', `廊坊市污染地块和土壤环境监测点位分布示意图`, mapPoints, areas)}
          <figcaption>
            <ul class="legend">
              <li><span class="swatch site"></span>污染地块（${siteRows.filter((s) => s.controlArea).length}，另有 ${siteRows.filter((s) => !s.controlArea).length} 个未划定管控区域）</li>
              ${types.map(
                (t) =>
                  html`<li>
                    <span class=${`swatch point ${t.toLowerCase().replace(/_/g, '-')}`}></span>${deps.label('MonitoringPointType', t)}
                  </li>`,
              )}
            </ul>
            ${totalPoints > pointRows.length ? html`<p>图中显示前 ${pointRows.length} 个点位（共 ${totalPoints} 个）；下载文件包含全部点位。</p>` : null}
          </figcaption>
        </figure>
        <div class="table-scroll" tabindex="0" role="region" aria-label="各县点位数">
          <table>
            <caption>
              各县（市、区）监测点位数
            </caption>
            <thead>
              <tr>
                <th scope="col">县（市、区）</th>
                ${types.map((t) => html`<th scope="col">${deps.label('MonitoringPointType', t)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${[...byCounty].map(
                ([c, m]) =>
                  html`<tr>
                    <th scope="row">${c}</th>
                    ${types.map((t) => html`<td>${m.get(t) ?? 0}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
    });
  };
}

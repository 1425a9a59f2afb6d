import { html, type Markup } from './page-layout';
import type { OperationReader } from '../../graphql/operation-reader';
import type { SiteDeps } from './site-deps';

export interface CountyOption {
  code: string | null;
  name: string;
}

/** The county-level divisions, as the API lists them (the development zone, which has no code, last). */
export async function countyOptions(read: OperationReader): Promise<CountyOption[]> {
  const data = await read('{ counties(first: 50) { nodes { code name } } }');
  return data.counties.nodes;
}

/** A county filter: chosen by code, or by name for the development zone. */
export function countySelect(counties: CountyOption[], chosen: string | undefined): Markup {
  return html`<label
    >县（市、区）
    <select name="county">
      <option value="">全部</option>
      ${counties.map((c) => html`<option value=${c.code ?? c.name} selected=${chosen === (c.code ?? c.name)}>${c.name}</option>`)}
    </select>
  </label>`;
}

/** A filter over an enum, its options named by the SDL. */
export function enumSelect(deps: SiteDeps, name: string, title: string, enumName: string, values: string[], chosen: string | undefined): Markup {
  return html`<label
    >${title}
    <select name=${name}>
      <option value="">全部</option>
      ${values.map((v) => html`<option value=${v} selected=${chosen === v}>${deps.label(enumName, v)}</option>`)}
    </select>
  </label>`;
}

/** A year filter, newest first. */
export function yearSelect(years: number[], chosen: number | undefined): Markup {
  return html`<label
    >年度
    <select name="year">
      ${years.map((y) => html`<option value=${String(y)} selected=${y === chosen}>${y} 年</option>`)}
    </select>
  </label>`;
}

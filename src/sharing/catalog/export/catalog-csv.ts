import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import type { CatalogDocument, ExportEntry, ExportItem } from './catalog-document';
import type { DcatOptions } from './dcat';

interface Column {
  header: string;
  value: (e: ExportEntry, i: ExportItem) => string | null | undefined;
  /** Only in the departments' 共享目录. */
  shared?: true;
}

/** The national catalog's elements (政务信息资源目录编制指南: 资源、提供方、信息项、共享属性、开放属性、更新周期 …). */
function columns(label: DcatOptions['label']): Column[] {
  return [
    { header: '信息资源分类', value: (e) => e.classification },
    { header: '信息资源名称', value: (e) => e.name },
    { header: '信息资源代码', value: (e) => e.code },
    { header: '信息资源提供方', value: (e) => e.provider.name },
    { header: '信息资源提供方代码', value: (e) => e.provider.code, shared: true },
    { header: '信息资源摘要', value: (e) => e.abstract },
    { header: '信息资源格式', value: (e) => e.format },
    { header: '信息项名称', value: (_e, i) => i.label },
    { header: '信息项代码', value: (_e, i) => i.fieldName },
    { header: '数据类型', value: (_e, i) => i.dataTypeName },
    { header: '共享类型', value: (_e, i) => label.sharingType(i.sharingType), shared: true },
    { header: '共享条件', value: (_e, i) => i.sharingCondition, shared: true },
    { header: '共享方式', value: (_e, i) => i.sharingMethod, shared: true },
    { header: '是否向社会开放', value: (_e, i) => (i.openToPublic ? '是' : '否') },
    { header: '开放条件', value: (_e, i) => i.opennessCondition, shared: true },
    { header: '公开方式', value: (_e, i) => (i.disclosureTier ? label.disclosureTier(i.disclosureTier) : '') },
    { header: '更新周期', value: (e) => e.updateCycle },
    { header: '发布日期', value: (e) => e.publishedOn },
    { header: '关联资源代码', value: (e) => e.related.join(';') },
    { header: '数据最近更新', value: (e) => e.lastUpdate },
  ];
}

/** One row per information item, UTF-8 with a byte-order mark, as the provincial 目录 system imports a catalog. */
export function writeCatalogCsv(doc: CatalogDocument, label: DcatOptions['label'], out: Writable): void {
  const shown = columns(label).filter((c) => doc.scope === 'shared' || !c.shared);
  const csv = stringify({ bom: true, header: true, columns: shown.map((c) => c.header) });
  csv.pipe(out);
  for (const e of doc.entries) for (const i of e.items) csv.write(shown.map((c) => c.value(e, i) ?? ''));
  csv.end();
}

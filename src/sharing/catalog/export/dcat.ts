import type { CatalogDocument, ExportEntry } from './catalog-document';

/** Where a resource can also be downloaded as a file, and the page that shows it. */
export interface ResourceDownloads {
  page: string;
  files: { path: string; mediaType: string }[];
}

export interface DcatOptions {
  /** The hub's address as the caller reached it (scheme, host, port). */
  base: string;
  /** Published downloads by GraphQL type name. */
  downloads: Record<string, ResourceDownloads>;
  label: { sharingType: (v: string | undefined) => string; disclosureTier: (v: string | null) => string };
}

/** soilhub's own terms for what DCAT has no words for: the national catalog's item-level elements. */
export const VOCABULARY = 'urn:soilhub:vocab:';

const EU = 'http://publications.europa.eu/resource/authority/';

/** 更新周期 → the EU frequency vocabulary DCAT-AP uses; the Chinese wording stays in lf:updateCycle. */
function frequency(cycle: string): string {
  if (cycle.startsWith('实时')) return `${EU}frequency/CONT`;
  if (cycle === '动态更新') return `${EU}frequency/UPDATE_CONT`;
  if (cycle === '每年') return `${EU}frequency/ANNUAL`;
  if (cycle === '每半年') return `${EU}frequency/ANNUAL_2`;
  return `${EU}frequency/IRREG`;
}

/** PUBLIC when anything is open to the public, RESTRICTED when only shared between departments, else NON_PUBLIC. */
function accessRights(e: ExportEntry): string {
  if (e.items.some((i) => i.openToPublic)) return `${EU}access-right/PUBLIC`;
  if (e.items.some((i) => i.sharingType !== 'NOT_SHARED')) return `${EU}access-right/RESTRICTED`;
  return `${EU}access-right/NON_PUBLIC`;
}

const zh = (value: string) => ({ '@value': value, '@language': 'zh-CN' });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
const dateTime = (value: string) => ({ '@value': value, '@type': 'xsd:dateTime' });

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  lf: VOCABULARY,
};

/**
 * The catalog as DCAT-AP 3 in JSON-LD, its context inline (harvesters on an offline intranet fetch nothing). Each
 * resource is a dcat:Dataset (dct:identifier is its 信息资源代码), with its API and file distributions; its
 * information items, sharing and openness attributes, which DCAT does not model, are in lf: terms.
 */
export function toDcat(doc: CatalogDocument, { base, downloads, label }: DcatOptions): Record<string, unknown> {
  const self = `${base}/catalog.jsonld`;
  const datasetId = (code: string) => `${self}#${encodeURIComponent(code)}`;
  const departmentApi = `${base}/graphql`;
  const publicApi = `${base}/public/graphql`;
  const services = [
    {
      '@id': `${departmentApi}#service`,
      '@type': 'dcat:DataService',
      'dct:title': zh('部门数据接口（GraphQL）'),
      'dct:description': zh('各部门凭密钥查询；有条件共享的信息项须经提供部门授权，按用途（X-Purpose）记入审计。'),
      'dcat:endpointURL': { '@id': departmentApi },
      'dct:conformsTo': { '@id': 'https://spec.graphql.org/' },
      'dct:accessRights': { '@id': `${EU}access-right/RESTRICTED` },
    },
    {
      '@id': `${publicApi}#service`,
      '@type': 'dcat:DataService',
      'dct:title': zh('信息公开接口（GraphQL）'),
      'dct:description': zh('无需密钥；只含资源共享目录向社会开放的信息项，按公开方式脱敏或泛化。'),
      'dcat:endpointURL': { '@id': publicApi },
      'dct:conformsTo': { '@id': 'https://spec.graphql.org/' },
      'dct:accessRights': { '@id': `${EU}access-right/PUBLIC` },
    },
  ];
  const datasets = doc.entries.map((e) => {
    const open = e.items.some((i) => i.openToPublic);
    const published = e.typeName ? downloads[e.typeName] : undefined;
    const distributions: Record<string, unknown>[] = [];
    if (doc.scope === 'shared') {
      distributions.push({
        '@type': 'dcat:Distribution',
        'dct:title': zh('部门接口查询'),
        'dcat:accessURL': { '@id': departmentApi },
        'dcat:accessService': { '@id': `${departmentApi}#service` },
        'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/application/graphql-response+json' },
      });
    }
    if (open) {
      distributions.push({
        '@type': 'dcat:Distribution',
        'dct:title': zh('信息公开接口查询'),
        'dcat:accessURL': { '@id': publicApi },
        'dcat:accessService': { '@id': `${publicApi}#service` },
        'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/application/graphql-response+json' },
      });
      for (const file of published?.files ?? []) {
        distributions.push({
          '@type': 'dcat:Distribution',
          'dct:title': zh(`公开数据下载（${file.path.split('.').pop()!.toUpperCase()}）`),
          'dcat:accessURL': { '@id': `${base}${published!.page}` },
          'dcat:downloadURL': { '@id': `${base}${file.path}` },
          'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${file.mediaType}` },
        });
      }
    }
    return {
      '@id': datasetId(e.code),
      '@type': 'dcat:Dataset',
      'dct:identifier': e.code,
      'dct:title': zh(e.name),
      'dct:description': zh(e.abstract),
      'dcat:keyword': e.classification.split('/').map(zh),
      'lf:classification': zh(e.classification),
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': zh(e.provider.name), ...(e.provider.code ? { 'dct:identifier': e.provider.code } : {}) },
      'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': zh(e.provider.name) },
      'dct:issued': date(e.publishedOn),
      ...(e.lastUpdate ? { 'dct:modified': dateTime(e.lastUpdate) } : {}),
      'dct:accrualPeriodicity': { '@id': frequency(e.updateCycle) },
      'lf:updateCycle': zh(e.updateCycle),
      'dct:format': zh(e.format),
      'dct:language': { '@id': `${EU}language/ZHO` },
      'dct:accessRights': { '@id': accessRights(e) },
      'dcat:landingPage': { '@id': published && doc.scope === 'open' ? `${base}${published.page}` : `${base}/catalog/#/entry/${encodeURIComponent(e.code)}` },
      'dct:relation': e.related.map((code) => ({ '@id': datasetId(code) })),
      'dcat:distribution': distributions,
      'lf:item': e.items.map((i) => ({
        '@type': 'lf:InformationItem',
        'dct:identifier': i.fieldName,
        'dct:title': zh(i.label),
        'lf:dataType': zh(i.dataTypeName),
        ...(i.sharingType ? { 'lf:sharingType': zh(label.sharingType(i.sharingType)) } : {}),
        ...(i.sharingCondition ? { 'lf:sharingCondition': zh(i.sharingCondition) } : {}),
        ...(i.sharingMethod ? { 'lf:sharingMethod': zh(i.sharingMethod) } : {}),
        'lf:openToPublic': { '@value': i.openToPublic, '@type': 'xsd:boolean' },
        ...(i.opennessCondition ? { 'lf:opennessCondition': zh(i.opennessCondition) } : {}),
        ...(i.disclosureTier ? { 'lf:disclosureTier': zh(label.disclosureTier(i.disclosureTier)) } : {}),
      })),
    };
  });
  return {
    '@context': CONTEXT,
    '@id': self,
    '@type': 'dcat:Catalog',
    'dct:title': zh(doc.scope === 'shared' ? '廊坊市土壤环境信息资源共享目录' : '廊坊市土壤环境信息开放目录'),
    'dct:description': zh(
      doc.scope === 'shared'
        ? '《廊坊市土壤污染防治工作方案》第（八）条编制的资源共享目录：各部门土壤环境信息资源、信息项及其共享类型、条件和方式。'
        : '资源共享目录中向社会开放的资源和信息项（工作方案第（四十二）条）。',
    ),
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': zh('廊坊市环境保护局') },
    'dct:language': { '@id': `${EU}language/ZHO` },
    'foaf:homepage': { '@id': `${base}/catalog/` },
    'dcat:service': services,
    'dcat:dataset': datasets,
  };
}

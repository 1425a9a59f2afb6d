import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { formatTime } from '../format.js';
import { CATALOG_FACETS, CATALOG_LIST, DISCLOSURE_INDEX } from '../queries.js';
import { entryHref, listHref, parseRoute } from '../routes.js';
import { ACCESS_STATUS, ACCESS_STATUS_EN, DISCLOSURE_TIER, DOMAIN, SHARING_TYPE } from '../terms.js';
import { ErrorBox } from './error-box.js';

const TYPING_PAUSE_MS = 300;

/**
 * The catalog, searchable and filterable; the filters live in the address (#/?q=…&domain=…), so the
 * back button and shared links keep them. Signed in: the hub's `catalog` query filters. Anonymous: the
 * public disclosure index, filtered here (it is one short list).
 */
export class CatalogList extends Component {
  state = { entries: null, providers: [], facets: null, error: null, keyword: this.props.filters.q ?? '' };
  ticket = 0;

  componentDidMount() {
    this.load();
    if (this.props.session) this.loadProviders();
  }

  componentDidUpdate(previous) {
    const { filters, session } = this.props;
    const now = applied(filters, session);
    if (listHref(applied(previous.filters, session)) === listHref(now)) return;
    // The address changed under the search box (清除条件, a link, back): it wins over typing not yet applied.
    if (now.q !== this.state.keyword.trim()) {
      clearTimeout(this.typing);
      this.setState({ keyword: now.q });
    }
    if (session) this.load();
  }

  componentWillUnmount() {
    clearTimeout(this.typing);
  }

  async load() {
    const ticket = ++this.ticket; // answers to earlier filters arriving late are dropped
    const { session, filters } = this.props;
    this.setState({ error: null });
    try {
      const entries = session
        ? (await gql(session.key, CATALOG_LIST, catalogArguments(applied(filters, session)))).catalog
        : (await gql(null, DISCLOSURE_INDEX)).disclosureIndex;
      if (ticket === this.ticket) this.setState({ entries });
    } catch (error) {
      if (ticket === this.ticket) this.setState({ error });
    }
  }

  async loadProviders() {
    try {
      const { catalog } = await gql(this.props.session.key, CATALOG_FACETS);
      const byCode = new Map(catalog.map((e) => [e.provider.code, e.provider]));
      // How many entries of the whole catalog each option names, shown beside it.
      const facets = { domain: {}, provider: {}, sharing: {}, open: {} };
      const add = (facet, value) => (facets[facet][value] = (facets[facet][value] ?? 0) + 1);
      for (const e of catalog) {
        add('domain', e.domain);
        add('provider', e.provider.code);
        for (const type of new Set(e.items.map((i) => i.sharingType))) add('sharing', type);
        for (const open of new Set(e.items.map((i) => String(i.openToPublic)))) add('open', open);
      }
      this.setState({ providers: [...byCode.values()], facets });
    } catch (error) {
      this.setState({ error });
    }
  }

  /**
   * Goes to the list with `changes` and the keyword as typed (its pause cancelled), on top of the address as it
   * is now: the props may not have caught up with the last change yet. An address already left for another view
   * (a card clicked as the pause ended) stands.
   */
  setFilters(changes = {}) {
    clearTimeout(this.typing);
    const { page, filters } = parseRoute(location.hash);
    if (page !== 'list') return;
    location.replace(listHref({ ...applied(filters, this.props.session), q: this.state.keyword.trim(), ...changes }));
  }

  typed = (event) => {
    this.setState({ keyword: event.currentTarget.value });
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.setFilters(), TYPING_PAUSE_MS);
  };

  searched = (event) => {
    event.preventDefault();
    this.setFilters();
  };

  render() {
    const { session, filters } = this.props;
    const { entries, error, keyword } = this.state;
    const active = applied(filters, session);
    const shown = entries && sorted(session ? entries : entries.filter((e) => matchesPublic(e, active)), filters.sort);
    const facets = this.state.facets;
    const select = (name, label, options, counted = true, none = '全部') => {
      const value = active[name];
      // The select shows what is applied, also a value none of its options names (a provider code from a shared
      // link, or while the providers load), so a filtered list never looks unfiltered.
      const unnamed = value && !options.some(([v]) => v === value);
      return html`<label class="field">${label}
        <select name=${name} value=${value} onChange=${(e) => this.setFilters({ [name]: e.currentTarget.value })}>
          <option value="">${none}</option>
          ${options.map(([v, text]) => html`<option key=${v} value=${v}>${counted && facets ? `${text}（${facets[name]?.[v] ?? 0}）` : text}</option>`)}
          ${unnamed ? html`<option value=${value}>${value}</option>` : null}
        </select>
      </label>`;
    };
    return html`<section class="catalog">
      <h1 class="page-title">${session ? '资源共享目录' : '信息公开目录'}</h1>
      ${
        session
          ? html`<p class="lead">平台的全部数据资源，每个信息项的共享类型（无条件共享、有条件共享、不予共享）、向社会开放属性，以及本部门现在能否使用。</p>`
          : html`<div class="notice">
            <p><strong>未登录：</strong>下面是信息公开目录，即向社会公开的资源和信息项。公开的数据本身见 <a href="/disclosure/">土壤环境信息公开</a>（表格、图表、地图和下载）。</p>
            <p>各部门用本部门应用密钥登录后，可查看完整的资源共享目录和本部门对每个信息项的使用权限，并提出共享申请。密钥只保存在本标签页中，关闭标签页即退出。</p>
          </div>`
      }
      <div class="catalog-layout">
        <form class="filters" role="search" onSubmit=${this.searched}>
          <label class="field">关键词
            <input type="search" name="q" value=${keyword} onInput=${this.typed}
              placeholder=${session ? '资源名称、摘要、分类、代码或信息项' : '资源名称、代码、提供部门或信息项'} />
          </label>
          ${
            session
              ? html`
                ${select('domain', '领域', Object.entries(DOMAIN))}
                ${select(
                  'provider',
                  '提供部门',
                  this.state.providers.map((p) => [p.code, p.name]),
                )}
                ${select('sharing', '共享类型', Object.entries(SHARING_TYPE))}
                ${select('open', '向社会开放', [
                  ['true', '含公开的信息项'],
                  ['false', '含不公开的信息项'],
                ])}`
              : select(
                  'providerName',
                  '提供部门',
                  publicProviders(entries ?? []).map((name) => [name, name]),
                )
          }
          ${select(
            'sort',
            '排序',
            [
              ['updated', '最近更新在前'],
              ['name', '按名称'],
              ['records', '记录多的在前'],
            ],
            false,
            '按资源代码',
          )}
          <div class="actions">
            <button type="submit">检索</button>
            <a class="button secondary" href="#/">清除条件</a>
          </div>
        </form>
        <div class="results">
          <${ErrorBox} error=${error} />
          <p class="result-count" aria-live="polite">${shown ? `共 ${shown.length} 项资源` : error ? '' : '正在加载…'}</p>
          ${shown?.length === 0 ? html`<p class="empty">没有符合条件的资源。</p>` : null}
          ${
            shown?.length
              ? html`<ol class="entries">${shown.map((e) =>
                  session ? html`<${EntryCard} key=${e.code} entry=${e} />` : html`<${PublicEntryCard} key=${e.code} entry=${e} />`,
                )}</ol>`
              : null
          }
        </div>
      </div>
    </section>`;
  }
}

/**
 * The filters the list applies, from the address, unknown values dropped. The disclosure index names providers
 * only by name and the hub's catalog filters by code, so the two are different parameters (providerName,
 * provider): an address kept across sign-in or sign-out never applies one as the other.
 */
function applied(filters, session) {
  const q = filters.q?.trim() ?? '';
  const sort = ['updated', 'name', 'records'].includes(filters.sort) ? filters.sort : '';
  if (!session) return { q, providerName: filters.providerName ?? '', sort };
  return {
    q,
    sort,
    domain: Object.hasOwn(DOMAIN, filters.domain ?? '') ? filters.domain : '',
    provider: filters.provider ?? '',
    sharing: Object.hasOwn(SHARING_TYPE, filters.sharing ?? '') ? filters.sharing : '',
    open: filters.open === 'true' || filters.open === 'false' ? filters.open : '',
  };
}

/** The hub's catalog arguments for the applied filters. */
function catalogArguments({ q, domain, provider, sharing, open }) {
  return {
    keyword: q || null,
    domain: domain || null,
    provider: provider || null,
    sharingType: sharing || null,
    openToPublic: open ? open === 'true' : null,
  };
}

/** The order asked for: by code (the catalog's own order) unless the address says otherwise. */
function sorted(entries, sort) {
  const by = {
    updated: (a, b) => (b.lastUpdate ?? '').localeCompare(a.lastUpdate ?? ''),
    name: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    records: (a, b) => (b.recordCount ?? -1) - (a.recordCount ?? -1),
  }[sort];
  return by ? [...entries].sort(by) : entries;
}

function matchesPublic(entry, { q, providerName }) {
  if (providerName && entry.provider !== providerName) return false;
  const needle = q.toLowerCase();
  return !needle || [entry.code, entry.name, entry.provider, ...entry.items.map((i) => i.label)].some((s) => s.toLowerCase().includes(needle));
}

/** The disclosure index's providers, by name. */
function publicProviders(entries) {
  return [...new Set(entries.map((e) => e.provider))];
}

function count(items, test) {
  return items.filter(test).length;
}

function EntryCard({ entry }) {
  const { items } = entry;
  return html`<li class="entry-card" data-code=${entry.code}>
    <h2><a href=${entryHref(entry.code)}>${entry.name}</a> <span class="code">${entry.code}</span></h2>
    <p class="meta">${entry.provider.name} · ${DOMAIN[entry.domain] ?? entry.domain} · ${entry.classification} · 更新周期：${entry.updateCycle} · 最近更新：${formatTime(entry.lastUpdate)}${
      entry.recordCount === null ? ' · 按调用计算' : ` · 记录 ${entry.recordCount.toLocaleString('zh-CN')} 条`
    }</p>
    <p class="abstract">${entry.abstract}</p>
    <p class="tally">
      <span>信息项 ${items.length}：</span>
      ${Object.entries(SHARING_TYPE).map(([type, label]) => {
        const n = count(items, (i) => i.sharingType === type);
        return n ? html`<span class=${`badge sharing-${type.toLowerCase()}`}>${label} ${n}</span>` : null;
      })}
      <span class="badge open">公开 ${count(items, (i) => i.openToPublic)}</span>
    </p>
    <p class="tally">
      <span>本部门：</span>
      ${Object.entries(ACCESS_STATUS).map(([status, label]) => {
        const n = count(items, (i) => i.myAccess.status === status);
        return n ? html`<span class=${`badge access-${status.toLowerCase()}`} title=${ACCESS_STATUS_EN[status]}>${label} ${n}</span>` : null;
      })}
    </p>
  </li>`;
}

function PublicEntryCard({ entry }) {
  return html`<li class="entry-card" data-code=${entry.code}>
    <h2><a href=${entryHref(entry.code)}>${entry.name}</a> <span class="code">${entry.code}</span></h2>
    <p class="meta">${entry.provider} · 更新周期：${entry.updateCycle} · 最近更新：${formatTime(entry.lastUpdate)}</p>
    <p class="tally">
      <span>公开的信息项 ${entry.items.length}：</span>
      ${entry.items.map((i) => html`<span key=${i.fieldName} class="badge open" title=${DISCLOSURE_TIER[i.tier]}>${i.label}</span>`)}
    </p>
  </li>`;
}

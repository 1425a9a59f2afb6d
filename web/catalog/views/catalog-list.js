import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql } from '../api.js';
import { formatTime } from '../format.js';
import { CATALOG_LIST, CATALOG_PROVIDERS, DISCLOSURE_INDEX } from '../queries.js';
import { entryHref, listHref } from '../routes.js';
import { ACCESS_STATUS, ACCESS_STATUS_EN, DISCLOSURE_TIER, DOMAIN, SHARING_TYPE } from '../terms.js';
import { ErrorBox } from './error-box.js';

const TYPING_PAUSE_MS = 300;

/**
 * The catalog, searchable and filterable; the filters live in the address (#/?q=…&domain=…), so the
 * back button and shared links keep them. Signed in: the hub's `catalog` query filters. Anonymous: the
 * public disclosure index, filtered here (it is one short list).
 */
export class CatalogList extends Component {
  state = { entries: null, providers: [], error: null, keyword: this.props.filters.q ?? '' };
  ticket = 0;

  componentDidMount() {
    this.load();
    if (this.props.session) this.loadProviders();
  }

  componentDidUpdate(previous) {
    const { filters, session } = this.props;
    if (listHref(previous.filters) === listHref(filters)) return;
    if ((filters.q ?? '') !== this.state.keyword.trim()) this.setState({ keyword: filters.q ?? '' });
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
        ? (await gql(session.key, CATALOG_LIST, catalogArguments(filters))).catalog
        : (await gql(null, DISCLOSURE_INDEX)).disclosureIndex;
      if (ticket === this.ticket) this.setState({ entries });
    } catch (error) {
      if (ticket === this.ticket) this.setState({ error });
    }
  }

  async loadProviders() {
    try {
      const { catalog } = await gql(this.props.session.key, CATALOG_PROVIDERS);
      const byCode = new Map(catalog.map((e) => [e.provider.code, e.provider]));
      this.setState({ providers: [...byCode.values()] });
    } catch (error) {
      this.setState({ error });
    }
  }

  setFilter(name, value) {
    location.replace(listHref({ ...this.props.filters, [name]: value }));
  }

  typed = (event) => {
    const keyword = event.currentTarget.value;
    this.setState({ keyword });
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.setFilter('q', keyword.trim()), TYPING_PAUSE_MS);
  };

  searched = (event) => {
    event.preventDefault();
    clearTimeout(this.typing);
    this.setFilter('q', this.state.keyword.trim());
  };

  render() {
    const { session, filters } = this.props;
    const { entries, error, keyword } = this.state;
    const shown = entries && (session ? entries : entries.filter((e) => matchesPublic(e, filters)));
    const providers = session ? this.state.providers : publicProviders(entries ?? []);
    const select = (name, label, options) => html`<label class="field">${label}
      <select name=${name} value=${filters[name] ?? ''} onChange=${(e) => this.setFilter(name, e.currentTarget.value)}>
        <option value="">全部</option>
        ${options.map(([value, text]) => html`<option value=${value}>${text}</option>`)}
      </select>
    </label>`;
    return html`<section class="catalog">
      ${session
        ? html`<p class="lead">平台的全部数据资源，每个信息项的共享类型（无条件共享、有条件共享、不予共享）、向社会开放属性，以及本部门现在能否使用。</p>`
        : html`<div class="notice">
            <p><strong>未登录：</strong>下面是信息公开目录（disclosure index），即向社会公开的资源和信息项。</p>
            <p>各部门用本部门应用密钥登录后，可查看完整的资源共享目录和本部门对每个信息项的使用权限，并提出共享申请。密钥只保存在本标签页的会话中（sessionStorage），关闭标签页即退出。</p>
          </div>`}
      <div class="catalog-layout">
        <form class="filters" role="search" onSubmit=${this.searched}>
          <label class="field">关键词
            <input type="search" name="q" value=${keyword} onInput=${this.typed}
              placeholder=${session ? '资源名称、摘要、分类、代码或信息项' : '资源名称、代码、提供部门或信息项'} />
          </label>
          ${session ? select('domain', '领域', Object.entries(DOMAIN)) : null}
          ${select('provider', '提供部门', providers.map((p) => [p.code, p.name]))}
          ${session ? select('sharing', '共享类型', Object.entries(SHARING_TYPE)) : null}
          ${session ? select('open', '向社会开放', [['true', '含公开的信息项'], ['false', '含不公开的信息项']]) : null}
          <div class="actions">
            <button type="submit">检索</button>
            <a class="button secondary" href="#/">清除条件</a>
          </div>
        </form>
        <div class="results" aria-live="polite">
          <${ErrorBox} error=${error} />
          ${shown == null && !error ? html`<p class="loading">正在加载…</p>` : null}
          ${shown ? html`<p class="result-count">共 ${shown.length} 项资源</p>` : null}
          ${shown?.length === 0 ? html`<p class="empty">没有符合条件的资源。</p>` : null}
          ${shown?.length
            ? html`<ol class="entries">${shown.map((e) => (session ? html`<${EntryCard} entry=${e} />` : html`<${PublicEntryCard} entry=${e} />`))}</ol>`
            : null}
        </div>
      </div>
    </section>`;
  }
}

/** The hub's arguments from the address, unknown values dropped rather than sent. */
function catalogArguments(filters) {
  return {
    keyword: filters.q || null,
    domain: filters.domain in DOMAIN ? filters.domain : null,
    provider: filters.provider || null,
    sharingType: filters.sharing in SHARING_TYPE ? filters.sharing : null,
    openToPublic: filters.open === 'true' ? true : filters.open === 'false' ? false : null,
  };
}

function matchesPublic(entry, { q, provider }) {
  if (provider && entry.provider !== provider) return false;
  const needle = q?.toLowerCase();
  return !needle || [entry.code, entry.name, entry.provider, ...entry.items.map((i) => i.label)].some((s) => s.toLowerCase().includes(needle));
}

/** The disclosure index names providers only by name. */
function publicProviders(entries) {
  return [...new Set(entries.map((e) => e.provider))].map((name) => ({ code: name, name }));
}

function count(items, test) {
  return items.filter(test).length;
}

function EntryCard({ entry }) {
  const { items } = entry;
  return html`<li class="entry-card" data-code=${entry.code}>
    <h2><a href=${entryHref(entry.code)}>${entry.name}</a> <span class="code">${entry.code}</span></h2>
    <p class="meta">${entry.provider.name} · ${DOMAIN[entry.domain] ?? entry.domain} · ${entry.classification} · 更新周期：${entry.updateCycle}</p>
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
      ${entry.items.map((i) => html`<span class="badge open" title=${DISCLOSURE_TIER[i.tier]}>${i.label}</span>`)}
    </p>
  </li>`;
}

import { Component } from '../vendor/preact.mjs';
import { html } from '../html.js';
import { gql, HubError, KEY_REFUSED, storedKey } from '../api.js';
import { PENDING_DECISIONS, SIGN_IN } from '../queries.js';
import { listHref, parseRoute } from '../routes.js';
import { CatalogList } from './catalog-list.js';
import { EntryPage } from './entry-page.js';
import { Masthead } from './masthead.js';
import { PublicEntryPage } from './public-entry-page.js';
import { RequestsPage } from './requests-page.js';
import { AdminPage } from './admin-page.js';

/** Checks a key (SIGN_IN answers only to a valid one): its department and what waits for its answer. */
async function openSession(key) {
  const { me, accessRequests } = await gql(key, SIGN_IN);
  return { key, department: me, pending: accessRequests };
}

/** The page: who is signed in, which view the address names. Each view loads its own data. */
export class App extends Component {
  state = {
    route: parseRoute(location.hash),
    lastList: location.hash.startsWith('#/?') ? location.hash : listHref(),
    session: null,
    // Views remount (and reload) when the signed-in department changes.
    generation: 0,
    signingIn: Boolean(storedKey.get()),
    signInError: null,
  };

  componentDidMount() {
    addEventListener('hashchange', this.followAddress);
    addEventListener(KEY_REFUSED, this.keyRefused);
    const key = storedKey.get();
    if (key) this.signIn(key);
  }

  componentWillUnmount() {
    removeEventListener('hashchange', this.followAddress);
    removeEventListener(KEY_REFUSED, this.keyRefused);
  }

  followAddress = () => {
    const route = parseRoute(location.hash);
    const before = this.state.route;
    if (route.page !== before.page || route.code !== before.code) scrollTo(0, 0);
    this.setState({ route, lastList: route.page === 'list' ? location.hash || '#/' : this.state.lastList });
  };

  signIn = async (key) => {
    this.setState({ signingIn: true, signInError: null });
    try {
      const session = await openSession(key);
      storedKey.set(key);
      this.setState(({ generation }) => ({ session, signingIn: false, generation: generation + 1 }));
    } catch (error) {
      // Only a refused key is forgotten: after a network failure, reloading the page tries it again.
      if (error.code === 'UNAUTHENTICATED') storedKey.clear();
      this.setState({ session: null, signingIn: false, signInError: error });
    }
  };

  signOut = () => this.endSession(null);

  /** Any view's request refused the session's key (revoked or expired since sign-in): sign out and say so. */
  keyRefused = ({ detail }) => {
    if (this.state.session?.key === detail.key) this.endSession(new HubError('UNAUTHENTICATED', `已退出登录：${detail.error.message}`));
  };

  endSession(reason) {
    storedKey.clear();
    this.setState(({ generation }) => ({ session: null, signInError: reason, generation: generation + 1 }));
  }

  /** After a decision: the menu's count of requests waiting for this department. */
  refreshPending = async () => {
    const key = this.state.session?.key;
    if (!key) return;
    try {
      const { accessRequests } = await gql(key, PENDING_DECISIONS);
      // Into the session that asked only: a sign-out while the count was on its way stands.
      this.setState(({ session }) => (session?.key === key ? { session: { ...session, pending: accessRequests } } : null));
    } catch {
      // The count stays as it was; the view that changed it shows its own errors.
    }
  };

  view() {
    const { route, session, generation, signingIn, lastList } = this.state;
    if (signingIn) return html`<p class="loading">正在登录…</p>`;
    if (route.page === 'entry') {
      return session
        ? html`<${EntryPage} key=${`${generation}:${route.code}`} session=${session} code=${route.code} backHref=${lastList} />`
        : html`<${PublicEntryPage} key=${`${generation}:${route.code}`} code=${route.code} backHref=${lastList} />`;
    }
    if (route.page === 'admin' && session?.department?.kind === 'ADMINISTRATOR') {
      return html`<${AdminPage} key=${generation} session=${session} />`;
    }
    if (route.page === 'requests') {
      return session
        ? html`<${RequestsPage} key=${generation} session=${session} onDecided=${this.refreshPending} />`
        : html`<p class="notice">申请与授权须先用部门密钥登录（页首）。</p>`;
    }
    return html`<${CatalogList} key=${generation} session=${session} filters=${route.filters} />`;
  }

  render() {
    const { route, session, signingIn, signInError } = this.state;
    return html`
      <${Masthead} route=${route} session=${session} signingIn=${signingIn} signInError=${signInError}
        onSignIn=${this.signIn} onSignOut=${this.signOut} />
      <main>${this.view()}</main>
      <footer class="colophon">
        <p>本页只通过平台的 GraphQL 接口取数：部门 <code>POST /graphql</code>（须部门密钥），公众 <code>/public/graphql</code>。
          接口说明见 <a href="/">GraphiQL</a>。</p>
      </footer>`;
  }
}

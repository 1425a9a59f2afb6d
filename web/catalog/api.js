/** The page's only way to the hub: its GraphQL endpoints. */

const STORAGE_KEY = 'soilhub.catalog.key';

/** The department key lives in this tab's sessionStorage only: closing the tab signs out, nothing persists. */
export const storedKey = {
  get: () => sessionStorage.getItem(STORAGE_KEY),
  set: (key) => sessionStorage.setItem(STORAGE_KEY, key),
  clear: () => sessionStorage.removeItem(STORAGE_KEY),
};

/** Dispatched on `window` when the hub refuses a key (revoked or expired mid-session), whichever view asked. */
export const KEY_REFUSED = 'soilhub:key-refused';

export class HubError extends Error {
  constructor(code, message, details = null) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/**
 * One operation: with a key as that department on /graphql, without one anonymously on /public/graphql.
 * The first GraphQL error is thrown with its `extensions.code`: the page asks nothing that is partly denied.
 */
export async function gql(key, query, variables = {}) {
  const headers = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  let res;
  try {
    res = await fetch(key ? '/graphql' : '/public/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new HubError('NETWORK', '网络不通，或平台没有运行');
  }
  const body = await res.json().catch(() => null);
  if (!body) throw new HubError('BAD_RESPONSE', `HTTP ${res.status}`);
  const [first] = body.errors ?? [];
  if (!first) return body.data;
  const error = new HubError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message, first.extensions?.details ?? null);
  if (key && error.code === 'UNAUTHENTICATED') dispatchEvent(new CustomEvent(KEY_REFUSED, { detail: { key, error } }));
  throw error;
}

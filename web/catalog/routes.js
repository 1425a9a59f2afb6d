/** Hash routes, so one page at /catalog/ serves every view and links and the back button work. */

export function parseRoute(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'entry' && parts[1]) return { page: 'entry', code: decodeURIComponent(parts[1]) };
  if (parts[0] === 'requests') return { page: 'requests' };
  return { page: 'list', filters: Object.fromEntries(new URLSearchParams(query)) };
}

/** The list with its filters in the address, empty ones left out. */
export function listHref(filters = {}) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  return query ? `#/?${query}` : '#/';
}

export const entryHref = (code) => `#/entry/${encodeURIComponent(code)}`;

export const REQUESTS_HREF = '#/requests';

/** Hash routes, so one page at /catalog/ serves every view and links and the back button work. */

export function parseRoute(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'entry' && parts[1]) return { page: 'entry', code: decodeSegment(parts[1]) };
  if (parts[0] === 'requests') return { page: 'requests' };
  if (parts[0] === 'admin') return { page: 'admin' };
  return { page: 'list', filters: Object.fromEntries(new URLSearchParams(query)) };
}

/** A hand-typed or truncated address (`#/entry/%E0`) is not valid percent-encoding: its text is the code asked for. */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The list with its filters in the address, empty ones left out. */
export function listHref(filters = {}) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  return query ? `#/?${query}` : '#/';
}

export const entryHref = (code) => `#/entry/${encodeURIComponent(code)}`;

export const REQUESTS_HREF = '#/requests';

export const ADMIN_HREF = '#/admin';

// The JSON API of `vigil serve` (docs/api.md): fetch helpers, one cache for
// documents, and a "More" pager over next_cursor.

import {h} from './dom.js';

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** The query string of `params`, leaving out empty values. */
export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === '') continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? '?' + s : '';
}

export async function getJSON(path, params) {
  let res;
  try {
    res = await fetch(path + qs(params), {headers: {Accept: 'application/json'}});
  } catch (e) {
    throw new ApiError('the server could not be reached (' + e.message + ')', 0);
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    const msg = body && typeof body.error === 'string' ? body.error : res.statusText;
    throw new ApiError(path + ': ' + msg + ' (HTTP ' + res.status + ')', res.status);
  }
  if (body === null || typeof body !== 'object') throw new ApiError(path + ': the answer is not JSON', res.status);
  return body;
}

const docs = new Map();

/** /api/documents/<id>, fetched once per page load. */
export function getDocument(id) {
  if (!docs.has(id)) {
    const p = getJSON('/api/documents/' + encodeURIComponent(id));
    p.catch(() => docs.delete(id));
    docs.set(id, p);
  }
  return docs.get(id);
}

/**
 * Every page of a list, following next_cursor up to `maxPages`.
 * Returns {items, more} where more is true when pages were left.
 */
export async function getAll(path, params, key, maxPages = 10) {
  const items = [];
  let cursor = null;
  for (let i = 0; i < maxPages; i++) {
    const body = await getJSON(path, {...params, limit: 1000, cursor});
    items.push(...(Array.isArray(body[key]) ? body[key] : []));
    cursor = body.next_cursor;
    if (!cursor) return {items, more: false};
  }
  return {items, more: true};
}

/**
 * Loads a list page by page into the page: `onItems(items)` is called with
 * each page's items and a "More" button appears in `slot` while
 * next_cursor is set. Returns a promise of the first page's body.
 */
export function pager(path, params, key, slot, onItems, limit = 100) {
  const load = async (cursor) => {
    const body = await getJSON(path, {...params, limit, cursor});
    onItems(Array.isArray(body[key]) ? body[key] : [], body);
    slot.replaceChildren();
    if (body.next_cursor) {
      const btn = h('button', {type: 'button', class: 'more', 'data-testid': 'more'}, 'More');
      btn.addEventListener('click', async () => {
        btn.disabled = true;
        btn.textContent = 'Loading…';
        try {
          await load(body.next_cursor);
        } catch (e) {
          btn.disabled = false;
          btn.textContent = 'More (failed: ' + e.message + ')';
        }
      });
      slot.append(btn);
    }
    return body;
  };
  return load(null);
}

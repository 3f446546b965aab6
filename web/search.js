// Search #/search/<words>: matching entities, then documents and claims
// from the full-text index (/api/search), with the hits marked.

import {h, snippet, errorBox, put} from './dom.js';
import {getJSON, pager} from './api.js';
import {docHref, entityHref} from './common.js';

export function renderSearch(main, q) {
  const ents = h('div', {class: 'search-entities'});
  const list = h('ol', {class: 'hits', id: 'hits'});
  const slot = h('div', {class: 'pager'});
  const count = h('p', {class: 'count', 'aria-live': 'polite'});
  put(main, h('h1', {tabindex: '-1'}, 'Search: ', h('q', {}, q)), ents, count, list, slot);
  if (!q.trim()) {
    count.textContent = 'Type words to search for in the box above.';
    return;
  }
  getJSON('/api/entities', {q, limit: 10}).then((r) => {
    const es = Array.isArray(r.entities) ? r.entities : [];
    if (es.length) {
      ents.append(h('h2', {}, 'Entities'), h('ul', {class: 'plain-list'}, es.map((e) =>
        h('li', {'data-testid': 'entity-hit'}, h('a', {href: entityHref(e.name)}, e.name),
          h('span', {class: 'muted'}, ' ' + String(e.type || '').replace(/_/g, ' ') +
            (e.mentions ? ' · ' + e.mentions + ' mentions' : '') +
            (e.aliases ? ' · ' + e.aliases : ''))))));
    }
  }, () => {});
  let n = 0;
  pager('/api/search', {q}, 'hits', slot, (hits) => {
    for (const hit of hits) {
      n++;
      const isClaim = hit.kind === 'claim';
      // `claim` is the claim's id (a number) or its text.
      const claimId = typeof hit.claim === 'number' ? hit.claim : null;
      const claimText = typeof hit.claim === 'string' && hit.claim ? hit.claim : null;
      const href = claimId !== null ? docHref(hit.doc, {claim: claimId})
        : claimText ? docHref(hit.doc, {find: claimText.slice(0, 300)}) : docHref(hit.doc);
      list.append(h('li', {class: 'hit', 'data-testid': 'search-hit', 'data-kind': hit.kind},
        h('span', {class: 'tag'}, isClaim ? 'claim' : 'document'), ' ',
        h('a', {href}, hit.title || (isClaim ? 'A claim in ' : 'Document ') + hit.doc),
        claimText ? h('blockquote', {class: 'evidence-plain'}, claimText) : null,
        hit.snippet ? h('p', {class: 'snippet'}, snippet(hit.snippet)) : null,
        h('p', {class: 'muted small'}, hit.doc)));
    }
    count.textContent = n ? n + (n === 1 ? ' match' : ' matches') + ' in documents and claims.' : 'No documents or claims match.';
  }).catch((e) => list.append(h('li', {}, errorBox(e))));
}

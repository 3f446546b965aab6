// The Vigil dashboard: hash routing between the views, the header's search
// box and stats line. Views: #/board, #/map, #/timeline, #/claims,
// #/entity/<name>, #/doc/<id>, #/search/<words>; filters ride in the
// hash's query (#/board?place=Istanbul&from=2024-05).

import {h, fmtNum, fmtBytes, put} from './dom.js';
import {getJSON} from './api.js';
import {readFilters} from './common.js';
import {renderBoard} from './board.js';
import {renderMap} from './map.js';
import {renderTimeline} from './timeline.js';
import {renderClaims} from './claims.js';
import {renderDoc} from './doc.js';
import {renderEntity} from './entity.js';
import {renderSearch} from './search.js';

const main = document.getElementById('main');
const searchInput = document.getElementById('search');
let lastView = null;

function decode(p) {
  try {
    return decodeURIComponent(p);
  } catch (e) {
    return p;
  }
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = qi >= 0 ? raw.slice(0, qi) : raw;
  const query = new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : '');
  const parts = path.split('/');
  return {view: parts[0] || 'board', arg: decode(parts.slice(1).join('/')), query};
}

const TITLES = {board: 'Threat board', map: 'Map', timeline: 'Timeline', claims: 'Claims', entity: 'Entity', doc: 'Document', search: 'Search'};

function route() {
  const {view, arg, query} = parseHash();
  const key = view + '/' + arg;
  main.replaceChildren();
  main.dataset.view = view;
  for (const a of document.querySelectorAll('.nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = (TITLES[view] ? TITLES[view] + (arg ? ': ' + arg : '') : 'Not found') + ' · Vigil';
  if (view !== 'search') searchInput.value = '';
  const f = readFilters(query);
  switch (view) {
    case 'board': renderBoard(main, query, f); break;
    case 'map': renderMap(main, query, f); break;
    case 'timeline': renderTimeline(main, query, f); break;
    case 'claims': renderClaims(main, query); break;
    case 'entity': renderEntity(main, arg); break;
    case 'doc': renderDoc(main, arg, query); break;
    case 'search':
      searchInput.value = arg;
      renderSearch(main, arg);
      break;
    default:
      put(main, h('h1', {tabindex: '-1'}, 'Not found'), h('p', {}, 'No such view. ', h('a', {href: '#/board'}, 'Go to the threat board.')));
  }
  if (key !== lastView) {
    if (lastView !== null) {
      window.scrollTo(0, 0);
      const h1 = main.querySelector('h1');
      if (h1 && !query.get('start') && !query.get('claim') && !query.get('find')) h1.focus({preventScroll: true});
    }
    lastView = key;
  }
}

function stats() {
  const el = document.getElementById('stats');
  getJSON('/api/stats').then((st) => {
    const parts = [['documents', st.documents], ['entities', st.entities], ['incidents', st.incidents],
      ['threats', st.threats], ['claims', st.claims], ['conflicts', st.conflicts]]
      .filter(([, v]) => typeof v === 'number')
      .map(([k, v]) => fmtNum(v) + ' ' + k);
    if (typeof st.database_bytes === 'number') parts.push(fmtBytes(st.database_bytes));
    el.textContent = parts.join(' · ');
  }, (e) => {
    el.textContent = 'Statistics unavailable: ' + e.message;
  });
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = searchInput.value.trim();
  if (q) location.hash = '#/search/' + encodeURIComponent(q);
});
window.addEventListener('hashchange', route);
stats();
route();

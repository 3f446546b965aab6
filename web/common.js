// Shared vocabulary: likelihood bands (ICD 203), links, dates, filters.

import {h} from './dom.js';
import {qs} from './api.js';

/** ICD 203 expressions of likelihood, lowest first, with their ranges. */
export const BANDS = [
  ['almost_no_chance', 'almost no chance', '1–5%'],
  ['very_unlikely', 'very unlikely', '5–20%'],
  ['unlikely', 'unlikely', '20–45%'],
  ['roughly_even_chance', 'roughly even chance', '45–55%'],
  ['likely', 'likely', '55–80%'],
  ['very_likely', 'very likely', '80–95%'],
  ['almost_certain', 'almost certain', '95–99%'],
];

/** 1..7 for a band, 0 for none or unknown. */
export function bandRank(l) {
  const i = BANDS.findIndex((b) => b[0] === l);
  return i + 1;
}

export function bandLabel(l) {
  const b = BANDS.find((x) => x[0] === l);
  return b ? b[1] : 'not stated';
}

export function bandBadge(l) {
  const b = BANDS.find((x) => x[0] === l);
  return h('span', {class: 'band band-' + (b ? b[0] : 'none'), title: b ? b[1] + ' (' + b[2] + ', ICD 203)' : 'likelihood not stated'},
    b ? b[1] : 'not stated');
}

export function docHref(doc, params) {
  return '#/doc/' + encodeURIComponent(doc) + qs(params);
}

export function entityHref(name) {
  return '#/entity/' + encodeURIComponent(name);
}

export function entityLink(name) {
  return name ? h('a', {href: entityHref(name), class: 'ent'}, name) : null;
}

/** "Nairobi, Mombasa" as links to each place. */
export function placeLinks(places) {
  if (!places) return [];
  const out = [];
  String(places).split(', ').forEach((p, i) => {
    if (i) out.push(', ');
    out.push(entityLink(p));
  });
  return out;
}

// ---- Dates ------------------------------------------------------------

/** ms since epoch (UTC) of the start, or with end=true the last day, of YYYY[-MM[-DD]]. */
export function parseDay(d, end = false) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(d || ''));
  if (!m) return null;
  const y = +m[1];
  const mo = m[2] ? +m[2] - 1 : (end ? 11 : 0);
  if (m[3]) return Date.UTC(y, mo, +m[3]);
  if (!end) return Date.UTC(y, mo, 1);
  return Date.UTC(y, mo + 1, 1) - 86400000;
}

export function fmtDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// ---- Filters (kept in the hash: #/board?place=X&actor=Y&min=likely&from=..&to=..)

export const FILTER_KEYS = ['place', 'actor', 'min', 'from', 'to'];

export function readFilters(query) {
  const f = {};
  for (const k of FILTER_KEYS) f[k] = (query.get(k) || '').trim();
  if (f.min && !bandRank(f.min)) f.min = '';
  return f;
}

export function viewHref(view, f) {
  const p = {};
  for (const k of FILTER_KEYS) if (f[k]) p[k] = f[k];
  return '#/' + view + qs(p);
}

/** The API filters of `f` (likelihood is filtered in the page). */
export function apiFilters(f) {
  return {place: f.place, actor: f.actor, from: f.from, to: f.to};
}

const DATE_RE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** The filter bar shown above the board, the map and the timeline. */
export function filterForm(view, f) {
  const field = (name, label, attrs) => h('div', {class: 'field'},
    h('label', {for: 'f-' + name}, label),
    h('input', {id: 'f-' + name, name, value: f[name], ...attrs}));
  const sel = h('select', {id: 'f-min', name: 'min'},
    h('option', {value: ''}, 'any'),
    BANDS.map((b) => h('option', {value: b[0], selected: f.min === b[0]}, b[1] + ' or more')));
  const form = h('form', {class: 'filters', id: 'filters', 'aria-label': 'Filters'},
    field('place', 'Place', {type: 'text', placeholder: 'e.g. Istanbul', autocomplete: 'off'}),
    field('actor', 'Actor', {type: 'text', placeholder: 'e.g. ISIS', autocomplete: 'off'}),
    h('div', {class: 'field'}, h('label', {for: 'f-min'}, 'Likelihood'), sel),
    field('from', 'From', {type: 'text', placeholder: 'YYYY-MM-DD', pattern: DATE_RE, inputmode: 'numeric', size: 10}),
    field('to', 'To', {type: 'text', placeholder: 'YYYY-MM-DD', pattern: DATE_RE, inputmode: 'numeric', size: 10}),
    h('div', {class: 'field actions'},
      h('button', {type: 'submit', id: 'f-apply'}, 'Apply'),
      h('button', {type: 'button', id: 'f-clear', class: 'secondary'}, 'Clear')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const nf = {};
    for (const k of FILTER_KEYS) nf[k] = form.elements[k].value.trim();
    location.hash = viewHref(view, nf);
  });
  sel.addEventListener('change', () => form.requestSubmit());
  form.querySelector('#f-clear').addEventListener('click', () => {
    location.hash = viewHref(view, {});
  });
  return form;
}

/** A one-line summary of the active filters, or null. */
export function filterSummary(f) {
  const parts = [];
  if (f.place) parts.push('place ' + f.place);
  if (f.actor) parts.push('actor ' + f.actor);
  if (f.min) parts.push(bandLabel(f.min) + ' or more');
  if (f.from || f.to) parts.push((f.from || '…') + ' to ' + (f.to || '…'));
  return parts.length ? 'Filtered by ' + parts.join(', ') + '.' : null;
}

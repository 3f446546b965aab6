// Entity pages #/entity/<name>: profile (aliases, type, location on a small
// map, counts), threats, incidents (timeline), claims and documents.

import {h, errorBox, loading, fmtNum, put, replace} from './dom.js';
import {getJSON, getDocument, pager} from './api.js';
import {bandBadge, docHref, entityHref, entityLink, placeLinks} from './common.js';
import {claimCard} from './claims.js';
import {smallMap} from './map.js';

const PLACE_TYPES = new Set(['place', 'facility', 'country', 'city', 'region', 'location']);

/**
 * The entity's documents: document_ids when it is a list, else the documents
 * of its mention spans (exact even for ids with spaces), else the
 * space-separated string.
 */
function documentIds(e) {
  if (Array.isArray(e.document_ids)) return e.document_ids.map(String);
  const seen = new Set();
  for (const m of Array.isArray(e.mention_spans) ? e.mention_spans : []) if (m && m.doc) seen.add(String(m.doc));
  if (seen.size) return [...seen];
  return String(e.document_ids || '').split(/\s+/).filter(Boolean);
}

function section(title, id, ...content) {
  return h('section', {class: 'ent-section', id}, h('h2', {}, title), ...content);
}

function kv(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return h('div', {class: 'kv'}, h('dt', {}, label), h('dd', {}, value));
}

export function renderEntity(main, name) {
  const box = h('div', {class: 'entity-view'}, loading('entity'));
  put(main, box);
  getJSON('/api/entities', {q: name, limit: 20}).then((r) => {
    const list = Array.isArray(r.entities) ? r.entities : [];
    if (!list.length) {
      box.replaceChildren(h('h1', {tabindex: '-1', 'data-testid': 'entity-name'}, name),
        h('p', {}, 'No entity of this name is in the knowledge base. ',
          h('a', {href: '#/search/' + encodeURIComponent(name)}, 'Search the documents for it'), '.'));
      return;
    }
    show(box, list[0], list.slice(1));
  }, (e) => box.replaceChildren(h('h1', {tabindex: '-1', 'data-testid': 'entity-name'}, name), errorBox(e)));
}

function show(box, e, others) {
  const isPlace = PLACE_TYPES.has(e.type);
  const hasLoc = typeof e.lat === 'number' && typeof e.lon === 'number' && isFinite(e.lat) && isFinite(e.lon);
  const aliases = String(e.aliases || '').split(' | ').filter(Boolean);
  const docIds = documentIds(e);
  const filter = isPlace ? {place: e.name} : {actor: e.name};

  const profile = h('dl', {class: 'meta profile'},
    kv('type', String(e.type || '').replace(/_/g, ' ')),
    kv('aliases', aliases.length ? aliases.join(' · ') : null),
    kv('country', e.country),
    kv('kind of place', e.geo_kind),
    kv('coordinates', hasLoc ? e.lat.toFixed(3) + ', ' + e.lon.toFixed(3) : null),
    kv('GeoNames', e.geonameid),
    kv('seen', e.first_seen ? e.first_seen + (e.last_seen && e.last_seen !== e.first_seen ? ' – ' + e.last_seen : '') : null));
  const counts = h('ul', {class: 'counts', 'data-testid': 'entity-counts'},
    [['mentions', e.mentions], ['documents', e.documents], ['incidents', e.incidents], ['threats', e.threats], ['claims', e.claims]]
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => h('li', {}, h('strong', {}, fmtNum(v)), ' ' + k)));

  const threats = h('ul', {class: 'plain-list'});
  const threatSlot = h('div', {class: 'pager'});
  const events = h('ul', {class: 'plain-list'});
  const eventSlot = h('div', {class: 'pager'});
  const claims = h('div', {class: 'claims'});
  const claimSlot = h('div', {class: 'pager'});
  const docs = h('ul', {class: 'plain-list'});

  replace(box,
    h('h1', {tabindex: '-1', 'data-testid': 'entity-name'}, e.name),
    h('div', {class: 'ent-top'},
      h('div', {}, profile, counts,
        others.length ? h('p', {class: 'muted'}, 'Other entities matching this name: ',
          others.map((o, i) => [i ? ', ' : '', h('a', {href: entityHref(o.name)}, o.name), ' (' + o.type + ')'])) : null),
      hasLoc ? smallMap(e.lat, e.lon, e.name) : null),
    h('p', {class: 'links'},
      h('a', {href: '#/board?' + new URLSearchParams(filter)}, 'Threat board for ' + e.name), ' · ',
      h('a', {href: '#/map?' + new URLSearchParams(filter)}, 'map'), ' · ',
      h('a', {href: '#/timeline?' + new URLSearchParams(filter)}, 'timeline')),
    section('Threats', 'ent-threats', threats, threatSlot),
    section('Incidents', 'ent-incidents', events, eventSlot),
    section('Claims about ' + e.name, 'ent-claims', claims, claimSlot),
    section('Documents', 'ent-docs', docs));

  pager('/api/threats', filter, 'threats', threatSlot, (items) => {
    for (const t of items) {
      threats.append(h('li', {'data-testid': 'entity-threat'},
        bandBadge(t.likelihood), ' ', t.actor ? entityLink(t.actor) : 'unknown actor',
        t.places ? [' at ', placeLinks(t.places)] : null,
        t.from || t.window ? ' · ' + [t.from && (t.from + ' – ' + (t.to || '…')), t.window && '“' + t.window + '”'].filter(Boolean).join(' ') : null,
        ' · ', h('a', {href: docHref(t.doc, {start: t.evidence_start, end: t.evidence_end})}, 'evidence')));
    }
    if (!threats.children.length) threats.append(h('li', {class: 'muted'}, 'None.'));
  }).catch((err) => threats.append(h('li', {}, errorBox(err))));

  pager('/api/timeline', filter, 'events', eventSlot, (items) => {
    for (const ev of items) {
      if (ev.kind !== 'incident') continue;
      events.append(h('li', {'data-testid': 'entity-incident'},
        h('strong', {}, ev.date || 'undated'), ' ', String(ev.what || 'incident').replace(/_/g, ' '),
        ev.place ? [' at ', entityLink(ev.place)] : null,
        ev.actor ? [' by ', entityLink(ev.actor)] : null,
        ev.killed_max !== null && ev.killed_max !== undefined
          ? ' · killed ' + (ev.killed_min === ev.killed_max ? ev.killed_max : ev.killed_min + '–' + ev.killed_max) : null,
        ev.reports ? ' · ' + ev.reports + (ev.reports === 1 ? ' report' : ' reports') : null,
        ev.conflict ? [' ', h('span', {class: 'tag conflict'}, 'conflict: ' + ev.conflict)] : null));
    }
    if (!events.children.length) events.append(h('li', {class: 'muted'}, 'None in this page of the timeline.'));
  }).catch((err) => events.append(h('li', {}, errorBox(err))));

  let nclaims = 0;
  pager('/api/claims', {about: e.name}, 'claims', claimSlot, (items) => {
    nclaims += items.length;
    for (const c of items) claims.append(claimCard(c));
    if (!nclaims) claims.replaceChildren(h('p', {class: 'muted'}, 'None.'));
  }, 20).catch((err) => claims.append(errorBox(err)));

  for (const id of docIds) {
    const a = h('a', {href: docHref(id, {entity: e.name})}, id);
    const li = h('li', {'data-testid': 'entity-doc'}, a);
    docs.append(li);
  }
  if (!docIds.length) docs.append(h('li', {class: 'muted'}, 'None.'));
  // Titles, for the first few documents.
  docIds.slice(0, 25).forEach((id, i) => {
    getDocument(id).then((d) => {
      const m = d.doc || {};
      const a = docs.children[i].firstChild;
      if (m.title) a.textContent = m.title;
      docs.children[i].append(h('span', {class: 'muted'}, ' ' + [m.published, m.publisher].filter(Boolean).join(' · ')));
    }, () => {});
  });
}

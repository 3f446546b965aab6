// The threat board #/board: one row per threat, sortable, filtered by place,
// actor (API) and minimum likelihood (in the page); a row opens its evidence
// and the claims it rests on.

import {h, highlight, markFor, spansToMarks, errorBox, loading, put} from './dom.js';
import {getJSON, getDocument, pager} from './api.js';
import {bandBadge, bandRank, docHref, entityLink, placeLinks, filterForm, filterSummary, apiFilters} from './common.js';
import {claimCard} from './claims.js';
import {timelineStrip} from './timeline.js';

const COLUMNS = [
  ['actor', 'Actor', (t) => (t.actor || '').toLowerCase()],
  ['targets', 'Targets', (t) => (t.target_types || []).join(',')],
  ['places', 'Places', (t) => (t.places || '').toLowerCase()],
  ['window', 'Window', (t) => t.from || t.to || ''],
  ['likelihood', 'Likelihood', (t) => bandRank(t.likelihood)],
  ['sources', 'Sources', (t) => t.independent_sources || 0],
  ['conflict', 'Conflict', (t) => (t.conflict ? 1 : 0)],
  ['published', 'Published', (t) => t.published || ''],
];

const sortState = {key: null, dir: 1};

function words(s) {
  return String(s).replace(/_/g, ' ');
}

function windowCell(t) {
  const range = t.from || t.to ? (t.from || '…') + ' – ' + (t.to || '…') : '';
  return [range ? h('span', {class: 'range'}, range) : null,
    t.window ? h('span', {class: 'as-written'}, '“' + t.window + '”') : null,
    !range && !t.window ? h('span', {class: 'muted'}, 'not stated') : null];
}

function row(t) {
  const tr = h('tr', {'data-testid': 'threat-row', 'data-id': t.id, 'data-doc': t.doc, tabindex: '0', 'aria-expanded': 'false',
    class: 'threat-row', 'data-likelihood': t.likelihood || 'none'},
  h('th', {scope: 'row', 'data-label': 'Actor'}, t.actor ? entityLink(t.actor) : h('span', {class: 'muted'}, 'unknown')),
  h('td', {'data-label': 'Targets'}, (t.target_types || []).map(words).join(', ')),
  h('td', {'data-label': 'Places'}, placeLinks(t.places)),
  h('td', {'data-label': 'Window'}, windowCell(t)),
  h('td', {'data-label': 'Likelihood'}, bandBadge(t.likelihood)),
  h('td', {'data-label': 'Sources', class: 'num'}, t.independent_sources ?? ''),
  h('td', {'data-label': 'Conflict'}, t.conflict ? h('span', {class: 'tag conflict', 'data-testid': 'conflict'}, t.conflict) : '—'),
  h('td', {'data-label': 'Published'}, t.published || ''));
  return tr;
}

/** The evidence of threat `t` and the claims inside it, into `box`. */
async function fillDetail(box, t) {
  const evidence = h('blockquote', {class: 'evidence', 'data-testid': 'evidence'}, t.claim || '');
  const claims = h('div', {class: 'claims'}, loading('claims'));
  box.append(
    h('p', {class: 'detail-head'},
      t.holder ? ['According to ', h('strong', {}, t.holder), ': '] : 'Evidence: ',
      h('a', {href: docHref(t.doc, {start: t.evidence_start, end: t.evidence_end}), 'data-testid': 'doc-link'}, 'open the document at this passage')),
    evidence,
    h('h3', {}, 'Claims in this passage'),
    claims);
  try {
    const d = await getDocument(t.doc);
    const text = typeof d.text === 'string' ? d.text : '';
    const {marks, at} = spansToMarks(text, d.spans, (sp) => ['holder', 'cue', 'number', 'mention'].includes(sp.kind));
    const from = at(t.evidence_start);
    const to = at(t.evidence_end);
    if (to > from) {
      evidence.replaceChildren(highlight(text, marks, from, to, markFor));
      evidence.classList.add('marked');
    }
  } catch (e) {
    evidence.after(errorBox(e));
  }
  try {
    const body = await getJSON('/api/claims', {doc: t.doc, limit: 1000});
    const inside = (body.claims || []).filter((c) => c.doc === t.doc &&
      c.start < t.evidence_end && c.end > t.evidence_start);
    claims.replaceChildren(...(inside.length ? inside.map(claimCard)
      : [h('p', {class: 'muted'}, 'No stored claim overlaps this passage.')]));
  } catch (e) {
    claims.replaceChildren(errorBox(e));
  }
}

function toggle(tr, t, ncols) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains('detail')) {
    next.remove();
    tr.setAttribute('aria-expanded', 'false');
    tr.classList.remove('open');
    return;
  }
  const box = h('div', {class: 'threat-detail', 'data-testid': 'threat-detail'});
  tr.after(h('tr', {class: 'detail'}, h('td', {colspan: ncols}, box)));
  tr.setAttribute('aria-expanded', 'true');
  tr.classList.add('open');
  fillDetail(box, t);
}

export function renderBoard(main, query, f) {
  const summary = filterSummary(f);
  const table = h('table', {class: 'board', id: 'board'});
  const caption = h('caption', {class: 'count'});
  const thead = h('thead');
  const tbody = h('tbody');
  const slot = h('div', {class: 'pager'});
  const status = h('div', {'aria-live': 'polite'});
  table.append(caption, thead, tbody);
  let rows = [];

  const draw = () => {
    const min = bandRank(f.min);
    let shown = min ? rows.filter((t) => bandRank(t.likelihood) >= min) : rows.slice();
    if (sortState.key) {
      const col = COLUMNS.find((c) => c[0] === sortState.key);
      shown.sort((a, b) => {
        const x = col[2](a);
        const y = col[2](b);
        return (x < y ? -1 : x > y ? 1 : 0) * sortState.dir || a.id - b.id;
      });
    }
    thead.replaceChildren(h('tr', {}, COLUMNS.map(([key, label]) => {
      const active = sortState.key === key;
      const btn = h('button', {type: 'button', class: 'sort', 'data-sort': key}, label,
        h('span', {class: 'arrow', 'aria-hidden': 'true'}, active ? (sortState.dir > 0 ? ' ▲' : ' ▼') : ''));
      btn.addEventListener('click', () => {
        sortState.dir = active ? -sortState.dir : (key === 'likelihood' || key === 'sources' || key === 'published' ? -1 : 1);
        sortState.key = key;
        draw();
        thead.querySelector('[data-sort="' + key + '"]').focus();
      });
      return h('th', {scope: 'col', 'aria-sort': active ? (sortState.dir > 0 ? 'ascending' : 'descending') : 'none'}, btn);
    })));
    tbody.replaceChildren(...shown.map((t) => {
      const tr = row(t);
      const open = (e) => {
        if (e.target.closest('a')) return;
        toggle(tr, t, COLUMNS.length);
      };
      tr.addEventListener('click', open);
      tr.addEventListener('keydown', (e) => {
        if (e.target === tr && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          open(e);
        }
      });
      return tr;
    }));
    const hidden = rows.length - shown.length;
    caption.textContent = shown.length
      ? shown.length + (shown.length === 1 ? ' threat' : ' threats') + (hidden ? ' (' + hidden + ' below the likelihood filter)' : '') + '. Click a row for its evidence.'
      : 'No threats match these filters.';
  };

  put(main, h('h1', {tabindex: '-1'}, 'Threat board'), filterForm('board', f),
    summary ? h('p', {class: 'summary'}, summary) : null,
    timelineStrip('board', f), status,
    h('div', {class: 'table-wrap'}, table), slot);
  status.append(loading('threats'));
  pager('/api/threats', apiFilters(f), 'threats', slot, (items) => {
    rows = rows.concat(items);
    draw();
  }).then(() => status.replaceChildren(), (e) => status.replaceChildren(errorBox(e)));
}

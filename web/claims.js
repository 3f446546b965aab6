// Claims: a card per claim (holder, chain, certainty, grade, corroboration,
// conflict, and the sentence with its cue, holder and numbers marked), and
// the claims view #/claims?about=&holder=&conflicts=1.

import {h, highlight, markFor, spansToMarks, chainText, errorBox, put} from './dom.js';
import {getDocument, pager, qs} from './api.js';
import {docHref, entityLink} from './common.js';

const EVIDENCE_KINDS = new Set(['holder', 'cue', 'number']);

function meta(label, value, cls) {
  if (value === null || value === undefined || value === '') return null;
  return h('div', {class: 'kv' + (cls ? ' ' + cls : '')}, h('dt', {}, label), h('dd', {}, value));
}

/** The sentence of claim `c` with its spans marked, into `box`. */
export async function fillEvidence(box, c) {
  try {
    const d = await getDocument(c.doc);
    const text = typeof d.text === 'string' ? d.text : '';
    const {marks, at} = spansToMarks(text, d.spans,
      (sp) => EVIDENCE_KINDS.has(sp.kind) && sp.claim === c.id);
    const from = at(c.start);
    const to = at(c.end);
    if (to <= from) return;
    box.replaceChildren(highlight(text, marks, from, to, markFor));
    box.classList.add('marked');
  } catch (e) {
    box.setAttribute('title', 'document not available: ' + e.message);
  }
}

/** One claim as an <article data-testid="claim">. */
export function claimCard(c) {
  const sources = c.independent_sources === null || c.independent_sources === undefined ? null
    : c.independent_sources + (c.independent_sources === 1 ? ' independent source' : ' independent sources') +
      (c.reports ? ' (' + c.reports + (c.reports === 1 ? ' report' : ' reports') + ')' : '');
  const conf = typeof c.confidence === 'number' ? Math.round(c.confidence * 100) + '%' : null;
  const evidence = h('blockquote', {class: 'evidence', 'data-testid': 'evidence'}, c.text || '');
  const card = h('article', {class: 'claim' + (c.conflict ? ' has-conflict' : ''), 'data-testid': 'claim', 'data-id': c.id, 'data-doc': c.doc},
    h('header', {class: 'claim-head'},
      h('span', {class: 'holder'}, c.holder ? entityLink(c.holder) : 'unattributed'),
      c.polarity === 'negative' ? h('span', {class: 'tag neg', title: 'the holder denies it'}, 'denial') : null,
      c.conflict ? h('span', {class: 'tag conflict', 'data-testid': 'conflict', title: 'reports disagree'}, 'conflict') : null),
    c.chain ? h('p', {class: 'chain', 'data-testid': 'chain'}, h('span', {class: 'sr-only'}, 'Chain: '), chainText(c.chain)) : null,
    evidence,
    h('dl', {class: 'meta'},
      meta('certainty', c.certainty),
      meta('cue', c.cue),
      meta('grade', c.grade || 'ungraded'),
      meta('corroboration', sources),
      meta('confidence', conf),
      meta('conflict', c.conflict, 'conflict-text')),
    h('p', {class: 'links'},
      h('a', {href: docHref(c.doc, {start: c.start, end: c.end, claim: c.id}), 'data-testid': 'doc-link'}, 'Open in document'),
      ' · ',
      h('span', {class: 'muted'}, c.doc)));
  fillEvidence(evidence, c);
  return card;
}

export function renderClaims(main, query) {
  const about = (query.get('about') || '').trim();
  const holder = (query.get('holder') || '').trim();
  const conflicts = query.get('conflicts') === '1';
  const form = h('form', {class: 'filters', id: 'claim-filters', 'aria-label': 'Claim filters'},
    h('div', {class: 'field'}, h('label', {for: 'c-about'}, 'About'),
      h('input', {id: 'c-about', name: 'about', value: about, placeholder: 'e.g. Mogadishu', autocomplete: 'off'})),
    h('div', {class: 'field'}, h('label', {for: 'c-holder'}, 'Held or relayed by'),
      h('input', {id: 'c-holder', name: 'holder', value: holder, placeholder: 'e.g. police', autocomplete: 'off'})),
    h('div', {class: 'field check'},
      h('input', {id: 'c-conflicts', name: 'conflicts', type: 'checkbox', checked: conflicts}),
      h('label', {for: 'c-conflicts'}, 'Conflicts only')),
    h('div', {class: 'field actions'}, h('button', {type: 'submit'}, 'Apply')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = '#/claims' + qs({
      about: form.elements.about.value.trim(),
      holder: form.elements.holder.value.trim(),
      conflicts: form.elements.conflicts.checked ? '1' : '',
    });
  });
  form.elements.conflicts.addEventListener('change', () => form.requestSubmit());
  const list = h('div', {class: 'claims', id: 'claims', 'aria-live': 'polite'});
  const count = h('p', {class: 'count'});
  const slot = h('div', {class: 'pager'});
  put(main, h('h1', {tabindex: '-1'}, 'Claims'), form, count, list, slot);
  let n = 0;
  pager('/api/claims', {about, holder, conflicts: conflicts ? 1 : ''}, 'claims', slot, (items) => {
    n += items.length;
    for (const c of items) list.append(claimCard(c));
    count.textContent = n ? n + (n === 1 ? ' claim' : ' claims') + ' shown.' : 'No claims match.';
  }).catch((e) => list.append(errorBox(e)));
}

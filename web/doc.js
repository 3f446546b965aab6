// The document view #/doc/<id>: the analysed text with every span marked by
// kind (mentions link to entity pages) and one requested span marked and
// scrolled into view: ?start=&end= (UTF-8 bytes), ?claim=ID, ?find=TEXT or
// ?entity=NAME.

import {h, highlight, markFor, spansToMarks, safeUrl, errorBox, loading, put, replace} from './dom.js';
import {getDocument, getJSON} from './api.js';
import {entityLink} from './common.js';
import {claimCard} from './claims.js';

const KINDS = [
  ['mention', 'entities'],
  ['holder', 'holders'],
  ['cue', 'cues'],
  ['number', 'numbers'],
  ['claim', 'claims'],
  ['incident', 'incidents'],
  ['threat', 'threats'],
];

function fold(x) {
  return String(x || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** [s, e) (JS indices) of `needle` in `text`, tolerant of whitespace differences, or null. */
function findText(text, needle) {
  const i = text.indexOf(needle);
  if (i >= 0) return [i, i + needle.length];
  const words = needle.trim().split(/\s+/).filter(Boolean).slice(0, 40);
  if (!words.length) return null;
  const esc = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(esc.join('\\s+'), 'i').exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

export function renderDoc(main, id, query) {
  const box = h('div', {class: 'doc-view'}, loading('document'));
  put(main, box);
  getDocument(id).then((d) => show(box, id, d, query), (e) => box.replaceChildren(h('h1', {tabindex: '-1'}, 'Document'), errorBox(e)));
}

function show(box, id, d, query) {
  const meta = d.doc || {};
  const text = typeof d.text === 'string' ? d.text : '';
  const {marks, at} = spansToMarks(text, d.spans);
  const entity = query.get('entity');

  // The requested span.
  let target = null;
  const st = query.get('start');
  const en = query.get('end');
  const claim = query.get('claim');
  const find = query.get('find');
  if (st !== null && en !== null && /^\d+$/.test(st) && /^\d+$/.test(en) && +en > +st) target = [at(+st), at(+en)];
  else if (claim) {
    const c = marks.find((m) => m.kind === 'claim' && String(m.claim) === claim);
    if (c) target = [c.s, c.e];
  } else if (find) target = findText(text, find);
  else if (entity) {
    const m = marks.find((x) => x.kind === 'mention' && fold(x.entity) === fold(entity));
    if (m) target = [m.s, m.e];
  }
  if (target && target[1] > target[0]) marks.push({kind: 'target', s: target[0], e: target[1]});

  const make = (m) => {
    const el = markFor(m);
    if (m.kind === 'mention' && entity && fold(m.entity) === fold(entity)) (el.inner || el).classList.add('focus');
    return el;
  };
  const body = h('div', {class: 'doc-text', 'data-testid': 'doc-text', id: 'doc-text', lang: 'und'},
    highlight(text, marks, 0, text.length, make));

  const toggles = h('fieldset', {class: 'kinds'}, h('legend', {}, 'Highlight'),
    KINDS.map(([k, label]) => {
      const cb = h('input', {type: 'checkbox', id: 'k-' + k, checked: true});
      cb.addEventListener('change', () => body.classList.toggle('hide-' + k, !cb.checked));
      return h('span', {class: 'toggle'}, cb, h('label', {for: 'k-' + k}, h('span', {class: 'swatch sw-' + k, 'aria-hidden': 'true'}), label));
    }));

  const url = safeUrl(meta.url);
  const entities = new Map();
  for (const m of marks) {
    if (m.kind !== 'mention' || !m.entity) continue;
    const e = entities.get(m.entity) || {n: 0, type: m.entity_type};
    e.n++;
    entities.set(m.entity, e);
  }
  const claims = h('div', {class: 'claims'}, loading('claims'));
  replace(box,
    h('h1', {tabindex: '-1', 'data-testid': 'doc-title'}, meta.title || id),
    h('dl', {class: 'meta doc-meta'},
      h('div', {class: 'kv'}, h('dt', {}, 'id'), h('dd', {}, meta.id || id)),
      meta.published ? h('div', {class: 'kv'}, h('dt', {}, 'published'), h('dd', {}, meta.published)) : null,
      meta.publisher ? h('div', {class: 'kv'}, h('dt', {}, 'publisher'), h('dd', {}, meta.publisher)) : null,
      meta.author ? h('div', {class: 'kv'}, h('dt', {}, 'author'), h('dd', {}, meta.author)) : null,
      meta.url ? h('div', {class: 'kv'}, h('dt', {}, 'source'),
        h('dd', {}, url ? h('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}, meta.url) : meta.url)) : null),
    toggles,
    target ? null : (st || claim || find || entity ? h('p', {class: 'muted'}, 'The requested passage was not found in this document.') : null),
    h('div', {class: 'doc-layout'},
      body,
      h('aside', {class: 'doc-side'},
        h('h2', {}, 'Entities'),
        entities.size ? h('ul', {class: 'ent-list'}, [...entities].sort((a, b) => b[1].n - a[1].n).map(([name, e]) =>
          h('li', {}, entityLink(name), h('span', {class: 'muted'}, ' ' + (e.type || '') + ' ×' + e.n)))) : h('p', {class: 'muted'}, 'None found.'),
        h('h2', {}, 'Claims'),
        claims)));
  requestAnimationFrame(() => {
    const t = body.querySelector('#target');
    if (t) t.scrollIntoView({block: 'center'});
  });
  const ids = new Set(marks.filter((m) => m.kind === 'claim').map((m) => m.claim));
  if (!ids.size) {
    claims.replaceChildren(h('p', {class: 'muted'}, 'None found.'));
    return;
  }
  getJSON('/api/claims', {doc: meta.id || id, limit: 1000}).then((r) => {
    const mine = (r.claims || []).filter((c) => c.doc === (meta.id || id) && ids.has(c.id));
    claims.replaceChildren(...(mine.length ? mine.map(claimCard) : [h('p', {class: 'muted'}, ids.size + ' claims are marked in the text.')]));
  }, (e) => claims.replaceChildren(errorBox(e)));
}

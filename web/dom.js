// DOM helpers. Every string that comes from the API goes into the page as a
// text node or an attribute value set with setAttribute: never as markup.

const SVGNS = 'http://www.w3.org/2000/svg';

function attach(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** h('a', {href: '#/x', class: 'y'}, 'text', child, ...): an HTML element. */
export function h(tag, attrs, ...children) {
  return attach(document.createElement(tag), attrs, children);
}

/** s('circle', {cx: 1}): an SVG element. */
export function s(tag, attrs, ...children) {
  return attach(document.createElementNS(SVGNS, tag), attrs, children);
}

/** Appends children (arrays flattened, null and false skipped, strings as text). */
export function put(el, ...children) {
  return attach(el, null, children);
}

/** Replaces the children of `el` like put(). */
export function replace(el, ...children) {
  el.replaceChildren();
  return attach(el, null, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** A safe href for a URL from the data: http(s) only, else null. */
export function safeUrl(u) {
  if (typeof u !== 'string') return null;
  try {
    const p = new URL(u, location.href);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
  } catch (e) {
    return null;
  }
}

export function fmtNum(n) {
  return n === null || n === undefined ? '' : Number(n).toLocaleString('en');
}

export function fmtBytes(n) {
  if (!n && n !== 0) return '';
  if (n < 1024) return n + ' B';
  if (n < 1048576) return (n / 1024).toFixed(0) + ' KB';
  return (n / 1048576).toFixed(1) + ' MB';
}

/** "a <- b <- c" (the API's chain) as "a ← b ← c". */
export function chainText(chain) {
  return chain ? String(chain).split(' <- ').join(' ← ') : '';
}

// ---- UTF-8 byte offsets -------------------------------------------------

/**
 * Maps UTF-8 byte offsets of `text` (as TextEncoder encodes it: a lone
 * surrogate becomes U+FFFD, 3 bytes) to JS string indices (UTF-16 units).
 * An offset inside a character maps to that character's start; offsets past
 * the end map to text.length. One pass, one Int32Array of bytes+1 entries.
 */
export function byteMapper(text) {
  const nbytes = new TextEncoder().encode(text).length;
  const map = new Int32Array(nbytes + 1);
  let b = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let units = 1;
    let len;
    if (c < 0x80) len = 1;
    else if (c < 0x800) len = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
             text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      len = 4;
      units = 2;
    } else len = 3;
    for (let k = 0; k < len && b + k <= nbytes; k++) map[b + k] = i;
    b += len;
    i += units;
  }
  map[nbytes] = text.length;
  return (off) => {
    const o = Math.trunc(Number(off));
    if (!(o > 0)) return 0;
    return o >= nbytes ? text.length : map[o];
  };
}

// ---- Highlighting ---------------------------------------------------------

const KIND_ORDER = {target: 0, claim: 1, threat: 2, incident: 3, holder: 4, mention: 5, cue: 6, number: 7};

/**
 * Renders text[from, to) (JS indices) with marks. `marks` are
 * {s, e, kind, ...} in JS indices (absolute); they may overlap in any way:
 * they are nested (longer outside) and a mark crossing its parent's end is
 * cut there and continued after it. `make(mark)` returns the element for a
 * mark (or null to skip it); the text goes into `mark.inner || element`.
 */
export function highlight(text, marks, from, to, make) {
  const list = [];
  for (const m of marks) {
    const a = Math.max(m.s, from);
    const b = Math.min(m.e, to);
    if (b > a) list.push({...m, s: a, e: b});
  }
  const cmp = (x, y) => x.s - y.s || y.e - x.e || (KIND_ORDER[x.kind] ?? 9) - (KIND_ORDER[y.kind] ?? 9);
  list.sort(cmp);
  const root = {s: from, e: to, children: []};
  const stack = [root];
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    while (stack.length > 1 && m.s >= stack[stack.length - 1].e) stack.pop();
    const parent = stack[stack.length - 1];
    if (m.e > parent.e) {
      // Crosses the parent's end: keep the part inside, queue the rest.
      const rest = {...m, s: parent.e, cont: true};
      m.e = parent.e;
      let j = i + 1;
      while (j < list.length && cmp(list[j], rest) <= 0) j++;
      list.splice(j, 0, rest);
    }
    const node = {...m, children: []};
    parent.children.push(node);
    stack.push(node);
  }
  const frag = document.createDocumentFragment();
  // Iterative render: a work stack of [node, container, cursor].
  const work = [{node: root, into: frag, i: 0, pos: root.s}];
  while (work.length) {
    const w = work[work.length - 1];
    if (w.i < w.node.children.length) {
      const c = w.node.children[w.i++];
      if (c.s > w.pos) w.into.append(text.slice(w.pos, c.s));
      w.pos = c.e;
      const el = make(c);
      if (!el) {
        work.push({node: c, into: w.into, i: 0, pos: c.s});
        continue;
      }
      w.into.append(el.outer || el.el || el);
      work.push({node: c, into: el.inner || el.el || el, i: 0, pos: c.s});
    } else {
      if (w.node.e > w.pos) w.into.append(text.slice(w.pos, w.node.e));
      work.pop();
    }
  }
  return frag;
}

/**
 * The standard mark element for a span kind: <mark class="hl hl-KIND">;
 * mentions link to the entity page. Returns {outer, inner} or an element.
 */
export function markFor(m) {
  switch (m.kind) {
    case 'mention': {
      const mark = h('mark', {class: 'hl hl-mention', 'data-entity': m.entity, title: [m.entity, m.entity_type].filter(Boolean).join(' · ')});
      if (!m.entity) return mark;
      const a = h('a', {class: 'ent-link', href: '#/entity/' + encodeURIComponent(m.entity)}, mark);
      return {outer: a, inner: mark};
    }
    case 'holder': case 'cue': case 'number':
      return h('mark', {class: 'hl hl-' + m.kind, title: m.kind, 'data-claim': m.claim});
    case 'target':
      return h('mark', {class: 'hl-target', id: m.cont ? null : 'target', 'data-testid': 'target'});
    case 'claim':
      return h('span', {class: 'hl-claim', 'data-claim': m.claim, title: 'claim ' + m.claim});
    case 'incident': case 'threat':
      return h('span', {class: 'hl-' + m.kind, 'data-id': m.id});
    default:
      return null;
  }
}

/** API spans (bytes) to marks (JS indices) for `text`. */
export function spansToMarks(text, spans, keep) {
  const at = byteMapper(text);
  const out = [];
  for (const sp of spans || []) {
    if (!sp || typeof sp.start !== 'number' || typeof sp.end !== 'number') continue;
    if (keep && !keep(sp)) continue;
    out.push({...sp, s: at(sp.start), e: at(sp.end)});
  }
  return {marks: out, at};
}

/**
 * The [bracketed] words of a search snippet as <mark class="hl-hit">.
 */
export function snippet(str) {
  const frag = document.createDocumentFragment();
  const re = /\[([^\[\]]*)\]/g;
  let last = 0;
  let m;
  const t = String(str || '');
  while ((m = re.exec(t))) {
    if (m.index > last) frag.append(t.slice(last, m.index));
    frag.append(h('mark', {class: 'hl-hit'}, m[1]));
    last = re.lastIndex;
  }
  if (last < t.length) frag.append(t.slice(last));
  return frag;
}

export function errorBox(err) {
  return h('p', {class: 'error', role: 'alert'}, String(err && err.message ? err.message : err));
}

export function loading(what) {
  return h('p', {class: 'loading', role: 'status'}, 'Loading ' + (what || '') + '…');
}

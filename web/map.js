// The map #/map: country outlines (Natural Earth 1:110m, TopoJSON from the
// npm package world-atlas, served as /static/countries-110m.json) in an
// equirectangular projection, with the incidents and threats of
// /api/export?format=geojson as markers, grid-clustered in screen space.

import {h, s, errorBox, loading, put, replace} from './dom.js';
import {getJSON} from './api.js';
import {bandBadge, bandRank, docHref, entityLink, filterForm, filterSummary, apiFilters} from './common.js';
import {timelineStrip} from './timeline.js';

// Map units: x 0..W for longitude -180..180, y 0..H for latitude LAT1..LAT0.
const W = 1000;
const LAT1 = 84;
const LAT0 = -58;
const H = W * (LAT1 - LAT0) / 360;
const KMAX = 64;

export function project(lon, lat) {
  return [(lon + 180) / 360 * W, (LAT1 - lat) / (LAT1 - LAT0) * H];
}

// ---- TopoJSON (https://github.com/topojson/topojson-specification) -------

/** Arcs as arrays of [lon, lat]: delta-decoded and transformed when quantized. */
function decodeArcs(topo) {
  const tr = topo.transform;
  return (topo.arcs || []).map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (tr) {
        x += p[0];
        y += p[1];
        return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]];
      }
      return [p[0], p[1]];
    });
  });
}

/** A ring's points from its arc indices (~i is arc i reversed). */
function ring(indices, arcs) {
  const pts = [];
  for (const i of indices) {
    const a = arcs[i < 0 ? ~i : i];
    if (!a) continue;
    const seq = i < 0 ? a.slice().reverse() : a;
    // Consecutive arcs share their joining point.
    for (let k = pts.length ? 1 : 0; k < seq.length; k++) pts.push(seq[k]);
  }
  return pts;
}

function rings(geom, arcs) {
  if (geom.type === 'Polygon') return geom.arcs.map((r) => ring(r, arcs));
  if (geom.type === 'MultiPolygon') return geom.arcs.flatMap((poly) => poly.map((r) => ring(r, arcs)));
  return [];
}

/** SVG path data of rings in map units; a jump across the antimeridian starts a new subpath. */
/* A ring crossing the antimeridian (Russia, Fiji) is unwrapped into
 * continuous longitudes past +-180 and drawn twice, shifted by 360
 * degrees, so each copy is one closed shape and the map's edge cuts it
 * (the svg clips what lies outside); no chord crosses the ocean. */
function ringPath(r, shift) {
  let d = '';
  let prev = null;
  let off = 0;
  for (const [lon0, lat] of r) {
    if (prev !== null && lon0 + off - prev > 180) off -= 360;
    else if (prev !== null && lon0 + off - prev < -180) off += 360;
    const lon = lon0 + off;
    const [x, y] = project(lon + shift, lat);
    d += (prev === null ? 'M' : 'L') + x.toFixed(1) + ' ' + y.toFixed(1);
    prev = lon;
  }
  return {d: d + 'Z', wrapped: off !== 0};
}

function pathData(rs) {
  let d = '';
  for (const r of rs) {
    const p = ringPath(r, 0);
    d += p.d;
    if (!p.wrapped) continue;
    /* the copy on the other side of the map */
    const lons = r.map(([lon]) => lon);
    const shift = lons[0] > 0 ? -360 : 360;
    d += ringPath(r, shift).d;
  }
  return d;
}

let world = null;

/** The countries as [{name, d}], or null when the outlines file is missing. */
export function loadWorld() {
  if (!world) {
    world = (async () => {
      const res = await fetch('/static/countries-110m.json');
      if (!res.ok) return null;
      const topo = await res.json();
      const obj = topo && topo.objects && (topo.objects.countries || topo.objects.land);
      if (!obj) return null;
      const arcs = decodeArcs(topo);
      const geoms = obj.type === 'GeometryCollection' ? obj.geometries : [obj];
      return geoms.map((g) => ({name: (g.properties && g.properties.name) || '', d: pathData(rings(g, arcs))}));
    })().catch(() => null);
  }
  return world;
}

function graticule() {
  const g = s('g', {class: 'graticule'});
  for (let lon = -180; lon <= 180; lon += 30) {
    const [x] = project(lon, 0);
    g.append(s('line', {x1: x, x2: x, y1: 0, y2: H}));
  }
  for (let lat = -60; lat <= 80; lat += 20) {
    const [, y] = project(0, lat);
    g.append(s('line', {x1: 0, x2: W, y1: y, y2: y, class: lat === 0 ? 'equator' : null}));
  }
  return g;
}

// ---- Map view --------------------------------------------------------------

/**
 * An SVG world map with zoom (wheel, buttons), pan (drag) and markers that
 * keep their size on screen. `items` are {x, y, kind, ...} in map units.
 */
export class MapView {
  constructor(opts = {}) {
    this.opts = opts;
    this.k = 1;
    this.cx = W / 2;
    this.cy = H / 2;
    this.items = [];
    this.svg = s('svg', {class: 'map', viewBox: `0 0 ${W} ${H}`, 'data-testid': 'map', role: 'group',
      'aria-label': opts.label || 'Map of incidents and threats'});
    this.worldG = s('g', {class: 'world'});
    this.worldG.append(s('rect', {x: 0, y: 0, width: W, height: H, class: 'sea'}), graticule());
    this.countries = s('g', {class: 'countries'});
    this.worldG.append(this.countries);
    this.markG = s('g', {class: 'markers'});
    this.svg.append(this.worldG, this.markG);
    this.popup = h('div', {class: 'popup', hidden: true, 'data-testid': 'popup', role: 'dialog', 'aria-label': 'Map item'});
    this.note = h('p', {class: 'map-note muted'});
    const zoomBtns = opts.interactive === false ? null : h('div', {class: 'zoom'},
      this.button('+', 'Zoom in', () => this.zoomBy(2)),
      this.button('−', 'Zoom out', () => this.zoomBy(0.5)),
      this.button('⟲', 'Reset view', () => this.setView(1, W / 2, H / 2)));
    this.el = h('div', {class: 'map-wrap' + (opts.small ? ' small' : '')}, this.svg, zoomBtns, this.popup);
    if (opts.interactive !== false) this.bindPanZoom();
    loadWorld().then((countries) => {
      if (!countries) {
        this.note.textContent = 'Country outlines are not available; showing a plain latitude/longitude grid.';
        return;
      }
      for (const c of countries) this.countries.append(s('path', {d: c.d, class: 'country'}, s('title', {}, c.name)));
    });
    this.ro = new ResizeObserver(() => {
      if (!this.el.isConnected) {
        if (this.wasConnected) this.ro.disconnect();
        return;
      }
      this.wasConnected = true;
      const w = this.svg.clientWidth;
      if (w && w !== this.lastW) {
        this.lastW = w;
        this.drawMarkers();
      }
    });
    this.ro.observe(this.svg);
  }

  button(label, title, fn) {
    const b = h('button', {type: 'button', title, 'aria-label': title}, label);
    b.addEventListener('click', fn);
    return b;
  }

  /** Map units per screen pixel at zoom 1. */
  unit() {
    const w = this.svg.clientWidth || W;
    return W / w;
  }

  setView(k, cx, cy) {
    this.k = Math.min(KMAX, Math.max(1, k));
    const hw = W / 2 / this.k;
    const hh = H / 2 / this.k;
    this.cx = Math.min(W - hw, Math.max(hw, cx));
    this.cy = Math.min(H - hh, Math.max(hh, cy));
    this.worldG.setAttribute('transform', `translate(${W / 2 - this.cx * this.k} ${H / 2 - this.cy * this.k}) scale(${this.k})`);
    this.drawMarkers();
  }

  zoomBy(f, px, py) {
    const k = Math.min(KMAX, Math.max(1, this.k * f));
    if (px === undefined) return this.setView(k, this.cx, this.cy);
    // Keep the map point under (px, py) (view units) where it is.
    const mx = this.cx + (px - W / 2) / this.k;
    const my = this.cy + (py - H / 2) / this.k;
    this.setView(k, mx - (px - W / 2) / k, my - (py - H / 2) / k);
  }

  toScreen(x, y) {
    return [(x - this.cx) * this.k + W / 2, (y - this.cy) * this.k + H / 2];
  }

  viewPoint(e) {
    const r = this.svg.getBoundingClientRect();
    return [(e.clientX - r.left) / r.width * W, (e.clientY - r.top) / r.height * H];
  }

  bindPanZoom() {
    let drag = null;
    this.svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const [px, py] = this.viewPoint(e);
      this.zoomBy(e.deltaY < 0 ? 1.5 : 1 / 1.5, px, py);
    }, {passive: false});
    this.svg.addEventListener('pointerdown', (e) => {
      if (e.target.closest('.mk, .cluster')) return;
      drag = {x: e.clientX, y: e.clientY, cx: this.cx, cy: this.cy, moved: false};
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const r = this.svg.getBoundingClientRect();
      const dx = (e.clientX - drag.x) / r.width * W / this.k;
      const dy = (e.clientY - drag.y) / r.height * H / this.k;
      if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) drag.moved = true;
      if (drag.moved) this.setView(this.k, drag.cx - dx, drag.cy - dy);
    });
    const end = () => {
      drag = null;
    };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
  }

  setItems(items) {
    this.items = items;
    this.drawMarkers();
  }

  /** Markers for the items in view; items closer than a cell on screen become a cluster. */
  drawMarkers() {
    const u = this.unit();
    const cell = 26 * u;
    const r = 6 * u;
    const cells = new Map();
    for (const it of this.items) {
      const [X, Y] = this.toScreen(it.x, it.y);
      if (X < -r || Y < -r || X > W + r || Y > H + r) continue;
      const key = Math.floor(X / cell) + ',' + Math.floor(Y / cell);
      let c = cells.get(key);
      if (!c) cells.set(key, c = {X: 0, Y: 0, items: []});
      c.X += X;
      c.Y += Y;
      c.items.push(it);
    }
    // Neighbouring cells whose centres are close merge, so clusters do not overlap.
    const groups = [];
    for (const c of [...cells.values()].sort((a, b) => b.items.length - a.items.length)) {
      const n = c.items.length;
      const g = groups.find((o) => Math.hypot(o.X / o.items.length - c.X / n, o.Y / o.items.length - c.Y / n) < cell * 0.8);
      if (g) {
        g.X += c.X;
        g.Y += c.Y;
        g.items.push(...c.items);
      } else groups.push(c);
    }
    const nodes = [];
    for (const c of groups) {
      const n = c.items.length;
      const X = c.X / n;
      const Y = c.Y / n;
      if (n === 1) nodes.push(this.marker(c.items[0], X, Y, r));
      else nodes.push(this.cluster(c.items, X, Y, r));
    }
    this.markG.replaceChildren(...nodes);
  }

  marker(it, X, Y, r) {
    const label = (this.opts.describe ? this.opts.describe(it) : it.kind);
    let shape;
    if (it.kind === 'threat') {
      const q = r * 1.25;
      shape = s('path', {d: `M${X} ${Y - q}L${X + q} ${Y}L${X} ${Y + q}L${X - q} ${Y}Z`, class: 'mk-shape'});
    } else {
      shape = s('circle', {cx: X, cy: Y, r, class: 'mk-shape'});
    }
    const g = s('g', {class: 'mk mk-' + it.kind + (it.kind === 'threat' ? ' band-' + (it.likelihood || 'none') : '') + (it === this.selected ? ' selected' : ''),
      'data-testid': 'marker', 'data-kind': it.kind, tabindex: this.opts.onSelect ? '0' : null,
      role: this.opts.onSelect ? 'button' : null, 'aria-label': label}, shape, s('title', {}, label));
    if (this.opts.onSelect) this.activate(g, () => this.opts.onSelect([it], this));
    return g;
  }

  cluster(items, X, Y, r) {
    const n = items.length;
    const inc = items.filter((i) => i.kind === 'incident').length;
    const rad = r * (1.4 + Math.min(1.6, Math.log10(n)));
    const label = n + ' items: ' + inc + ' incidents, ' + (n - inc) + ' threats';
    const g = s('g', {class: 'cluster' + (inc === n ? ' all-incidents' : inc === 0 ? ' all-threats' : ''), 'data-testid': 'cluster',
      'data-count': n, 'data-incidents': inc, 'data-threats': n - inc, tabindex: '0', role: 'button', 'aria-label': label},
    s('circle', {cx: X, cy: Y, r: rad}),
    s('text', {x: X, y: Y, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': rad * 1.05}, String(n)),
    s('title', {}, label + ' (click to zoom in or list them)'));
    this.activate(g, () => {
      let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
      for (const i of items) {
        x0 = Math.min(x0, i.x); x1 = Math.max(x1, i.x);
        y0 = Math.min(y0, i.y); y1 = Math.max(y1, i.y);
      }
      const spread = Math.max(x1 - x0, (y1 - y0) * W / H);
      if (this.k < KMAX && spread * this.k > 1e-3 * W) {
        const k = Math.min(KMAX, Math.max(this.k * 2, 0.5 * W / Math.max(spread, 1e-6)));
        this.setView(k, (x0 + x1) / 2, (y0 + y1) / 2);
      } else if (this.opts.onSelect) this.opts.onSelect(items, this);
    });
    return g;
  }

  activate(el, fn) {
    el.addEventListener('click', (e) => {
      e.stopPropagation();
      fn();
    });
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        fn();
      }
    });
  }

  showPopup(content) {
    const close = h('button', {type: 'button', class: 'close', 'aria-label': 'Close', 'data-testid': 'popup-close'}, '×');
    close.addEventListener('click', () => this.hidePopup());
    replace(this.popup, close, content);
    this.popup.hidden = false;
  }

  hidePopup() {
    this.popup.hidden = true;
    this.popup.replaceChildren();
    this.selected = null;
    this.drawMarkers();
  }
}

// ---- The map view ------------------------------------------------------

function window_(p) {
  if (p.window_from || p.window_to) return (p.window_from || '…') + ' – ' + (p.window_to || '…');
  return p.date || '';
}

function describe(it) {
  const p = it.p;
  const what = it.kind === 'threat'
    ? 'Threat' + (p.actor ? ' by ' + p.actor : '') + ', ' + (p.likelihood ? p.likelihood.replace(/_/g, ' ') : 'likelihood not stated')
    : String(p.type || 'incident').replace(/_/g, ' ') + (p.actor ? ' by ' + p.actor : '');
  return what + (p.place ? ' at ' + p.place : '') + (window_(p) ? ', ' + window_(p) : '');
}

/** Where an item's document link should point: the evidence span when known, else the evidence text. */
function itemDocHref(p, doc) {
  if (typeof p.evidence_start === 'number' && typeof p.evidence_end === 'number' &&
      (!p.evidence_doc || p.evidence_doc === doc)) {
    return docHref(doc, {start: p.evidence_start, end: p.evidence_end});
  }
  // The export cuts long evidence with " …": look for the whole words before the cut.
  let ev = typeof p.evidence === 'string' ? p.evidence : '';
  if (/…\s*$/.test(ev)) ev = ev.replace(/\s*…\s*$/, '').replace(/\s*\S*$/, '');
  ev = ev.slice(0, 300).replace(/\s*\S*$/, (m) => (ev.length > 300 ? '' : m));
  return docHref(doc, ev ? {find: ev} : {});
}

function itemCard(it) {
  const p = it.p;
  const docs = Array.isArray(p.documents) ? p.documents : [];
  const num = (label, v) => (v === null || v === undefined ? null : h('div', {class: 'kv'}, h('dt', {}, label), h('dd', {}, String(v))));
  return h('article', {class: 'map-item kind-' + it.kind, 'data-testid': 'popup-item', 'data-kind': it.kind},
    h('h3', {}, it.kind === 'threat' ? ['Threat ', bandBadge(p.likelihood)] : String(p.type || 'incident').replace(/_/g, ' ')),
    h('dl', {class: 'meta'},
      num(it.kind === 'threat' ? 'window' : 'date', window_(p) || null),
      p.actor ? h('div', {class: 'kv'}, h('dt', {}, 'actor'), h('dd', {}, entityLink(p.actor))) : null,
      p.place ? h('div', {class: 'kv'}, h('dt', {}, 'place'), h('dd', {}, entityLink(p.place), p.point && p.point !== 'place' ? ' (' + p.point + ')' : '')) : null,
      num('killed', p.killed), num('injured', p.injured),
      num('confidence', p.confidence === null || p.confidence === undefined ? null : p.confidence + '%'),
      num('sources', p.source_count), num('claims', p.claim_count),
      it.reports > 1 ? num('reports', it.reports + ' documents tell this event') : null),
    p.evidence ? h('blockquote', {class: 'evidence-plain'}, p.evidence) : null,
    h('p', {class: 'links'},
      docs.map((d, i) => [i ? ' · ' : '', h('a', {href: itemDocHref(p, d), 'data-testid': 'doc-link'}, docs.length > 1 ? 'document ' + (i + 1) : 'document')]),
      p.place ? [docs.length ? ' · ' : '', h('a', {href: '#/claims?about=' + encodeURIComponent(p.place)}, 'claims about ' + p.place)] : null,
      p.actor ? [' · ', h('a', {href: '#/claims?about=' + encodeURIComponent(p.actor)}, 'claims about ' + p.actor)] : null));
}

/** The key of the event an incident feature reports: from the knowledge
 * base, every report of one merged event lists the same documents (the
 * event's) at the same place, so they are one item on the map. */
export function eventKey(f, c) {
  const p = f.properties || {};
  const docs = Array.isArray(p.documents) ? p.documents : [];
  return docs.length > 1 ? docs.join('\u0001') + '\u0002' + (p.place || '') + '\u0002' + c[0] + ',' + c[1] : null;
}

/** GeoJSON features to map items (Point and MultiPoint), and the count of
 * unlocated ones; the reports of one event make one item (eventKey). */
export function featuresToItems(fc, minRank) {
  const items = [];
  const events = new Map();
  let unlocated = 0;
  for (const f of (fc && Array.isArray(fc.features) ? fc.features : [])) {
    const p = f.properties || {};
    const kind = p.kind === 'threat' ? 'threat' : 'incident';
    if (kind === 'threat' && minRank && bandRank(p.likelihood) < minRank) continue;
    const g = f.geometry;
    const pts = !g ? [] : g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];
    const ok = pts.filter((c) => Array.isArray(c) && isFinite(c[0]) && isFinite(c[1]));
    if (!ok.length) {
      unlocated++;
      continue;
    }
    for (const c of ok) {
      const key = kind === 'incident' ? eventKey(f, c) : null;
      if (key && events.has(key)) {
        events.get(key).reports++;
        continue;
      }
      const [x, y] = project(+c[0], +c[1]);
      const it = {x, y, kind, likelihood: p.likelihood || null, p, id: f.id, reports: 1};
      if (key) events.set(key, it);
      items.push(it);
    }
  }
  return {items, unlocated};
}

export function renderMap(main, query, f) {
  const summary = filterSummary(f);
  const status = h('div', {'aria-live': 'polite'}, loading('map'));
  const list = h('tbody');
  const count = h('caption', {class: 'count'});
  const view = new MapView({
    describe,
    onSelect: (items, mv) => {
      mv.selected = items.length === 1 ? items[0] : null;
      mv.drawMarkers();
      mv.showPopup([items.length > 1 ? h('p', {class: 'muted'}, items.length + ' items at this place') : null,
        ...items.slice(0, 50).map(itemCard)]);
    },
  });
  put(main, h('h1', {tabindex: '-1'}, 'Map'), filterForm('map', f),
    summary ? h('p', {class: 'summary'}, summary) : null,
    h('p', {class: 'legend'},
      h('span', {class: 'key key-incident', 'aria-hidden': 'true'}), ' incident  ',
      h('span', {class: 'key key-threat', 'aria-hidden': 'true'}), ' threat (colour: likelihood)  ',
      h('span', {class: 'key key-cluster', 'aria-hidden': 'true'}), ' several (click to zoom)'),
    view.el, view.note, status,
    timelineStrip('map', f),
    h('details', {class: 'map-list'}, h('summary', {}, 'Items on the map as a list'),
      h('div', {class: 'table-wrap'}, h('table', {class: 'events'}, count,
        h('thead', {}, h('tr', {}, ['Kind', 'What', 'When', 'Place', 'Actor', ''].map((c) => h('th', {scope: 'col'}, c)))), list))));
  getJSON('/api/export', {format: 'geojson', ...apiFilters(f)}).then((fc) => {
    const {items, unlocated} = featuresToItems(fc, bandRank(f.min));
    view.setItems(items);
    status.replaceChildren(h('p', {class: 'count', 'data-testid': 'map-count'},
      items.length + (items.length === 1 ? ' item' : ' items') + ' on the map' +
      (unlocated ? '; ' + unlocated + ' without a located place' : '') + '.'));
    count.textContent = items.length + ' items';
    for (const it of items) {
      const show = h('button', {type: 'button', class: 'small secondary'}, 'Show');
      show.addEventListener('click', () => {
        view.setView(8, it.x, it.y);
        view.opts.onSelect([it], view);
        view.el.scrollIntoView({block: 'center'});
      });
      const p = it.p;
      list.append(h('tr', {'data-testid': 'map-item', 'data-kind': it.kind},
        h('td', {}, it.kind), h('td', {}, it.kind === 'threat' ? bandBadge(p.likelihood) : String(p.type || '').replace(/_/g, ' ')),
        h('td', {}, window_(p)), h('td', {}, entityLink(p.place)), h('td', {}, entityLink(p.actor)), h('td', {}, show)));
    }
  }, (e) => status.replaceChildren(errorBox(e)));
}

/** A small, static map centred on one point (entity pages). */
export function smallMap(lat, lon, label) {
  const view = new MapView({interactive: false, small: true, label: 'Location of ' + label, describe: () => label});
  const [x, y] = project(+lon, +lat);
  view.items = [{x, y, kind: 'place', p: {}}];
  view.setView(6, x, y);
  return view.el;
}

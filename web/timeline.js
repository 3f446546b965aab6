// The timeline: incidents as points and threat windows as bars on a time
// axis (SVG). Dragging across it selects a date range, which becomes the
// from/to filter of the board, the map and the timeline list.

import {h, s, errorBox, loading, put} from './dom.js';
import {getAll, pager} from './api.js';
import {parseDay, fmtDay, viewHref, bandRank, docHref, entityLink, filterForm, filterSummary, apiFilters} from './common.js';

const DAY = 86400000;

function likelihoodOf(ev) {
  const m = /^threat:\s*(\S+)/.exec(ev.what || '');
  return m ? m[1] : null;
}

/**
 * The items to draw: incidents {kind, t, ev} and threats {kind, a, b, ev, th}
 * (a..b the window in ms, b === a when only a date is known). Events of the
 * timeline joined by id with the board's threats for the window's end.
 */
async function loadItems(f) {
  const base = {place: f.place, actor: f.actor};
  const [tl, th] = await Promise.all([
    getAll('/api/timeline', base, 'events', 5),
    getAll('/api/threats', base, 'threats', 5),
  ]);
  const threats = new Map(th.items.map((t) => [t.id, t]));
  const min = bandRank(f.min);
  const items = [];
  for (const ev of tl.items) {
    if (ev.kind === 'threat') {
      const t = threats.get(ev.id);
      const lk = (t && t.likelihood) || likelihoodOf(ev);
      if (min && bandRank(lk) < min) continue;
      const a = parseDay(ev.window_from || ev.from || (t && t.from) || ev.date);
      const b = parseDay(ev.window_to || ev.to || (t && t.to) || ev.date, true);
      if (a === null) continue;
      items.push({kind: 'threat', a, b: b === null || b < a ? a : b, ev, th: t, lk});
    } else {
      const t = parseDay(ev.date);
      if (t !== null) items.push({kind: 'incident', t, ev});
    }
  }
  return {items, more: tl.more || th.more};
}

function ticks(lo, hi, width) {
  const span = hi - lo;
  const max = Math.max(2, Math.floor(width / 90));
  const steps = [[1, 'd'], [7, 'd'], [1, 'm'], [3, 'm'], [6, 'm'], [1, 'y'], [2, 'y'], [5, 'y'], [10, 'y'], [20, 'y'], [50, 'y']];
  let step = steps[steps.length - 1];
  for (const st of steps) {
    const approx = st[1] === 'd' ? st[0] * DAY : st[1] === 'm' ? st[0] * 30.4 * DAY : st[0] * 365.25 * DAY;
    if (span / approx <= max) {
      step = st;
      break;
    }
  }
  const out = [];
  const d = new Date(lo);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  let t;
  if (step[1] === 'y') {
    y = Math.ceil(y / step[0]) * step[0];
    while ((t = Date.UTC(y, 0, 1)) <= hi) {
      if (t >= lo) out.push([t, String(y)]);
      y += step[0];
    }
  } else if (step[1] === 'm') {
    m = Math.ceil(m / step[0]) * step[0];
    while ((t = Date.UTC(y, m, 1)) <= hi) {
      if (t >= lo) out.push([t, fmtDay(t).slice(0, 7)]);
      m += step[0];
    }
  } else {
    t = Date.UTC(y, m, d.getUTCDate());
    for (; t <= hi; t += step[0] * DAY) if (t >= lo) out.push([t, fmtDay(t)]);
  }
  return out;
}

/**
 * Draws `items` into an <svg> of the host's width; brushing navigates to
 * `view`. The axis spans the items, or `fixed` ([lo, hi] in ms) for the
 * detail of a selected range.
 */
function draw(host, items, f, view, height, fixed) {
  const width = Math.max(280, Math.floor(host.clientWidth || 600));
  const M = {l: 10, r: 10, t: 10, b: 24};
  if (fixed) {
    items = items.filter((it) => (it.kind === 'incident' ? it.t >= fixed[0] && it.t <= fixed[1] : it.b >= fixed[0] && it.a <= fixed[1]));
  }
  const times = [];
  for (const it of items) {
    if (it.kind === 'incident') times.push(it.t);
    else times.push(it.a, it.b);
  }
  const svg = s('svg', {class: 'timeline' + (fixed ? ' detail' : ''), 'data-testid': fixed ? 'timeline-detail' : 'timeline', width, height,
    viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': (fixed ? 'Selected dates: ' : 'Timeline: ') + items.length + ' incidents and threat windows; drag to select dates'});
  if (!times.length) {
    svg.append(s('text', {x: width / 2, y: height / 2, class: 'tl-empty', 'text-anchor': 'middle'}, 'No dated incidents or threats.'));
    host.replaceChildren(svg);
    return;
  }
  let lo;
  let hi;
  if (fixed) {
    [lo, hi] = fixed;
  } else {
    lo = Math.min(...times);
    hi = Math.max(...times);
    if (hi - lo < 30 * DAY) {
      lo -= 15 * DAY;
      hi += 15 * DAY;
    }
    const pad = (hi - lo) * 0.02;
    lo -= pad;
    hi += pad;
  }
  const W = width - M.l - M.r;
  const x = (t) => M.l + (t - lo) / (hi - lo) * W;
  const xinv = (px) => lo + (Math.min(Math.max(px, M.l), M.l + W) - M.l) / W * (hi - lo);
  const axisY = height - M.b;

  const overlay = s('rect', {x: M.l, y: 0, width: W, height: axisY, class: 'tl-overlay'});
  svg.append(overlay);
  const ax = s('g', {class: 'tl-axis'});
  ax.append(s('line', {x1: M.l, x2: M.l + W, y1: axisY, y2: axisY}));
  for (const [t, label] of ticks(lo, hi, W)) {
    ax.append(s('line', {x1: x(t), x2: x(t), y1: M.t, y2: axisY + 4, class: 'tl-grid'}),
      s('text', {x: x(t), y: axisY + 16, 'text-anchor': x(t) < M.l + 30 ? 'start' : x(t) > M.l + W - 30 ? 'end' : 'middle'}, label));
  }
  svg.append(ax);

  // Selected range (the from/to filter).
  const brush = s('rect', {class: 'tl-brush', y: 0, height: axisY, x: 0, width: 0, 'data-testid': 'brush'});
  const showRange = (a, b) => {
    const xa = Math.max(M.l, Math.min(x(a), x(b)));
    const xb = Math.min(M.l + W, Math.max(x(a), x(b)));
    brush.setAttribute('x', xa);
    brush.setAttribute('width', Math.max(0, xb - xa));
  };
  if (!fixed && (f.from || f.to)) {
    showRange(f.from ? parseDay(f.from) : lo, f.to ? parseDay(f.to, true) + DAY : hi);
  }
  svg.append(brush);

  // Incidents on the top lane, threat windows in lanes below.
  const laneH = 9;
  const incY = M.t + 8;
  const firstLane = incY + 14;
  const lanes = Math.max(1, Math.floor((axisY - 4 - firstLane) / (laneH + 3)));
  const ends = [];
  const g = s('g', {class: 'tl-items'});
  const threats = items.filter((it) => it.kind === 'threat').sort((p, q) => p.a - q.a);
  for (const it of threats) {
    const xa = Math.max(M.l, x(it.a));
    const xb = Math.max(Math.min(M.l + W, x(it.b + DAY)), xa + 4);
    let lane = ends.findIndex((e) => e < xa - 2);
    if (lane < 0) lane = ends.length < lanes ? ends.length : lanes - 1;
    ends[lane] = Math.max(ends[lane] || 0, xb);
    const ev = it.ev;
    const label = `threat: ${ev.actor || 'unknown actor'}, ${(it.lk || 'likelihood not stated').replace(/_/g, ' ')}, ` +
      `${fmtDay(it.a)} – ${fmtDay(it.b)}${ev.place ? ', ' + ev.place : ''}`;
    const bar = s('rect', {x: xa, y: firstLane + lane * (laneH + 3), width: xb - xa, height: laneH, rx: 2,
      class: 'tl-threat band-' + (it.lk || 'none'), 'data-testid': 'tl-event', 'data-kind': 'threat', 'data-id': ev.id},
    s('title', {}, label));
    if (it.th) {
      const a = s('a', {href: docHref(it.th.doc, {start: it.th.evidence_start, end: it.th.evidence_end}), 'aria-label': label}, bar);
      g.append(a);
    } else g.append(bar);
  }
  for (const it of items) {
    if (it.kind !== 'incident') continue;
    const ev = it.ev;
    const label = `${ev.what || 'incident'}: ${ev.date}${ev.place ? ', ' + ev.place : ''}${ev.actor ? ', ' + ev.actor : ''}` +
      (ev.killed_max !== null && ev.killed_max !== undefined ? `, killed ${ev.killed_min === ev.killed_max ? ev.killed_max : ev.killed_min + '–' + ev.killed_max}` : '') +
      (ev.conflict ? ' (reports conflict)' : '');
    g.append(s('circle', {cx: x(it.t), cy: incY, r: 4.5, class: 'tl-incident' + (ev.conflict ? ' conflict' : ''),
      'data-testid': 'tl-event', 'data-kind': 'incident', 'data-id': ev.id}, s('title', {}, label)));
  }
  svg.append(g);

  // Brushing: drag on the background.
  let start = null;
  overlay.addEventListener('pointerdown', (e) => {
    const r = svg.getBoundingClientRect();
    start = e.clientX - r.left;
    overlay.setPointerCapture(e.pointerId);
    brush.setAttribute('x', start);
    brush.setAttribute('width', 0);
    brush.classList.add('active');
  });
  overlay.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const r = svg.getBoundingClientRect();
    const cur = e.clientX - r.left;
    brush.setAttribute('x', Math.max(M.l, Math.min(start, cur)));
    brush.setAttribute('width', Math.abs(cur - start));
  });
  const finish = (e) => {
    if (start === null) return;
    const r = svg.getBoundingClientRect();
    const end = e.clientX - r.left;
    const a = Math.min(start, end);
    const b = Math.max(start, end);
    start = null;
    brush.classList.remove('active');
    if (b - a < 4) {
      if (!fixed && (f.from || f.to)) showRange(f.from ? parseDay(f.from) : lo, f.to ? parseDay(f.to, true) + DAY : hi);
      else brush.setAttribute('width', 0);
      return;
    }
    location.hash = viewHref(view, {...f, from: fmtDay(xinv(a)), to: fmtDay(xinv(b))});
  };
  overlay.addEventListener('pointerup', finish);
  overlay.addEventListener('pointercancel', () => {
    start = null;
    brush.setAttribute('width', 0);
  });
  host.replaceChildren(svg);
}

/** A timeline section (with a "clear dates" button) for the board and the map. */
export function timelineStrip(view, f, height = 120) {
  const ranged = Boolean(f.from || f.to);
  const detail = ranged ? h('div', {class: 'tl-host'}) : null;
  const host = h('div', {class: 'tl-host'}, loading('timeline'));
  const clearBtn = h('button', {type: 'button', class: 'secondary small', id: 'tl-clear', disabled: !(f.from || f.to)}, 'Clear dates');
  clearBtn.addEventListener('click', () => {
    location.hash = viewHref(view, {...f, from: '', to: ''});
  });
  const note = h('span', {class: 'muted'});
  const sec = h('section', {class: 'tl-section', 'aria-label': 'Timeline'},
    h('div', {class: 'tl-bar'},
      h('span', {class: 'tl-legend'},
        h('span', {class: 'key key-incident', 'aria-hidden': 'true'}), 'incident ',
        h('span', {class: 'key key-threat', 'aria-hidden': 'true'}), 'threat window · drag to select dates'),
      note, clearBtn),
    detail, ranged ? h('p', {class: 'tl-caption muted'}, 'All dates (the selection is shaded):') : null, host);
  loadItems(f).then(({items, more}) => {
    if (more) note.textContent = ' (first pages only)';
    const redraw = () => {
      if (detail) {
        const lo = f.from ? parseDay(f.from) : null;
        const hi = f.to ? parseDay(f.to, true) + DAY - 1 : null;
        const all = items.flatMap((it) => (it.kind === 'incident' ? [it.t] : [it.a, it.b]));
        const a = lo ?? (all.length ? Math.min(...all) : 0);
        const b = hi ?? (all.length ? Math.max(...all) : a + DAY);
        draw(detail, items, f, view, height, [a, Math.max(b, a + DAY)]);
      }
      draw(host, items, f, view, detail ? 64 : height);
    };
    requestAnimationFrame(redraw);
    let last = 0;
    const ro = new ResizeObserver(() => {
      if (!sec.isConnected) {
        ro.disconnect();
        return;
      }
      const w = Math.floor(host.clientWidth);
      if (w && Math.abs(w - last) > 8) {
        last = w;
        redraw();
      }
    });
    ro.observe(host);
  }, (e) => host.replaceChildren(errorBox(e)));
  return sec;
}

function killed(min, max) {
  if (min === null || min === undefined) return '';
  return min === max ? String(min) : min + '–' + max;
}

/** #/timeline: the chart and the list of events. */
export function renderTimeline(main, query, f) {
  const summary = filterSummary(f);
  const tbody = h('tbody');
  const slot = h('div', {class: 'pager'});
  const count = h('caption', {class: 'count'});
  put(main, h('h1', {tabindex: '-1'}, 'Timeline'), filterForm('timeline', f),
    summary ? h('p', {class: 'summary'}, summary) : null,
    timelineStrip('timeline', f, 240),
    h('div', {class: 'table-wrap'}, h('table', {class: 'events', id: 'events'}, count,
      h('thead', {}, h('tr', {}, ['Date', 'Kind', 'What', 'Place', 'Actor', 'Reports', 'Killed', 'Injured', 'Conflict'].map((c) => h('th', {scope: 'col'}, c)))),
      tbody)), slot);
  const min = bandRank(f.min);
  let n = 0;
  pager('/api/timeline', apiFilters(f), 'events', slot, (items) => {
    for (const ev of items) {
      if (ev.kind === 'threat' && min && bandRank(likelihoodOf(ev)) < min) continue;
      n++;
      tbody.append(h('tr', {'data-testid': 'event-row', 'data-kind': ev.kind, 'data-id': ev.id},
        h('td', {}, ev.date || ''), h('td', {}, ev.kind), h('td', {}, String(ev.what || '').replace(/_/g, ' ')),
        h('td', {}, entityLink(ev.place)), h('td', {}, entityLink(ev.actor)), h('td', {class: 'num'}, ev.reports ?? ''),
        h('td', {class: 'num'}, killed(ev.killed_min, ev.killed_max)), h('td', {class: 'num'}, killed(ev.injured_min, ev.injured_max)),
        h('td', {}, ev.conflict ? h('span', {class: 'tag conflict'}, ev.conflict) : '')));
    }
    count.textContent = n ? n + (n === 1 ? ' event' : ' events') + ' in date order.' : 'No events match.';
  }).catch((e) => slot.append(errorBox(e)));
}


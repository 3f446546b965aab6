#!/usr/bin/env node
// Browser tests of the dashboard (ctest `browser`): npm's playwright-core
// drives Debian's chromium (headless) against `vigil serve` on a database
// built here from tests/kb/fixtures/fixtures.jsonl plus one document with
// hostile text. What the page shows is compared with what the JSON API
// answers for the same question (never with numbers written down here):
// board rows, threat evidence and its claims with holder and cue marked,
// filters, map markers and clusters, timeline and brushing, claims, entity
// pages, the document view, search; hostile text stays text (checked with
// the CSP bypassed, so that the page's own code is what is tested); no
// console errors; no horizontal overflow at phone width. A screenshot of
// each view goes to build/test-artifacts/browser/.
//
//   node tests/browser/run.mjs --bin build/release/vigil [--chromium PATH] [--artifacts DIR] [-v]
//
// Without playwright-core (npm ci in tests/browser) or chromium the test is
// skipped (exit 0), except when the environment variable CI is set (exit 1).

import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'kb', 'fixtures', 'fixtures.jsonl');
const T = 30000; // ms to wait for anything the page does (sanitizer builds are slow)
const TOKEN = 'browser-test-token-0123456789';

// ---- Hostile input: markup in the text, title, publisher, author and url.

const HOSTILE_ID = 'hostile-0502';
const HOSTILE = {
  id: HOSTILE_ID,
  title: 'Hotel <script>window.__pwned=3</script> attack <img src=x onerror="window.__pwned=4"> "quoted"',
  published: '2024-05-02',
  url: 'javascript:window.__pwned=5',
  publisher: '<b>Bold</b> Press',
  author: '"Q" <i>Author</i>',
  text: 'HOSTILE CITY, May 2 - Police said <script>window.__pwned=1</script> gunmen attacked a "quotes" ' +
    'hotel in Antalya on Monday, killing three people. Turkish officials warned on Tuesday that ISIS ' +
    'militants may attack hotels in Antalya <img src=x onerror="window.__pwned=2"> in the coming weeks.',
};
const NONSENSE = 'qzxjvwkpfy';

// ---- Mutants: --mutate NAME serves web/FILE with one change; the run must then fail.

const MUTANTS = {
  html: ['dom.js', 'el.append(c instanceof Node ? c : document.createTextNode(String(c)));',
    "if (c instanceof Node) el.append(c); else el.insertAdjacentHTML('beforeend', String(c));"],
  cue: ['dom.js', "case 'holder': case 'cue': case 'number':", "case 'holder': case 'number':"],
  'board-evidence': ['board.js', 'if (to > from) {', 'if (to > from + 1e9) {'],
  'map-threats': ['map.js', 'for (const c of ok) {', "for (const c of (kind === 'threat' ? [] : ok)) {"],
  filters: ['common.js', 'return {place: f.place, actor: f.actor, from: f.from, to: f.to};', 'return {from: f.from, to: f.to};'],
  brush: ['timeline.js', "pager('/api/timeline', apiFilters(f)", "pager('/api/timeline', {}"],
  search: ['search.js', "pager('/api/search', {q}", "pager('/api/search', {q: q + 'x'}"],
  aliases: ['entity.js', "kv('aliases', aliases.length ? aliases.join(' · ') : null)", "kv('aliases', aliases.slice(1).join(' · ') || null)"],
  console: ['app.js', '\nstats();', "\nstats();\nconsole.error('mutant');"],
  overflow: ['app.css', '/* Narrow screens', 'main { min-width: 480px; }\n/* Narrow screens'],
};

/** Serves the mutant `name` of a dashboard file in every page of `ctx`. */
async function mutate(ctx, name) {
  const [file, from, to] = MUTANTS[name];
  const src = fs.readFileSync(path.join(ROOT, 'web', file), 'utf8');
  if (!src.includes(from)) throw new Error(`mutant ${name}: web/${file} no longer holds ${JSON.stringify(from)}`);
  const body = src.replace(from, to);
  const type = file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  await ctx.route((u) => u.pathname === '/static/' + file, (route) => route.fulfill({status: 200, contentType: type, body}));
}

// ---- Arguments, and skipping when the tools are missing ------------------

function parseArgs(argv) {
  const a = {bin: null, chromium: process.env.VIGIL_CHROMIUM || null, artifacts: null, verbose: false, mutate: null};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--bin') a.bin = argv[++i];
    else if (k === '--chromium') a.chromium = argv[++i];
    else if (k === '--artifacts') a.artifacts = argv[++i];
    else if (k === '-v' || k === '--verbose') a.verbose = true;
    else if (k === '--mutate' && Object.hasOwn(MUTANTS, argv[i + 1])) a.mutate = argv[++i];
    else {
      console.error('usage: node tests/browser/run.mjs --bin VIGIL [--chromium PATH] [--artifacts DIR] [-v] [--mutate NAME]\n' +
        'mutants (the run must fail with each): ' + Object.keys(MUTANTS).join(' '));
      process.exit(2);
    }
  }
  if (!a.bin) {
    console.error('browser: --bin VIGIL is required');
    process.exit(2);
  }
  a.bin = path.resolve(a.bin);
  a.artifacts = path.resolve(ROOT, a.artifacts || path.join('build', 'test-artifacts', 'browser'));
  return a;
}

function skip(why) {
  if (process.env.CI) {
    console.log(`FAIL browser: ${why} (CI is set, so this is a failure, not a skip)`);
    process.exit(1);
  }
  console.log(`browser: SKIPPED: ${why}`);
  process.exit(0);
}

function findChromium(given) {
  const isExe = (p) => {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return fs.statSync(p).isFile();
    } catch (e) {
      return false;
    }
  };
  if (given) return isExe(given) ? given : null;
  for (const name of ['chromium', 'chromium-browser']) {
    for (const dir of (process.env.PATH || '').split(path.delimiter).concat(['/usr/bin'])) {
      if (dir && isExe(path.join(dir, name))) return path.join(dir, name);
    }
  }
  return null;
}

// ---- Checks ----------------------------------------------------------------

class Checker {
  constructor(name, verbose) {
    this.name = name;
    this.verbose = verbose;
    this.passed = 0;
    this.failed = 0;
  }

  check(cond, what, detail = '') {
    if (cond) {
      this.passed++;
      if (this.verbose) console.log(`ok   ${what}`);
    } else {
      this.failed++;
      console.log(`FAIL ${this.name}: ${what}` + (detail ? '\n    ' + String(detail).slice(0, 1500) : ''));
    }
    return Boolean(cond);
  }

  /** Runs one step; a throw (a timeout, a missing element) is one failed check. */
  async step(what, fn) {
    try {
      await fn();
    } catch (e) {
      this.check(false, what + ': the step stopped', (e && e.stack ? e.stack : String(e)).split('\n').slice(0, 6).join('\n    '));
    }
  }

  finish() {
    console.log(`${this.name}: ${this.passed} passed, ${this.failed} failed`);
    return this.failed ? 1 : 0;
  }
}

const sameSet = (a, b) => {
  const x = [...new Set(a.map(String))].sort();
  const y = [...new Set(b.map(String))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
const show = (v) => JSON.stringify(v).slice(0, 600);

/** text[start, end) with start and end in UTF-8 bytes, as the API counts them. */
function sliceBytes(text, start, end) {
  return Buffer.from(text, 'utf8').subarray(start, end).toString('utf8');
}

// ---- The server and its API (node:http: no proxy) -------------------------

function httpGet(port, p) {
  return new Promise((resolve, reject) => {
    const req = http.get({host: '127.0.0.1', port, path: p, agent: false, headers: {Accept: 'application/json'}}, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode, body: Buffer.concat(chunks)}));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(120000, () => req.destroy(new Error('GET ' + p + ': no answer in 120 s')));
  });
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? '?' + s : '';
}

class Api {
  constructor(port) {
    this.port = port;
  }

  async get(p, params) {
    const r = await httpGet(this.port, p + query(params));
    if (r.status !== 200) throw new Error(`GET ${p}${query(params)}: HTTP ${r.status} ${r.body.toString().slice(0, 200)}`);
    return JSON.parse(r.body.toString('utf8'));
  }

  /** Every item of a list, following next_cursor. */
  async all(p, params, key) {
    const out = [];
    let cursor = null;
    for (let i = 0; i < 1000; i++) {
      const b = await this.get(p, {...params, limit: 1000, cursor});
      out.push(...b[key]);
      cursor = b.next_cursor;
      if (!cursor) return out;
    }
    throw new Error(p + ': more than 1000 pages');
  }

  doc(id) {
    return this.get('/api/documents/' + encodeURIComponent(id));
  }
}

function startServer(bin, db, tokenFile) {
  return new Promise((resolve, reject) => {
    const p = spawn(bin, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--token-file', tokenFile],
      {stdio: ['ignore', 'ignore', 'pipe']});
    let err = '';
    let done = false;
    const timer = setTimeout(() => {
      if (!done) {
        done = true;
        p.kill('SIGKILL');
        reject(new Error('vigil serve printed no listen line in 120 s: ' + err));
      }
    }, 120000);
    p.stderr.setEncoding('utf8');
    p.stderr.on('data', (d) => {
      err += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m && !done) {
        done = true;
        clearTimeout(timer);
        resolve({proc: p, port: +m[1], stderr: () => err});
      }
    });
    p.on('error', (e) => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        reject(e);
      }
    });
    p.on('exit', (code) => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        reject(new Error(`vigil serve exited (${code}) before listening: ${err}`));
      }
    });
  });
}

function stopServer(srv) {
  return new Promise((resolve) => {
    if (srv.proc.exitCode !== null || srv.proc.signalCode !== null) {
      resolve(srv.proc.exitCode);
      return;
    }
    const timer = setTimeout(() => srv.proc.kill('SIGKILL'), 60000);
    srv.proc.on('exit', (code, sig) => {
      clearTimeout(timer);
      resolve(code === null ? 'signal ' + sig : code);
    });
    srv.proc.kill('SIGTERM');
  });
}

// ---- Page helpers ------------------------------------------------------------

/** Collects console errors and page errors of `page` into `errors`, labelled with the current view. */
function watch(page, errors, where) {
  page.on('console', (m) => {
    if (m.type() === 'error') {
      const loc = m.location();
      errors.push(`${where.view}: console: ${m.text()}` + (loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''));
    }
  });
  page.on('pageerror', (e) => errors.push(`${where.view}: page error: ${e.message}`));
  page.on('crash', () => errors.push(`${where.view}: the page crashed`));
}

/**
 * Runs `action` (a click, a key, a new hash) and waits until the router has
 * drawn the next view: every hash change replaces <main>'s children, so the
 * old ones are tagged first and must be gone (the hash changes before the
 * router runs, so waiting on location.hash alone would see the old page).
 */
async function nav(page, action) {
  await page.evaluate(() => {
    for (const e of document.getElementById('main').children) e.setAttribute('data-stale', '');
  });
  await action();
  await page.waitForFunction(() => {
    const m = document.getElementById('main');
    return m.children.length > 0 && !m.querySelector(':scope > [data-stale]');
  }, null, {timeout: T});
}

function go(page, hash) {
  return nav(page, () => page.evaluate((h) => {
    location.hash = h;
  }, hash));
}

/** Waits until no "Loading…" placeholder is left in <main>. */
function settled(page) {
  return page.waitForFunction(() => !document.querySelector('main .loading'), null, {timeout: T});
}

/** [data-testid=threat-row] ids once the board has answered. */
async function boardRows(page) {
  await page.waitForFunction(() => {
    const cap = document.querySelector('#board caption');
    return cap && cap.textContent && !document.querySelector('main .loading') && !document.querySelector('main .error');
  }, null, {timeout: T});
  return page.$$eval('[data-testid=threat-row]', (rows) => rows.map((r) => r.dataset.id));
}

async function shoot(page, chk, shots, name, what) {
  const file = path.join(shots.dir, name + '.png');
  await page.screenshot({path: file, fullPage: true});
  const ok = fs.existsSync(file) && fs.statSync(file).size > 1000;
  chk.check(ok, `screenshot ${name}.png written`);
  shots.list.push([file, what]);
}

const BANDS = ['almost_no_chance', 'very_unlikely', 'unlikely', 'roughly_even_chance', 'likely', 'very_likely', 'almost_certain'];
const rank = (b) => BANDS.indexOf(b) + 1;

// ---- The views -----------------------------------------------------------------

async function checkBoard(page, api, chk, shots, data, where) {
  where.view = 'board';
  await page.goto(`${data.base}/`, {waitUntil: 'networkidle', timeout: T});
  const ids = await boardRows(page);
  chk.check(data.threats.length > 0, 'API: the fixtures give threats', show(data.threats));
  chk.check(sameSet(ids, data.threats.map((t) => t.id)) && ids.length === data.threats.length,
    'board: one row per threat of /api/threats', `rows ${show(ids)} api ${show(data.threats.map((t) => t.id))}`);
  const actors = await page.$$eval('[data-testid=threat-row]', (rows) =>
    rows.map((r) => [r.dataset.id, r.querySelector('th').textContent.trim()]));
  const want = new Map(data.threats.map((t) => [String(t.id), t.actor || 'unknown']));
  chk.check(actors.every(([id, a]) => want.get(id) === a), 'board: each row names its threat\'s actor', show(actors));
  await page.waitForFunction(() => document.getElementById('stats').textContent.length > 0, null, {timeout: T});
  const stats = await page.textContent('#stats');
  chk.check(stats.includes(`${data.stats.documents} documents`) && stats.includes(`${data.stats.threats} threats`) &&
    stats.includes(`${data.stats.claims} claims`), 'board: the stats line gives /api/stats counts', stats);
}

/** Opens a threat's row: its evidence, its claims with holder and cue marked; then its document at the passage. */
async function checkThreatDetail(page, api, chk, shots, data, where) {
  where.view = 'board: threat detail';
  // The threat whose passage holds the most holder and cue spans (not the hostile one).
  let best = null;
  for (const t of data.threats) {
    const d = await api.doc(t.doc);
    const claims = (await api.all('/api/claims', {doc: t.doc}, 'claims'))
      .filter((c) => c.doc === t.doc && c.start < t.evidence_end && c.end > t.evidence_start);
    const ids = new Set(claims.map((c) => c.id));
    const n = d.spans.filter((s) => (s.kind === 'cue' || s.kind === 'holder') && ids.has(s.claim)).length;
    const score = n + (t.doc === HOSTILE_ID ? -1000 : 0);
    if (!best || score > best.score) best = {t, d, claims, score};
  }
  const {t, d, claims} = best;
  chk.check(claims.length > 0 && best.score > 0, 'API: a threat whose passage holds claims with holder or cue spans',
    show(data.threats));
  const row = page.locator(`[data-testid=threat-row][data-id="${t.id}"]`);
  await row.click();
  const detail = page.locator('[data-testid=threat-detail]');
  await detail.waitFor({timeout: T});
  await page.waitForFunction((n) => {
    const box = document.querySelector('[data-testid=threat-detail]');
    return box && !box.querySelector('.loading') && box.querySelector(':scope > [data-testid=evidence].marked') &&
      box.querySelectorAll('[data-testid=claim]').length === n &&
      [...box.querySelectorAll('[data-testid=claim] [data-testid=evidence]')].every((e) => e.classList.contains('marked'));
  }, claims.length, {timeout: T}).catch(() => {});
  chk.check(await row.getAttribute('aria-expanded') === 'true', 'threat row: a click opens it');
  const text = d.text;
  const evText = sliceBytes(text, t.evidence_start, t.evidence_end);
  const got = await page.evaluate(() => {
    const box = document.querySelector('[data-testid=threat-detail]');
    const ev = box.querySelector(':scope > [data-testid=evidence]');
    const cards = [...box.querySelectorAll('[data-testid=claim]')].map((c) => {
      const e = c.querySelector('[data-testid=evidence]');
      const marks = {};
      for (const k of ['cue', 'holder']) {
        marks[k] = {};
        for (const m of e.querySelectorAll('mark.hl-' + k)) marks[k][m.dataset.claim || ''] = (marks[k][m.dataset.claim || ''] || '') + m.textContent;
      }
      return {id: c.dataset.id, text: e.textContent, marked: e.classList.contains('marked'), marks,
        chain: c.querySelector('[data-testid=chain]') ? c.querySelector('[data-testid=chain]').textContent : null};
    });
    const evMarks = {};
    for (const k of ['cue', 'holder']) {
      evMarks[k] = {};
      for (const m of ev.querySelectorAll('mark.hl-' + k)) evMarks[k][m.dataset.claim || ''] = (evMarks[k][m.dataset.claim || ''] || '') + m.textContent;
    }
    return {evidence: ev ? ev.textContent : null, marked: ev ? ev.classList.contains("marked") : false, evMarks, cards};
  });
  chk.check(got.evidence === evText && got.marked, 'threat detail: the evidence passage, marked, is the document\'s text at evidence_start..end',
    `page ${show(got.evidence)}\n    api  ${show(evText)}`);
  chk.check(sameSet(got.cards.map((c) => c.id), claims.map((c) => c.id)) && got.cards.length === claims.length,
    'threat detail: the claims of /api/claims?doc= overlapping the passage', `page ${show(got.cards.map((c) => c.id))} api ${show(claims.map((c) => c.id))}`);
  let spansSeen = 0;
  for (const c of claims) {
    const card = got.cards.find((x) => x.id === String(c.id));
    if (!card) continue;
    const sentence = sliceBytes(text, c.start, c.end);
    chk.check(card.marked && card.text === sentence, `claim ${c.id}: its sentence shown and marked`, `page ${show(card.text)}\n    api  ${show(sentence)}`);
    if (c.chain) chk.check(card.chain && card.chain.replace(/^Chain: /, '') === c.chain.split(' <- ').join(' ← '), `claim ${c.id}: its chain`, show(card.chain));
    for (const k of ['cue', 'holder']) {
      const spans = d.spans.filter((s) => s.kind === k && s.claim === c.id && s.start >= c.start && s.end <= c.end)
        .sort((a, b) => a.start - b.start);
      if (!spans.length) continue;
      spansSeen++;
      const want = spans.map((s) => sliceBytes(text, s.start, s.end)).join('');
      const have = card.marks[k][String(c.id)] || '';
      chk.check(have === want, `claim ${c.id}: its ${k} marked (mark.hl-${k})`, `page ${show(have)} api ${show(want)}`);
      // In the threat's passage too.
      const inEv = spans.filter((s) => s.start >= t.evidence_start && s.end <= t.evidence_end);
      if (inEv.length) {
        const evHave = got.evMarks[k][String(c.id)] || '';
        chk.check(inEv.every((s) => evHave.includes(sliceBytes(text, s.start, s.end))),
          `threat passage: claim ${c.id}'s ${k} marked`, `page ${show(evHave)}`);
      }
    }
  }
  chk.check(spansSeen > 0, 'threat detail: at least one holder or cue span to check');
  await shoot(page, chk, shots, 'board', `threat board (${data.threats.length} threats) with the ${t.actor} threat at ${t.places} opened: its passage with holder/cue/mentions marked and its ${claims.length} claim(s)`);

  // The document at this passage.
  where.view = 'document';
  await nav(page, () => detail.locator('[data-testid=doc-link]').first().click());
  chk.check(await page.evaluate((id) => location.hash.startsWith('#/doc/' + encodeURIComponent(id) + '?'), t.doc),
    'threat detail: the document link opens the document at the passage');
  await checkDocument(page, api, chk, d, t.doc, evText, 'from the board');
  await page.waitForFunction(() => {
    const m = document.getElementById('target');
    if (!m) return false;
    const r = m.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }, null, {timeout: T}).then(() => chk.check(true, 'document: the requested passage is scrolled into view'),
    () => chk.check(false, 'document: the requested passage is scrolled into view'));
  await shoot(page, chk, shots, 'document', `document ${t.doc} ("${d.doc.title}") opened from the board: every span marked by kind, the threat's passage outlined as the target, entities and claims at the side`);
  // Highlight toggles.
  await page.uncheck('#k-mention');
  const hidden = await page.evaluate(() => {
    const t = document.querySelector('[data-testid=doc-text]');
    const m = t.querySelector('mark.hl-mention');
    return {cls: t.classList.contains('hide-mention'), bg: m ? getComputedStyle(m).backgroundColor : null};
  });
  chk.check(hidden.cls && hidden.bg === 'rgba(0, 0, 0, 0)', 'document: the "entities" toggle hides mention marks', show(hidden));
  await page.check('#k-mention');
}

/** The document view against /api/documents/<id>: title, whole text, spans by kind, the target passage. */
async function checkDocument(page, api, chk, d, id, targetText, how) {
  await page.locator('[data-testid=doc-text]').waitFor({timeout: T});
  await settled(page);
  const got = await page.evaluate(() => {
    const body = document.querySelector('[data-testid=doc-text]');
    const uniq = (sel, attr) => [...new Set([...body.querySelectorAll(sel)].map((e) => e.getAttribute(attr)))];
    return {
      title: document.querySelector('[data-testid=doc-title]').textContent,
      text: body.textContent,
      mentions: uniq('mark.hl-mention', 'data-entity'),
      cueClaims: uniq('mark.hl-cue', 'data-claim'),
      holderClaims: uniq('mark.hl-holder', 'data-claim'),
      numberClaims: uniq('mark.hl-number', 'data-claim'),
      claimSpans: uniq('.hl-claim', 'data-claim'),
      target: [...body.querySelectorAll('[data-testid=target]')].map((e) => e.textContent).join(''),
      scripts: document.querySelectorAll('main script, main img, main iframe').length,
    };
  });
  const sp = (k, f) => [...new Set(d.spans.filter((s) => s.kind === k).map(f))];
  chk.check(got.title === (d.doc.title || id), `document ${how}: the title`, `page ${show(got.title)} api ${show(d.doc.title)}`);
  chk.check(got.text === d.text, `document ${how}: the whole text, as text`, `page ${show(got.text)}\n    api  ${show(d.text)}`);
  chk.check(sameSet(got.mentions, sp('mention', (s) => s.entity)), `document ${how}: a mark per mentioned entity`, `page ${show(got.mentions)} api ${show(sp('mention', (s) => s.entity))}`);
  for (const [k, have] of [['cue', got.cueClaims], ['holder', got.holderClaims], ['number', got.numberClaims], ['claim', got.claimSpans]]) {
    chk.check(sameSet(have, sp(k, (s) => s.claim)), `document ${how}: ${k} spans marked for the claims that have them`,
      `page ${show(have)} api ${show(sp(k, (s) => s.claim))}`);
  }
  if (targetText !== null) chk.check(got.target === targetText, `document ${how}: the requested passage marked (mark.hl-target)`, `page ${show(got.target)}\n    want ${show(targetText)}`);
  chk.check(got.scripts === 0, `document ${how}: no script, img or iframe element in the page's main part`);
}

async function checkFilters(page, api, chk, data, where) {
  where.view = 'board: filters';
  await go(page, '#/board');
  await boardRows(page);
  const all = data.threats.map((t) => String(t.id));
  const apply = async (place, actor) => {
    await page.fill('#f-place', place);
    await page.fill('#f-actor', actor);
    await nav(page, () => page.click('#f-apply'));
    return boardRows(page);
  };
  const cases = [['Istanbul', ''], ['Antalya', ''], ['', 'al-Shabaab'], ['Antalya', 'Daesh']];
  let changed = 0;
  for (const [place, actor] of cases) {
    const want = (await api.all('/api/threats', {place, actor}, 'threats')).map((t) => String(t.id));
    const rows = await apply(place, actor);
    const hash = await page.evaluate(() => location.hash);
    const what = `board filter ${place ? 'place=' + place : ''}${place && actor ? ' ' : ''}${actor ? 'actor=' + actor : ''}`;
    chk.check(sameSet(rows, want) && rows.length === want.length, `${what}: the rows of /api/threats with it`, `page ${show(rows)} api ${show(want)}`);
    chk.check((!place || hash.includes('place=' + encodeURIComponent(place))) && (!actor || hash.includes('actor=' + encodeURIComponent(actor))),
      `${what}: the filter is in the address`, hash);
    if (!sameSet(want, all)) changed++;
    if (!want.length) {
      const cap = await page.textContent('#board caption');
      chk.check(/no threats match/i.test(cap), `${what}: says that nothing matches`, cap);
    }
  }
  chk.check(changed >= 3, 'board filters: the cases change what is shown (not every case lists every threat)', changed);
  // Minimum likelihood (filtered in the page).
  await apply('', '');
  for (const band of ['roughly_even_chance', 'likely']) {
    await nav(page, () => page.selectOption('#f-min', band));
    chk.check(await page.evaluate((b) => location.hash.includes('min=' + b), band), `board filter likelihood ${band}: in the address`);
    const rows = await boardRows(page);
    const want = data.threats.filter((t) => rank(t.likelihood) >= rank(band)).map((t) => String(t.id));
    chk.check(sameSet(rows, want) && rows.length === want.length, `board filter likelihood ${band} or more: the threats at or above it`,
      `page ${show(rows)} want ${show(want)}`);
  }
  await nav(page, () => page.click('#f-clear'));
  const rows = await boardRows(page);
  chk.check(sameSet(rows, all), 'board: "Clear" shows every threat again', show(rows));
}

async function checkMap(page, api, chk, shots, data, where) {
  where.view = 'map';
  await nav(page, () => page.click('.nav a[data-view=map]'));
  await page.locator('[data-testid=map-count]').waitFor({timeout: T});
  await page.waitForFunction(() => document.querySelectorAll('main [data-testid=map] path.country').length > 0, null, {timeout: T})
    .catch(() => {});
  let points = 0;
  let inc = 0;
  let thr = 0;
  let unlocated = 0;
  // the reports of one merged event (the same documents, place and point) are one item
  const events = new Set();
  for (const f of data.geojson.features) {
    const g = f.geometry;
    const pts = !g ? [] : g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];
    if (!pts.length) unlocated++;
    for (const c of pts) {
      const docs = f.properties.documents || [];
      const key = f.properties.kind !== 'threat' && docs.length > 1
        ? JSON.stringify([docs, f.properties.place, c]) : null;
      if (key && events.has(key)) continue;
      if (key) events.add(key);
      points++;
      if (f.properties.kind === 'threat') thr++;
      else inc++;
    }
  }
  const merged = data.geojson.features.filter((f) => f.geometry && f.properties.kind !== 'threat').length - inc;
  chk.check(merged > 0, 'API: some incident reports are of one merged event (shown once)', String(merged));
  chk.check(points > 0 && inc > 0 && thr > 0, 'API: the GeoJSON export has located incidents and threats', show({points, inc, thr}));
  const got = await page.evaluate(() => {
    const svg = document.querySelector('main [data-testid=map]');
    const box = svg.getBoundingClientRect();
    const inside = (el) => {
      const r = el.getBoundingClientRect();
      const cx = (r.left + r.right) / 2;
      const cy = (r.top + r.bottom) / 2;
      return r.width > 0 && cx >= box.left && cx <= box.right && cy >= box.top && cy <= box.bottom;
    };
    const markers = [...svg.querySelectorAll('[data-testid=marker]')];
    const clusters = [...svg.querySelectorAll('[data-testid=cluster]')];
    return {
      markers: markers.length,
      clusters: clusters.length,
      incidents: markers.filter((m) => m.dataset.kind === 'incident').length + clusters.reduce((n, c) => n + +c.dataset.incidents, 0),
      threats: markers.filter((m) => m.dataset.kind === 'threat').length + clusters.reduce((n, c) => n + +c.dataset.threats, 0),
      total: markers.length + clusters.reduce((n, c) => n + +c.dataset.count, 0),
      clusterSums: clusters.every((c) => +c.dataset.count === +c.dataset.incidents + +c.dataset.threats && +c.dataset.count > 1),
      visible: markers.concat(clusters).every(inside),
      countries: svg.querySelectorAll('path.country').length,
      listed: document.querySelectorAll('[data-testid=map-item]').length,
      count: document.querySelector('[data-testid=map-count]').textContent,
    };
  });
  chk.check(got.total === points, 'map: markers plus clustered items represent every located feature of the GeoJSON export',
    `page ${show(got)} api located points ${points}`);
  chk.check(got.incidents === inc, 'map: incidents represented (data-kind=incident and cluster data-incidents)', `page ${got.incidents} api ${inc}`);
  chk.check(got.threats === thr, 'map: threats represented (data-kind=threat and cluster data-threats)', `page ${got.threats} api ${thr}`);
  chk.check(got.clusterSums, 'map: each cluster counts 2 or more items, incidents plus threats', show(got));
  chk.check(got.visible && got.markers + got.clusters > 0, 'map: every marker and cluster lies inside the map', show(got));
  chk.check(got.listed === points, 'map: the list has a row per located item', `page ${got.listed} api ${points}`);
  chk.check(got.count.startsWith(points + ' item') && (!unlocated || got.count.includes(unlocated + ' without')),
    'map: the count line gives the located and unlocated numbers', got.count);
  chk.check(got.countries >= 100, 'map: country outlines drawn from world-atlas (offline)', got.countries);
  await shoot(page, chk, shots, 'map', `world map with country outlines: ${got.markers} single marker(s) and ${got.clusters} numbered cluster(s) standing for ${points} located items (${inc} incidents as circles, each event once, ${thr} threats as diamonds)`);

  // A click opens an item: clusters zoom in until a marker (or a cluster at the deepest zoom) opens the popup.
  let opened = false;
  for (let i = 0; i < 12 && !opened; i++) {
    const mk = page.locator('main [data-testid=map] [data-testid=marker]');
    const target = (await mk.count()) ? mk.first() : page.locator('main [data-testid=map] [data-testid=cluster]').first();
    await target.click({timeout: T});
    opened = await page.locator('[data-testid=popup]').isVisible();
  }
  const items = await page.$$eval('[data-testid=popup] [data-testid=popup-item]', (els) => els.map((e) => e.dataset.kind));
  chk.check(opened && items.length > 0 && items.every((k) => k === 'incident' || k === 'threat'), 'map: a click on a marker opens its item', show(items));
  const links = await page.locator('[data-testid=popup] [data-testid=doc-link]').count();
  chk.check(links > 0, 'map: the opened item links to its document', links);
}

async function checkTimeline(page, api, chk, shots, data, where) {
  where.view = 'timeline';
  await nav(page, () => page.click('.nav a[data-view=timeline]'));
  await page.locator('main [data-testid=timeline]').waitFor({timeout: T});
  await settled(page);
  const first = await api.get('/api/timeline', {limit: 100});
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-row]').length === n ||
    /events? in date order|no events/i.test((document.querySelector('#events caption') || {}).textContent || ''), first.events.length, {timeout: T});
  const key = (e) => e.kind + ':' + e.id;
  const rows = await page.$$eval('[data-testid=event-row]', (r) => r.map((e) => e.dataset.kind + ':' + e.dataset.id));
  chk.check(rows.length === first.events.length && rows.every((r, i) => r === key(first.events[i])),
    'timeline: the list is /api/timeline in its order', `page ${show(rows)} api ${show(first.events.map(key))}`);
  const dated = (d) => typeof d === 'string' && /^\d{4}/.test(d);
  const tl = data.timeline;
  const byId = new Map(data.threats.map((t) => [t.id, t]));
  const wantInc = tl.filter((e) => e.kind === 'incident' && dated(e.date)).map((e) => String(e.id));
  const wantThr = tl.filter((e) => e.kind === 'threat' && (dated(e.date) || (byId.get(e.id) && dated(byId.get(e.id).from)))).map((e) => String(e.id));
  const drawn = await page.$$eval('main [data-testid=timeline] [data-testid=tl-event]', (els) => els.map((e) => [e.dataset.kind, e.dataset.id]));
  const dInc = drawn.filter((x) => x[0] === 'incident').map((x) => x[1]);
  const dThr = drawn.filter((x) => x[0] === 'threat').map((x) => x[1]);
  chk.check(dInc.length === wantInc.length && sameSet(dInc, wantInc), 'timeline: a point per dated incident', `page ${show(dInc)} api ${show(wantInc)}`);
  chk.check(dThr.length === wantThr.length && sameSet(dThr, wantThr), 'timeline: a bar per dated threat window', `page ${show(dThr)} api ${show(wantThr)}`);
  await shoot(page, chk, shots, 'timeline', `timeline: ${dInc.length} incidents (points, top lane) and ${dThr.length} threat windows (bars) on a 2024 axis, and the event list below`);

  // Brushing: drag across the middle of the chart; the list becomes /api/timeline?from&to.
  const svg = page.locator('main [data-testid=timeline]');
  const box = await svg.boundingBox();
  const y = box.y + box.height - 34; // above the axis (24 px) and below the threat lanes
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, {steps: 4});
  await page.mouse.move(box.x + box.width * 0.7, y, {steps: 4});
  await nav(page, () => page.mouse.up());
  const q = await page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] || '')));
  await page.locator('[data-testid=timeline-detail]').waitFor({timeout: T});
  await settled(page);
  const want = await api.all('/api/timeline', {from: q.from, to: q.to}, 'events');
  await page.waitForFunction(() => /events? in date order|no events/i.test((document.querySelector('#events caption') || {}).textContent || ''), null, {timeout: T});
  const got = await page.$$eval('[data-testid=event-row]', (r) => r.map((e) => e.dataset.kind + ':' + e.dataset.id));
  chk.check(want.length > 0 && want.length < tl.length, 'timeline brush: the dragged range holds some events but not all', `${q.from}..${q.to}: ${want.length} of ${tl.length}`);
  chk.check(got.length === want.length && got.every((r, i) => r === key(want[i])), 'timeline brush: the list becomes /api/timeline?from&to of the dragged dates',
    `${show(q)} page ${show(got)} api ${show(want.map(key))}`);
  const detail = await page.$$eval('[data-testid=timeline-detail] [data-testid=tl-event]', (els) => els.length);
  chk.check(detail > 0, 'timeline brush: a detail axis of the selected dates, with its events', detail);
  await go(page, '#/timeline');
}

async function checkClaims(page, api, chk, shots, data, where) {
  where.view = 'claims';
  await nav(page, () => page.click('.nav a[data-view=claims]'));
  const first = await api.get('/api/claims', {limit: 100});
  const ready = (n) => page.waitForFunction((k) => {
    const cards = document.querySelectorAll('main [data-testid=claim]');
    return cards.length === k && /claims? shown|no claims/i.test(document.querySelector('main .count').textContent) &&
      [...cards].every((c) => c.querySelector('[data-testid=evidence]').classList.contains('marked'));
  }, n, {timeout: T});
  await ready(first.claims.length).catch(() => {});
  const got = await page.$$eval('main [data-testid=claim]', (cards) => cards.map((c) => ({
    id: c.dataset.id, doc: c.dataset.doc, text: c.querySelector('[data-testid=evidence]').textContent,
    marked: c.querySelector('[data-testid=evidence]').classList.contains('marked'),
    cues: c.querySelectorAll('mark.hl-cue').length, holders: c.querySelectorAll('mark.hl-holder').length,
    chain: Boolean(c.querySelector('[data-testid=chain]'))})));
  chk.check(got.length === first.claims.length && got.every((c, i) => c.id === String(first.claims[i].id)),
    'claims: the first page of /api/claims in its order', `page ${got.length} api ${first.claims.length}`);
  const docs = new Map();
  let wrong = [];
  let cues = 0;
  let wantCues = 0;
  for (const c of first.claims) {
    if (!docs.has(c.doc)) docs.set(c.doc, await api.doc(c.doc));
    const d = docs.get(c.doc);
    const card = got.find((x) => x.id === String(c.id));
    if (!card || !card.marked || card.text !== sliceBytes(d.text, c.start, c.end)) wrong.push(c.id);
    if (d.spans.some((s) => s.kind === 'cue' && s.claim === c.id && s.start >= c.start && s.end <= c.end)) {
      wantCues++;
      if (card && card.cues > 0) cues++;
    }
  }
  chk.check(!wrong.length, 'claims: each card shows its sentence from the document, marked', show(wrong));
  chk.check(wantCues > 0 && cues === wantCues, 'claims: every claim with a cue span has its cue marked', `${cues} of ${wantCues}`);
  chk.check(got.filter((c) => c.chain).length === first.claims.filter((c) => c.chain).length, 'claims: a chain line per claim with a chain');
  await shoot(page, chk, shots, 'claims', `claims view: ${got.length} claim cards (conflicts first) with holder, chain, certainty, grade, corroboration, confidence and the sentence with cue/holder/numbers marked`);
  // Conflicts only.
  const conf = await api.all('/api/claims', {conflicts: 1}, 'claims');
  await nav(page, () => page.check('#c-conflicts'));
  chk.check(await page.evaluate(() => location.hash.includes('conflicts=1')), 'claims: "Conflicts only" is in the address');
  await ready(Math.min(conf.length, 100)).catch(() => {});
  const ids = await page.$$eval('main [data-testid=claim]', (cards) => cards.map((c) => c.dataset.id));
  chk.check(conf.length > 0 && conf.length < data.claimsTotal, 'API: some claims conflict, not all', `${conf.length} of ${data.claimsTotal}`);
  chk.check(sameSet(ids, conf.map((c) => c.id)) && ids.length === conf.length, 'claims: "Conflicts only" shows /api/claims?conflicts=1', `page ${show(ids)} api ${show(conf.map((c) => c.id))}`);
}

async function checkEntities(page, api, chk, shots, data, where) {
  where.view = 'entity';
  for (const [name, how] of [['al-Shabaab', 'address'], ['Mogadishu', 'link']]) {
    const prof = (await api.get('/api/entities/' + encodeURIComponent(name))).entities;
    if (!chk.check(prof.length > 0, `API: an entity named ${name}`)) continue;
    const e = prof[0];
    if (how === 'address') await go(page, '#/entity/' + encodeURIComponent(name));
    else await nav(page, () => page.locator(`main a[href="#/entity/${encodeURIComponent(name)}"]`).first().click());
    await page.waitForFunction((n) => {
      const h = document.querySelector('[data-testid=entity-name]');
      return h && h.textContent === n && document.querySelectorAll('[data-testid=entity-doc]').length > 0;
    }, e.name, {timeout: T}).catch(() => {});
    await settled(page);
    const aliases = String(e.aliases || '').split(' | ').filter(Boolean);
    const wantDocs = String(e.document_ids || '').split(/\s+/).filter(Boolean);
    const claimsAbout = await api.all('/api/claims', {about: e.name}, 'claims');
    const filter = ['place', 'facility'].includes(e.type) ? {place: e.name} : {actor: e.name};
    const incidents = (await api.all('/api/timeline', filter, 'events')).filter((x) => x.kind === 'incident');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=entity-incident]').length === n, incidents.length, {timeout: T}).catch(() => {});
    await page.waitForFunction((n) => document.querySelectorAll('#ent-claims [data-testid=claim]').length === n, Math.min(20, claimsAbout.length), {timeout: T}).catch(() => {});
    const got = await page.evaluate(() => {
      const kv = [...document.querySelectorAll('main dl.profile .kv')].find((x) => x.querySelector('dt').textContent === 'aliases');
      return {
        name: document.querySelector('[data-testid=entity-name]').textContent,
        aliases: kv ? kv.querySelector('dd').textContent : '',
        docs: document.querySelectorAll('[data-testid=entity-doc]').length,
        incidents: document.querySelectorAll('[data-testid=entity-incident]').length,
        claims: document.querySelectorAll('#ent-claims [data-testid=claim]').length,
        smallMap: document.querySelectorAll('main .map-wrap.small [data-testid=marker]').length,
        hash: location.hash,
      };
    });
    chk.check(got.name === e.name, `entity ${name} (by ${how}): its name`, `page ${show(got.name)} api ${show(e.name)}`);
    chk.check(aliases.length > 0 && sameSet(got.aliases.split(' · '), aliases), `entity ${name}: its aliases`, `page ${show(got.aliases)} api ${show(aliases)}`);
    chk.check(got.docs === wantDocs.length, `entity ${name}: its documents`, `page ${got.docs} api ${wantDocs.length}`);
    chk.check(got.incidents === incidents.length, `entity ${name}: its incidents`, `page ${got.incidents} api ${incidents.length}`);
    chk.check(got.claims === Math.min(20, claimsAbout.length), `entity ${name}: the claims about it`, `page ${got.claims} api ${claimsAbout.length}`);
    const located = typeof e.lat === 'number' && typeof e.lon === 'number';
    chk.check(got.smallMap === (located ? 1 : 0), `entity ${name}: ${located ? 'a small map with its point' : 'no map (no coordinates)'}`, got.smallMap);
    if (how === 'link') {
      await shoot(page, chk, shots, 'entity', `entity page of ${e.name} (${e.type}): aliases, country, coordinates, a small map centred on it, counts, its incidents, the claims about it and its documents`);
    }
  }
}

async function checkSearch(page, api, chk, shots, data, where) {
  where.view = 'search';
  const word = 'hotel';
  const want = await api.get('/api/search', {q: word, limit: 100});
  chk.check(want.hits.length > 0, `API: search for "${word}" finds something`);
  await page.fill('#search', word);
  await nav(page, () => page.press('#search', 'Enter'));
  const done = () => page.waitForFunction(() => {
    const c = document.querySelector('main .count');
    return c && c.textContent.length > 0;
  }, null, {timeout: T});
  await done();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=search-hit]').length === n, want.hits.length, {timeout: T}).catch(() => {});
  const got = await page.evaluate(() => ({
    hash: location.hash,
    hits: [...document.querySelectorAll('[data-testid=search-hit]')].map((x) => x.querySelector('.muted.small').textContent),
    marks: [...document.querySelectorAll('main mark.hl-hit')].map((m) => m.textContent),
  }));
  chk.check(got.hash === '#/search/' + word, 'search box: Enter opens #/search/<words>', got.hash);
  chk.check(got.hits.length === want.hits.length && got.hits.every((d, i) => d === want.hits[i].doc),
    `search "${word}": the hits of /api/search in order`, `page ${show(got.hits)} api ${show(want.hits.map((x) => x.doc))}`);
  chk.check(got.marks.length > 0 && got.marks.every((m) => m.toLowerCase().startsWith(word)), `search "${word}": the matches marked`, show(got.marks));
  await shoot(page, chk, shots, 'search', `search for "${word}": ${got.hits.length} hits (documents, then claims) with the matching words marked in each snippet`);

  const none = await api.get('/api/search', {q: NONSENSE, limit: 100});
  await page.fill('#search', NONSENSE);
  await nav(page, () => page.press('#search', 'Enter'));
  await done();
  const n = await page.locator('[data-testid=search-hit]').count();
  const cnt = await page.textContent('main .count');
  chk.check(none.hits.length === 0 && n === 0 && /no documents or claims match/i.test(cnt), `search "${NONSENSE}": no hits, and it says so`, `${n} hits: ${cnt}`);
}

/** The hostile document's page, a search for it, and markup as search words and as an entity name: all shown as text. */
async function checkHostile(page, api, chk, data, where, label) {
  where.view = 'hostile document';
  const d = await api.doc(HOSTILE_ID);
  await go(page, '#/doc/' + encodeURIComponent(HOSTILE_ID));
  await checkDocument(page, api, chk, d, HOSTILE_ID, null, `${HOSTILE_ID} (${label})`);
  const got = await page.evaluate(() => ({
    visible: document.querySelector('[data-testid=doc-text]').innerText,
    title: document.querySelector('[data-testid=doc-title]').innerText,
    meta: document.querySelector('main dl.doc-meta').innerText,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    pwned: typeof window.__pwned,
  }));
  chk.check(got.visible.includes('<script>window.__pwned=1</script>') && got.visible.includes('<img src=x onerror="window.__pwned=2">') &&
    got.visible.includes('"quotes"'), `hostile document (${label}): <script>, <img onerror> and "quotes" visible as text`, show(got.visible));
  chk.check(got.title === HOSTILE.title, `hostile document (${label}): the title as text`, show(got.title));
  chk.check(got.meta.includes(HOSTILE.publisher) && got.meta.includes(HOSTILE.author) && got.meta.includes(HOSTILE.url),
    `hostile document (${label}): publisher, author and url as text`, show(got.meta));
  chk.check(got.jsLinks === 0, `hostile document (${label}): a javascript: url is not a link`);
  chk.check(got.pwned === 'undefined', `hostile document (${label}): window.__pwned undefined`, got.pwned);
  where.view = 'hostile search';
  const want = await api.get('/api/search', {q: 'pwned', limit: 100});
  await go(page, '#/search/pwned');
  await page.waitForFunction(() => (document.querySelector('main .count') || {}).textContent, null, {timeout: T});
  const hits = await page.$$eval('[data-testid=search-hit]', (els) => els.map((x) => ({doc: x.querySelector('.muted.small').textContent, text: x.innerText})));
  chk.check(want.hits.some((x) => x.doc === HOSTILE_ID) && hits.some((x) => x.doc === HOSTILE_ID && x.text.includes(HOSTILE.title)),
    `hostile search (${label}): the document found, its title as text`, show(hits));
  // The markup itself as search words, and as an entity name.
  await page.fill('#search', HOSTILE.title);
  await nav(page, () => page.press('#search', 'Enter'));
  await page.waitForFunction(() => (document.querySelector('main .count') || {}).textContent, null, {timeout: T});
  const h1 = await page.textContent('main h1');
  chk.check(h1.includes(HOSTILE.title), `hostile search words (${label}): shown as text`, show(h1));
  where.view = 'hostile entity';
  await go(page, '#/entity/' + encodeURIComponent('<img src=x onerror="window.__pwned=7">'));
  await page.locator('[data-testid=entity-name]').waitFor({timeout: T});
  const en = await page.textContent('[data-testid=entity-name]');
  chk.check(en === '<img src=x onerror="window.__pwned=7">', `hostile entity name (${label}): shown as text`, show(en));
  chk.check(await page.evaluate(() => typeof window.__pwned) === 'undefined', `hostile search and entity (${label}): window.__pwned undefined`);
}

/** Every view again, with every threat, claim and map item opened, in a context that bypasses the CSP. */
async function tourHostile(page, api, chk, data, where) {
  where.view = 'hostile tour: board';
  await page.goto(`${data.base}/`, {waitUntil: 'networkidle', timeout: T});
  await boardRows(page);
  for (const t of data.threats) {
    await page.locator(`[data-testid=threat-row][data-id="${t.id}"]`).click();
    await page.waitForFunction((id) => {
      const tr = document.querySelector(`[data-testid=threat-row][data-id="${id}"]`);
      const box = tr && tr.nextElementSibling && tr.nextElementSibling.querySelector('[data-testid=threat-detail]');
      return box && !box.querySelector('.loading');
    }, t.id, {timeout: T});
  }
  const hostileThreat = data.threats.find((t) => t.doc === HOSTILE_ID);
  if (chk.check(hostileThreat, 'API: the hostile document gives a threat')) {
    const ev = await page.textContent(`[data-testid=threat-row][data-id="${hostileThreat.id}"] + tr [data-testid=evidence]`);
    chk.check(ev.includes('<img src=x onerror="window.'), 'hostile tour: the hostile threat\'s passage shows its markup as text', show(ev));
  }
  where.view = 'hostile tour: map';
  await go(page, '#/map');
  await page.locator('[data-testid=map-count]').waitFor({timeout: T});
  await page.click('details.map-list > summary');
  const shows = page.locator('[data-testid=map-item] button');
  const n = await shows.count();
  let hostileShown = false;
  for (let i = 0; i < n; i++) {
    await shows.nth(i).click();
    const text = await page.locator('[data-testid=popup]').innerText();
    if (text.includes('__pwned')) hostileShown = true;
  }
  chk.check(n > 0 && hostileShown, 'hostile tour: every map item opened, the hostile ones with their text', n);
  where.view = 'hostile tour: timeline';
  await go(page, '#/timeline');
  await page.locator('main [data-testid=timeline]').waitFor({timeout: T});
  await settled(page);
  where.view = 'hostile tour: claims';
  await go(page, '#/claims?about=Antalya');
  await page.waitForFunction(() => /claims? shown|no claims/i.test((document.querySelector('main .count') || {}).textContent || ''), null, {timeout: T});
  await go(page, '#/claims');
  await page.waitForFunction(() => /claims? shown|no claims/i.test((document.querySelector('main .count') || {}).textContent || ''), null, {timeout: T});
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=claim][data-doc="hostile-0502"] [data-testid=evidence]')]
    .every((e) => e.classList.contains('marked')), null, {timeout: T});
  const hc = await page.$$eval('[data-testid=claim][data-doc="hostile-0502"]', (els) => els.map((e) => e.innerText).join('\n'));
  chk.check(hc.includes('<script>window.') && hc.includes(HOSTILE.author), 'hostile tour: the hostile claims show markup and the author\'s chain as text', show(hc));
  where.view = 'hostile tour: entities';
  for (const name of ['Antalya', 'ISIS']) {
    await go(page, '#/entity/' + encodeURIComponent(name));
    await page.locator('[data-testid=entity-name]').waitFor({timeout: T});
    await settled(page);
  }
  await checkHostile(page, api, chk, data, where, 'CSP bypassed');
  const injected = await page.evaluate(() => window.__injected);
  chk.check(injected.length === 0, 'hostile tour (CSP bypassed): no script, img, iframe, on* attribute or javascript: url ever entered the page', show(injected));
  chk.check(await page.evaluate(() => typeof window.__pwned) === 'undefined', 'hostile tour (CSP bypassed): window.__pwned undefined after every view');
}

/** Records elements a bug could inject: scripts from elsewhere, img/iframe/object/embed, on* attributes, javascript: urls. */
function injectionWatch() {
  window.__injected = [];
  const scan = (el) => {
    if (el.nodeType !== 1) return;
    for (const e of [el, ...el.querySelectorAll('*')]) {
      const tag = e.tagName.toLowerCase();
      if (tag === 'script' && !(e.src && e.src.startsWith(location.origin + '/static/'))) window.__injected.push('script ' + e.outerHTML.slice(0, 80));
      if (['img', 'iframe', 'object', 'embed', 'frame'].includes(tag)) window.__injected.push(tag + ' ' + e.outerHTML.slice(0, 80));
      for (const a of e.attributes) {
        if (/^on/i.test(a.name)) window.__injected.push('attribute ' + a.name + ' on ' + tag);
        if (/^(href|src|xlink:href|action|formaction)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) window.__injected.push('javascript: ' + a.name + ' on ' + tag);
      }
    }
  };
  new MutationObserver((muts) => {
    for (const m of muts) {
      if (m.type === 'attributes') scan(m.target);
      for (const n of m.addedNodes) scan(n);
    }
  }).observe(document, {childList: true, subtree: true, attributes: true});
}

async function checkPhone(page, api, chk, shots, data, where) {
  where.view = 'phone board';
  await page.goto(`${data.base}/#/board`, {waitUntil: 'networkidle', timeout: T});
  const rows = await boardRows(page);
  chk.check(rows.length === data.threats.length, 'phone: the board lists every threat', rows.length);
  const overflow = () => page.evaluate(() => ({
    vw: document.documentElement.clientWidth,
    doc: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 &&
      !e.closest('.table-wrap, .map-wrap, .tl-host')).slice(0, 5).map((e) => e.tagName + '.' + e.className),
  }));
  let o = await overflow();
  chk.check(o.vw <= 390 && o.doc <= o.vw && o.body <= o.vw, 'phone (390 px): the board does not overflow the page horizontally', show(o));
  const cards = await page.$$eval('[data-testid=threat-row]', (r) => r.map((e) => e.getBoundingClientRect().width));
  chk.check(cards.every((w) => w <= 390), 'phone: threat rows fit the width (cards)', show(cards));
  await page.locator('[data-testid=threat-row]').first().click();
  await page.waitForFunction(() => {
    const box = document.querySelector('[data-testid=threat-detail]');
    return box && !box.querySelector('.loading');
  }, null, {timeout: T});
  o = await overflow();
  chk.check(o.doc <= o.vw && o.body <= o.vw, 'phone: an opened threat does not overflow either', show(o));
  await shoot(page, chk, shots, 'board-phone', 'threat board at phone width (390 px): rows as cards, the first opened with its evidence and claims');
  // The other views: wide tables scroll inside their frame, the page does not.
  for (const hash of ['#/map', '#/timeline', '#/claims', '#/entity/Mogadishu', '#/doc/' + data.threats[0].doc, '#/search/hotel']) {
    where.view = 'phone ' + hash;
    await go(page, hash);
    await settled(page);
    o = await overflow();
    chk.check(o.doc <= o.vw && o.body <= o.vw, `phone: ${hash} does not overflow the page horizontally`, show(o));
  }
}

// ---- Main ----------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (+process.versions.node.split('.')[0] < 20) skip(`node ${process.versions.node} is older than 20, which playwright-core needs`);
  let chromium;
  try {
    ({chromium} = await import('playwright-core'));
  } catch (e) {
    skip('playwright-core is not installed (npm ci in tests/browser; scripts/install-deps.sh does it): ' + e.message.split('\n')[0]);
  }
  const exe = findChromium(args.chromium);
  if (!exe) skip(args.chromium ? `no chromium at ${args.chromium}` : 'chromium is not installed (apt-get install chromium; scripts/install-deps.sh does it)');

  const chk = new Checker('browser', args.verbose);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-browser-'));
  // A mutant's screenshots stay out of the artifacts.
  const shots = {dir: args.mutate ? path.join(tmp, 'shots') : args.artifacts, list: []};
  fs.mkdirSync(shots.dir, {recursive: true});
  let srv = null;
  let browser = null;
  try {
    const db = path.join(tmp, 'kb.db');
    const hostile = path.join(tmp, 'hostile.jsonl');
    fs.writeFileSync(hostile, JSON.stringify(HOSTILE) + '\n');
    const tok = path.join(tmp, 'token');
    fs.writeFileSync(tok, TOKEN + '\n');
    const ing = spawnSync(args.bin, ['ingest', '-q', '--db', db, FIXTURES, hostile], {encoding: 'utf8', timeout: 600000});
    if (!chk.check(ing.status === 0, 'fixtures and the hostile document ingested', `${ing.status} ${ing.error || ''} ${ing.stderr}`)) return chk.finish();
    srv = await startServer(args.bin, db, tok);
    const api = new Api(srv.port);
    const base = `http://127.0.0.1:${srv.port}`;
    const nFixtures = fs.readFileSync(FIXTURES, 'utf8').split('\n').filter((l) => l.trim()).length;
    const data = {
      base,
      stats: await api.get('/api/stats'),
      threats: await api.all('/api/threats', {}, 'threats'),
      timeline: await api.all('/api/timeline', {}, 'events'),
      geojson: await api.get('/api/export', {format: 'geojson'}),
      claimsTotal: (await api.all('/api/claims', {}, 'claims')).length,
    };
    chk.check(data.stats.documents === nFixtures + 1, 'API: every fixture and the hostile document stored', `${data.stats.documents} of ${nFixtures + 1}`);

    browser = await chromium.launch({
      executablePath: exe,
      headless: true,
      timeout: 120000,
      args: ['--no-proxy-server', '--disable-dev-shm-usage', '--disable-gpu', '--lang=en-US']
        .concat(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
    });
    if (args.verbose) console.log(`browser: ${exe} ${browser.version()}, server on ${base}`);
    if (args.mutate) console.log(`browser: serving mutant "${args.mutate}" of web/${MUTANTS[args.mutate][0]}: this run must fail`);

    // 1. The views, as served (CSP on), at laptop size.
    const errors = [];
    const where = {view: 'start'};
    const ctx = await browser.newContext({viewport: {width: 1280, height: 900}, locale: 'en-US'});
    ctx.setDefaultTimeout(T);
    if (args.mutate) await mutate(ctx, args.mutate);
    const page = await ctx.newPage();
    watch(page, errors, where);
    await chk.step('board', () => checkBoard(page, api, chk, shots, data, where));
    await chk.step('threat detail and document', () => checkThreatDetail(page, api, chk, shots, data, where));
    await chk.step('board filters', () => checkFilters(page, api, chk, data, where));
    await chk.step('map', () => checkMap(page, api, chk, shots, data, where));
    await chk.step('timeline', () => checkTimeline(page, api, chk, shots, data, where));
    await chk.step('claims', () => checkClaims(page, api, chk, shots, data, where));
    await chk.step('entities', () => checkEntities(page, api, chk, shots, data, where));
    await chk.step('search', () => checkSearch(page, api, chk, shots, data, where));
    await chk.step('hostile document', () => checkHostile(page, api, chk, data, where, 'CSP on'));
    await chk.step('hostile screenshot', async () => {
      await go(page, '#/doc/' + HOSTILE_ID);
      await page.locator('[data-testid=doc-text]').waitFor({timeout: T});
      await settled(page);
      await shoot(page, chk, shots, 'document-hostile', `the hostile document: title, publisher, author, a javascript: url and a text with <script>, <img onerror> and "quotes", all shown literally as text`);
    });
    chk.check(await page.evaluate(() => typeof window.__pwned) === 'undefined', 'CSP on: window.__pwned undefined after every view');
    await ctx.close();

    // 2. Hostile text with the CSP bypassed: the page's own code must keep it text.
    const errorsB = [];
    const whereB = {view: 'start'};
    const ctxB = await browser.newContext({viewport: {width: 1280, height: 900}, bypassCSP: true});
    ctxB.setDefaultTimeout(T);
    if (args.mutate) await mutate(ctxB, args.mutate);
    await ctxB.addInitScript(injectionWatch);
    await chk.step('canary', async () => {
      // The detectors work: markup put in the page as HTML runs here, and is recorded.
      const canary = await ctxB.newPage();
      await canary.goto(`${base}/#/search/${NONSENSE}`, {waitUntil: 'networkidle'});
      await canary.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__canary=1">'));
      const ran = await canary.waitForFunction(() => window.__canary === 1 && window.__injected.length > 0, null, {timeout: T}).then(() => true, () => false);
      chk.check(ran, 'canary: with the CSP bypassed an injected <img onerror> runs and is recorded, so the hostile checks can fail');
      await canary.close();
    });
    const pageB = await ctxB.newPage();
    watch(pageB, errorsB, whereB);
    await chk.step('hostile tour', () => tourHostile(pageB, api, chk, data, whereB));
    await ctxB.close();

    // 3. The server's CSP refuses inline handlers (what protects a page with a bug).
    await chk.step('csp', async () => {
      const ctxC = await browser.newContext();
      const p = await ctxC.newPage();
      await p.goto(`${base}/#/search/${NONSENSE}`, {waitUntil: 'networkidle'});
      const refused = await p.evaluate(() => new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {once: true});
        document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__canary=1">');
      }));
      const ran = await p.evaluate(() => typeof window.__canary);
      chk.check(/script-src|default-src/.test(refused) && ran === 'undefined', 'CSP on: an injected inline handler is refused', `${refused} ${ran}`);
      await ctxC.close();
    });

    // 4. Phone width.
    const errorsP = [];
    const whereP = {view: 'start'};
    const ctxP = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    ctxP.setDefaultTimeout(T);
    if (args.mutate) await mutate(ctxP, args.mutate);
    const pageP = await ctxP.newPage();
    watch(pageP, errorsP, whereP);
    await chk.step('phone', () => checkPhone(pageP, api, chk, shots, data, whereP));
    await ctxP.close();

    chk.check(errors.length === 0, 'no console errors or page errors in any view (CSP on)', errors.join('\n    '));
    chk.check(errorsB.length === 0, 'no console errors or page errors in the hostile tour', errorsB.join('\n    '));
    chk.check(errorsP.length === 0, 'no console errors or page errors at phone width', errorsP.join('\n    '));
  } catch (e) {
    chk.check(false, 'the test ran to its end', e && e.stack ? e.stack : String(e));
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (srv) {
      const rc = await stopServer(srv);
      chk.check(rc === 0, 'vigil serve exits 0 on SIGTERM', `${rc}: ${srv.stderr().slice(-2000)}`);
      chk.check(!/runtime error|AddressSanitizer|LeakSanitizer/.test(srv.stderr()), 'vigil serve: no sanitizer report', srv.stderr().slice(-2000));
    }
    fs.rmSync(tmp, {recursive: true, force: true});
  }
  if (!args.mutate) for (const [file, what] of shots.list) console.log(`screenshot ${path.relative(ROOT, file)}: ${what}`);
  return chk.finish();
}

process.exitCode = await main();

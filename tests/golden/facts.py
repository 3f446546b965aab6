#!/usr/bin/env python3
"""Golden facts: the specific things that must (and must not) come out of each
golden input, checked independently of the full expected.json.

For every tests/golden/<case>/ that holds a facts.json, the runner runs
`vigil extract --with-text [args] input.*` inside the case directory, picks
the records the facts name (by doc id, or by index), and matches each fact
against them. A fact is one expectation (an entity, incident, threat or claim
that must be there; something that must be absent; a count; a doc field). It
prints one FAIL line per unmet fact, with the closest thing found instead,
and ends with "facts: N passed, M failed"; exit 1 if any failed.

Known gaps: tests/golden/known-gaps.txt lists, one per line, the facts the
extractor is known not to meet yet (the label the FAIL line prints). Such a
fact is reported as GAP and does not fail the run; a listed fact that now
holds is reported as FIXED and fails the run until its line is removed, so
the list only shrinks on purpose. `--write-gaps` rewrites the list from the
current failures (an explicit request, reviewed like a golden update).

The format is described in tests/golden/README.md ("Facts"). Comparisons:
names, places, holders, cues and "_contains" texts are compared after NFC,
typographic quotes and dashes made plain, runs of white space made one
space, and case folding; "mention" texts are compared the same way but keep
their case; dates match by prefix ("2016-06" matches "2016-06-28"); numbers
exactly, null only where null is written.

    tests/golden/facts.py --bin build/release/vigil [CASE...]
    tests/golden/facts.py --records recs.jsonl --facts my.facts.json
    tests/golden/facts.py --list
"""
import argparse
import glob
import json
import math
import os
import shlex
import signal
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import lib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- text

_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"',
                        "\u201d": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def plain(s):
    """NFC, plain quotes and dashes, single spaces; case kept."""
    return " ".join(unicodedata.normalize("NFC", s).translate(_PLAIN).split())


def fold(s):
    """plain() and case folded; the dotted capital İ folds to i, as in
    Turkish ("İstanbul", "ISTANBUL" and "istanbul" are the same name)."""
    return plain(s).casefold().replace("i\u0307", "i")


def same(a, b):
    return isinstance(a, str) and isinstance(b, str) and fold(a) == fold(b)


def contains(hay, needle):
    return isinstance(hay, str) and fold(needle) in fold(hay)


def date_prefix(value, want):
    """want is a date prefix ("2016", "2016-06", "2016-06-28") or None."""
    if want is None:
        return value is None
    return isinstance(value, str) and value.startswith(want)


def date_cmp(a, b):
    """Compares two ISO dates at their common precision: -1, 0 or 1."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def km_between(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def short(o, n=70):
    s = o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


# ---------------------------------------------------------------- record view

class Rec:
    """One record with its cross-references resolved."""

    def __init__(self, r):
        self.r = r
        self.doc = r.get("doc") or {}
        self.ents = [e for e in (r.get("entities") or []) if isinstance(e, dict)]
        self.incs = [e for e in (r.get("incidents") or []) if isinstance(e, dict)]
        self.threats = [e for e in (r.get("threats") or []) if isinstance(e, dict)]
        self.claims = [e for e in (r.get("claims") or []) if isinstance(e, dict)]
        self.by_id = {e.get("id"): e for e in self.ents}
        t = self.doc.get("text")
        self.text = t.encode("utf-8") if isinstance(t, str) else None

    def ent(self, ref):
        return self.by_id.get(ref) if isinstance(ref, str) else None

    def span_text(self, sp):
        if self.text is None or not isinstance(sp, dict):
            return None
        s, e = sp.get("start"), sp.get("end")
        if not isinstance(s, int) or not isinstance(e, int):
            return None
        return self.text[s:e].decode("utf-8", "replace")

    def evidence_has(self, item, needle):
        return any(contains(self.span_text(sp), needle) for sp in (item.get("evidence") or []))


def mentions(e):
    return [m.get("text") for m in (e.get("mentions") or []) if isinstance(m, dict)
            and isinstance(m.get("text"), str)]


def same_ref(a, b):
    """Names of a referent: like same(), and a leading "the" does not count
    ("the Joint Operations Command" is "Joint Operations Command")."""
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    a, b = fold(a), fold(b)
    a = a[4:] if a.startswith("the ") else a
    b = b[4:] if b.startswith("the ") else b
    return a == b


def ent_is(e, s):
    """An entity answers to s by canonical name or by any mention's text."""
    if e is None:
        return False
    return same_ref(e.get("name"), s) or any(same_ref(m, s) for m in mentions(e))


def ent_label(e):
    if e is None:
        return "none"
    return f'"{e.get("name")}"'


def mention_texts(lst):
    return [m.get("text") for m in (lst or []) if isinstance(m, dict)]


def num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# ---------------------------------------------------------------- summaries

def sum_entity(rec, e):
    g = e.get("geo")
    geo = f'{g.get("kind")}@{g.get("lat")},{g.get("lon")}' if isinstance(g, dict) else "none"
    ms = sorted(set(mentions(e)))
    return (f'{e.get("id")} "{e.get("name")}" {e.get("type")} cc={e.get("country")} geo={geo} '
            f'mentions={short(ms, 60)}')


def sum_incident(rec, i):
    d = i.get("date")
    return (f'{i.get("id")} {i.get("type")} place={ent_label(rec.ent(i.get("place")))} '
            f'date={d.get("value") if isinstance(d, dict) else None} killed={i.get("killed")} '
            f'injured={i.get("injured")} groups=[{", ".join(ent_label(rec.ent(g)) for g in i.get("perpetrator_groups") or [])}]')


def sum_threat(rec, t):
    w = t.get("window")
    win = (f'{w.get("from") or w.get("value")}..{w.get("to") or w.get("value")}'
           if isinstance(w, dict) else None)
    return (f'{t.get("id")} actor={ent_label(rec.ent(t.get("actor")))} '
            f'places=[{", ".join(ent_label(rec.ent(p)) for p in t.get("places") or [])}] '
            f'types={t.get("target_types")} likelihood={t.get("likelihood")} window={win}')


def sum_claim(rec, c):
    h = rec.ent(c.get("holder"))
    roles = [x.get("role") for x in c.get("chain") or [] if isinstance(x, dict)]
    return (f'{c.get("id")} {short(c.get("text") or "", 50)!s} holder={ent_label(h) if h else None}'
            f'/{short(c.get("holder_text") or "", 30)} cue={c.get("cue")} '
            f'certainty={c.get("certainty")} polarity={c.get("polarity")} chain={roles}')


# ---------------------------------------------------------------- checks
# Each check takes (rec, item, want) and returns None when it holds, or a
# short reason. The tables below name the keys each kind of fact accepts.

def chk_eq(field, how=None):
    def f(rec, it, want):
        got = it.get(field)
        ok = (got is None) if want is None else (same(got, want) if how == "fold" else got == want)
        return None if ok else f"{field} {short(got, 40)} not {short(want, 40)}"
    return f


def chk_in(field, how=None):
    def f(rec, it, want):
        got = it.get(field)
        ok = any(same(got, w) if (how == "fold" and w is not None) else got == w for w in want)
        return None if ok else f"{field} {short(got, 40)} not in {short(want, 60)}"
    return f


def chk_num(field, op):
    def f(rec, it, want):
        got = it.get(field)
        if not num(got):
            return f"{field} is {got}"
        ok = got >= want if op == ">=" else got <= want
        return None if ok else f"{field} {got} not {op} {want}"
    return f


def chk_name(rec, e, want):
    return None if same(e.get("name"), want) else f'name "{e.get("name")}"'


def chk_name_any(rec, e, want):
    return None if any(same(e.get("name"), w) for w in want) else f'name "{e.get("name")}"'


def chk_name_contains(rec, e, want):
    return None if contains(e.get("name"), want) else f'name "{e.get("name")}"'


def chk_mention(rec, e, want):
    return None if plain(want) in map(plain, mentions(e)) else f"no mention {short(want)}"


def chk_mention_any(rec, e, want):
    ms = set(map(plain, mentions(e)))
    return None if any(plain(w) in ms for w in want) else f"no mention in {short(want)}"


def chk_mentions_all(rec, e, want):
    ms = set(map(plain, mentions(e)))
    miss = [w for w in want if plain(w) not in ms]
    return None if not miss else f"no mention {short(miss)}"


def chk_mention_contains(rec, e, want):
    return None if any(contains(m, want) for m in mentions(e)) else f"no mention containing {short(want)}"


def chk_geo(rec, e, want):
    g = e.get("geo")
    has = isinstance(g, dict) and num(g.get("lat")) and num(g.get("lon"))
    return None if has == want else ("no geo" if want else "has geo")


def chk_geo_kind(rec, e, want):
    g = e.get("geo")
    k = g.get("kind") if isinstance(g, dict) else None
    wants = want if isinstance(want, list) else [want]
    return None if k in wants else f"geo kind {k}"


def chk_near(rec, e, want):
    g = e.get("geo")
    if not (isinstance(g, dict) and num(g.get("lat")) and num(g.get("lon"))):
        return "no geo"
    d = km_between(g["lat"], g["lon"], want[0], want[1])
    return None if d <= want[2] else f"geo {g['lat']},{g['lon']} is {d:.0f} km away"


def ref_check(field, many, mode):
    """field holds a ref (many=False) or a list of refs; mode: one (want is a
    string), any (a list of strings), all (every string in the list)."""
    def f(rec, it, want):
        refs = it.get(field) if many else [it.get(field)]
        ents = [rec.ent(r) for r in (refs or []) if r is not None]
        names = ", ".join(ent_label(e) for e in ents) or "none"
        if mode == "one":
            ok = any(ent_is(e, want) for e in ents)
        elif mode == "any":
            ok = any(ent_is(e, w) for e in ents for w in want)
        elif mode == "all":
            miss = [w for w in want if not any(ent_is(e, w) for e in ents)]
            return None if not miss else f"{field} [{names}] lack {short(miss)}"
        else:  # "none": no ref answers to any of want
            bad = [w for w in want if any(ent_is(e, w) for e in ents)]
            return None if not bad else f"{field} [{names}] include {short(bad)}"
        return None if ok else f"{field} [{names}]"
    return f


def chk_place_country(rec, it, want):
    e = rec.ent(it.get("place"))
    got = e.get("country") if e else None
    return None if got == want else f"place country {got}"


def chk_empty(field):
    def f(rec, it, want):
        n = len(it.get(field) or [])
        return None if (n == 0) == want else f"{field} has {n}"
    return f


def chk_null(field):
    def f(rec, it, want):
        return None if (it.get(field) is None) == want else f"{field} is {short(it.get(field), 30)}"
    return f


def chk_mentions_contain(field):
    def f(rec, it, want):
        ts = mention_texts(it.get(field))
        return None if any(contains(t, want) for t in ts) else f"{field} {short(ts, 60)}"
    return f


def chk_num_exact(field):
    def f(rec, it, want):
        got = it.get(field)
        return None if got == want and type(got) is not bool else f"{field} {got}"
    return f


def chk_num_any(field):
    def f(rec, it, want):
        got = it.get(field)
        return None if any(got == w for w in want) else f"{field} {got}"
    return f


def chk_evidence(rec, it, want):
    if rec.text is None:
        return "no doc.text (run with --with-text) to read evidence"
    ev = [short(rec.span_text(sp) or "", 40) for sp in it.get("evidence") or []]
    return None if rec.evidence_has(it, want) else f"evidence {short(ev, 80)}"


def chk_date(rec, it, want):
    d = it.get("date")
    v = d.get("value") if isinstance(d, dict) else None
    return None if date_prefix(v, want) else f"date {v}"


def chk_date_any(rec, it, want):
    d = it.get("date")
    v = d.get("value") if isinstance(d, dict) else None
    return None if any(date_prefix(v, w) for w in want) else f"date {v}"


def window_bounds(w):
    if not isinstance(w, dict):
        return None, None
    lo = w.get("from") or w.get("value")
    hi = w.get("to") or w.get("value") or lo
    return lo, hi


def bounds_within(t, want, what):
    """None when time t (a point or a window) lies within want's two dates."""
    lo, hi = window_bounds(t)
    if lo is None:
        return f"no {what}"
    ok = date_cmp(lo, want[0]) >= 0 and date_cmp(hi, want[1]) <= 0 and date_cmp(lo, want[1]) <= 0
    return None if ok else f"{what} {lo}..{hi}"


def chk_date_within(rec, it, want):
    return bounds_within(it.get("date"), want, "date")


def chk_window(rec, it, want):
    return None if isinstance(it.get("window"), dict) == want else f"window {short(it.get('window'), 40)}"


def chk_window_from(rec, it, want):
    lo, _ = window_bounds(it.get("window"))
    return None if date_prefix(lo, want) else f"window starts {lo}"


def chk_window_within(rec, it, want):
    return bounds_within(it.get("window"), want, "window")


def chk_target_type(rec, it, want):
    tt = it.get("target_types") or []
    return None if want in tt else f"target_types {tt}"


def chk_target_type_any(rec, it, want):
    tt = it.get("target_types") or []
    return None if any(w in tt for w in want) else f"target_types {tt}"


def chk_target_types_all(rec, it, want):
    tt = it.get("target_types") or []
    miss = [w for w in want if w not in tt]
    return None if not miss else f"target_types {tt} lack {miss}"


def chk_actor_field(field):
    def f(rec, it, want):
        e = rec.ent(it.get("actor"))
        got = e.get(field) if e else None
        return None if got == want else f"actor {field} {got}"
    return f


def chk_text_contains(rec, c, want):
    return None if contains(c.get("text"), want) else f"text {short(c.get('text') or '', 50)}"


def chk_holder(mode):
    def f(rec, c, want):
        h = rec.ent(c.get("holder"))
        ht = c.get("holder_text")
        wants = [want] if mode == "one" else want
        ok = any(ent_is(h, w) or same_ref(ht, w) for w in wants)
        return None if ok else f"holder {ent_label(h) if h else None}/{short(ht, 30)}"
    return f


def chk_holder_none(rec, c, want):
    none = c.get("holder") is None and not c.get("holder_text")
    return None if none == want else f"holder {c.get('holder')}/{short(c.get('holder_text'), 30)}"


def chk_holder_text(rec, c, want):
    ht = c.get("holder_text")
    return None if contains(ht, want) else f"holder_text {short(ht, 40)}"


def chain_of(c):
    return [x for x in c.get("chain") or [] if isinstance(x, dict)]


def link_is(link, w):
    if "role" in w and link.get("role") != w["role"]:
        return False
    if "name_contains" in w and not contains(link.get("name"), w["name_contains"]):
        return False
    return True


def chk_chain_roles(rec, c, want):
    roles = [x.get("role") for x in chain_of(c)]
    return None if roles == want else f"chain roles {roles}"


def chain_desc(c):
    return short([f'{x.get("role")}:{x.get("name")}' for x in chain_of(c)], 80)


def chk_chain_contains(rec, c, want):
    ch, i = chain_of(c), 0
    for w in want:
        while i < len(ch) and not link_is(ch[i], w):
            i += 1
        if i == len(ch):
            return f"chain {chain_desc(c)}"
        i += 1
    return None


def chk_chain_excludes(rec, c, want):
    bad = [x for x in chain_of(c) for w in want if link_is(x, w)]
    return None if not bad else f"chain {chain_desc(c)}"


def chk_quantity_field(field):
    def f(rec, it, want):
        qs = [q for q in it.get(field) or [] if isinstance(q, dict)]
        found = [q for q in qs if not fails(QUANTITY, rec, q, want)]
        desc = short([f'{q.get("text")}:{q.get("min")}-{q.get("max")}' for q in qs], 70)
        return None if found else f"{field} {desc}"
    return f


def chk_quantities_all(field):
    one = chk_quantity_field(field)

    def f(rec, it, want):
        for w in want:
            r = one(rec, it, w)
            if r:
                return r + f" lack {short(w, 40)}"
        return None
    return f


def chk_time(rec, c, want):
    ts = [t for t in c.get("times") or [] if isinstance(t, dict)]
    found = [t for t in ts if not fails(TIME, rec, t, want)]
    desc = short([f'{t.get("text")}={t.get("value")}' for t in ts], 70)
    return None if found else f"times {desc}"


def chk_q_exact(field):
    def f(rec, q, want):
        got = q.get(field)
        ok = (got is None) if want is None else (num(got) and got == want)
        return None if ok else f"{field} {got}"
    return f


def chk_q_any(field):
    def f(rec, q, want):
        got = q.get(field)
        ok = any((got is None) if w is None else (num(got) and got == w) for w in want)
        return None if ok else f"{field} {got}"
    return f


def chk_contains(field):
    def f(rec, it, want):
        return None if contains(it.get(field), want) else f"{field} {short(it.get(field), 40)}"
    return f


def chk_t_prefix(field):
    def f(rec, t, want):
        return None if date_prefix(t.get(field), want) else f"{field} {t.get(field)}"
    return f


# ---------------------------------------------------------------- schemas
# key -> (what its value must be, the check). Value kinds: str, strs (a
# non-empty list of strings), bool, int, ints (list of int or null), num,
# date (a date prefix or null), dates, near ([lat, lon, km]), range ([lo, hi]
# dates), quantity / quantities / time (nested specs), links (chain links),
# opt_str (string or null), num_or_null.

STR, STRS, BOOL, INT, INTS, NUM, DATE, DATES = "str", "strs", "bool", "int", "ints", "num", "date", "dates"

ENTITY = {
    "name": (STR, chk_name), "name_any": (STRS, chk_name_any),
    "name_contains": (STR, chk_name_contains),
    "mention": (STR, chk_mention), "mention_any": (STRS, chk_mention_any),
    "mentions_all": (STRS, chk_mentions_all), "mention_contains": (STR, chk_mention_contains),
    "type": (STR, chk_eq("type")), "type_any": (STRS, chk_in("type")),
    "country": ("opt_str", chk_eq("country")), "country_any": ("opt_strs", chk_in("country")),
    "geo": (BOOL, chk_geo), "geo_kind": (STR, chk_geo_kind), "geo_kind_any": (STRS, chk_geo_kind),
    "near": ("near", chk_near),
}

INCIDENT = {
    "type": (STR, chk_eq("type")), "type_any": (STRS, chk_in("type")),
    "place": (STR, ref_check("place", False, "one")),
    "place_any": (STRS, ref_check("place", False, "any")),
    "place_country": (STR, chk_place_country),
    "date": (DATE, chk_date), "date_any": (DATES, chk_date_any),
    "date_within": ("range", chk_date_within),
    "perpetrator_group": (STR, ref_check("perpetrator_groups", True, "one")),
    "perpetrator_group_any": (STRS, ref_check("perpetrator_groups", True, "any")),
    "not_perpetrator_group_any": (STRS, ref_check("perpetrator_groups", True, "none")),
    "no_perpetrator_group": (BOOL, chk_empty("perpetrator_groups")),
    "perpetrator_contains": (STR, chk_mentions_contain("perpetrators")),
    "target_contains": (STR, chk_mentions_contain("targets")),
    "victim_contains": (STR, chk_mentions_contain("victims")),
    "weapon_contains": (STR, chk_mentions_contain("weapons")),
    "killed": ("int_or_null", chk_num_exact("killed")), "killed_any": (INTS, chk_num_any("killed")),
    "killed_min": (INT, chk_num("killed", ">=")), "killed_max": (INT, chk_num("killed", "<=")),
    "injured": ("int_or_null", chk_num_exact("injured")),
    "injured_any": (INTS, chk_num_any("injured")),
    "injured_min": (INT, chk_num("injured", ">=")), "injured_max": (INT, chk_num("injured", "<=")),
    "evidence_contains": (STR, chk_evidence),
}

QUANTITY = {
    "text_contains": (STR, chk_contains("text")),
    "min": ("num_or_null", chk_q_exact("min")), "max": ("num_or_null", chk_q_exact("max")),
    "min_any": ("nums", chk_q_any("min")), "max_any": ("nums", chk_q_any("max")),
    "unit": (STR, chk_eq("unit", "fold")), "unit_any": (STRS, chk_in("unit", "fold")),
}

TIME = {
    "value": (DATE, chk_t_prefix("value")), "from": (DATE, chk_t_prefix("from")),
    "to": (DATE, chk_t_prefix("to")), "text_contains": (STR, chk_contains("text")),
}

THREAT = {
    "actor": (STR, ref_check("actor", False, "one")),
    "actor_any": (STRS, ref_check("actor", False, "any")),
    "actor_type": (STR, chk_actor_field("type")), "actor_country": (STR, chk_actor_field("country")),
    "no_actor": (BOOL, chk_null("actor")),
    "place": (STR, ref_check("places", True, "one")),
    "place_any": (STRS, ref_check("places", True, "any")),
    "places_all": (STRS, ref_check("places", True, "all")),
    "target_type": (STR, chk_target_type), "target_type_any": (STRS, chk_target_type_any),
    "target_types_all": (STRS, chk_target_types_all),
    "target_contains": (STR, chk_mentions_contain("targets")),
    "likelihood": ("opt_str", chk_eq("likelihood")),
    "likelihood_any": ("opt_strs", chk_in("likelihood")),
    "window": (BOOL, chk_window), "window_from": (DATE, chk_window_from),
    "window_within": ("range", chk_window_within),
    "capability": ("quantity", chk_quantity_field("capability")),
    "capabilities": ("quantities", chk_quantities_all("capability")),
    "evidence_contains": (STR, chk_evidence),
}

CLAIM = {
    "text_contains": (STR, chk_text_contains),
    "holder": (STR, chk_holder("one")), "holder_any": (STRS, chk_holder("any")),
    "holder_none": (BOOL, chk_holder_none), "holder_text_contains": (STR, chk_holder_text),
    "cue": ("opt_str", chk_eq("cue", "fold")), "cue_any": ("opt_strs", chk_in("cue", "fold")),
    "certainty": (STR, chk_eq("certainty")), "certainty_any": (STRS, chk_in("certainty")),
    "polarity": (STR, chk_eq("polarity")),
    "chain_roles": ("roles", chk_chain_roles), "chain_contains": ("links", chk_chain_contains),
    "chain_excludes": ("links", chk_chain_excludes),
    "about": (STR, ref_check("about", True, "one")),
    "about_any": (STRS, ref_check("about", True, "any")),
    "quantity": ("quantity", chk_quantity_field("quantities")),
    "quantities": ("quantities", chk_quantities_all("quantities")),
    "time": ("time", chk_time),
}

KINDS = {  # list key in facts -> (record attribute, spec table, summary, noun)
    "entities": ("ents", ENTITY, sum_entity, "entity"),
    "incidents": ("incs", INCIDENT, sum_incident, "incident"),
    "threats": ("threats", THREAT, sum_threat, "threat"),
    "claims": ("claims", CLAIM, sum_claim, "claim"),
}
ABSENT = {"entity": "entities", "incident": "incidents", "threat": "threats", "claim": "claims"}
COUNTS = {f"{k}_{m}" for k in KINDS for m in ("min", "max")}
DOC_FIELDS = {"id", "title", "author", "publisher", "url", "published", "lang"}
ENUMS = {
    "type": {"entities": {"person", "armed_group", "organization", "government", "place", "facility"},
             "incidents": {"bombing", "armed_assault", "assassination", "kidnapping", "hijacking",
                           "arson", "attack", "security_operation"}},
    "likelihood": {"almost_no_chance", "very_unlikely", "unlikely", "roughly_even_chance",
                   "likely", "very_likely", "almost_certain", None},
    "certainty": {"certain", "probable", "possible", "unknown"},
    "polarity": {"positive", "negative"},
    "role": {"author", "publisher", "source", "holder"},
}


def fails(table, rec, item, spec):
    """The reasons item does not meet spec (empty when it does)."""
    out = []
    for k, v in spec.items():
        if k in ("note", "unique"):
            continue
        r = table[k][1](rec, item, v)
        if r:
            out.append(r)
    return out


# ---------------------------------------------------------------- validation

def is_date(v):
    return isinstance(v, str) and len(v) >= 4 and v[:4].isdigit()


def valid_value(kind, v):
    strs = isinstance(v, list) and v and all(isinstance(x, str) for x in v)
    if kind == STR:
        return isinstance(v, str) and v != ""
    if kind == STRS:
        return bool(strs)
    if kind == "opt_str":
        return v is None or isinstance(v, str)
    if kind == "opt_strs":
        return isinstance(v, list) and v and all(x is None or isinstance(x, str) for x in v)
    if kind == BOOL:
        return isinstance(v, bool)
    if kind == INT:
        return isinstance(v, int) and not isinstance(v, bool)
    if kind == "int_or_null":
        return v is None or (isinstance(v, int) and not isinstance(v, bool))
    if kind == INTS:
        return isinstance(v, list) and v and all(x is None or (isinstance(x, int) and
                                                               not isinstance(x, bool)) for x in v)
    if kind == "num_or_null":
        return v is None or num(v)
    if kind == "nums":
        return isinstance(v, list) and v and all(x is None or num(x) for x in v)
    if kind == DATE:
        return v is None or is_date(v)
    if kind == DATES:
        return isinstance(v, list) and v and all(x is None or is_date(x) for x in v)
    if kind == "near":
        return isinstance(v, list) and len(v) == 3 and all(num(x) for x in v)
    if kind == "range":
        return isinstance(v, list) and len(v) == 2 and all(is_date(x) for x in v)
    if kind == "roles":
        return isinstance(v, list) and all(x in ENUMS["role"] for x in v)
    if kind == "links":
        return isinstance(v, list) and v and all(
            isinstance(x, dict) and x and set(x) <= {"role", "name_contains"} and
            x.get("role", "author") in ENUMS["role"] for x in v)
    return False


def validate_spec(table, spec, where, allow_unique=True, list_key=None):
    """Problems with one expectation (unknown keys, wrong value kinds)."""
    if not isinstance(spec, dict):
        return [f"{where}: not an object"]
    probs = []
    for k, v in spec.items():
        if k == "note":
            if not isinstance(v, str):
                probs.append(f"{where}: note must be a string")
            continue
        if k == "unique" and allow_unique:
            if not isinstance(v, bool):
                probs.append(f"{where}: unique must be true or false")
            continue
        if k not in table:
            probs.append(f"{where}: unknown key {k!r}")
            continue
        kind = table[k][0]
        if kind in ("quantity", "time"):
            sub = QUANTITY if kind == "quantity" else TIME
            probs += validate_spec(sub, v, f"{where}.{k}", False)
            continue
        if kind == "quantities":
            if not (isinstance(v, list) and v):
                probs.append(f"{where}: {k} must be a non-empty list")
            for j, q in enumerate(v if isinstance(v, list) else []):
                probs += validate_spec(QUANTITY, q, f"{where}.{k}[{j}]", False)
            continue
        if not valid_value(kind, v):
            probs.append(f"{where}: bad value for {k}: {short(v, 40)}")
            continue
        base = k.split("_any")[0] if k.endswith("_any") else k
        allowed = ENUMS.get(base)
        if isinstance(allowed, dict):
            allowed = allowed.get(list_key)
        if allowed is not None:
            vals = v if isinstance(v, list) else [v]
            bad = [x for x in vals if x not in allowed]
            if bad:
                probs.append(f"{where}: {k} {short(bad, 40)} is not a schema value")
    return probs


def validate_facts(facts):
    """Problems with a whole facts.json; empty when it is well formed."""
    if not isinstance(facts, dict):
        return ["facts.json: top level must be an object"]
    probs = [f"facts.json: unknown key {k!r}" for k in facts
             if k not in ("records", "records_count", "note")]
    recs = facts.get("records")
    if not isinstance(recs, list) or not recs:
        return probs + ["facts.json: records must be a non-empty list"]
    if "records_count" in facts and not valid_value(INT, facts["records_count"]):
        probs.append("facts.json: records_count must be an integer")
    for i, rf in enumerate(recs):
        w = f"records[{i}]"
        if not isinstance(rf, dict):
            probs.append(f"{w}: not an object")
            continue
        if "id" in rf and "index" in rf:
            probs.append(f"{w}: give id or index, not both")
        for k, v in rf.items():
            if k in ("note",):
                continue
            if k == "id":
                if not isinstance(v, str):
                    probs.append(f"{w}: id must be a string")
            elif k == "index":
                if not valid_value(INT, v) or v < 0:
                    probs.append(f"{w}: index must be an integer >= 0")
            elif k in KINDS:
                if not isinstance(v, list):
                    probs.append(f"{w}.{k}: must be a list")
                    continue
                for j, s in enumerate(v):
                    probs += validate_spec(KINDS[k][1], s, f"{w}.{k}[{j}]", True, k)
            elif k == "absent":
                if not isinstance(v, list):
                    probs.append(f"{w}.absent: must be a list")
                    continue
                for j, a in enumerate(v):
                    keys = [x for x in (a if isinstance(a, dict) else {}) if x != "note"]
                    if len(keys) != 1 or keys[0] not in ABSENT:
                        probs.append(f"{w}.absent[{j}]: needs exactly one of "
                                     f"{sorted(ABSENT)} (and an optional note)")
                        continue
                    lk = ABSENT[keys[0]]
                    probs += validate_spec(KINDS[lk][1], a[keys[0]],
                                           f"{w}.absent[{j}].{keys[0]}", False, lk)
            elif k == "counts":
                if not isinstance(v, dict):
                    probs.append(f"{w}.counts: must be an object")
                    continue
                for ck, cv in v.items():
                    if ck not in COUNTS:
                        probs.append(f"{w}.counts: unknown key {ck!r}")
                    elif not valid_value(INT, cv) or cv < 0:
                        probs.append(f"{w}.counts.{ck}: must be an integer >= 0")
            elif k == "doc":
                if not isinstance(v, dict):
                    probs.append(f"{w}.doc: must be an object")
                    continue
                for dk, dv in v.items():
                    if dk not in DOC_FIELDS:
                        probs.append(f"{w}.doc: unknown key {dk!r}")
                    elif dv is not None and not isinstance(dv, str):
                        probs.append(f"{w}.doc.{dk}: must be a string or null")
            else:
                probs.append(f"{w}: unknown key {k!r}")
    return probs


def count_facts(facts):
    """Number of facts in a (valid) facts.json, by kind."""
    n = {k: 0 for k in ("entities", "incidents", "threats", "claims", "absent", "counts", "doc")}
    n["records_count"] = 1 if "records_count" in facts else 0
    for rf in facts.get("records") or []:
        for k in n:
            if k in rf:
                n[k] += len(rf[k])
    return n


# ---------------------------------------------------------------- matching

def spec_text(spec):
    return short({k: v for k, v in spec.items() if k != "note"}, 150)


def check_present(rec, lk, spec):
    """None when the expectation is met, else what was found instead."""
    attr, table, summ, _ = KINDS[lk]
    items = getattr(rec, attr)
    scored = [(fails(table, rec, it, spec), it) for it in items]
    hits = [it for f, it in scored if not f]
    if spec.get("unique") and len(hits) > 1:
        return f"{len(hits)} {lk} match, want one: " + " | ".join(summ(rec, it) for it in hits[:3])
    if hits:
        return None
    if not items:
        return f"no {lk} in the record"
    best_f, best = min(scored, key=lambda p: len(p[0]))
    return f"closest {summ(rec, best)} -- {'; '.join(best_f)}"


def check_absent(rec, lk, spec):
    attr, table, summ, _ = KINDS[lk]
    hits = [it for it in getattr(rec, attr) if not fails(table, rec, it, spec)]
    if not hits:
        return None
    return f"found {len(hits)}: " + " | ".join(summ(rec, it) for it in hits[:3])


def check_count(rec, key, want):
    lk, bound = key.rsplit("_", 1)
    n = len(getattr(rec, KINDS[lk][0]))
    ok = n >= want if bound == "min" else n <= want
    return None if ok else f"{n} {lk}"


def check_doc(rec, key, want):
    got = rec.doc.get(key)
    ok = got is None if want is None else (isinstance(got, str) and plain(got) == plain(want))
    return None if ok else f"doc.{key} is {short(got, 60)}"


def run_facts(case, facts, recs, chk, run_note=None, verbose=False):
    """Checks every fact of one case against recs (a list of record dicts)."""

    def report(what, why):
        if run_note and why:
            why = f"{why} ({run_note})"
        chk.label = f"{case}: {what}"
        chk.check(why is None, f"{case}: {what}" + (f": {why}" if why else ""))
        chk.label = None
        if verbose and why is None:
            print(f"ok   {case}: {what}")

    if "records_count" in facts:
        n = len(recs)
        report(f"records_count {facts['records_count']}",
               None if n == facts["records_count"] else f"{n} records")
    for i, rf in enumerate(facts["records"]):
        if "id" in rf:
            sel = f"[{rf['id']}]"
            found = [r for r in recs if (r.get("doc") or {}).get("id") == rf["id"]]
            r = found[0] if found else None
            missing = None if r else ("no record with doc.id " + short(rf["id"], 50) + "; ids: "
                                      + short([(x.get('doc') or {}).get('id') for x in recs], 80))
        else:
            idx = rf.get("index", 0)
            sel = f"[{idx}]"
            r = recs[idx] if 0 <= idx < len(recs) else None
            missing = None if r else f"no record {idx} ({len(recs)} records)"
        rec = Rec(r) if r else None
        for key, v in (rf.get("doc") or {}).items():
            report(f"{sel} doc.{key} {short(v, 60)}", missing or check_doc(rec, key, v))
        for lk in KINDS:
            for j, spec in enumerate(rf.get(lk) or []):
                report(f"{sel} {lk}[{j}] {spec_text(spec)}", missing or check_present(rec, lk, spec))
        for j, a in enumerate(rf.get("absent") or []):
            noun = next(k for k in a if k != "note")
            report(f"{sel} absent[{j}] {noun} {spec_text(a[noun])}",
                   missing or check_absent(rec, ABSENT[noun], a[noun]))
        for key, v in (rf.get("counts") or {}).items():
            report(f"{sel} counts.{key} {v}", missing or check_count(rec, key, v))


# ---------------------------------------------------------------- driver

def parse_records(text):
    """JSON Lines, a JSON array, or concatenated (pretty) JSON objects."""
    text = text.strip()
    if text.startswith("["):
        return [r for r in json.loads(text) if isinstance(r, dict)]
    dec, out, pos = json.JSONDecoder(), [], 0
    while pos < len(text):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        r, pos = dec.raw_decode(text, pos)
        if isinstance(r, dict):
            out.append(r)
    return out


def load_facts(path, chk, case):
    try:
        with open(path, encoding="utf-8") as f:
            facts = json.load(f)
    except (OSError, ValueError) as e:
        chk.check(False, f"{case}: facts.json does not load: {e}")
        return None
    probs = validate_facts(facts)
    for p in probs:
        chk.check(False, f"{case}: {p}")
    return None if probs else facts


GAPS = os.path.join(HERE, "known-gaps.txt")


class GapChecker(lib.Checker):
    """A Checker that knows the listed gaps: a listed failure is a GAP, a
    listed success is FIXED (a failure, so the list is kept true)."""

    def __init__(self, name, gaps):
        super().__init__(name)
        self.gaps = gaps
        self.gap_count = 0
        self.failures = []
        self.label = None

    def check(self, cond, what, detail=""):
        label = self.label or what
        listed = label in self.gaps
        if not cond:
            self.failures.append(label)
        if listed and not cond:
            self.gap_count += 1
            return False
        if listed and cond:
            print(f"FIXED {self.name}: {label} (remove it from known-gaps.txt)")
            self.failed += 1
            return True
        return super().check(cond, what, detail)

    def finish(self):
        if self.gap_count:
            print(f"{self.name}: {self.gap_count} known gaps (tests/golden/known-gaps.txt)")
        super().finish()


def load_gaps():
    if not os.path.exists(GAPS):
        return set()
    with open(GAPS, encoding="utf-8") as f:
        return {l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", help="the vigil binary")
    ap.add_argument("--records", metavar="FILE",
                    help="check these records (JSON Lines or pretty JSON) instead of running vigil; "
                         "needs --facts or exactly one CASE")
    ap.add_argument("--facts", metavar="FILE", help="a facts.json to check instead of the cases'")
    ap.add_argument("--list", action="store_true", help="print the number of facts per case and stop")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print the facts that hold")
    ap.add_argument("--write-gaps", action="store_true",
                    help="rewrite tests/golden/known-gaps.txt from the facts that fail now")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `facts.py | head` ends quietly
    chk = GapChecker("facts", set() if a.write_gaps else load_gaps())

    if a.facts:
        jobs = [(os.path.splitext(os.path.basename(a.facts))[0], a.facts, None)]
    else:
        dirs = sorted(d for d in glob.glob(os.path.join(HERE, "*")) if os.path.isdir(d))
        if a.cases:
            unknown = set(a.cases) - {os.path.basename(d) for d in dirs}
            if unknown:
                ap.error(f"no such case: {', '.join(sorted(unknown))}")
            dirs = [d for d in dirs if os.path.basename(d) in a.cases]
        jobs = [(os.path.basename(d), os.path.join(d, "facts.json"), d) for d in dirs
                if os.path.exists(os.path.join(d, "facts.json"))]

    if a.list:
        total = 0
        for case, path, _ in jobs:
            facts = load_facts(path, chk, case)
            if facts is None:
                continue
            n = count_facts(facts)
            t = sum(n.values())
            total += t
            print(f"{case:24} {t:3}  " + " ".join(f"{k}={v}" for k, v in n.items() if v))
        print(f"{len(jobs)} cases, {total} facts")
        sys.exit(1 if chk.failed else 0)

    if a.records:
        if len(jobs) != 1:
            ap.error("--records needs --facts FILE or exactly one CASE")
        with open(a.records, encoding="utf-8") as f:
            given = parse_records(f.read())
    elif not a.bin:
        ap.error("--bin is required (or --records)")

    for case, path, d in jobs:
        facts = load_facts(path, chk, case)
        if facts is None:
            continue
        note = None
        if a.records:
            recs = given
        else:
            inputs = sorted(glob.glob(os.path.join(d, "input.*")))
            if len(inputs) != 1:
                chk.check(False, f"{case}: exactly one input.* file (found {len(inputs)})")
                continue
            args = []
            if os.path.exists(os.path.join(d, "args")):
                with open(os.path.join(d, "args"), encoding="utf-8") as f:
                    args = shlex.split(f.read())
            cmd = ["extract", "--with-text"] + args + [os.path.basename(inputs[0])]
            code, out, err = lib.run(os.path.abspath(a.bin), cmd, cwd=d)
            try:
                recs = parse_records(out)
            except ValueError as e:
                recs, err = [], f"output is not JSON: {e}; {err}"
            if code != 0 or not recs:
                first = (err.strip().splitlines() or [""])[0]
                note = f"vigil exited {code}: {short(first, 80)}"
        run_facts(case, facts, recs, chk, note, a.verbose)
    if a.write_gaps:
        with open(GAPS, "w", encoding="utf-8") as f:
            f.write("# Facts the extractor does not meet yet (written by facts.py --write-gaps;\n"
                    "# review the diff). Each line is a fact label as FAIL lines print it.\n")
            for label in chk.failures:
                f.write(label + "\n")
        print(f"wrote {len(chk.failures)} known gaps to {GAPS}")
        return
    chk.finish()


if __name__ == "__main__":
    main()

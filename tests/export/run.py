#!/usr/bin/env python3
"""Export tests: `vigil extract --format stix|geojson|csv` on the golden
inputs (tests/golden/*/input.*, with their args), all of them in one run,
and the seed document when ../shared/seed is there.

STIX: every object is validated against the OASIS JSON Schema of its type
(../shared/spec/stix2.1/schemas, resolved offline through a map from $id to
file; skipped with a message when absent), plus what those schemas miss
(../shared/spec/stix2.1/README.md): the bundle envelope, required
properties the spec names, spec_version, id prefix = type, created <=
modified, unique ids, every *_ref / *_refs resolving inside the bundle, the
extension-definition of every extension used, and the extension properties
against the project's own schemas (spec/stix-ext/, found by the
definition's `schema`). Counts match the JSON records; two runs are
byte-identical; a fact keeps its id whatever else is in the run. The seed's
bundle has the ISIS threat-actor, Istanbul and Antalya with coordinates,
the threats as relationships and a note per claim.

GeoJSON: RFC 7946 structure, [lon, lat] order against the records'
coordinates, feature counts; read by `ogrinfo` (gdal-bin): the feature
count, each feature's attributes against the records, a -where filter and
an SQL sum (required when $CI is set, else skipped with a message).
CSV: read back with Python's csv module: the combined table (no --kind) and
the table of each kind (incidents, threats, claims, entities): header,
CRLF, one row per fact (per distinct entity of the run), fields equal to the
records', ids those of the STIX bundle, entity ids joining entities.csv,
formula-like text defused, a statement with commas, quotes and a newline
round-tripping.

Golden exports: tests/export/golden/<case>/ holds the GeoJSON and every
CSV table of a few golden inputs, compared byte for byte; `--update`
rewrites them (then review the diff).
"""
import argparse
import csv
import glob
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import lib  # noqa: E402
import jsonschema  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(lib.ROOT, "tests", "golden")
GOLDEN_EXPORTS = os.path.join(HERE, "golden")
SEED_DIR = os.path.join(lib.ROOT, "..", "shared", "seed")
ID_RE = re.compile(r"^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                   r"[0-9a-f]{12}$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")

# Required properties of STIX 2.1 (the specification's tables), checked
# beside the schemas: extension-definition's created_by_ref is required by
# the spec and not by the schema.
REQUIRED = {
    "report": ["name", "published", "object_refs"],
    "identity": ["name"],
    "threat-actor": ["name"],
    "location": [],
    "incident": ["name"],
    "note": ["content", "object_refs"],
    "relationship": ["relationship_type", "source_ref", "target_ref"],
    "extension-definition": ["created_by_ref", "name", "schema", "version", "extension_types"],
}
# "targets" in the spec's relationship summary: which types may be its ends
TARGETS_SRC = {"attack-pattern", "campaign", "intrusion-set", "malware", "threat-actor", "tool"}
TARGETS_DST = {"identity", "location", "vulnerability", "infrastructure"}
IDENTITY_CLASSES = {"individual", "group", "system", "organization", "class", "unknown"}
CSV_COLUMNS = ["kind", "id", "document", "local_id", "type", "date", "window_from", "window_to",
               "actor", "likelihood", "confidence", "killed", "injured", "places", "place_kind",
               "country", "latitude", "longitude", "target_types", "targets", "holder",
               "statement", "evidence"]


def stix_validators(schema_dir):
    """type -> validator, resolving $refs offline through $id -> file."""
    from referencing import Registry, Resource
    resources, by_title = [], {}
    for path in glob.glob(os.path.join(schema_dir, "**", "*.json"), recursive=True):
        with open(path, encoding="utf-8") as f:
            s = json.load(f)
        resources.append((s["$id"], Resource.from_contents(s)))
        sub = os.path.basename(os.path.dirname(path))
        if sub in ("sdos", "sros") or os.path.basename(path) == "extension-definition.json":
            by_title[os.path.basename(path)[:-5]] = s
    registry = Registry().with_resources(resources)
    return {t: jsonschema.Draft202012Validator(s, registry=registry,
                                               format_checker=jsonschema.FormatChecker())
            for t, s in by_title.items()}


def setup(name):
    """The command line of an export test (--bin, --stix-schemas) and what it
    validates with: (vigil binary, checker, stats, OASIS validators or None
    when the schemas are absent, extension validators)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--stix-schemas", default=os.path.join(lib.ROOT, "..", "shared", "spec",
                                                           "stix2.1", "schemas"))
    a = ap.parse_args()
    validators = stix_validators(a.stix_schemas) if os.path.isdir(a.stix_schemas) else None
    if validators is None:
        print(f"{name}: {a.stix_schemas} absent: objects not validated against OASIS schemas")
    return os.path.abspath(a.bin), lib.Checker(name), Stats(), validators, ext_validators()


def ext_validators():
    out = {}
    for path in glob.glob(os.path.join(lib.ROOT, "spec", "stix-ext", "*.json")):
        with open(path, encoding="utf-8") as f:
            s = json.load(f)
        jsonschema.Draft202012Validator.check_schema(s)
        out[s["$id"]] = jsonschema.Draft202012Validator(s)
    return out


def refs_in(o, path=""):
    """(path, id) of every *_ref / *_refs value, at any depth."""
    stack = [(o, path)]
    while stack:
        v, p = stack.pop()
        if isinstance(v, dict):
            for k, x in v.items():
                if k.endswith("_ref") and isinstance(x, str):
                    yield p + "/" + k, x
                elif k.endswith("_refs") and isinstance(x, list):
                    for i, y in enumerate(x):
                        yield f"{p}/{k}/{i}", y
                else:
                    stack.append((x, p + "/" + k))
        elif isinstance(v, list):
            stack.extend((x, f"{p}/{i}") for i, x in enumerate(v))


def no_nulls_or_empty(o):
    stack = [o]
    while stack:
        v = stack.pop()
        if v is None or v == [] or v == {}:
            return False
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return True


class Stats:
    objects = 0
    schema_validated = 0
    ext_validated = 0
    refs = 0
    features = 0
    rows = 0
    kind_rows = 0


def check_bundle(chk, name, bundle, validators, exts, stats):
    """Everything a bundle must be, whatever the input."""
    chk.check(bundle.get("type") == "bundle", f"{name}: type bundle")
    chk.check(isinstance(bundle.get("id"), str) and bundle["id"].startswith("bundle--")
              and ID_RE.match(bundle["id"]) is not None, f"{name}: bundle id", bundle.get("id"))
    chk.check(set(bundle) == {"type", "id", "objects"}, f"{name}: bundle members", list(bundle))
    objs = bundle.get("objects")
    if not chk.check(isinstance(objs, list) and objs, f"{name}: objects is a non-empty list"):
        return {}
    by_id = {}
    for o in objs:
        oid = o.get("id", "")
        chk.check(oid not in by_id, f"{name}: {oid} appears once")
        by_id[oid] = o
    defs = {i: o for i, o in by_id.items() if o.get("type") == "extension-definition"}
    chk.check(len(defs) == 5, f"{name}: five extension-definitions", str(len(defs)))
    for oid, o in by_id.items():
        t = o.get("type")
        stats.objects += 1
        m = ID_RE.match(oid)
        chk.check(m is not None and m.group(1) == t, f"{name}: id {oid} is a UUIDv5 of type {t}")
        chk.check(o.get("spec_version") == "2.1", f"{name}: {oid} spec_version 2.1")
        c, md = o.get("created", ""), o.get("modified", "")
        chk.check(TS_RE.match(c) and TS_RE.match(md) and c <= md,
                  f"{name}: {oid} created <= modified, millisecond UTC", f"{c} {md}")
        chk.check(no_nulls_or_empty(o), f"{name}: {oid} has no null and no empty list")
        for k in REQUIRED.get(t, ["__unknown_type__"]):
            chk.check(k in o, f"{name}: {oid} has {k}")
        v = validators.get(t) if validators else None
        if validators is not None and chk.check(v is not None, f"{name}: a schema for {t}"):
            errs = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                    for e in v.iter_errors(o)]
            chk.check(not errs, f"{name}: {oid} valid against the OASIS {t} schema",
                      "\n    ".join(errs[:5]))
            stats.schema_validated += 1
        if t == "identity":
            chk.check(o.get("identity_class") in IDENTITY_CLASSES, f"{name}: {oid} identity_class")
        if t == "location":
            if "country" in o:
                chk.check(re.match(r"^[A-Z]{2}$", o["country"]) is not None,
                          f"{name}: {oid} country is ISO 3166-1 alpha-2", o["country"])
            chk.check(("latitude" in o) == ("longitude" in o), f"{name}: {oid} lat with lon")
        if t == "relationship" and o.get("relationship_type") == "targets":
            chk.check(o["source_ref"].split("--")[0] in TARGETS_SRC
                      and o["target_ref"].split("--")[0] in TARGETS_DST,
                      f"{name}: {oid} 'targets' joins allowed types")
        if "confidence" in o:
            chk.check(isinstance(o["confidence"], int) and 0 <= o["confidence"] <= 100,
                      f"{name}: {oid} confidence 0-100")
        for p, ref in refs_in(o):
            stats.refs += 1
            chk.check(ref in by_id, f"{name}: {oid}{p} -> {ref} resolves in the bundle")
        for ext_id, props in (o.get("extensions") or {}).items():
            d = defs.get(ext_id)
            if not chk.check(d is not None, f"{name}: {oid} extension {ext_id} is defined"):
                continue
            chk.check(props.get("extension_type") in d.get("extension_types", []),
                      f"{name}: {oid} extension_type declared by its definition")
            ev = exts.get(d.get("schema"))
            if chk.check(ev is not None, f"{name}: project schema for {d.get('schema')}"):
                errs = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                        for e in ev.iter_errors(props)]
                chk.check(not errs, f"{name}: {oid} extension valid against {d['schema']}",
                          "\n    ".join(errs[:5]))
                stats.ext_validated += 1
    return by_id


def ext_of(o):
    e = o.get("extensions") or {}
    return next(iter(e.values()), {}) if e else {}


def check_counts(chk, name, by_id, recs):
    """The bundle says what the records say, document by document."""
    reports = [o for o in by_id.values() if o["type"] == "report"]
    chk.check(len(reports) == len(recs), f"{name}: one report per document",
              f"{len(reports)} reports, {len(recs)} records")
    for r in recs:
        doc = r["doc"]["id"]
        rep = [o for o in reports if any(x.get("source_name") == "vigil" and
                                         x.get("external_id") == doc
                                         for x in o.get("external_references", []))]
        if not chk.check(len(rep) == 1, f"{name}: the report of {doc}"):
            continue
        rep = rep[0]
        if r["doc"].get("published"):
            chk.check(rep["published"].startswith(r["doc"]["published"][:4]),
                      f"{name}: {doc} published from the document's date")
        if r["doc"].get("url"):
            chk.check(any(x.get("url") == r["doc"]["url"] or x.get("description") == r["doc"]["url"]
                          for x in rep["external_references"]), f"{name}: {doc} URL kept")
        refs = set(rep["object_refs"])
        mine = lambda t: [o for o in by_id.values() if o["type"] == t and
                          ext_of(o).get("document") == doc]
        incs, notes, rels = mine("incident"), mine("note"), mine("relationship")
        chk.check(len(incs) == len(r["incidents"]), f"{name}: {doc} incidents",
                  f"{len(incs)} vs {len(r['incidents'])}")
        chk.check(len(notes) == len(r["claims"]), f"{name}: {doc} one note per claim",
                  f"{len(notes)} vs {len(r['claims'])}")
        chk.check({ext_of(o)["threat_id"] for o in rels} == {t["id"] for t in r["threats"]},
                  f"{name}: {doc} every threat has relationships")
        chk.check(all(o["id"] in refs for o in incs + notes + rels),
                  f"{name}: {doc} report refers to its incidents, notes and relationships")
        for i in r["incidents"]:
            o = [x for x in incs if ext_of(x)["local_id"] == i["id"]]
            if chk.check(len(o) == 1, f"{name}: {doc} {i['id']} is one incident"):
                e = ext_of(o[0])
                chk.check(e.get("incident_type") == i["type"] and
                          e.get("killed", None) == i["killed"] and
                          e.get("injured", None) == i["injured"],
                          f"{name}: {doc} {i['id']} type and counts")
        ents = {e["id"]: e for e in r["entities"]}
        for t in r["threats"]:
            placed = [p for p in t["places"] if ents[p]["geo"] or ents[p]["country"]]
            n = len([o for o in rels if ext_of(o)["threat_id"] == t["id"]])
            chk.check(n == max(1, len(placed) + len(t["target_types"])),
                      f"{name}: {doc} {t['id']}: one relationship per place and target kind")


def check_geojson(chk, name, gj, recs, stats, path):
    chk.check(gj.get("type") == "FeatureCollection" and isinstance(gj.get("features"), list),
              f"{name}: a FeatureCollection")
    chk.check("crs" not in gj, f"{name}: no crs member (RFC 7946)")
    feats = gj.get("features", [])
    stats.features += len(feats)
    want = 0
    for r in recs:
        ents = {e["id"]: e for e in r["entities"]}
        doc = r["doc"]["id"]
        mine = [f for f in feats if f["properties"]["documents"] == [doc]]
        want += len(r["incidents"])
        for t in r["threats"]:
            want += max(1, len([p for p in t["places"] if ents[p]["geo"] or ents[p]["country"]]))
        for i in r["incidents"]:
            f = [x for x in mine if x["properties"]["kind"] == "incident"
                 and x["properties"]["local_id"] == i["id"]]
            if not chk.check(len(f) == 1, f"{name}: {doc} {i['id']} is one feature"):
                continue
            f = f[0]
            p = f["properties"]
            chk.check(p["type"] == i["type"] and p["killed"] == i["killed"]
                      and p["injured"] == i["injured"], f"{name}: {doc} {i['id']} properties")
            d = i["date"] or {}
            chk.check(p["date"] == (event_date(d) or None) and
                      p["window_from"] == d.get("from") and p["window_to"] == d.get("to"),
                      f"{name}: {doc} {i['id']} date and window",
                      f"{p['date']} {p['window_from']} {p['window_to']} vs {json.dumps(d)}")
            geo = ents[i["place"]]["geo"] if i["place"] else None
            if geo:
                chk.check(f["geometry"] == {"type": "Point", "coordinates": [geo["lon"], geo["lat"]]},
                          f"{name}: {doc} {i['id']} Point is [lon, lat]", json.dumps(f["geometry"]))
            else:
                chk.check(f["geometry"] is None, f"{name}: {doc} {i['id']} unlocated: null geometry")
        for t in r["threats"]:
            fs = [x for x in mine if x["properties"]["kind"] == "threat"
                  and x["properties"]["local_id"] == t["id"]]
            for f in fs:
                p = f["properties"]
                chk.check(p["likelihood"] == t["likelihood"], f"{name}: {doc} {t['id']} likelihood")
                if f["geometry"]:
                    placed = [ents[x] for x in t["places"] if ents[x]["name"] == p["place"]]
                    chk.check(placed and placed[0]["geo"] and f["geometry"]["coordinates"] ==
                              [placed[0]["geo"]["lon"], placed[0]["geo"]["lat"]],
                              f"{name}: {doc} {t['id']} Point at {p['place']} [lon, lat]")
                    kind = placed[0]["geo"]["kind"] if placed and placed[0]["geo"] else None
                    if kind in ("country", "region"):
                        chk.check(p["point"] == f"{kind} centroid",
                                  f"{name}: {doc} {t['id']} says the point is a {kind} centroid")
    chk.check(len(feats) == want, f"{name}: feature count", f"{len(feats)} vs {want}")
    for f in feats:
        g = f.get("geometry")
        ok = f.get("type") == "Feature" and isinstance(f.get("properties"), dict)
        if g is not None:
            c = g.get("coordinates")
            ok = ok and g.get("type") == "Point" and len(c) == 2 and \
                -180 <= c[0] <= 180 and -90 <= c[1] <= 90
        chk.check(ok, f"{name}: feature {f.get('id')} well formed")
    check_ogr(chk, name, path, feats, recs)
    return want


def check_csv(chk, name, raw, recs, stats):
    text = raw.decode("utf-8")
    chk.check(not text.startswith("\ufeff"), f"{name}: no byte order mark")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    chk.check(rows and rows[0] == CSV_COLUMNS, f"{name}: header row", str(rows[:1]))
    body = rows[1:]
    stats.rows += len(body)
    want = sum(len(r["incidents"]) + len(r["threats"]) for r in recs)
    chk.check(len(body) == want, f"{name}: one row per incident and threat", f"{len(body)} vs {want}")
    chk.check(all(len(x) == len(CSV_COLUMNS) for x in body), f"{name}: every row has every column")
    # the raw lines end in CRLF (a quoted field may hold a bare LF of its own)
    chk.check(raw.endswith(b"\r\n") and raw.split(b"\r\n")[0].count(b"\n") == 0,
              f"{name}: lines end in CRLF")
    col = {c: i for i, c in enumerate(CSV_COLUMNS)}
    for r in recs:
        doc = r["doc"]["id"]
        ents = {e["id"]: e for e in r["entities"]}
        mine = [x for x in body if x[col["document"]] == defused(doc)]
        for i in r["incidents"]:
            x = [y for y in mine if y[col["kind"]] == "incident" and y[col["local_id"]] == i["id"]]
            if chk.check(len(x) == 1, f"{name}: {doc} {i['id']} one row"):
                x = x[0]
                chk.check(x[col["type"]] == i["type"] and
                          x[col["killed"]] == ("" if i["killed"] is None else str(i["killed"])),
                          f"{name}: {doc} {i['id']} type and killed")
                d = i["date"] or {}
                chk.check([x[col["date"]], x[col["window_from"]], x[col["window_to"]]] ==
                          [event_date(d), d.get("from") or "", d.get("to") or ""],
                          f"{name}: {doc} {i['id']} date and window")
                ev = x[col["evidence"]]
                if i["evidence"]:
                    chk.check(ev.lstrip("'") != "" and ev[0] not in "=+-@",
                              f"{name}: {doc} {i['id']} evidence present and defused")
                place = ents[i["place"]] if i["place"] else None
                if place and place["geo"]:
                    chk.check(abs(float(x[col["latitude"]]) - place["geo"]["lat"]) < 1e-4 and
                              abs(float(x[col["longitude"]]) - place["geo"]["lon"]) < 1e-4,
                              f"{name}: {doc} {i['id']} coordinates")
        for t in r["threats"]:
            x = [y for y in mine if y[col["kind"]] == "threat" and y[col["local_id"]] == t["id"]]
            if chk.check(len(x) == 1, f"{name}: {doc} {t['id']} one row"):
                x = x[0]
                chk.check(x[col["likelihood"]] == (t["likelihood"] or ""),
                          f"{name}: {doc} {t['id']} likelihood")
                # the places are a set: the record lists them as the threat
                # names them, the store by their first mention in the text
                chk.check(sorted(x[col["places"]].split("; ")) ==
                          sorted([ents[p]["name"] for p in t["places"]] or [""]),
                          f"{name}: {doc} {t['id']} places")
    for x in body:
        for c in ("actor", "places", "targets", "holder", "statement", "evidence", "target_types"):
            v = x[col[c]]
            chk.check(not v or v[0] not in "=+-@\t\r", f"{name}: {c} cannot run as a formula", v)


# ---- CSV, one table per kind (--kind) ----

KIND_COLUMNS = {
    "incidents": ["id", "document", "local_id", "type", "date", "date_text", "window_from",
                  "window_to", "place", "place_id",
                  "place_kind", "country", "latitude", "longitude", "perpetrator_groups",
                  "perpetrator_group_ids", "perpetrators", "targets", "victims", "weapons",
                  "killed", "injured", "confidence", "claim_id", "holder", "evidence"],
    "threats": ["id", "document", "local_id", "actor", "actor_id", "places", "place_ids",
                "place_kind", "window_from", "window_to", "window_text", "likelihood",
                "confidence", "target_types", "targets", "capability", "claim_id", "holder",
                "evidence"],
    "claims": ["id", "document", "local_id", "statement", "holder", "holder_id", "holder_text",
               "chain", "cue", "polarity", "certainty", "confidence", "about", "about_ids"],
    "entities": ["id", "key", "type", "name", "aliases", "country", "place_kind", "latitude",
                 "longitude", "geonameid", "region", "first_document"],
}
# columns Vigil writes as numbers: a leading "-" there is a sign, not a formula
NUMERIC = {"latitude", "longitude", "killed", "injured", "confidence", "geonameid"}
# docs/exports.md: ICD 203 band / claim certainty -> STIX confidence
BAND_CONFIDENCE = {"almost_no_chance": 5, "very_unlikely": 15, "unlikely": 30,
                   "roughly_even_chance": 50, "likely": 70, "very_likely": 85,
                   "almost_certain": 95}
CERTAINTY_CONFIDENCE = {"certain": 95, "probable": 70, "possible": 50}
ARROW = " \u2190 "


def cell(s):
    """What a CSV text cell holds for s (None: empty)."""
    return "" if s is None else defused(s)


def num(v):
    return "" if v is None else str(v)


def joined(items):
    return "; ".join(items)


def place_kind(e):
    """csv.c's place_kind of a record entity."""
    if e["geo"]:
        return "site" if e["type"] == "facility" else e["geo"]["kind"]
    return "unlocated" if e["type"] in ("place", "facility") else ""


def read_table(chk, name, raw, columns):
    """The rows of one CSV table as dicts, after what every table must be:
    UTF-8 without a byte order mark, the header, every column in every row,
    CRLF line ends (an LF of its own only inside a quoted field), no text
    cell a spreadsheet would run as a formula."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        chk.check(False, f"{name}: UTF-8", str(e))
        return []
    chk.check(not text.startswith("\ufeff"), f"{name}: no byte order mark")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    chk.check(rows and rows[0] == columns, f"{name}: header row", str(rows[:1]))
    body = rows[1:]
    chk.check(all(len(x) == len(columns) for x in body), f"{name}: every row has every column")
    bare = raw.count(b"\n") - raw.count(b"\r\n")
    inside = sum(v.count("\n") - v.count("\r\n") for x in body for v in x)
    chk.check(raw.endswith(b"\r\n") and bare == inside, f"{name}: lines end in CRLF",
              f"{bare} LF without CR, {inside} of them inside fields")
    formulas = [(c, v) for x in body for c, v in zip(columns, x)
                if c not in NUMERIC and v and v[0] in "=+-@\t\r"]
    chk.check(not formulas, f"{name}: no text cell runs as a formula", str(formulas[:3]))
    return [dict(zip(columns, x)) for x in body]


def run_kinds(chk, bin_path, args, cwd, name, stats):
    """kind -> rows of `vigil extract --format csv --kind KIND`."""
    out = {}
    for kind, cols in KIND_COLUMNS.items():
        raw = run_fmt(chk, bin_path, "csv", ["--kind", kind] + args, cwd, f"{name} {kind}")
        out[kind] = read_table(chk, f"{name} {kind}.csv", raw, cols)
        stats.kind_rows += len(out[kind])
    return out


def stix_local_ids(by_id, t, doc):
    """local id -> STIX id of the document's objects of type t."""
    return {ext_of(o).get("local_id"): i for i, o in by_id.items()
            if o["type"] == t and ext_of(o).get("document") == doc}


def differences(row, want):
    return {k: (row.get(k), v) for k, v in want.items() if row.get(k) != v}


def near(cellv, v):
    try:
        return abs(float(cellv) - v) < 1e-4
    except ValueError:
        return False


def event_date(d):
    """An incident's date as the exports write it: its value, else what the
    window's bounds share (the month, the year), else nothing."""
    if d.get("value"):
        return d["value"]
    f, t = d.get("from") or "", d.get("to") or ""
    if len(f) >= 7 and f[:7] == t[:7]:
        return f[:7]
    if len(f) >= 4 and f[:4] == t[:4]:
        return f[:4]
    return ""


def check_kinds(chk, name, tables, recs, by_id):
    """Each table against the JSON records, field by field; the ids against
    the STIX bundle of the same run; every entity id a table names is a row
    of entities.csv."""
    ents_rows = tables["entities"]
    ent_ids = {x["id"] for x in ents_rows}
    chk.check(len(ent_ids) == len(ents_rows), f"{name} entities.csv: one row per entity id",
              f"{len(ents_rows)} rows, {len(ent_ids)} ids")

    def known(ids_cell, n=None):
        ids = [v for v in ids_cell.split("; ") if v] if ids_cell else []
        return set(ids) <= ent_ids and (n is None or len(ids) == n)

    for kind, facts in (("incidents", "incidents"), ("threats", "threats"), ("claims", "claims")):
        want = sum(len(r[facts]) for r in recs)
        chk.check(len(tables[kind]) == want, f"{name} {kind}.csv: one row per record fact",
                  f"{len(tables[kind])} rows, {want} in the records")
    for r in recs:
        doc = r["doc"]["id"]
        ents = {e["id"]: e for e in r["entities"]}
        claims = {c["id"]: c for c in r["claims"]}
        notes = stix_local_ids(by_id, "note", doc)
        incs = stix_local_ids(by_id, "incident", doc)

        def row(kind, local):
            x = [y for y in tables[kind] if y["document"] == cell(doc) and y["local_id"] == local]
            return x[0] if chk.check(len(x) == 1, f"{name} {kind}.csv: {doc} {local} one row") \
                else None

        def holder(c):
            if not c:
                return ""
            return cell(ents[c["holder"]]["name"] if c["holder"] else c["holder_text"])

        for i in r["incidents"]:
            x = row("incidents", i["id"])
            if not x:
                continue
            d = i["date"] or {}
            pl = ents[i["place"]] if i["place"] else None
            c = claims[i["claim"]] if i["claim"] else None
            want = {"id": incs.get(i["id"], "(no incident in the bundle)"), "type": i["type"],
                    "date": event_date(d), "date_text": cell(d.get("text")),
                    "window_from": d.get("from") or "", "window_to": d.get("to") or "",
                    "place": cell(pl["name"]) if pl else "",
                    "place_kind": place_kind(pl) if pl else "",
                    "country": (pl["country"] or "") if pl else "",
                    "perpetrator_groups": cell(joined(ents[g]["name"]
                                                      for g in i["perpetrator_groups"])),
                    "perpetrators": cell(joined(s["text"] for s in i["perpetrators"])),
                    "targets": cell(joined(s["text"] for s in i["targets"])),
                    "victims": cell(joined(s["text"] for s in i["victims"])),
                    "weapons": cell(joined(s["text"] for s in i["weapons"])),
                    "killed": num(i["killed"]), "injured": num(i["injured"]),
                    "confidence": num(CERTAINTY_CONFIDENCE.get(c["certainty"])) if c else "",
                    "claim_id": notes.get(c["id"], "(no note)") if c else "",
                    "holder": holder(c)}
            chk.check(not differences(x, want), f"{name} incidents.csv: {doc} {i['id']} fields",
                      str(differences(x, want)))
            if pl and pl["geo"]:
                chk.check(near(x["latitude"], pl["geo"]["lat"]) and
                          near(x["longitude"], pl["geo"]["lon"]),
                          f"{name} incidents.csv: {doc} {i['id']} coordinates")
            else:
                chk.check(x["latitude"] == x["longitude"] == "",
                          f"{name} incidents.csv: {doc} {i['id']} no coordinates")
            chk.check(known(x["place_id"], 1 if pl else 0) and
                      known(x["perpetrator_group_ids"], len(i["perpetrator_groups"])),
                      f"{name} incidents.csv: {doc} {i['id']} entity ids are entities.csv rows")
            chk.check(bool(x["evidence"]) == bool(i["evidence"]),
                      f"{name} incidents.csv: {doc} {i['id']} evidence")
        for t in r["threats"]:
            x = row("threats", t["id"])
            if not x:
                continue
            w = t["window"] or {}
            c = claims[t["claim"]] if t["claim"] else None
            want = {"actor": cell(ents[t["actor"]]["name"]) if t["actor"] else "",
                    "places": cell(joined(ents[p]["name"] for p in t["places"])),
                    "place_kind": joined(place_kind(ents[p]) for p in t["places"]),
                    "window_from": w.get("from") or w.get("value") or "",
                    "window_to": w.get("to") or w.get("value") or "",
                    "window_text": cell(w.get("text")),
                    "likelihood": t["likelihood"] or "",
                    "confidence": num(BAND_CONFIDENCE.get(t["likelihood"])),
                    "target_types": cell(joined(t["target_types"])),
                    "targets": cell(joined(s["text"] for s in t["targets"])),
                    "capability": cell(joined(s["text"] for s in t["capability"])),
                    "claim_id": notes.get(c["id"], "(no note)") if c else "",
                    "holder": holder(c)}
            chk.check(not differences(x, want), f"{name} threats.csv: {doc} {t['id']} fields",
                      str(differences(x, want)))
            chk.check(x["id"].startswith("x-vigil-threat--") and ID_RE.match(x["id"]),
                      f"{name} threats.csv: {doc} {t['id']} id", x["id"])
            chk.check(known(x["actor_id"], 1 if t["actor"] else 0) and
                      known(x["place_ids"], len(t["places"])),
                      f"{name} threats.csv: {doc} {t['id']} entity ids are entities.csv rows")
        for c in r["claims"]:
            x = row("claims", c["id"])
            if not x:
                continue
            want = {"id": notes.get(c["id"], "(no note)"), "statement": cell(c["text"]),
                    "holder": holder(c), "holder_text": cell(c["holder_text"]),
                    "chain": cell(ARROW.join(k["name"] or k["role"] for k in c["chain"])),
                    "cue": cell(c["cue"]), "polarity": c["polarity"],
                    "certainty": c["certainty"],
                    "confidence": num(CERTAINTY_CONFIDENCE.get(c["certainty"])),
                    "about": cell(joined(ents[a]["name"] for a in c["about"]))}
            chk.check(not differences(x, want), f"{name} claims.csv: {doc} {c['id']} fields",
                      str(differences(x, want)))
            chk.check(known(x["holder_id"], 1 if c["holder"] else 0) and
                      known(x["about_ids"], len(c["about"])),
                      f"{name} claims.csv: {doc} {c['id']} entity ids are entities.csv rows")
    # entities: each once, at the first document naming it
    by_name = {}
    for x in ents_rows:
        by_name.setdefault((x["type"], x["name"]), []).append(x)

    def same(x, e, doc):
        # a merge key without the country ("government|officials") keeps
        # the first document's
        ok = x["place_kind"] == place_kind(e) and (
            x["country"] == (e["country"] or "") or
            x["first_document"] != doc and not e["geo"])
        if e["geo"]:
            return ok and near(x["latitude"], e["geo"]["lat"]) and \
                near(x["longitude"], e["geo"]["lon"]) and \
                x["geonameid"] == num(e["geo"].get("geonameid"))
        return ok and x["latitude"] == x["longitude"] == ""
    named = {}
    for r in recs:
        for e in r["entities"]:
            named.setdefault((e["type"], cell(e["name"])), set()).add(cell(r["doc"]["id"]))
            rows = by_name.get((e["type"], cell(e["name"])), [])
            chk.check(any(same(x, e, cell(r["doc"]["id"])) for x in rows),
                      f"{name} entities.csv: {r['doc']['id']} {e['id']} ({e['name']}) has its row",
                      str(rows))
    chk.check(all(x["first_document"] in named.get((x["type"], x["name"]), ())
                  for x in ents_rows),
              f"{name} entities.csv: first_document names the entity")
    chk.check(len(ents_rows) <= sum(len(r["entities"]) for r in recs),
              f"{name} entities.csv: no more rows than record entities")
    # a place with neither coordinates nor country has no STIX object
    bad = [x["id"] for x in ents_rows if (x["place_kind"] != "unlocated" or x["country"])
           and cell(by_id.get(x["id"], {}).get("name")) != x["name"]]
    chk.check(not bad, f"{name} entities.csv: ids and names those of the bundle's objects",
              str(bad[:3]))
    locs = {i for i, o in by_id.items() if o["type"] == "location"}
    chk.check(locs <= ent_ids, f"{name} entities.csv: every location of the bundle is a row",
              str(sorted(locs - ent_ids)[:3]))


def check_ogr(chk, name, path, feats, recs):
    """GDAL reads the file as the records say: the feature count, each
    feature's kind, type, killed, likelihood and place, a -where filter and
    an SQL sum. Required when $CI is set."""
    ogr = shutil.which("ogrinfo")
    if not ogr:
        chk.check(not os.environ.get("CI"), f"{name}: ogrinfo is required in CI (CI is set): "
                  "install gdal-bin (scripts/install-deps.sh)")
        return
    p = subprocess.run([ogr, "-ro", "-al", "-so", path], capture_output=True, text=True)
    m = re.search(r"Feature Count: (\d+)", p.stdout)
    chk.check(p.returncode == 0 and m and int(m.group(1)) == len(feats),
              f"{name}: ogrinfo reads {len(feats)} features", p.stdout[-500:] + p.stderr)
    p = subprocess.run([ogr, "-ro", "-al", "-q", path], capture_output=True, text=True)
    got = parse_ogr(p.stdout)
    chk.check(p.returncode == 0 and len(got) == len(feats),
              f"{name}: ogrinfo lists {len(feats)} features", f"{len(got)}: {p.stderr[-300:]}")
    facts = {}
    for r in recs:
        ents = {e["id"]: e for e in r["entities"]}
        for i in r["incidents"]:
            facts[(r["doc"]["id"], "incident", i["id"])] = (i, ents)
        for t in r["threats"]:
            facts[(r["doc"]["id"], "threat", t["id"])] = (t, ents)
    threats = 0
    for f in got:
        m = re.match(r"^\(\d+:(.*)\)$", f.get("documents") or "")
        key = (m.group(1) if m else None, f.get("kind"), f.get("local_id"))
        if not chk.check(key in facts, f"{name}: ogrinfo feature {key} is a record fact"):
            continue
        x, ents = facts[key]
        if key[1] == "incident":
            pl = ents[x["place"]] if x["place"] else None
            want = {"type": x["type"], "killed": num(x["killed"]) or None,
                    "injured": num(x["injured"]) or None, "place": pl["name"] if pl else None}
            if pl and pl["geo"]:
                pt = re.match(r"POINT \((\S+) (\S+)\)", f.get("_point", ""))
                chk.check(pt and near(pt.group(1), pl["geo"]["lon"]) and
                          near(pt.group(2), pl["geo"]["lat"]),
                          f"{name}: ogrinfo {key} point at {pl['name']}", f.get("_point"))
        else:
            threats += 1
            want = {"likelihood": x["likelihood"]}
            chk.check(f.get("place") is None and not x["places"] or
                      f.get("place") in {ents[p]["name"] for p in x["places"]},
                      f"{name}: ogrinfo {key} place is one of the threat's", f.get("place"))
        bad = {k: (f.get(k), v) for k, v in want.items() if f.get(k) != v}
        chk.check(not bad, f"{name}: ogrinfo {key} attributes", str(bad))
    p = subprocess.run([ogr, "-ro", "-al", "-q", path, "-where", "kind='threat'"],
                       capture_output=True, text=True)
    chk.check(len(parse_ogr(p.stdout)) == threats,
              f"{name}: ogrinfo -where kind='threat' gives {threats} features")
    # GDAL types a column from its values: killed is an integer column
    # when some incident states a number (all null: a string column)
    killed = [i["killed"] for r in recs for i in r["incidents"] if i["killed"] is not None]
    if not killed:
        return
    layer = os.path.splitext(os.path.basename(path))[0]
    p = subprocess.run([ogr, "-ro", "-q", path, "-sql",
                        f"SELECT SUM(killed) AS k, COUNT(killed) AS n FROM \"{layer}\" "
                        "WHERE kind='incident'"], capture_output=True, text=True)
    s = parse_ogr(p.stdout)
    chk.check(len(s) == 1 and s[0].get("k") == str(sum(killed)) and
              s[0].get("n") == str(len(killed)),
              f"{name}: ogrinfo -sql: {sum(killed)} killed in {len(killed)} incidents",
              str(s) + p.stderr[-300:])


def parse_ogr(out):
    """ogrinfo -al output -> one dict per feature: field -> value (None for
    "(null)"), "_point" the geometry line."""
    feats, cur = [], None
    for line in out.splitlines():
        if line.startswith("OGRFeature("):
            cur = {}
            feats.append(cur)
        elif cur is not None:
            m = re.match(r"^  (\w+) \(\w+\) = (.*)$", line)
            if m and m.group(1) not in cur:
                cur[m.group(1)] = None if m.group(2) == "(null)" else m.group(2)
            elif line.startswith("  POINT") and "_point" not in cur:
                cur["_point"] = line.strip()
    return feats


# ---- golden outputs (tests/export/golden/<case>/), compared byte for byte ----

GOLDEN_EXPORT_CASES = ["atom-feed", "non-ascii-names", "seed-style-relay"]
# file -> extract options; the STIX bundle is to come (bundle.json, --format stix)
GOLDEN_EXPORT_FILES = [
    ("bundle.json", ["--format", "stix", "--pretty"]),
    ("map.geojson", ["--format", "geojson"]),
    ("table.csv", ["--format", "csv"]),
    ("incidents.csv", ["--format", "csv", "--kind", "incidents"]),
    ("threats.csv", ["--format", "csv", "--kind", "threats"]),
    ("claims.csv", ["--format", "csv", "--kind", "claims"]),
    ("entities.csv", ["--format", "csv", "--kind", "entities"]),
]
UPDATE_HINT = ("if the change is intended, rewrite them with\n"
               "    python3 tests/export/run.py --bin BUILD/vigil --update\n"
               "and review `git diff tests/export/golden` before committing")


def check_goldens(chk, bin_path, update):
    changed = []
    for case in GOLDEN_EXPORT_CASES:
        d = os.path.join(GOLDEN, case)
        inputs = sorted(glob.glob(os.path.join(d, "input.*")))
        args = []
        if os.path.exists(os.path.join(d, "args")):
            with open(os.path.join(d, "args"), encoding="utf-8") as f:
                args = shlex.split(f.read())
        out_dir = os.path.join(GOLDEN_EXPORTS, case)
        for fname, opts in GOLDEN_EXPORT_FILES:
            p = subprocess.run([bin_path, "extract", "-q"] + opts + args + inputs, cwd=d,
                               capture_output=True, timeout=300)
            if not chk.check(p.returncode == 0, f"golden {case}/{fname}: exit 0",
                             p.stderr.decode()[-300:]):
                continue
            path = os.path.join(out_dir, fname)
            old = None
            if os.path.exists(path):
                with open(path, "rb") as f:
                    old = f.read()
            if update:
                if old != p.stdout:
                    os.makedirs(out_dir, exist_ok=True)
                    with open(path, "wb") as f:
                        f.write(p.stdout)
                    print(f"updated tests/export/golden/{case}/{fname}")
                continue
            same = old == p.stdout
            detail = ""
            if old is None:
                detail = "missing"
            elif not same:
                a, b = old.split(b"\n"), p.stdout.split(b"\n")
                n = min(len(a), len(b))
                k = next((j for j in range(n) if a[j] != b[j]), n)
                detail = (f"first difference at line {k + 1}:\n    expected "
                          f"{a[k][:200] if k < len(a) else b'(end)'}\n    got      "
                          f"{b[k][:200] if k < len(b) else b'(end)'}")
            if not chk.check(same, f"golden {case}/{fname} is byte-identical", detail):
                changed.append(f"{case}/{fname}")
    if changed:
        print(f"export: {len(changed)} golden export(s) differ: {', '.join(changed)};\n"
              f"  {UPDATE_HINT}")


def defused(s):
    """What a CSV cell holds for text s (csv.c: formula-like text gets an apostrophe)."""
    return "'" + s if s and s[0] in "=+-@\t\r" else s


def run_fmt(chk, bin_path, fmt, args, cwd, what):
    code, out, err = None, None, None
    p = subprocess.run([bin_path, "extract", "--format", fmt, "-q"] + args, cwd=cwd,
                       capture_output=True, timeout=300)
    chk.check(p.returncode == 0, f"{what}: {fmt} exit 0", p.stderr.decode()[-500:])
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--stix-schemas", default=os.path.join(lib.ROOT, "..", "shared", "spec",
                                                           "stix2.1", "schemas"))
    ap.add_argument("--update", action="store_true",
                    help="rewrite the golden exports (tests/export/golden) and stop")
    a = ap.parse_args()
    bin_path = os.path.abspath(a.bin)
    chk = lib.Checker("export")
    check_goldens(chk, bin_path, a.update)
    if a.update:
        chk.finish()
    stats = Stats()
    validators = None
    if os.path.isdir(a.stix_schemas):
        validators = stix_validators(a.stix_schemas)
    else:
        print(f"export: {a.stix_schemas} absent: objects are not validated against the OASIS "
              "schemas (the other checks run)")
    exts = ext_validators()
    chk.check(len(exts) == 5, "five extension schemas in spec/stix-ext")

    cases = []  # (name, args, cwd)
    for d in sorted(glob.glob(os.path.join(GOLDEN, "*"))):
        inputs = sorted(glob.glob(os.path.join(d, "input.*")))
        if not os.path.isdir(d) or len(inputs) != 1:
            continue
        args = []
        if os.path.exists(os.path.join(d, "args")):
            with open(os.path.join(d, "args"), encoding="utf-8") as f:
                args = shlex.split(f.read())
        cases.append((os.path.basename(d), args + [inputs[0]], d))
    seeds = sorted(glob.glob(os.path.join(SEED_DIR, "*.txt")))
    if seeds:
        cases.append(("seed", seeds[:1], SEED_DIR))
    else:
        print("export: no seed document in ../shared/seed: its checks are skipped")
    # every golden input without per-case options, in one run: one bundle
    plain = [c[1][-1] for c in cases if len(c[1]) == 1]
    cases.append(("all-in-one", plain, lib.ROOT))

    ids_alone = {}
    entity_rows = {}  # id -> entities.csv row, the first of the single runs in all-in-one order
    with tempfile.TemporaryDirectory() as tmp:
        for name, args, cwd in cases:
            recs = lib.records(run_fmt(chk, bin_path, "json", args, cwd, name).decode())
            out = run_fmt(chk, bin_path, "stix", args, cwd, name)
            chk.check(out == run_fmt(chk, bin_path, "stix", args, cwd, name),
                      f"{name}: two stix runs are byte-identical")
            try:
                bundle = json.loads(out)
            except ValueError as e:
                chk.check(False, f"{name}: stix output is JSON", str(e))
                continue
            pretty = run_fmt(chk, bin_path, "stix", ["--pretty"] + args, cwd, name)
            chk.check(json.loads(pretty) == bundle, f"{name}: --pretty is the same bundle")
            by_id = check_bundle(chk, name, bundle, validators, exts, stats)
            check_counts(chk, name, by_id, recs)
            if name != "all-in-one":
                ids_alone.update(by_id)
            else:
                # a fact has the same id alone and among other documents
                shared = [i for i in by_id if i in ids_alone]
                chk.check(len(shared) == len(by_id), f"{name}: ids the same as in single runs",
                          f"{len(by_id) - len(shared)} ids differ")
            if name == "seed":
                check_seed(chk, by_id, recs)

            gj_raw = run_fmt(chk, bin_path, "geojson", args, cwd, name)
            chk.check(gj_raw == run_fmt(chk, bin_path, "geojson", args, cwd, name),
                      f"{name}: two geojson runs are byte-identical")
            path = os.path.join(tmp, name + ".geojson")
            with open(path, "wb") as f:
                f.write(gj_raw)
            check_geojson(chk, name, json.loads(gj_raw), recs, stats, path)

            csv_raw = run_fmt(chk, bin_path, "csv", args, cwd, name)
            chk.check(csv_raw == run_fmt(chk, bin_path, "csv", args, cwd, name),
                      f"{name}: two csv runs are byte-identical")
            check_csv(chk, name, csv_raw, recs, stats)
            tables = run_kinds(chk, bin_path, args, cwd, name, stats)
            check_kinds(chk, name, tables, recs, by_id)
            if name == "all-in-one":
                # one row per entity of the run: the union of the single runs
                chk.check(tables["entities"] == list(entity_rows.values()),
                          f"{name}: entities.csv is the single runs' rows, each id once",
                          f"{len(tables['entities'])} rows, {len(entity_rows)} distinct")
            elif len(args) == 1:
                for x in tables["entities"]:
                    entity_rows.setdefault(x["id"], x)
        check_injection(chk, bin_path, tmp, exts, validators, stats)
    if not shutil.which("ogrinfo") and not os.environ.get("CI"):
        print("export: ogrinfo (gdal-bin) not installed: GeoJSON checked in Python only "
              "(with CI set, this fails)")
    print(f"export: {stats.objects} STIX objects checked, {stats.schema_validated} against the "
          f"OASIS schemas, {stats.ext_validated} extensions against spec/stix-ext, {stats.refs} "
          f"refs resolved; {stats.features} GeoJSON features; {stats.rows} CSV rows, "
          f"{stats.kind_rows} in the tables of one kind")
    chk.finish()


def check_seed(chk, by_id, recs):
    objs = list(by_id.values())
    isis = [o for o in objs if o["type"] == "threat-actor" and o["name"] == "ISIS"]
    chk.check(len(isis) == 1, "seed: the ISIS threat-actor")
    for city, lat, lon in (("İstanbul", 41.01, 28.95), ("Antalya", 36.91, 30.70)):
        loc = [o for o in objs if o["type"] == "location" and o.get("name") == city]
        chk.check(len(loc) == 1 and abs(loc[0]["latitude"] - lat) < 0.05 and
                  abs(loc[0]["longitude"] - lon) < 0.05 and loc[0].get("country") == "TR",
                  f"seed: {city} location with coordinates")
        if loc and isis:
            chk.check(any(o["type"] == "relationship" and o["relationship_type"] == "targets" and
                          o["source_ref"] == isis[0]["id"] and o["target_ref"] == loc[0]["id"]
                          for o in objs), f"seed: ISIS targets {city}")
    rels = [o for o in objs if o["type"] == "relationship"]
    chk.check(len({ext_of(o)["threat_id"] for o in rels}) == len(recs[0]["threats"]) >= 3,
              "seed: relationships for its threats")
    chk.check(all(ext_of(o).get("likelihood") and "confidence" in o for o in rels),
              "seed: threats carry likelihood and confidence")
    notes = [o for o in objs if o["type"] == "note"]
    chk.check(len(notes) == len(recs[0]["claims"]) >= 20, "seed: a note per claim")
    chk.check(any(o.get("authors") == ["CIA"] or o.get("authors") == ["Central Intelligence Agency"]
                  for o in notes), "seed: a note held by the CIA")
    chk.check(any(o["type"] == "identity" and o["name"] == "Reuters" for o in objs),
              "seed: Reuters, a source in a chain, is an identity")


def check_injection(chk, bin_path, tmp, exts, validators, stats):
    """Hostile metadata and text: quotes, commas, newlines, formulas."""
    doc = {"id": "=cmd|' /C calc'!A0", "title": "-2+3, \"quoted\"\nline",
           "url": "javascript:alert(1) x", "publisher": "@evil, Inc.",
           "published": "2024-03-01",
           "text": "=HYPERLINK(\"http://x\") A car bomb exploded in Kabul on Monday, killing 12 "
                   "people, police said.\n\n+ISIS said it would attack hotels in Antalya soon."
                   "\n\nThe governor said the bomb, a \"pressure cooker\" device,\nkilled 12 "
                   "people and wounded 30 in Kabul, officials said."}
    path = os.path.join(tmp, "hostile.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(doc) + "\n")
    recs = lib.records(run_fmt(chk, bin_path, "json", [path], tmp, "hostile").decode())
    if not chk.check(len(recs) == 1 and recs[0]["incidents"], "hostile: an incident is found"):
        return
    bundle = json.loads(run_fmt(chk, bin_path, "stix", [path], tmp, "hostile"))
    by_id = check_bundle(chk, "hostile", bundle, validators, exts, stats)
    check_counts(chk, "hostile", by_id, recs)
    raw = run_fmt(chk, bin_path, "csv", [path], tmp, "hostile")
    check_csv(chk, "hostile", raw, recs, stats)
    rows = list(csv.reader(io.StringIO(raw.decode(), newline="")))
    chk.check(all(r[2] == "'" + doc["id"] for r in rows[1:]),
              "hostile: a document id like a formula comes out with an apostrophe",
              str([r[2] for r in rows[1:]]))
    tables = run_kinds(chk, bin_path, [path], tmp, "hostile", stats)
    check_kinds(chk, "hostile", tables, recs, by_id)
    chk.check(all(x["document"] == "'" + doc["id"] for k in ("incidents", "threats", "claims")
                  for x in tables[k]) and
              all(x["first_document"] == "'" + doc["id"] for x in tables["entities"]),
              "hostile: the document id is defused in every table")
    # a statement with a comma, a double quote and a newline comes back whole
    tricky = [c["text"] for c in recs[0]["claims"] if all(ch in c["text"] for ch in ',"\n')]
    chk.check(bool(tricky) and all(any(x["statement"] == t for x in tables["claims"])
                                   for t in tricky),
              "hostile: a statement with commas, quotes and a newline round-trips", str(tricky))


if __name__ == "__main__":
    main()

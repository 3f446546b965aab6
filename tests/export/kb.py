#!/usr/bin/env python3
"""Knowledge-base export tests: `vigil export --format stix|geojson|csv`.

The golden inputs (tests/golden/*/input.*, with their --date) are ingested
into a fresh database and exported. The STIX bundle passes every check of
tests/export/run.py (each object against its OASIS schema, extensions
against spec/stix-ext, every ref resolving, counts per document against the
JSON records) and holds exactly the ids `vigil extract --format stix` gives
for the same inputs; two exports are byte-identical. Filters: --doc selects
one report; --place P selects the incidents and threats at P or at the
country containing it (computed independently from extract's GeoJSON);
--actor A the threats by A and at least the incidents naming A; --from/--to
the facts dated in the range. GeoJSON and CSV hold one feature/row per
incident and threat of the records, read back by Python's json and csv.
The CSV tables of one kind (--kind incidents|threats|claims|entities) hold
one row per fact of the records with the ids extract gives, and one row per
entity: the entities of every extract run, each id once, every entity id
the other tables name among them.
"""
import glob
import json
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import lib  # noqa: E402
import run as xrun  # noqa: E402  (tests/export/run.py: the bundle checks)


def vigil(chk, bin_path, args, what, want=0):
    p = subprocess.run([bin_path] + args, capture_output=True, timeout=300)
    chk.check(p.returncode == want, f"{what}: exit {want}", p.stderr.decode()[-500:])
    return p.stdout


def groups():
    """Golden inputs grouped by the --date they need (ingest takes no --id)."""
    by_date = {}
    for d in sorted(glob.glob(os.path.join(xrun.GOLDEN, "*"))):
        inputs = sorted(glob.glob(os.path.join(d, "input.*")))
        if not os.path.isdir(d) or len(inputs) != 1:
            continue
        date = None
        if os.path.exists(os.path.join(d, "args")):
            with open(os.path.join(d, "args"), encoding="utf-8") as f:
                a = shlex.split(f.read())
            if "--date" in a:
                date = a[a.index("--date") + 1]
        by_date.setdefault(date, []).append(inputs[0])
    return [(["--date", k] if k else []) + v for k, v in sorted(by_date.items(), key=str)]


def fkey(f):
    p = f["properties"]
    return (p["documents"][0], p["kind"], p["local_id"])


def check_kinds(chk, export, recs, xkinds, stats):
    """`vigil export --format csv --kind K` against the records and the
    extract runs' tables of the same documents."""
    tables = {}
    for k, cols in xrun.KIND_COLUMNS.items():
        raw = export("csv", "--kind", k)
        chk.check(raw == export("csv", "--kind", k), f"kb: two csv --kind {k} exports are "
                  "byte-identical")
        tables[k] = xrun.read_table(chk, f"kb {k}.csv", raw, cols)
        stats.rows += len(tables[k])
        ids = [x["id"] for x in tables[k]]
        chk.check(len(ids) == len(set(ids)), f"kb {k}.csv: each id once")
        chk.check(set(ids) == {x["id"] for x in xkinds[k]},
                  f"kb {k}.csv: the ids of vigil extract's {k}.csv",
                  f"{len(set(ids) - {x['id'] for x in xkinds[k]})} extra, "
                  f"{len({x['id'] for x in xkinds[k]} - set(ids))} missing")
    for k in ("incidents", "threats", "claims"):
        want = {(xrun.cell(r["doc"]["id"]), f["id"]) for r in recs for f in r[k]}
        got = [(x["document"], x["local_id"]) for x in tables[k]]
        chk.check(len(got) == len(want) and set(got) == want,
                  f"kb {k}.csv: one row per fact of the records", f"{len(got)} vs {len(want)}")
    ents = {x["id"] for x in tables["entities"]}
    named = set()
    for k, cols in (("incidents", ("place_id", "perpetrator_group_ids")),
                    ("threats", ("actor_id", "place_ids")), ("claims", ("holder_id", "about_ids"))):
        for x in tables[k]:
            named.update(v for c in cols for v in x[c].split("; ") if v)
    chk.check(named <= ents, "kb entities.csv: every entity id the other tables name is a row",
              str(sorted(named - ents)[:3]))
    # the killed and likelihood of each fact are the records'
    kill = {(xrun.cell(r["doc"]["id"]), i["id"]): xrun.num(i["killed"])
            for r in recs for i in r["incidents"]}
    chk.check(all(kill.get((x["document"], x["local_id"])) == x["killed"]
                  for x in tables["incidents"]), "kb incidents.csv: killed as in the records")
    # the date and the window that alone dates an incident, as the records say
    when = {(xrun.cell(r["doc"]["id"]), i["id"]): [xrun.event_date(i["date"] or {}),
                                                  (i["date"] or {}).get("from") or "",
                                                  (i["date"] or {}).get("to") or ""]
            for r in recs for i in r["incidents"]}
    chk.check(all(when.get((x["document"], x["local_id"])) ==
                  [x["date"], x["window_from"], x["window_to"]] for x in tables["incidents"]),
              "kb incidents.csv: date and window as in the records")
    chk.check(any(x["window_from"] for x in tables["incidents"]),
              "kb incidents.csv: an incident dated by a window keeps it in the base")
    lik = {(xrun.cell(r["doc"]["id"]), t["id"]): t["likelihood"] or ""
           for r in recs for t in r["threats"]}
    chk.check(all(lik.get((x["document"], x["local_id"])) == x["likelihood"]
                  for x in tables["threats"]), "kb threats.csv: likelihood as in the records")
    # a filter applies to the tables of one kind too
    doc = next(r for r in recs if r["incidents"] and r["claims"])
    d = doc["doc"]["id"]
    for k in ("incidents", "claims"):
        rows = xrun.read_table(chk, f"kb --doc {k}.csv", export("csv", "--kind", k, "--doc", d),
                               xrun.KIND_COLUMNS[k])
        chk.check(sorted(x["local_id"] for x in rows) == sorted(f["id"] for f in doc[k]) and
                  all(x["document"] == xrun.cell(d) for x in rows),
                  f"kb --doc {d} --kind {k}: the document's {k}")


FIXTURES = os.path.join(lib.ROOT, "tests", "kb", "fixtures", "fixtures.jsonl")
DNI = {"almost_no_chance": 5, "very_unlikely": 15, "unlikely": 30, "roughly_even_chance": 50,
       "likely": 70, "very_likely": 85, "almost_certain": 95}
BASE = {"certain": 0.9, "probable": 0.7, "possible": 0.5, "unknown": 0.4}
FACTOR = [1.0, 0.9, 0.8, 0.6, 0.4, 0.8]


def kb_confidence(certainty, grade, independent):
    """docs/kb.md's formula, written again from the document."""
    r = FACTOR["ABCDEF".index(grade[0])] if grade and grade[0] in "ABCDEF" else 0.8
    k = FACTOR[int(grade[1]) - 1] if grade and grade[1] in "123456" else 0.8
    p = BASE.get(certainty, 0.4) * r * k
    n = max(independent, 1)
    return min(0.99, 1 - (1 - p) ** (1 + (n - 1) / 2))


def check_support(chk, b, tmp, validators, exts, stats):
    """What the base knows beyond one document, in its exports: the
    documents reporting a merged event and its sources, a statement's
    cluster, and confidence from source grades (docs/kb.md)."""
    db = os.path.join(tmp, "fixtures.db")
    vigil(chk, b, ["ingest", "-q", "--db", db, FIXTURES], "ingest the fixtures")
    with open(FIXTURES, encoding="utf-8") as f:
        publisher = {r["id"]: r.get("publisher") for r in map(json.loads, f)}
    gj = json.loads(vigil(chk, b, ["export", "--db", db, "--format", "geojson"], "geojson"))
    incs = [f["properties"] for f in gj["features"] if f["properties"]["kind"] == "incident"]
    merged = [p for p in incs if len(p["documents"]) > 1]
    chk.check(len(merged) >= 3, "support: events reported by several documents",
              str(len(merged)))
    for p in merged:
        chk.check(len(set(p["documents"])) == len(p["documents"]),
                  f"support: {p['local_id']} lists each document once")
        chk.check(p["source_count"] == len({publisher.get(d) or d for d in p["documents"]}),
                  f"support: {p['place']}: sources are the distinct publishers",
                  f"{p['source_count']} vs {p['documents']}")
        # each document it lists reports an incident at the same place
        for d in p["documents"]:
            chk.check(any(q["place"] == p["place"] and d in q["documents"] for q in incs
                          if len(q["documents"]) >= 1),
                      f"support: {d} reports an incident in {p['place']}")
    # each feature says where its evidence is, and the words there are it
    texts, spans = {}, 0
    for f in gj["features"]:
        p = f["properties"]
        if p.get("evidence_doc") is None:
            continue
        if p["evidence_doc"] not in texts:
            out = vigil(chk, b, ["query", "--db", db, "document", p["evidence_doc"], "--json"],
                        "query document")
            texts[p["evidence_doc"]] = json.loads(out)["text"].encode()
        words = texts[p["evidence_doc"]][p["evidence_start"]:p["evidence_end"]].decode()
        spans += 1
        chk.check(words.startswith(p["evidence"].rstrip(" …").rstrip()),
                  f"support: {f['id']}: its evidence span holds its evidence",
                  f"{words[:80]!r} vs {p['evidence'][:80]!r}")
    chk.check(spans >= 10, "support: the features carry evidence spans", str(spans))
    mog = [p for p in merged if p["place"] == "Mogadishu"]
    chk.check(bool(mog) and all(len(p["documents"]) == 3 and p["source_count"] == 3 for p in mog),
              "support: the Mogadishu siege, three outlets, three sources",
              json.dumps(mog)[:300])

    # grades: an outlet graded, its claims' confidence follows the formula
    bundle = json.loads(vigil(chk, b, ["export", "--db", db, "--format", "stix"], "stix"))
    chains = [o for o in bundle["objects"] if o["type"] == "note"]
    names = [l["name"] for o in chains for l in xrun.ext_of(o).get("chain", [])
             if l.get("role") == "source" and l.get("name")]
    chk.check(bool(names), "support: claims with a named source")
    if not names:
        return
    src = max(set(names), key=names.count)
    vigil(chk, b, ["source", "grade", src, "D4", "--db", db], f"grade {src} D4")
    bundle = json.loads(vigil(chk, b, ["export", "--db", db, "--format", "stix"], "stix graded"))
    by_id = xrun.check_bundle(chk, "graded", bundle, validators, exts, stats)
    graded = 0
    for o in by_id.values():
        e = xrun.ext_of(o)
        if o["type"] == "note":
            want = round(100 * kb_confidence(e["certainty"], e.get("grade"),
                                             e.get("independent_sources", 1)))
            chk.check(o.get("confidence") == want, f"graded: {o['id']} confidence by docs/kb.md",
                      f"{o.get('confidence')} vs {want} ({e.get('grade')})")
            if any(l.get("name") == src for l in e.get("chain", [])):
                graded += 1
                chk.check(e.get("grade", "")[:1] >= "D", f"graded: {o['id']} carries the grade",
                          str(e.get("grade")))
        if o["type"] == "relationship" and e.get("likelihood") and "claim_ref" in e:
            note = xrun.ext_of(by_id[e["claim_ref"]])
            g = note.get("grade")
            w = ((FACTOR["ABCDEF".index(g[0])] if g[0] in "ABCDEF" else 1.0) *
                 (FACTOR[int(g[1]) - 1] if g[1] in "123456" else 1.0)) if g else 1.0
            chk.check(o.get("confidence") == round(DNI[e["likelihood"]] * w),
                      f"graded: {o['id']} likelihood discounted by the grade",
                      f"{o.get('confidence')} vs {DNI[e['likelihood']]} x {w}")
    chk.check(graded >= 1, f"graded: claims through {src} carry its grade", str(graded))


def main():
    b, chk, stats, validators, exts = xrun.setup("export-kb")

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "kb.db")
        recs, xids, xfeats = [], {}, []
        xkinds = {k: [] for k in xrun.KIND_COLUMNS}  # the extract runs' tables of one kind
        for g in groups():
            vigil(chk, b, ["ingest", "-q", "--db", db] + g, f"ingest {g[:2]}")
            recs += lib.records(vigil(chk, b, ["extract", "-q"] + g, "extract json").decode())
            for o in json.loads(vigil(chk, b, ["extract", "-q", "--format", "stix"] + g,
                                      "extract stix"))["objects"]:
                xids[o["id"]] = o["type"]
            xfeats += json.loads(vigil(chk, b, ["extract", "-q", "--format", "geojson"] + g,
                                       "extract geojson"))["features"]
            for k, cols in xrun.KIND_COLUMNS.items():
                raw = vigil(chk, b, ["extract", "-q", "--format", "csv", "--kind", k] + g,
                            f"extract csv --kind {k}")
                xkinds[k] += xrun.read_table(chk, f"extract {k}.csv", raw, cols)
        chk.check(len(recs) >= 15, "the golden inputs were read", str(len(recs)))

        def export(fmt, *args, what=None):
            return vigil(chk, b, ["export", "--db", db, "--format", fmt] + list(args),
                         what or f"export {fmt} {' '.join(args)}")

        # everything: the bundle the extract runs give, by id
        raw = export("stix")
        chk.check(raw == export("stix"), "two stix exports are byte-identical")
        bundle = json.loads(raw)
        by_id = xrun.check_bundle(chk, "kb", bundle, validators, exts, stats)
        xrun.check_counts(chk, "kb", by_id, recs)
        eids = {i: o["type"] for i, o in by_id.items()}
        for t in ("report", "incident", "note", "relationship", "location", "threat-actor",
                  "identity"):
            x = {i for i, ty in xids.items() if ty == t}
            e = {i for i, ty in eids.items() if ty == t}
            chk.check(x == e, f"kb: the {t} ids are those of vigil extract",
                      f"{len(x - e)} missing, {len(e - x)} extra")
        pretty = export("stix", "--pretty")
        chk.check(json.loads(pretty) == bundle, "kb: --pretty is the same bundle")
        out = os.path.join(tmp, "o.json")
        export("stix", "-o", out)
        with open(out, "rb") as f:
            chk.check(f.read() == raw, "kb: -o FILE holds the same bytes")

        gj_raw = export("geojson")
        chk.check(gj_raw == export("geojson"), "two geojson exports are byte-identical")
        path = os.path.join(tmp, "kb.geojson")
        with open(path, "wb") as f:
            f.write(gj_raw)
        gj = json.loads(gj_raw)
        xrun.check_geojson(chk, "kb", gj, recs, stats, path)
        chk.check({f["id"] for f in gj["features"]} == {f["id"] for f in xfeats},
                  "kb: GeoJSON feature ids are those of vigil extract")
        csv_raw = export("csv")
        chk.check(csv_raw == export("csv"), "two csv exports are byte-identical")
        xrun.check_csv(chk, "kb", csv_raw, recs, stats)

        check_kinds(chk, export, recs, xkinds, stats)
        check_support(chk, b, tmp, validators, exts, stats)

        # --doc: one report, the document's facts
        doc = next(r for r in recs if r["incidents"] and r["claims"])
        d1 = xrun.check_bundle(chk, "kb --doc", json.loads(export("stix", "--doc",
                                                                    doc["doc"]["id"])),
                               validators, exts, stats)
        xrun.check_counts(chk, "kb --doc", d1, [doc])
        chk.check(sum(o["type"] == "report" for o in d1.values()) == 1, "kb --doc: one report")
        none = json.loads(export("stix", "--doc", "no-such-document"))
        chk.check(not [o for o in none["objects"] if o["type"] == "report"],
                  "kb --doc unknown: no report")

        # --place: facts at the place or at the country containing it
        located = [f for f in xfeats if f["properties"]["place_kind"] == "city"]
        chk.check(bool(located), "a city among the golden facts")
        if located:
            pl = located[0]["properties"]
            name, cc = pl["place"], pl["country"]

            def at(p):
                return p["place"] and (p["place"].casefold() == name.casefold() or
                                       (p["place_kind"] == "country" and p["country"] == cc))
            want = {fkey(f) for f in xfeats if at(f["properties"])}
            print(f"export-kb: --place {name} ({cc}): {len(want)} facts expected")
            got = json.loads(export("geojson", "--place", name))["features"]
            # a matched threat brings all its places: compare the facts
            chk.check({fkey(f) for f in got} == want, f"kb --place {name}: the facts at {name} "
                      f"or {cc}", f"got {sorted({fkey(f) for f in got} ^ want)}")
            pb = json.loads(export("stix", "--place", name.upper()))
            xrun.check_bundle(chk, f"kb --place {name}", pb, validators, exts, stats)
            n = sum(o["type"] in ("incident", "relationship") for o in pb["objects"])
            chk.check(n >= len(want), f"kb --place {name}: case-insensitive, as many objects")
            rows = export("csv", "--place", name).decode().split("\r\n")
            chk.check(len([r for r in rows[1:] if r]) == len(want),
                      f"kb --place {name}: one csv row per fact")

        # --actor: the threats by the actor, at least the incidents naming it
        acts = [f for f in xfeats if f["properties"]["kind"] == "threat" and
                f["properties"]["actor"]]
        chk.check(bool(acts), "a threat with an actor among the golden facts")
        if acts:
            actor = acts[0]["properties"]["actor"]
            got = {fkey(f) for f in json.loads(export("geojson", "--actor", actor))["features"]}
            thr = {fkey(f) for f in xfeats if f["properties"]["kind"] == "threat"
                   and f["properties"]["actor"] == actor}
            inc = {fkey(f) for f in xfeats if f["properties"]["kind"] == "incident"
                   and actor in (f["properties"]["actor"] or "").split("; ")}
            print(f"export-kb: --actor {actor}: {len(thr)} threats, {len(inc)} incidents naming it, "
                  f"{len(got)} facts exported")
            chk.check({k for k in got if k[1] == "threat"} == thr,
                      f"kb --actor {actor}: its threats", str(sorted(got ^ thr)))
            chk.check(inc <= got, f"kb --actor {actor}: the incidents naming it")
            chk.check(all(k in thr or k in inc or k[1] == "incident" for k in got),
                      f"kb --actor {actor}: nothing else")

        # --from/--to: facts dated in the range
        dates = sorted(f["properties"]["date"] for f in xfeats
                       if f["properties"]["kind"] == "incident" and f["properties"]["date"]
                       and len(f["properties"]["date"]) == 10)
        if dates:
            lo = hi = dates[len(dates) // 2]
            got = json.loads(export("geojson", "--from", lo, "--to", hi))["features"]
            inc = [f for f in got if f["properties"]["kind"] == "incident"]
            chk.check(inc and all(f["properties"]["date"] == lo for f in inc),
                      f"kb --from/--to {lo}: only incidents of that day",
                      str([f["properties"]["date"] for f in inc]))
            want = {fkey(f) for f in xfeats if f["properties"]["date"] == lo}
            chk.check(want <= {fkey(f) for f in got}, f"kb --from/--to {lo}: all of them")

        # usage errors
        vigil(chk, b, ["export", "--db", db, "--format", "jsonl"], "export bad format", want=2)
        vigil(chk, b, ["export", "--db", db, "--kind", "threats"], "export --kind without csv",
              want=2)
        vigil(chk, b, ["export", "--db", db, "--format", "geojson", "--kind", "claims"],
              "export --kind with geojson", want=2)
        vigil(chk, b, ["export", "--db", db, "--format", "csv", "--kind", "places"],
              "export unknown --kind", want=2)
        vigil(chk, b, ["export", "--db", db, "--from", "yesterday"], "export bad date", want=2)
        vigil(chk, b, ["export", "--db", os.path.join(tmp, "absent.db")], "export no db", want=4)
    print(f"export-kb: {stats.objects} STIX objects checked, {stats.schema_validated} against the "
          f"OASIS schemas, {stats.refs} refs resolved; {stats.features} GeoJSON features; "
          f"{stats.rows} CSV rows")
    chk.finish()


if __name__ == "__main__":
    main()

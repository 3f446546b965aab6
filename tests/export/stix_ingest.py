#!/usr/bin/env python3
"""STIX ingest tests: `vigil ingest --input stix BUNDLE`.

Round trip: the golden inputs and the knowledge-base fixtures are ingested,
exported as STIX (whole, and filtered by place, actor, dates and document),
each bundle is ingested into a fresh database and exported again: the two
bundles are byte-identical, and so are the GeoJSON and CSV of the whole
base. Ingesting a bundle twice stores nothing the second time.

Another tool's bundle (tests/export/stix/foreign.json: a report with a
threat actor, locations, a class of targets, "targets" relationships, a
note, an incident, and objects no report refers to) comes in as STIX says:
the threats with place, likelihood from confidence and window from
start/stop times, the group with its aliases, the note's author as holder.

Hostile bundles (not JSON, binary, no bundle, wrong property types, bad
ids, dangling and mistyped refs, a 100 MB string, deep nesting, duplicate
keys, a bad object after good reports) are refused with the bundle named
and the reason, a non-zero exit, and the base unchanged (same stats, same
export).
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import lib  # noqa: E402
import run as xrun  # noqa: E402  (the bundle checks)
import kb as xkb  # noqa: E402  (the golden inputs grouped by date)

FIXTURES = os.path.join(lib.ROOT, "tests", "kb", "fixtures", "fixtures.jsonl")
FOREIGN = os.path.join(HERE, "stix", "foreign.json")


def vigil(chk, b, args, what, want=0, stdin=None):
    p = subprocess.run([b] + args, capture_output=True, timeout=600, input=stdin)
    chk.check(p.returncode == want, f"{what}: exit {want}",
              f"exit {p.returncode}: " + p.stderr.decode()[-600:])
    return p


def ingest_stix(chk, b, db, path, what, want=0):
    p = vigil(chk, b, ["ingest", "--input", "stix", "--json", "--db", db, path], what, want)
    try:
        return json.loads(p.stdout), p.stderr.decode()
    except ValueError:
        chk.check(False, f"{what}: --json summary", p.stdout[-300:])
        return {}, p.stderr.decode()


def main():
    b, chk, stats, validators, exts = xrun.setup("stix-ingest")

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "kb.db")
        for g in xkb.groups():
            vigil(chk, b, ["ingest", "-q", "--db", db] + g, f"ingest {g[:2]}")
        vigil(chk, b, ["ingest", "-q", "--db", db, FIXTURES], "ingest the kb fixtures")

        def export(d, fmt, *args):
            return vigil(chk, b, ["export", "--db", d, "--format", fmt] + list(args),
                         f"export {fmt} {' '.join(args)}").stdout

        # ---- round trips ----
        whole = json.loads(export(db, "stix"))
        reports = [o for o in whole["objects"] if o["type"] == "report"]
        chk.check(len(reports) >= 25, "the base holds the golden inputs and fixtures",
                  str(len(reports)))
        place = next((o["name"] for o in whole["objects"] if o["type"] == "location"
                      and "city" in o), None)
        actor = next((o["name"] for o in whole["objects"] if o["type"] == "threat-actor"
                      and o.get("extensions")), None)
        doc = next(x["external_id"] for x in reports[-1]["external_references"]
                   if x["source_name"] == "vigil")
        variants = [[], ["--place", place], ["--actor", actor], ["--from", "2024-01", "--to",
                                                                 "2024-12"], ["--doc", doc]]
        for n, args in enumerate(variants):
            name = "whole" if not args else " ".join(args)
            raw = export(db, "stix", *args)
            path = os.path.join(tmp, f"b{n}.json")
            with open(path, "wb") as f:
                f.write(raw)
            fresh = os.path.join(tmp, f"fresh{n}.db")
            summary, _ = ingest_stix(chk, b, fresh, path, f"ingest {name}")
            nrep = sum(o["type"] == "report" for o in json.loads(raw)["objects"])
            chk.check(summary.get("stored") == nrep and summary.get("failed") == 0,
                      f"{name}: one document per report stored", str(summary))
            again = export(fresh, "stix")
            chk.check(again == raw, f"{name}: export -> ingest -> export is byte-identical",
                      f"{len(raw)} vs {len(again)} bytes")
            if n == 0:
                xrun.check_bundle(chk, "round trip", json.loads(again), validators, exts, stats)
                chk.check(export(fresh, "csv") == export(db, "csv"),
                          "whole: the csv export of the fresh base is the same")
                # GeoJSON too, but where the evidence is: a bundle holds no text, so
                # the fresh base's spans point into the text made from the bundle
                ga, gb = json.loads(export(db, "geojson")), json.loads(export(fresh, "geojson"))

                def strip(g):
                    return [{**f, "properties": {k: v for k, v in f["properties"].items()
                                                 if k not in ("evidence_start", "evidence_end")}}
                            for f in g["features"]]
                chk.check(strip(ga) == strip(gb),
                          "whole: the geojson export of the fresh base is the same but for spans")
                texts = {}
                for f in gb["features"]:
                    p = f["properties"]
                    if p.get("evidence_doc") is None:
                        continue
                    if p["evidence_doc"] not in texts:
                        r = vigil(chk, b, ["query", "--db", fresh, "document", p["evidence_doc"],
                                           "--json"], "query document")
                        texts[p["evidence_doc"]] = json.loads(r.stdout)["text"].encode()
                    words = texts[p["evidence_doc"]][p["evidence_start"]:p["evidence_end"]].decode()
                    chk.check(words.startswith(p["evidence"].rstrip(" …").rstrip()),
                              f"fresh base: {f['id']}'s evidence span holds its evidence",
                              f"{words[:80]!r} vs {p['evidence'][:80]!r}")
                summary, _ = ingest_stix(chk, b, fresh, path, "ingest the bundle again")
                chk.check(summary.get("stored") == 0 and summary.get("skipped") == nrep,
                          "a bundle ingested twice stores nothing new", str(summary))
                chk.check(export(fresh, "stix") == raw, "... and the base is unchanged")
                # the bundle into the base it came from: every report is known
                summary, _ = ingest_stix(chk, b, db, path, "ingest into its own base")
                chk.check(summary.get("stored") == 0, "its own base stores nothing new",
                          str(summary))
        # stdin
        p = vigil(chk, b, ["ingest", "--input", "stix", "--json", "--db",
                           os.path.join(tmp, "stdin.db"), "-"], "ingest stix from stdin",
                  stdin=export(db, "stix", "--doc", doc))
        chk.check(json.loads(p.stdout or b"{}").get("stored") == 1, "stdin: one document")

        # ---- another tool's bundle ----
        fdb = os.path.join(tmp, "foreign.db")
        summary, _ = ingest_stix(chk, b, fdb, FOREIGN, "ingest a foreign bundle")
        chk.check(summary.get("stored") == 2, "foreign: the report and the objects outside it",
                  str(summary))
        q = lambda *args: json.loads(vigil(chk, b, ["query"] + list(args) + ["--db", fdb,
                                                                              "--json"],
                                           f"query {args[0]}").stdout or b"{}")
        threats = q("threats").get("threats", [])
        placed = [t for t in threats if t.get("places") == "Antalya"]
        if chk.check(len(placed) == 1, "foreign: the threat to Antalya", json.dumps(threats)[:500]):
            t = placed[0]
            chk.check(t.get("actor") == "Sandfly Brigade", "foreign: its actor is the threat-actor",
                      json.dumps(t)[:300])
            chk.check(t.get("likelihood") == "likely", "foreign: confidence 70 reads as likely",
                      str(t.get("likelihood")))
            chk.check(t.get("from") == "2024-05-01" and t.get("to") == "2024-06-30",
                      "foreign: the window from start_time and stop_time", json.dumps(t)[:300])
        chk.check(any("beach hotels" in (t.get("target_types") or []) for t in threats),
                  "foreign: a class of targets is a kind of target", json.dumps(threats)[:400])
        ent = q("entity", "SFB")
        chk.check(json.dumps(ent).find("Sandfly Brigade") >= 0,
                  "foreign: an alias finds the group", json.dumps(ent)[:300])
        ent = q("entity", "Ember")
        chk.check(json.dumps(ent).find("armed_group") >= 0,
                  "foreign: an intrusion-set outside the report is an armed group",
                  json.dumps(ent)[:300])
        claims = q("claims").get("claims", [])
        chk.check(any("scouted hotels" in c.get("text", "") and
                      c.get("holder") == "Example CERT analyst"
                      for c in claims), "foreign: the note is a claim its author holds",
                  json.dumps(claims)[:400])
        fb = json.loads(export(fdb, "stix"))
        xrun.check_bundle(chk, "foreign re-export", fb, validators, exts, stats)
        rep = [o for o in fb["objects"] if o["type"] == "report" and "Antalya" in o["name"]]
        chk.check(len(rep) == 1 and any(x.get("url") == "https://cert.example.org/reports/"
                                        "sfb-2024-05" for x in rep[0]["external_references"]),
                  "foreign: the report keeps its URL")

        # ---- hostile bundles: refused, nothing changed ----
        def state():
            return (vigil(chk, b, ["query", "stats", "--db", db, "--json"], "stats").stdout,
                    export(db, "stix"))
        before = state()
        good = json.loads(export(db, "stix", "--doc", doc))
        # the incident cases need a document that has one
        inc_doc = next((x.get("document") for o in whole["objects"] if o["type"] == "incident"
                        for x in o.get("extensions", {}).values() if x.get("document")), None)
        chk.check(inc_doc is not None, "an incident in the base for the hostile incident cases")
        good_i = json.loads(export(db, "stix", "--doc", inc_doc)) if inc_doc else good
        inc = next((o for o in good_i["objects"] if o["type"] == "incident"), None)
        note = next(o for o in good["objects"] if o["type"] == "note")
        cases = []

        def case(name, data, reason):
            cases.append((name, data if isinstance(data, bytes) else
                          json.dumps(data).encode(), reason))

        case("not json", b'{"type": "bundle", "objects": [', "not JSON at line 1")
        case("empty file", b"", "not JSON")
        case("binary", bytes(range(256)) * 4, "not JSON")
        case("not a bundle", {"type": "report", "id": "report--x"}, "not a bundle")
        case("duplicate keys", b'{"type": "bundle", "type": "bundle", "objects": []}',
             "not JSON")
        bad = copy.deepcopy(good)
        next(o for o in bad["objects"] if o["type"] == "report")["name"] = 42
        case("wrong type", bad, "name should be a string")
        bad = copy.deepcopy(good)
        next(o for o in bad["objects"] if o["type"] == "report")["object_refs"].append(
            "note--00000000-0000-5000-8000-000000000000")
        case("dangling ref", bad, "which is not in the bundle")
        bad = copy.deepcopy(good)
        next(o for o in bad["objects"] if o["type"] == "report")["id"] = "report--not-a-uuid"
        case("bad id", bad, "is not report--<UUID>")
        if inc:
            bad = copy.deepcopy(good_i)
            e = next(o for o in bad["objects"] if o["id"] == inc["id"])
            next(iter(e["extensions"].values()))["place_ref"] = next(o["id"] for o in good_i["objects"] if o["type"] == "note")
            case("mistyped ref", bad, "which is not a location")
            bad = copy.deepcopy(good_i)
            e = next(o for o in bad["objects"] if o["id"] == inc["id"])
            next(iter(e["extensions"].values()))["killed"] = "many"
            case("wrong extension type", bad, "killed should be an integer")
            bad = copy.deepcopy(good_i)
            e = next(o for o in bad["objects"] if o["id"] == inc["id"])
            next(iter(e["extensions"].values()))["window_from"] = "2025-06-01"
            next(iter(e["extensions"].values())).pop("window_to", None)
            case("window without its end", bad, "window_from and window_to come together")
            bad = copy.deepcopy(good_i)
            e = next(o for o in bad["objects"] if o["id"] == inc["id"])
            next(iter(e["extensions"].values())).update(window_from="2025-06-30",
                                                        window_to="2025-06-01")
            case("reversed window", bad, "window_from is after window_to")
        bad = copy.deepcopy(good)
        next(o for o in bad["objects"] if o["id"] == note["id"])["content"] = "x" * (100 << 20)
        case("100 MB string", bad, "a string of 104857600 bytes")
        deep = {"type": "bundle", "objects": [{"type": "note", "id": note["id"],
                                               "content": "x", "object_refs": [note["id"]]}]}
        v = deep["objects"][0]
        for _ in range(100):
            v["x"] = {}
            v = v["x"]
        case("deep nesting", deep, "nested deeper than 32 levels")
        case("deeper than the parser takes",
             b'{"type": "bundle", "objects": [' + b"[" * 100000 + b"]" * 100000 + b"]}",
             "not JSON")
        # one threat aimed at 5,000 places (past the 4,096 a threat may have)
        ext_threat = next(o["id"] for o in whole["objects"] if o["type"] == "extension-definition"
                          and o["name"] == "Vigil threat")
        ts = "2024-01-01T00:00:00.000Z"
        ta = "threat-actor--00000000-0000-5000-8000-00000000000a"
        objs, refs = [{"type": "threat-actor", "spec_version": "2.1", "id": ta, "created": ts,
                       "modified": ts, "name": "X"}], [ta]
        for i in range(5000):
            loc = f"location--00000000-0000-5000-8000-{i:012d}"
            rel = f"relationship--00000000-0000-5000-8000-{i:012d}"
            objs.append({"type": "location", "spec_version": "2.1", "id": loc, "created": ts,
                         "modified": ts, "name": f"P{i}", "latitude": 1.0, "longitude": 2.0})
            objs.append({"type": "relationship", "spec_version": "2.1", "id": rel, "created": ts,
                         "modified": ts, "relationship_type": "targets", "source_ref": ta,
                         "target_ref": loc, "extensions": {ext_threat: {
                             "extension_type": "property-extension", "threat_id": "t1",
                             "document": "d"}}})
            refs += [loc, rel]
        objs.append({"type": "report", "spec_version": "2.1", "created": ts, "modified": ts,
                     "id": "report--00000000-0000-5000-8000-00000000000b", "name": "r",
                     "published": ts, "object_refs": refs})
        case("a threat at 5,000 places", {"type": "bundle", "objects": objs},
             "past the per-document limits")
        bad = copy.deepcopy(whole)
        bad["objects"].append({"type": "note", "spec_version": "2.1",
                               "id": "note--00000000-0000-5000-8000-000000000001",
                               "created": "2024-01-01T00:00:00.000Z",
                               "modified": "2024-01-01T00:00:00.000Z",
                               "content": "x", "object_refs": ["report--0"]})
        case("good reports, then a bad object", bad, "not in the bundle")
        for n, (name, data, reason) in enumerate(cases):
            path = os.path.join(tmp, f"hostile{n}.json")
            with open(path, "wb") as f:
                f.write(data)
            p = subprocess.run([b, "ingest", "--input", "stix", "--db", db, path],
                               capture_output=True, timeout=600)
            err = p.stderr.decode("utf-8", "replace")
            chk.check(p.returncode != 0, f"hostile {name}: non-zero exit", str(p.returncode))
            chk.check(path in err and reason in err and "nothing stored" in err,
                      f"hostile {name}: the bundle and the reason are named", err[-400:])
            chk.check(p.returncode < 128, f"hostile {name}: no crash", str(p.returncode))
        chk.check(state() == before, "hostile bundles changed nothing in the base")
    print(f"stix-ingest: {stats.objects} objects checked, {stats.ext_validated} extension blocks")
    chk.finish()


if __name__ == "__main__":
    main()

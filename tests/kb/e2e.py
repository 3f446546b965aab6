#!/usr/bin/env python3
"""Knowledge base end to end: ingests tests/kb/fixtures/fixtures.jsonl into a
fresh database and checks, through `vigil query --json`, the facts that
tests/kb/fixtures/EXPECTED.md says the knowledge base must show, and the
things it must not show:

  S1 syndication: one Peshawar incident, 2 reports, no casualty conflict, no
     perpetrator; the statements the two copies share count 1 independent
     source, never 2;
  S2 one merged Mogadishu incident with 3 reports whose killed conflict
     names 41, 45 and 43 with their publishers; 3 independent sources (the
     facts resting on the merge are skipped while the merge is a known gap);
  S3 one Mopti incident with 2 reports;
  S4 one Quetta incident; "TTP" and "Pakistani Taliban" are one entity; the
     claim and the denial are both stored (their conflict: see KNOWN_GAPS);
  S5 Antalya's threat board holds the Turkey threat and not the
     Istanbul-only one; Istanbul's holds both; Turkey's only the first;
  S6 Ahmed Hassan and Omar Hassan are two people;
  S7 `entity daesh`, `entity isis` and `entity "islamic state"` open one
     entity, which lists the four documents, both threats and the January
     church attack;
  and: a second ingest stores nothing, skips everything and changes no row;
  a copy of a stored text under a new id is skipped; `stats` counts what
  the tables hold; `search` folds diacritics; the store is whole
  (kblib.partial_rows). If the seed corpus (../shared/seed next to the
  source tree) exists it is ingested into a second database and checked:
  Antalya's board lists a threat, "US authorities" and the CIA exist,
  `claims --about ISIS` has rows.

Known gaps: KNOWN_GAPS names, with the reason, each fact of EXPECTED.md
that does not hold yet because of an extraction or knowledge-base gap. Such
a fact is checked like the others, printed as GAP and does not fail the
run; when it starts to hold it is printed as FIXED and fails the run until
its entry is removed (as tests/golden/facts.py does with known-gaps.txt),
so the list only shrinks on purpose.

    tests/kb/e2e.py --bin build/release/vigil [--seed DIR] [--keep DIR]
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import kblib  # noqa: E402

FIXTURES = os.path.join(HERE, "fixtures", "fixtures.jsonl")
SEED = os.path.join(os.path.dirname(lib.ROOT), "shared", "seed")

# label -> why it does not hold today. Labels are the check labels below.
KNOWN_GAPS = {
    "S3: the two 'told Reuters' statements form one cluster with 2 reports":
        "extraction GAP (g): Sahel's 'told Reuters' sentence is about the attackers' "
        "arrival and its figures come as 'He said 22 soldiers ...' (holder He, no "
        "cluster), so the two Reuters statements are under 0.5 alike and form two clusters",
    "search: 'kizilay' finds a document that writes Kızılay":
        "KB: FTS5 unicode61 remove_diacritics does not fold the Turkish dotless i (U+0131), "
        "which is a letter, not a diacritic; entity names are folded by vg_kb_fold_name, "
        "search text is not (docs/kb.md promises diacritics only)",
}

DIACRITICS_DOC = {
    "id": "dia-0302", "published": "2024-03-02", "publisher": "Ege Postası",
    "title": "Güvenlik uyarısı",
    "text": "İZMİR, March 2 - Police in İstanbul and Şanlıurfa detained 4 people near "
            "Kızılay square in Türkiye on Friday, officials said. The operation in "
            "Peshāwar was unrelated.",
}


class Checker(lib.Checker):
    """lib.Checker that knows KNOWN_GAPS: a listed failure is a GAP, a
    listed success is FIXED (a failure, so the list is kept true)."""

    def __init__(self, name):
        super().__init__(name)
        self.gaps = []
        self.seen = set()

    def check(self, cond, what, detail=""):
        self.seen.add(what)
        if what in KNOWN_GAPS:
            if cond:
                print(f"FIXED {self.name}: {what} (remove it from KNOWN_GAPS in tests/kb/e2e.py)")
                self.failed += 1
            else:
                self.gaps.append(what)
            return bool(cond)
        return super().check(bool(cond), what, detail)

    def finish(self):
        for g in self.gaps:
            print(f"GAP {self.name}: {g}\n    because: {KNOWN_GAPS[g]}")
        unchecked = [g for g in KNOWN_GAPS if g not in self.seen]
        for g in unchecked:
            print(f"FAIL {self.name}: known gap never checked: {g}")
        self.failed += len(unchecked)
        if self.gaps:
            print(f"{self.name}: {len(self.gaps)} known gaps")
        super().finish()


class Vigil:
    def __init__(self, bin_path, db, chk):
        self.bin, self.db, self.chk = bin_path, db, chk

    def ingest(self, path):
        rc, out, err = lib.run(self.bin, ["ingest", "--db", self.db, "--json", "-q", path],
                               timeout=60)
        self.chk.check(rc == 0, f"ingest {os.path.basename(path)} exits 0",
                       f"exit {rc}: {err.strip()[:500]}")
        try:
            return json.loads(out)
        except ValueError:
            self.chk.check(False, f"ingest {os.path.basename(path)} writes a JSON summary",
                           out[:300])
            return {}

    def query(self, *args):
        rc, out, err = lib.run(self.bin, ["query", "--db", self.db, "--json"] + list(args),
                               timeout=30)
        what = "query " + " ".join(args)
        if not self.chk.check(rc == 0, f"{what} exits 0", f"exit {rc}: {err.strip()[:500]}"):
            return {}
        try:
            return json.loads(out)
        except ValueError:
            self.chk.check(False, f"{what} writes one JSON object", out[:300])
            return {}

    def rows(self, key, *args):
        return self.query(*args).get(key) or []


def incidents(v, *filters):
    return [e for e in v.rows("events", "timeline", *filters) if e.get("kind") == "incident"]


def report_figures(db, incident_id):
    """{doc_id: (killed, injured)} for the reports of one incident (the queries
    show the figures only when they differ)."""
    con = kblib.connect(db)
    try:
        return {r[0]: (r[1], r[2]) for r in con.execute(
            "SELECT d.doc_id, r.killed, r.injured FROM incident_reports r"
            " JOIN documents d ON d.id = r.doc WHERE r.incident = ?", (incident_id,))}
    finally:
        con.close()


def one_id(v, name):
    """The entity ids `entity NAME` finds."""
    return [e.get("id") for e in v.rows("entities", "entity", name)]


def claims_with(claims, doc, *words):
    return [c for c in claims if c.get("doc") == doc
            and all(w.lower() in (c.get("text") or "").lower() for w in words)]


def check_shared(chk, claims, what, words, one_cluster_label=None):
    """A statement the two S1 copies share: in both, 1 independent source
    each; and (when labelled) one cluster with 2 reports."""
    a = claims_with(claims, "syn-meridian-0213", *words)
    b = claims_with(claims, "syn-harbour-0213", *words)
    if not chk.check(a and b, f"S1: {what} is a claim in both copies",
                     f"meridian {len(a)}, harbour {len(b)}"):
        return
    chk.check(all(c.get("independent_sources") == 1 for c in a + b),
              f"S1: {what} counts 1 independent source",
              str([(c["doc"], c.get("independent_sources")) for c in a + b]))
    if one_cluster_label:
        ca, cb = a[0], b[0]
        chk.check(ca.get("cluster") is not None and ca.get("cluster") == cb.get("cluster")
                  and ca.get("reports") == 2, one_cluster_label,
                  f"clusters {ca.get('cluster')}/{cb.get('cluster')}, reports "
                  f"{ca.get('reports')}/{cb.get('reports')}")


def check_fixtures(chk, v, scratch):
    s = v.ingest(FIXTURES)
    chk.check(s.get("stored") == 13 and s.get("skipped") == 0 and s.get("failed") == 0,
              "first ingest stores 13, skips 0, fails 0", str(s))
    stats = v.query("stats")
    claims = v.rows("claims", "claims", "--limit", "1000")
    chk.check(len(claims) == stats.get("claims"), "claims lists every stored claim",
              f"{len(claims)} listed, stats {stats.get('claims')}")

    # ---- S1 syndication
    pesh = incidents(v, "--place", "peshawar")
    pesh13 = [e for e in pesh if e.get("date") == "2024-02-13"]
    if chk.check(len(pesh13) == 1, "S1: one Peshawar incident on 2024-02-13",
                 json.dumps(pesh)):
        e = pesh13[0]
        chk.check(e.get("reports") == 2, "S1: the Peshawar incident has 2 reports", str(e))
        chk.check(e.get("what") == "bombing", "S1: the Peshawar incident is a bombing", str(e))
        chk.check(e.get("conflict") is None, "S1: no casualty conflict (both give 14 and 31)",
                  str(e.get("conflict")))
        chk.check(not e.get("actor"), "S1: no perpetrator (no group claimed the bombing)",
                  str(e.get("actor")))
        figs = report_figures(v.db, e["id"])
        chk.check(figs == {"syn-meridian-0213": (14, 31), "syn-harbour-0213": (14, 31)},
                  "S1: each copy reports 14 killed, 31 injured", str(figs))
    check_shared(chk, claims, "the police toll (the lead)", ["motorcycle", "bus station"],
                 "S1: the police toll in both copies forms one cluster with 2 reports")
    check_shared(chk, claims, "the police chief's account", ["Qasim Ali Khan"],
                 "S1: the police chief's account in both copies forms one cluster with 2 reports")
    check_shared(chk, claims, "the hospital spokesman's statement", ["Lady Reading Hospital"],
                 "S1: the hospital spokesman's statement in both copies forms one cluster "
                 "with 2 reports")
    syn = [c for c in claims if c.get("doc") in ("syn-meridian-0213", "syn-harbour-0213")]
    chk.check(syn and all(c.get("independent_sources") == 1 for c in syn),
              "S1: no claim of the syndicated copies counts more than 1 independent source",
              str([(c["doc"], c["id"], c.get("independent_sources")) for c in syn
                   if c.get("independent_sources") != 1]))
    none = claims_with(claims, "syn-meridian-0213", "No group immediately claimed")
    chk.check(all(c.get("polarity") == "negative" for c in none),
              "S1: 'No group immediately claimed responsibility' is not a positive claim",
              str([(c.get("cue"), c.get("polarity")) for c in none]))

    # ---- S2 one event, three outlets
    mdocs = ("mog-horn-0615", "mog-coastal-0615", "mog-eam-0616")
    mog = incidents(v, "--place", "mogadishu")
    mog14 = [e for e in mog if e.get("date") == "2024-06-14"]
    chk.check(mog14 and all("al-shabaab" in (e.get("actor") or "").lower() for e in mog14),
              "S2: the Mogadishu attack of 2024-06-14 is stored, by al-Shabaab", json.dumps(mog))
    merged = len(mog14) == 1 and mog14[0].get("reports") == 3
    chk.check(merged, "S2: one merged Mogadishu incident on 2024-06-14 with 3 reports",
              json.dumps(mog14))
    if merged:
        e = mog14[0]
        conflict = e.get("conflict") or ""
        killed = next((p for p in conflict.split(";") if "killed:" in p), "")
        chk.check(all(x in killed for x in ("41 (Horn Daily Observer)", "45 (Coastal Courier)",
                                            "43 (East Africa Monitor)")),
                  "S2: the killed conflict names 41 (Horn), 45 (Coastal), 43 (East Africa Monitor)",
                  conflict)
        injured = next((p for p in conflict.split(";") if "injured:" in p), "")
        chk.check(all(x in injured for x in ("63 (Horn Daily Observer)", "40 (Coastal Courier)",
                                             "60 (East Africa Monitor)")),
                  "S2: the injured conflict names 63 (Horn), 40 (Coastal), 60 (East Africa "
                  "Monitor)",
                  conflict)
        figs = report_figures(v.db, e["id"])
        chk.check({d: k for d, (k, _) in figs.items()} ==
                  {"mog-horn-0615": 41, "mog-coastal-0615": 45, "mog-eam-0616": 43},
                  "S2: killed per report 41 (Horn), 45 (Coastal), 43 (EAM)", str(figs))
        lead = [c for c in claims if c.get("doc") in mdocs and c.get("reports") == 3]
        chk.check(len(lead) == 3 and len({c.get("cluster") for c in lead}) == 1
                  and {c["doc"] for c in lead} == set(mdocs),
                  "S2: one cluster holds a statement of each of the three outlets",
                  str([(c["doc"], c.get("cluster"), c.get("reports")) for c in lead]))
        chk.check(lead and all(c.get("independent_sources") == 3 for c in lead),
                  "S2: the event counts 3 independent sources",
                  str([(c["doc"], c.get("independent_sources")) for c in lead]))
        chk.check(lead and all(c.get("conflict") for c in lead),
                  "S2: the event's claim cluster flags the differing tolls",
                  str([c.get("conflict") for c in lead]))
        con = kblib.connect(v.db)
        try:
            extra = con.execute(
                "SELECT DISTINCT r.incident FROM incident_reports r JOIN documents d"
                " ON d.id = r.doc WHERE d.doc_id IN (?, ?, ?) AND r.incident <> ?",
                mdocs + (e["id"],)).fetchall()
        finally:
            con.close()
        chk.check(not extra,
                  "S2: the three Mogadishu documents report no incident besides the merged one",
                  f"other incidents {extra}")
    else:
        print("kb-e2e: S2 facts resting on the merged Mogadishu incident skipped (known gap)")
    resp = [c for c in claims if c.get("doc") in mdocs and "al-shabaab" in
            (c.get("text") or "").lower() and any(w in (c.get("text") or "").lower()
                                                  for w in ("claimed", "carried out"))]
    chk.check({c["doc"] for c in resp} == set(mdocs),
              "S2: al-Shabaab's claim of responsibility is a claim in all three documents",
              str([(c["doc"], c.get("cue")) for c in resp]))
    chk.check(all(c.get("polarity") == "positive" and "polarity" not in (c.get("conflict") or "")
                  for c in resp),
              "S2: al-Shabaab's claim of responsibility has no denial and no conflict",
              str([(c["doc"], c.get("polarity"), c.get("conflict")) for c in resp]))
    chk.check(all(c.get("independent_sources", 1) <= 3 for c in claims if c.get("doc") in mdocs),
              "S2: no Mogadishu statement counts more than 3 independent sources")

    # ---- S3 Reuters quoted twice
    mopti = [e for e in incidents(v, "--place", "mopti") if e.get("date") == "2024-09-09"]
    if chk.check(len(mopti) == 1, "S3: one Mopti incident on 2024-09-09", json.dumps(mopti)):
        e = mopti[0]
        chk.check(e.get("reports") == 2, "S3: the Mopti incident has 2 reports", str(e))
        chk.check(e.get("conflict") is None, "S3: no casualty conflict at Mopti",
                  str(e.get("conflict")))
        figs = report_figures(v.db, e["id"])
        chk.check({d: k for d, (k, _) in figs.items()} ==
                  {"ml-sahel-0910": 22, "ml-ledger-0911": 22},
                  "S3: both reports give 22 killed", str(figs))
    mlead = [c for c in claims if c.get("doc") in ("ml-sahel-0910", "ml-ledger-0911")
             and c.get("reports") == 2]
    chk.check(len(mlead) == 2 and all(c.get("independent_sources") == 1 for c in mlead),
              "S3: the Mopti incident's statements count 1 independent source",
              str([(c["doc"], c.get("holder"), c.get("independent_sources")) for c in mlead]))
    reut = [c for c in claims if c.get("doc") in ("ml-sahel-0910", "ml-ledger-0911")
            and "told reuters" in (c.get("text") or "").lower()]
    chk.check(len(reut) == 2 and reut[0].get("cluster") is not None
              and reut[0].get("cluster") == reut[1].get("cluster")
              and reut[0].get("independent_sources") == 1,
              "S3: the two 'told Reuters' statements form one cluster with 2 reports",
              str([(c["doc"], c.get("cluster"), c.get("reports"), c.get("independent_sources"))
                   for c in reut]))
    chk.check(not v.rows("threats", "threats", "--place", "mopti"),
              "S3: no threat on Mopti's board")

    # ---- S4 claimed vs denied
    quetta = [e for e in incidents(v, "--place", "quetta") if e.get("date") == "2024-08-19"]
    if chk.check(len(quetta) == 1, "S4: one Quetta incident on 2024-08-19", json.dumps(quetta)):
        e = quetta[0]
        chk.check(e.get("reports") == 2, "S4: the Quetta incident has 2 reports", str(e))
        chk.check(e.get("conflict") is None, "S4: no casualty conflict at Quetta (both 8)",
                  str(e.get("conflict")))
        figs = report_figures(v.db, e["id"])
        chk.check({d: k for d, (k, _) in figs.items()} ==
                  {"pk-indus-0819": 8, "pk-karachi-0820": 8}, "S4: both reports give 8 killed",
                  str(figs))
    ttp = one_id(v, "TTP")
    chk.check(len(ttp) == 1 and one_id(v, "Pakistani Taliban") == ttp
              and one_id(v, "Tehrik-i-Taliban Pakistan") == ttp,
              "S4: TTP, Pakistani Taliban and Tehrik-i-Taliban Pakistan are one entity",
              f"TTP {ttp}, Pakistani Taliban {one_id(v, 'Pakistani Taliban')}")
    ttp_name = (v.rows("entities", "entity", "TTP") or [{}])[0].get("name")
    claimed = [c for c in claims if c.get("doc") == "pk-indus-0819"
               and c.get("cue") == "claim_responsibility" and c.get("holder") == ttp_name]
    denied = [c for c in claims if c.get("doc") == "pk-karachi-0820" and c.get("cue") == "deny"
              and c.get("holder") == ttp_name]
    chk.check(claimed and all(c.get("polarity") == "positive" for c in claimed),
              "S4: Indus holds TTP's positive claim_responsibility", str(claimed)[:300])
    chk.check(denied and all(c.get("polarity") == "negative" for c in denied),
              "S4: Karachi holds the Pakistani Taliban's negative deny, held by TTP",
              str(denied)[:300])
    chk.check(any(a.get("cluster") is not None and a.get("cluster") == b.get("cluster")
                  and "polarity" in (a.get("conflict") or "") for a in claimed for b in denied),
              "S4: one cluster holds TTP's claim and its denial, with a polarity conflict",
              str([(c["doc"], c.get("cluster"), c.get("conflict")) for c in claimed + denied]))
    conflicted = v.rows("claims", "claims", "--conflicts", "--limit", "1000")
    chk.check(all(c.get("conflict") for c in conflicted) and
              {"mog-horn-0615", "mog-eam-0616"} <= {c["doc"] for c in conflicted},
              "claims --conflicts lists only conflicting claims, the Mogadishu tolls among them",
              str([(c["doc"], c.get("conflict")) for c in conflicted]))
    chk.check(not v.rows("threats", "threats", "--actor", "TTP"), "S4: no TTP threat")

    # ---- S5 the threat board of a city takes its country's threats
    def board(place):
        return {t.get("doc"): t for t in v.rows("threats", "threats", "--place", place)}
    ant = board("Antalya")
    t = ant.get("tr-anatolia-0520") or {}
    chk.check(bool(t), "S5: Antalya's board lists the Turkey coastal-resort threat",
              str(list(ant)))
    chk.check("tr-consulate-0528" not in ant, "S5: Antalya's board does not list the "
              "Istanbul-only threat", str(list(ant)))
    if t:
        chk.check(t.get("actor") == "ISIS", "S5: the Turkey threat's actor is ISIS", str(t))
        chk.check(t.get("places") == "Türkiye", "S5: the Turkey threat's place is Türkiye only",
                  str(t.get("places")))
        chk.check(t.get("likelihood") == "roughly_even_chance",
                  "S5: the Turkey threat is a roughly even chance", str(t.get("likelihood")))
        chk.check(t.get("window") == "in the coming weeks" and t.get("from") == "2024-05-20",
                  "S5: the Turkey threat's window is 'in the coming weeks' from 2024-05-20",
                  f"{t.get('window')} {t.get('from')}")
        chk.check({"hotel", "tourist_site"} <= set(t.get("target_types") or []),
                  "S5: the Turkey threat targets hotels and tourist sites",
                  str(t.get("target_types")))
        chk.check((t.get("holder") or "").lower() == "turkish security officials",
                  "S5: the Turkey threat is held by Turkish security officials",
                  str(t.get("holder")))
    ist = board("Istanbul")
    chk.check({"tr-anatolia-0520", "tr-consulate-0528"} <= set(ist),
              "S5: Istanbul's board lists the Istanbul threat and the Turkey threat",
              str(list(ist)))
    chk.check(board("İstanbul").keys() == ist.keys(),
              "S5: 'İstanbul' and 'Istanbul' are one board",
              str(list(board("İstanbul"))))
    tur = board("Turkey")
    chk.check("tr-anatolia-0520" in tur and "tr-consulate-0528" not in tur,
              "S5: Turkey's board lists the Turkey threat, not the Istanbul one (containment "
              "works upward only)", str(list(tur)))
    chk.check(not any(x.get("doc") == "tr-bosphorus-0411"
                      for x in v.rows("threats", "threats", "--limit", "1000")),
              "S5: the arrest story tr-bosphorus-0411 gives no threat")
    daesh_threats = v.rows("threats", "threats", "--actor", "daesh")
    chk.check(sum(x.get("doc") == "tr-anatolia-0520" for x in daesh_threats) == 1,
              "S5: tr-anatolia-0520 gives one threat",
              str([(x.get("doc"), x.get("places")) for x in daesh_threats]))

    # ---- S6 a shared surname
    ahmed = v.rows("entities", "entity", "Ahmed Hassan")
    omar = v.rows("entities", "entity", "Omar Hassan")
    if chk.check(len(ahmed) == 1 and len(omar) == 1, "S6: Ahmed Hassan and Omar Hassan each "
                 "find one entity", f"{ahmed} {omar}"):
        a, o = ahmed[0], omar[0]
        chk.check(a["id"] != o["id"], "S6: Ahmed Hassan and Omar Hassan are two entities",
                  f"{a['id']} {o['id']}")
        chk.check(a.get("type") == "person" and o.get("type") == "person",
                  "S6: both are people", f"{a.get('type')} {o.get('type')}")
        chk.check(a.get("document_ids") == "mog-horn-0615",
                  "S6: Ahmed Hassan is linked only to mog-horn-0615", str(a.get("document_ids")))
        chk.check(o.get("document_ids") == "ke-garissa-0702",
                  "S6: Omar Hassan is linked only to ke-garissa-0702", str(o.get("document_ids")))
        hassan = v.rows("entities", "entity", "Hassan")
        chk.check(o["id"] not in [h.get("id") for h in hassan],
                  "S6: the bare 'Hassan' is never Omar Hassan", str(hassan))
        chk.check(not any(h.get("type") == "place" for h in hassan),
                  "S6: 'Hassan' is not a place",
                  str([(h.get("name"), h.get("type")) for h in hassan]))
        chk.check(not any(len(set((h.get("document_ids") or "").split())) > 1 for h in hassan),
                  "S6: no 'Hassan' profile spans both documents", str(hassan))
    chk.check(not v.rows("threats", "threats", "--place", "nairobi"),
              "S6: no threat on Nairobi's board")

    # ---- S7 one group under three names
    ids = {n: one_id(v, n) for n in ("daesh", "isis", "islamic state", "Islamic State", "ISIS")}
    first = ids["isis"]
    chk.check(len(first) == 1 and all(x == first for x in ids.values()),
              "S7: entity daesh, isis and \"islamic state\" find the same one entity", str(ids))
    isis = (v.rows("entities", "entity", "daesh") or [{}])[0]
    aliases = {a.strip().lower() for a in (isis.get("aliases") or "").split("|")}
    chk.check({"isis", "daesh", "islamic state"} <= aliases,
              "S7: the entity's aliases are ISIS, Daesh and Islamic State",
              str(isis.get("aliases")))
    chk.check(isis.get("type") == "armed_group", "S7: ISIS is an armed group",
              str(isis.get("type")))
    docs = set((isis.get("document_ids") or "").split())
    want = {"tr-bosphorus-0411", "tr-anatolia-0520", "tr-consulate-0528", "ml-ledger-0911"}
    chk.check(docs == want, "S7: the ISIS profile lists its 4 documents", str(sorted(docs)))
    tl = v.rows("events", "timeline", "--actor", "islamic state")
    tdocs = {(e.get("kind"), e.get("place")) for e in tl}
    chk.check({("threat", "Türkiye"), ("threat", "İstanbul")} <= tdocs,
              "S7: the ISIS timeline holds the Türkiye and the Istanbul threats", str(tdocs))
    chk.check(any(e.get("kind") == "incident" and e.get("place") == "İstanbul"
                  and (e.get("date") or "").startswith("2024-01") for e in tl),
              "S7: the ISIS timeline holds the Istanbul church attack of January 2024",
              json.dumps(tl)[:400])
    chk.check(isis.get("threats", 0) >= 2 and isis.get("incidents", 0) >= 1,
              "S7: the ISIS profile counts its threats and its incident", str(isis))

    # ---- stats, counts, publishers
    con = kblib.connect(v.db)
    try:
        sql = {k: con.execute(q).fetchone()[0] for k, q in {
            "documents": "SELECT count(*) FROM documents",
            "entities": "SELECT count(*) FROM entities",
            "mentions": "SELECT count(*) FROM mentions",
            "incidents": "SELECT count(*) FROM incidents",
            "incident_reports": "SELECT count(*) FROM incident_reports",
            "threats": "SELECT count(*) FROM threats",
            "claims": "SELECT count(*) FROM claims",
            "sources": "SELECT count(*) FROM sources"}.items()}
        publishers = con.execute("SELECT count(DISTINCT publisher) FROM documents"
                                 " WHERE publisher IS NOT NULL").fetchone()[0]
        authors = con.execute("SELECT count(*) FROM documents WHERE author IS NOT NULL"
                              " AND author <> ''").fetchone()[0]
    finally:
        con.close()
    chk.check(stats.get("documents") == 13, "stats: 13 documents", str(stats.get("documents")))
    chk.check(all(stats.get(k) == n for k, n in sql.items()),
              "stats: each count is what the tables hold", f"stats {stats}\n    tables {sql}")
    chk.check(publishers == 13, "13 publishers, one per document", str(publishers))
    chk.check(authors == 8, "8 of the 13 documents have an author", str(authors))
    chk.check(stats.get("incidents", 0) >= 6 and stats.get("threats", 0) >= 2
              and stats.get("conflicts", 0) >= 1 and stats.get("corroborated_clusters", 0) >= 2
              and stats.get("graded_sources") == 0,
              "stats: at least 6 incidents, 2 threats, 1 conflict, 2 corroborated clusters; "
              "no graded source", str(stats))
    chk.check(stats.get("count") == 1 and stats.get("query") == "stats",
              "stats: one object", str(stats))

    # ---- search (the fixture corpus is ASCII; the query carries diacritics)
    def hit_docs(db_v, *words):
        return {h.get("doc") for h in db_v.rows("hits", "search", *words)}
    chk.check({"syn-meridian-0213", "syn-harbour-0213"} <= hit_docs(v, "Peshāwar"),
              "search: 'Peshāwar' finds the Peshawar stories", str(hit_docs(v, "Peshāwar")))
    got = hit_docs(v, "İstanbul")
    chk.check({"tr-bosphorus-0411", "tr-consulate-0528"} <= got,
              "search: 'İstanbul' finds the Istanbul stories", str(got))
    got = hit_docs(v, "synagogues", "churches")
    chk.check(got == {"tr-consulate-0528"}, "search: all words must occur", str(got))
    chk.check(not hit_docs(v, "synagogues", "Mogadishu"), "search: no document holds both words")

    # ---- the store is whole
    problems = kblib.partial_rows(v.db, scratch)
    chk.check(not problems, "the store is whole (partial_rows, FTS integrity, foreign keys)",
              str(problems))
    chk.check(kblib.integrity(v.db) == ["ok"], "PRAGMA integrity_check is ok")

    # ---- idempotence
    before_stats = {k: x for k, x in stats.items() if k != "database_bytes"}
    before = kblib.contents(v.db)
    s = v.ingest(FIXTURES)
    chk.check(s.get("stored") == 0 and s.get("skipped") == 13 and s.get("failed") == 0,
              "second ingest: 0 new, 13 skipped, 0 failed", str(s))
    copy = os.path.join(scratch, "copy.jsonl")
    with open(FIXTURES, encoding="utf-8") as f:
        rec = json.loads(f.readline())
    rec["id"] = "syn-meridian-0213-copy"
    kblib.write_jsonl(copy, [rec])
    s = v.ingest(copy)
    chk.check(s.get("stored") == 0 and s.get("skipped") == 1,
              "a stored text under a new id is skipped", str(s))
    after_stats = {k: x for k, x in v.query("stats").items() if k != "database_bytes"}
    chk.check(after_stats == before_stats, "stats unchanged by the re-ingest",
              f"{before_stats}\n    {after_stats}")
    after = kblib.contents(v.db)
    changed = [t for t in set(before) | set(after) if before.get(t) != after.get(t)]
    chk.check(not changed, "every table unchanged by the re-ingest", str(changed))


def check_diacritics(chk, bin_path, scratch):
    db = os.path.join(scratch, "dia.db")
    path = os.path.join(scratch, "dia.jsonl")
    kblib.write_jsonl(path, [DIACRITICS_DOC])
    v = Vigil(bin_path, db, chk)
    s = v.ingest(path)
    chk.check(s.get("stored") == 1, "search: the document with diacritics is stored", str(s))
    for word in ("istanbul", "ISTANBUL", "turkiye", "izmir", "peshawar", "sanlıurfa"):
        got = {h.get("doc") for h in v.rows("hits", "search", word)}
        chk.check(got == {"dia-0302"}, f"search: '{word}' finds the document that writes it "
                  "with diacritics", str(got))
    got = {h.get("doc") for h in v.rows("hits", "search", "kizilay")}
    chk.check(got == {"dia-0302"}, "search: 'kizilay' finds a document that writes Kızılay",
              str(got))


def check_seed(chk, bin_path, seed, scratch):
    if not os.path.isdir(seed):
        print(f"kb-e2e: no seed corpus at {seed}: seed checks skipped")
        return
    v = Vigil(bin_path, os.path.join(scratch, "seed.db"), chk)
    s = v.ingest(seed)
    chk.check(s.get("stored", 0) >= 1 and s.get("failed") == 0, "seed: ingested", str(s))
    chk.check(v.rows("threats", "threats", "--place", "antalya"),
              "seed: threats --place antalya lists a threat")
    us = v.rows("entities", "entity", "US authorities")
    cia = v.rows("entities", "entity", "CIA")
    chk.check(us or cia, "seed: the entity 'US authorities' or the CIA exists", f"{us} {cia}")
    chk.check(v.rows("claims", "claims", "--about", "ISIS"), "seed: claims --about ISIS has rows")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True, help="the vigil binary")
    ap.add_argument("--seed", default=SEED, help=f"seed corpus directory (default {SEED})")
    ap.add_argument("--keep", help="write the databases here and keep them")
    a = ap.parse_args()
    chk = Checker("kb-e2e")
    scratch = a.keep or tempfile.mkdtemp(prefix="vigil-kb-e2e-")
    os.makedirs(scratch, exist_ok=True)
    try:
        for name in ("fixtures.db", "dia.db", "seed.db", "check.db"):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(os.path.join(scratch, name + suffix)):
                    os.remove(os.path.join(scratch, name + suffix))
        db = os.path.join(scratch, "fixtures.db")
        check_fixtures(chk, Vigil(a.bin, db, chk), scratch)
        check_diacritics(chk, a.bin, scratch)
        check_seed(chk, a.bin, a.seed, scratch)
    finally:
        if not a.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    chk.finish()


if __name__ == "__main__":
    main()

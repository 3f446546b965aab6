#!/usr/bin/env python3
"""Crash safety of `vigil ingest` (issue 5): kill -9 at random moments loses
no committed document, leaves no document stored in part, leaves a
database that passes PRAGMA integrity_check, and a re-run completes it.

A generated corpus of short wire items (distinct ids and texts, plus a few
copies under a new id and a few reused ids with new text, which must be
skipped) is ingested once without interruption as the reference. Then the
same corpus is ingested into a second database with --batch 50 and the
process is killed with SIGKILL at random moments, several times: while it
starts up and skips what is stored, or once it has committed a random
number of further documents, each after a further random delay of up to
0.6 s, so the kill can land anywhere in a batch or its commit. After each
kill:
  - PRAGMA integrity_check is ok;
  - the number of stored documents never decreases;
  - the stored documents are exactly the first N distinct documents of the
    corpus (batches commit in order, none is lost), and N is a whole number
    of batches (a batch is one transaction);
  - no document is stored in part: every document and claim has its
    full-text row, clusters count their claims, foreign keys hold, the FTS5
    indexes pass their integrity-check, and each stored document holds
    exactly the mentions, claims, chain links, quantities, incident reports
    and threats that the reference holds for it.
Then a full re-run stores the rest (its --json summary says how many were
new and skipped), the database equals the reference table by table, and a
further re-run stores nothing new, skips everything and changes nothing.

The moments and the corpus come from --seed, so a failure can be replayed
(up to the scheduling of the processes)."""
import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402
import kblib  # noqa: E402

BATCH = 50


def build_corpus(n, seed):
    """The corpus in ingest order, and the documents a store must keep in
    order (the first document for each id and for each text)."""
    docs = kblib.corpus(n, seed)
    r = random.Random(seed + 1)
    extra = kblib.corpus(n // 100, seed + 2)  # texts for reused ids
    out = list(docs)
    for k in range(n // 100):
        i = r.randrange(n // 2)
        same_text = {"id": f"copy-{k}", "text": docs[i]["text"]}
        same_id = {"id": docs[i]["id"], "text": extra[k]["text"]}
        out.insert(r.randrange(out.index(docs[i]) + 1, len(out) + 1), same_text)
        out.insert(r.randrange(out.index(docs[i]) + 1, len(out) + 1), same_id)
    firsts, ids, texts = [], set(), set()
    for d in out:
        if d["id"] not in ids and d["text"] not in texts:
            firsts.append(d["id"])
        ids.add(d["id"])
        texts.add(d["text"])
    return out, firsts


def wait_for_count(db, n, proc, deadline):
    """Waits until db holds n documents, proc ends, or the deadline passes."""
    while proc.poll() is None and time.monotonic() < deadline:
        if os.path.exists(db):
            try:
                con = kblib.connect(db)
                try:
                    if con.execute("SELECT count(*) FROM documents").fetchone()[0] >= n:
                        return
                finally:
                    con.close()
            except sqlite3.Error:
                pass  # not created yet
        time.sleep(0.01)


def summary(stdout):
    lines = [ln for ln in stdout.splitlines() if ln.strip()]
    try:
        return json.loads(lines[-1]) if lines else {}
    except ValueError:
        return {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--docs", type=int, default=2500)
    ap.add_argument("--kills", type=int, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = ap.parse_args()
    vigil = os.path.abspath(a.bin)
    chk = lib.Checker("kb-crash")
    tmp = tempfile.mkdtemp(prefix="vigil-kb-crash-")
    t_start = time.monotonic()
    try:
        run(vigil, a, chk, tmp)
    finally:
        print(f"kb-crash: {time.monotonic() - t_start:.1f} s, seed {a.seed}"
              + (f", files in {tmp}" if a.keep else ""))
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    chk.finish()


def run(vigil, a, chk, tmp):
    corpus, firsts = build_corpus(a.docs, a.seed)
    total = len(firsts)
    # documents stored once the first j of the corpus are read, at each
    # batch boundary: a batch counts the documents it read, skipped or not
    seen_ids, seen_texts, firsts_by = set(), set(), [0]
    for d in corpus:
        firsts_by.append(firsts_by[-1] + (d["id"] not in seen_ids and d["text"] not in seen_texts))
        seen_ids.add(d["id"])
        seen_texts.add(d["text"])
    boundaries = {firsts_by[j] for j in range(0, len(corpus) + 1, BATCH)} | {total}
    src = os.path.join(tmp, "corpus.jsonl")
    kblib.write_jsonl(src, corpus)
    ref, db = os.path.join(tmp, "ref.db"), os.path.join(tmp, "kb.db")
    ingest = [vigil, "ingest", "--batch", str(BATCH), "--json", "-q"]

    # the reference: one uninterrupted run
    t0 = time.monotonic()
    code, out, err = lib.run(vigil, ingest[1:] + ["--db", ref, src], timeout=600)
    print(f"kb-crash: reference ingest of {len(corpus)} documents: {time.monotonic() - t0:.1f} s")
    s = summary(out)
    if not chk.check(code == 0 and s.get("stored") == total and
                     s.get("skipped") == len(corpus) - total and s.get("failed") == 0,
                     f"reference ingest stores {total} and skips {len(corpus) - total}",
                     f"exit {code}, summary {s}, stderr {err[-500:]}"):
        return
    ref_docs = kblib.per_document(ref)

    r = random.Random(a.seed)
    prev, kills, grew = 0, 0, 0
    for k in range(a.kills):
        # the moment: once this run has committed `target` more documents
        # (0: while it starts up and skips what is stored), after a random
        # further delay, so that the kill falls anywhere in a batch
        target = 0 if k % 3 == 0 else r.randint(1, 300)
        extra = r.uniform(0.05, 0.6)
        with open(os.path.join(tmp, f"run{k}.err"), "wb") as errf:
            p = subprocess.Popen(ingest + ["--db", db, src], stdout=subprocess.DEVNULL,
                                 stderr=errf)
            t0 = time.monotonic()
            if target:
                wait_for_count(db, prev + target, p, t0 + 120)
            time.sleep(extra)
            delay = time.monotonic() - t0
            finished = p.poll() is not None
            if not finished:
                p.send_signal(signal.SIGKILL)
            code = p.wait()
        if finished:
            chk.check(code == 0, f"run {k} that ended before its kill exits 0", f"exit {code}")
            print(f"kb-crash: run {k} ended before its kill, after {delay:.2f} s")
            prev = kblib.doc_count(db)
            break
        kills += 1
        chk.check(code == -signal.SIGKILL, f"run {k} was killed", f"exit {code}")
        if not os.path.exists(db):
            print(f"kb-crash: kill {k} at {delay:.2f} s: no database yet")
            continue
        what = f"kill {k} at {delay:.2f} s (after {target} more stored, then {extra:.2f} s)"
        chk.check(kblib.integrity(db) == ["ok"], f"{what}: integrity_check ok",
                  str(kblib.integrity(db)[:5]))
        # killed while it starts up: SQLite made the file, the schema's
        # transaction never committed, so nothing is stored yet
        if not kblib.has_table(db, "documents"):
            chk.check(prev == 0, f"{what}: no schema only before anything was stored", f"{prev} stored before")
            print(f"kb-crash: {what}: no schema yet")
            continue
        n = kblib.doc_count(db)
        print(f"kb-crash: {what}: {n} documents stored")
        chk.check(n >= prev, f"{what}: stored documents never decrease", f"{prev} -> {n}")
        grew += n > prev
        prev = max(prev, n)
        ids = kblib.stored_ids(db)
        chk.check(ids == set(firsts[:n]), f"{what}: the stored documents are the first {n}",
                  f"missing {sorted(set(firsts[:n]) - ids)[:5]}, extra {sorted(ids - set(firsts[:n]))[:5]}")
        chk.check(n in boundaries, f"{what}: whole batches of {BATCH} committed",
                  f"{n} documents")
        bad = kblib.partial_rows(db, tmp)
        chk.check(not bad, f"{what}: no document stored in part", str(bad))
        mine = kblib.per_document(db)
        diff = [i for i in mine if mine[i] != ref_docs.get(i)]
        chk.check(not diff, f"{what}: each stored document holds what the reference holds",
                  "; ".join(f"{i}: {mine[i]} vs {ref_docs.get(i)}" for i in diff[:3]))
    chk.check(kills >= 3 and grew >= 2,
              "the kills came in the middle of the ingest, and it progressed between them",
              f"{kills} kills, count grew {grew} times, {prev} of {total} stored")

    # a re-run completes the ingest
    code, out, err = lib.run(vigil, ingest[1:] + ["--db", db, src], timeout=600)
    s = summary(out)
    chk.check(code == 0 and s.get("ok") is True and s.get("failed") == 0,
              "the re-run after the kills succeeds", f"exit {code}, {s}, {err[-500:]}")
    chk.check(s.get("stored") == total - prev and s.get("skipped") == len(corpus) - (total - prev),
              f"the re-run stores the {total - prev} missing and skips the rest", str(s))
    chk.check(kblib.doc_count(db) == total, f"all {total} distinct documents stored",
              str(kblib.doc_count(db)))
    chk.check(kblib.integrity(db) == ["ok"], "after the re-run: integrity_check ok")
    bad = kblib.partial_rows(db, tmp)
    chk.check(not bad, "after the re-run: no document stored in part", str(bad))
    mine, theirs = kblib.contents(db), kblib.contents(ref)
    diff = [t for t in theirs if mine.get(t) != theirs[t]]
    chk.check(not diff and mine.keys() == theirs.keys(),
              "after the re-run: every table equals the uninterrupted ingest's",
              "; ".join(f"{t}: {len(mine.get(t, []))} vs {len(theirs[t])} rows" for t in diff))

    # a further re-run changes nothing
    before, content = kblib.table_counts(db), mine
    code, out, err = lib.run(vigil, ingest[1:] + ["--db", db, src], timeout=600)
    s = summary(out)
    chk.check(code == 0 and s.get("stored") == 0 and s.get("skipped") == len(corpus) and
              s.get("failed") == 0 and s.get("ok") is True,
              "a further re-run stores nothing and skips everything",
              f"exit {code}, {s}, {err[-500:]}")
    chk.check(kblib.table_counts(db) == before, "a further re-run changes no table's count",
              f"{before} -> {kblib.table_counts(db)}")
    chk.check(kblib.contents(db) == content, "a further re-run changes no row")
    code, out, err = lib.run(vigil, ["query", "--db", db, "stats", "--json"])
    try:
        st = json.loads(out)
    except ValueError:
        st = {}
    chk.check(code == 0 and st.get("documents") == total and
              st.get("claims") == before.get("claims"),
              "query stats counts the stored documents and claims", f"exit {code}, {out[:300]}")
    for k in range(a.kills):
        p = os.path.join(tmp, f"run{k}.err")
        text = open(p, encoding="utf-8", errors="replace").read() if os.path.exists(p) else ""
        chk.check("Sanitizer" not in text and "runtime error" not in text,
                  f"run {k}: no sanitizer report", text[-800:])


if __name__ == "__main__":
    main()

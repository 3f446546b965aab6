"""Shared helpers for the knowledge-base tests (crash.py, errors.py): a
deterministic corpus of short wire items, and SQL checks of a database
written by `vigil ingest`. Python 3 standard library only."""
import json
import random
import sqlite3

PLACES = [
    ("BAMAKO", "Mali", "Mopti"), ("KABUL", "Afghanistan", "Jalalabad"),
    ("MOGADISHU", "Somalia", "Kismayo"), ("BAGHDAD", "Iraq", "Mosul"),
    ("ISTANBUL", "Turkey", "Antalya"), ("NIAMEY", "Niger", "Tillaberi"),
    ("MAIDUGURI", "Nigeria", "Borno"), ("BRUSSELS", "Belgium", "Antwerp"),
    ("DAMASCUS", "Syria", "Aleppo"), ("PESHAWAR", "Pakistan", "Quetta"),
    ("MANILA", "Philippines", "Marawi"), ("NAIROBI", "Kenya", "Garissa"),
    ("OUAGADOUGOU", "Burkina Faso", "Djibo"), ("SANAA", "Yemen", "Aden"),
    ("TRIPOLI", "Libya", "Sirte"), ("BOGOTA", "Colombia", "Cali"),
]
GROUPS = ["the Taliban", "al-Shabaab", "Islamic State", "Boko Haram", "the PKK",
          "al Qaeda", "Jama'a Nusrat al-Islam wal-Muslimin", "the ELN",
          "Abu Sayyaf", "the Houthis"]
OUTLETS = ["Vigil Wire", "Reuters", "AFP", "Associated Press", "Anadolu", "Xinhua"]
HOLDERS = ["the army said", "police said", "a local official said",
           "the interior ministry said in a statement", "witnesses told reporters",
           "a hospital source said", "the governor told state television"]
TARGETS = ["an army post", "a police checkpoint", "a market", "a bus station",
           "a military convoy", "a village", "a hotel", "a government building"]
WEAPONS = ["a car bomb", "gunmen on motorcycles", "a suicide bomber", "mortar fire",
           "a roadside bomb", "armed men"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept",
          "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cap(s):
    return s[:1].upper() + s[1:]


def _attack(r, i):
    city, country, town = r.choice(PLACES)
    killed, wounded = r.randint(1, 60), r.randint(0, 90)
    return (f"{city}, {r.choice(MONTHS)} {r.randint(1, 28)} ({r.choice(OUTLETS)}) - "
            f"{_cap(r.choice(WEAPONS))} attacked {r.choice(TARGETS)} near {town} in "
            f"{country} on {r.choice(DAYS)}, killing {killed} people and wounding {wounded}, "
            f"{r.choice(HOLDERS)}. {_cap(r.choice(GROUPS))} claimed responsibility. "
            f"Report {i}.")


def _threat(r, i):
    city, country, town = r.choice(PLACES)
    return (f"{city}, {r.choice(MONTHS)} {r.randint(1, 28)} ({r.choice(OUTLETS)}) - "
            f"Officials warned that {r.choice(GROUPS)} may attack tourist areas in {country} "
            f"in the coming weeks, and the threat level in {town} was raised to "
            f"{r.randint(2, 4)} of 4. About {r.randint(20, 400)} fighters are believed to be "
            f"in the area, {r.choice(HOLDERS)}. Bulletin {i}.")


def _denial(r, i):
    city, country, town = r.choice(PLACES)
    g = r.choice(GROUPS)
    return (f"{city}, {r.choice(MONTHS)} {r.randint(1, 28)} ({r.choice(OUTLETS)}) - "
            f"A spokesman for {g} denied that the group was behind the explosion in {town} "
            f"on {r.choice(DAYS)}, which killed {r.randint(2, 30)} people. Security forces in "
            f"{country} arrested {r.randint(1, 12)} suspects, {r.choice(HOLDERS)}. Item {i}.")


def _arrest(r, i):
    city, country, town = r.choice(PLACES)
    return (f"{city}, {r.choice(MONTHS)} {r.randint(1, 28)} ({r.choice(OUTLETS)}) - "
            f"Police in {country} arrested {r.randint(2, 20)} people suspected of planning "
            f"attacks on {r.choice(TARGETS)} in {town} for {r.choice(GROUPS)}, "
            f"{r.choice(HOLDERS)}. Note {i}.")


KINDS = [_attack, _threat, _denial, _arrest]


def corpus(n, seed):
    """n documents: dicts with distinct id and text, deterministic in seed."""
    r = random.Random(seed)
    docs, seen = [], set()
    while len(docs) < n:
        i = len(docs)
        text = r.choice(KINDS)(r, i)
        if text in seen:
            continue
        seen.add(text)
        docs.append({"id": f"kb-{seed}-{i:05d}", "published": f"20{r.randint(15, 24)}-"
                     f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", "text": text})
    return docs


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def connect(path):
    """A read-only connection that waits for a writer's lock."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)


def integrity(path):
    db = connect(path)
    try:
        return [r[0] for r in db.execute("PRAGMA integrity_check")]
    finally:
        db.close()


def tables(db):
    """User tables, FTS shadow tables included (their rows are the index)."""
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]


def table_counts(path):
    db = connect(path)
    try:
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables(db)}
    finally:
        db.close()


def has_table(path, name):
    db = connect(path)
    try:
        return name in tables(db)
    finally:
        db.close()


def doc_count(path):
    db = connect(path)
    try:
        return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        db.close()


# Each query returns rows only when a document is stored in part, or a row
# points at something that is not there. A document is whole when its row,
# its full-text row and every fact extracted from it are stored together
# (per_document, compared with an uninterrupted ingest, checks the facts).
PARTIAL = {
    "document without its full-text row":
        "SELECT doc_id FROM documents WHERE id NOT IN (SELECT id FROM documents_fts_docsize)",
    "full-text row without its document":
        "SELECT id FROM documents_fts_docsize WHERE id NOT IN (SELECT id FROM documents)",
    "claim without its full-text row":
        "SELECT id FROM claims WHERE id NOT IN (SELECT id FROM claims_fts_docsize)",
    "claim full-text row without its claim":
        "SELECT id FROM claims_fts_docsize WHERE id NOT IN (SELECT id FROM claims)",
    "cluster whose counts are not its claims'":
        "SELECT id FROM clusters c WHERE reports <> (SELECT count(*) FROM claims WHERE cluster = c.id)"
        " OR independent <> (SELECT count(DISTINCT source_key) FROM claims WHERE cluster = c.id)",
    "incident without a report":
        "SELECT id FROM incidents WHERE id NOT IN (SELECT incident FROM incident_reports)",
}


def partial_rows(path, scratch):
    """{problem: first rows} for every PARTIAL query that finds rows, for
    PRAGMA foreign_key_check, and for the FTS5 integrity-check commands.
    Those are writes, so they run on a copy (in directory scratch) of the
    database and its WAL, which leaves the file under test as it was."""
    import os
    import shutil
    copy = os.path.join(scratch, "check.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(copy + suffix):
            os.remove(copy + suffix)
    shutil.copyfile(path, copy)
    if os.path.exists(path + "-wal"):
        shutil.copyfile(path + "-wal", copy + "-wal")
    db = sqlite3.connect(copy, timeout=10)
    out = {}
    try:
        for what, sql in PARTIAL.items():
            rows = db.execute(sql).fetchmany(5)
            if rows:
                out[what] = rows
        rows = db.execute("PRAGMA foreign_key_check").fetchmany(5)
        if rows:
            out["foreign key check"] = rows
        for fts in ("documents_fts", "claims_fts"):
            try:
                # rank 1: the index is checked against the content table too
                db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.Error as e:
                out[f"{fts} integrity-check"] = str(e)
        db.rollback()
    finally:
        db.close()
    return out


def per_document(path):
    """{doc_id: (mentions, claims, chain links, quantities, claim-about rows,
    incident reports, threats, threat places, text hash)}: what each stored
    document holds, independent of row ids."""
    db = connect(path)
    try:
        return {r[0]: tuple(r[1:]) for r in db.execute(
            "SELECT d.doc_id,"
            " (SELECT count(*) FROM mentions m WHERE m.doc = d.id),"
            " (SELECT count(*) FROM claims c WHERE c.doc = d.id),"
            " (SELECT count(*) FROM chain_links l JOIN claims c ON c.id = l.claim WHERE c.doc = d.id),"
            " (SELECT count(*) FROM quantities q JOIN claims c ON c.id = q.claim WHERE c.doc = d.id),"
            " (SELECT count(*) FROM claim_about a JOIN claims c ON c.id = a.claim WHERE c.doc = d.id),"
            " (SELECT count(*) FROM incident_reports r WHERE r.doc = d.id),"
            " (SELECT count(*) FROM threats t WHERE t.doc = d.id),"
            " (SELECT count(*) FROM threat_places p JOIN threats t ON t.id = p.threat WHERE t.doc = d.id),"
            " d.hash FROM documents d")}
    finally:
        db.close()


def stored_ids(path):
    db = connect(path)
    try:
        return {r[0] for r in db.execute("SELECT doc_id FROM documents")}
    finally:
        db.close()


def contents(path):
    """{table: sorted rows} for every table but the FTS ones (their shadow
    tables depend on when segments were merged), without the ingest time."""
    db = connect(path)
    try:
        out = {}
        for t in tables(db):
            if t.endswith(("_fts_data", "_fts_idx", "_fts_config", "_fts_docsize")):
                continue
            cols = [r[1] for r in db.execute(f'PRAGMA table_info("{t}")') if r[1] != "ingested_at"]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[t] = sorted(db.execute(f'SELECT {sel} FROM "{t}"').fetchall(), key=repr)
        return out
    finally:
        db.close()

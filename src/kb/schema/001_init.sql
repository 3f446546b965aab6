-- Vigil knowledge base, schema version 1 (SQLite).
PRAGMA application_id = 1447512898; -- 0x56474B42, "VGKB": the file is Vigil's
-- Applied by src/kb/sqlite.c inside one transaction; PRAGMA user_version
-- records the version. Every fact keeps the document and the byte span
-- (start, end exclusive, into documents.text) it came from.

-- Who publishes, writes, relays or holds what is reported; graded by
-- analysts with the NATO Admiralty code (reliability A-F, credibility 1-6).
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,     -- folded name
    name        TEXT NOT NULL,
    reliability TEXT CHECK (reliability IN ('A','B','C','D','E','F')),
    credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
    graded_at   TEXT
);

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    doc_id      TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL UNIQUE,     -- sha256 of the analysed text
    title       TEXT,
    author      TEXT,
    publisher   INTEGER REFERENCES sources(id),
    url         TEXT,
    published   TEXT,                     -- YYYY, YYYY-MM or YYYY-MM-DD
    lang        TEXT,
    origin      TEXT,                     -- where it was read from
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

-- One row per referent across all documents.
CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,      -- type|geonameid or type|folded canonical name
    type       TEXT NOT NULL,
    name       TEXT NOT NULL,
    country    TEXT,
    lat        REAL,
    lon        REAL,
    geo_kind   TEXT,
    geonameid  INTEGER,
    organ      TEXT
);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE aliases (
    entity INTEGER NOT NULL REFERENCES entities(id),
    folded TEXT NOT NULL,
    alias  TEXT NOT NULL,
    PRIMARY KEY (entity, folded)
) WITHOUT ROWID;
CREATE INDEX aliases_folded ON aliases(folded);

CREATE TABLE mentions (
    doc    INTEGER NOT NULL REFERENCES documents(id),
    entity INTEGER NOT NULL REFERENCES entities(id),
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    PRIMARY KEY (doc, start, entity)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity);

-- Claims: the statements of one document, each in a cluster of the
-- statements that say the same thing across documents.
CREATE TABLE clusters (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,     -- what the statements are about (see kb docs)
    reports     INTEGER NOT NULL DEFAULT 0,
    independent INTEGER NOT NULL DEFAULT 0,
    conflict    TEXT                      -- why the reports disagree, or NULL
);

CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    doc         INTEGER NOT NULL REFERENCES documents(id),
    local_id    TEXT NOT NULL,            -- "c3" in the document's record
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    holder      INTEGER REFERENCES entities(id),
    holder_text TEXT,
    cue         TEXT,
    polarity    TEXT NOT NULL,
    certainty   TEXT NOT NULL,
    cluster     INTEGER REFERENCES clusters(id),
    source_key  TEXT NOT NULL,            -- who vouches for it, for independence
    text_key    TEXT NOT NULL,            -- the folded statement: syndicated copies share it
    UNIQUE (doc, local_id)
);
CREATE INDEX claims_text_key ON claims(text_key);
CREATE INDEX claims_cluster ON claims(cluster);
CREATE INDEX claims_holder ON claims(holder);

CREATE TABLE chain_links (
    claim  INTEGER NOT NULL REFERENCES claims(id),
    pos    INTEGER NOT NULL,              -- 0 = outermost (the author)
    role   TEXT NOT NULL,
    name   TEXT,
    entity INTEGER REFERENCES entities(id),
    source INTEGER REFERENCES sources(id),
    PRIMARY KEY (claim, pos)
) WITHOUT ROWID;

CREATE TABLE claim_about (
    claim  INTEGER NOT NULL REFERENCES claims(id),
    entity INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (claim, entity)
) WITHOUT ROWID;
CREATE INDEX claim_about_entity ON claim_about(entity);

CREATE TABLE quantities (
    claim INTEGER NOT NULL REFERENCES claims(id),
    pos   INTEGER NOT NULL,
    text  TEXT NOT NULL,
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,
    min   REAL,
    max   REAL,
    unit  TEXT,
    PRIMARY KEY (claim, pos)
) WITHOUT ROWID;

-- Incidents: one row per event, its reports one per document that tells it.
CREATE TABLE incidents (
    id        INTEGER PRIMARY KEY,
    type      TEXT NOT NULL,
    date      TEXT,                       -- the earliest report's date
    place     INTEGER REFERENCES entities(id),
    conflict  TEXT                        -- why the reports disagree, or NULL
);
CREATE INDEX incidents_date ON incidents(date);
CREATE INDEX incidents_place ON incidents(place);

CREATE TABLE incident_reports (
    id        INTEGER PRIMARY KEY,
    incident  INTEGER NOT NULL REFERENCES incidents(id),
    doc       INTEGER NOT NULL REFERENCES documents(id),
    local_id  TEXT NOT NULL,
    type      TEXT NOT NULL,
    date      TEXT,
    date_start INTEGER,
    date_end  INTEGER,
    place     INTEGER REFERENCES entities(id),
    killed    INTEGER,
    injured   INTEGER,
    claim     INTEGER REFERENCES claims(id),
    roles     TEXT NOT NULL,              -- JSON: perpetrators, targets, victims, weapons as written, with spans
    ev_start  INTEGER NOT NULL,
    ev_end    INTEGER NOT NULL,
    UNIQUE (doc, local_id)
);
CREATE INDEX incident_reports_incident ON incident_reports(incident);

CREATE TABLE incident_groups (
    report INTEGER NOT NULL REFERENCES incident_reports(id),
    entity INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (report, entity)
) WITHOUT ROWID;
CREATE INDEX incident_groups_entity ON incident_groups(entity);

CREATE TABLE threats (
    id          INTEGER PRIMARY KEY,
    doc         INTEGER NOT NULL REFERENCES documents(id),
    local_id    TEXT NOT NULL,
    actor       INTEGER REFERENCES entities(id),
    window_text TEXT,
    window_from TEXT,
    window_to   TEXT,
    likelihood  TEXT,
    claim       INTEGER REFERENCES claims(id),
    target_types TEXT NOT NULL,           -- JSON array of kinds
    targets     TEXT NOT NULL,            -- JSON: named targets with spans
    capability  TEXT NOT NULL,            -- JSON: quantities that size the actor
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL,
    UNIQUE (doc, local_id)
);
CREATE INDEX threats_actor ON threats(actor);

CREATE TABLE threat_places (
    threat INTEGER NOT NULL REFERENCES threats(id),
    entity INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (threat, entity)
) WITHOUT ROWID;
CREATE INDEX threat_places_entity ON threat_places(entity);

-- Full text over documents and claims (external content: the rows above).
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id',
                                               tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id',
                                            tokenize='unicode61 remove_diacritics 2');

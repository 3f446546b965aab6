-- Vigil knowledge base, schema version 2: indexes for ingest at scale.
-- A syndicated statement finds the cluster of its first copy, a report
-- finds the incidents of its place within two days, and a cluster's
-- independent sources are counted, each without scanning a table.
DROP INDEX IF EXISTS claims_text_key;
CREATE INDEX claims_text_key ON claims(text_key, cluster);
DROP INDEX IF EXISTS claims_cluster;
CREATE INDEX claims_cluster ON claims(cluster, source_key);
DROP INDEX IF EXISTS incidents_place;
CREATE INDEX incidents_place ON incidents(place, date);

-- A cluster's polarities and figures, kept as statements join it, so a
-- new statement is checked against them without reading the cluster.
ALTER TABLE clusters ADD COLUMN polarities INTEGER NOT NULL DEFAULT 0; -- 1 positive, 2 negative
CREATE TABLE cluster_figures (
    cluster INTEGER NOT NULL REFERENCES clusters(id),
    unit    TEXT NOT NULL,
    lo      REAL NOT NULL,                -- min, or -1 when open
    hi      REAL NOT NULL,                -- max, or -1 when open
    text    TEXT NOT NULL,                -- as the first statement wrote it
    PRIMARY KEY (cluster, unit, lo, hi)
) WITHOUT ROWID;
UPDATE clusters SET polarities =
    (SELECT max(c.polarity = 'positive') | (max(c.polarity = 'negative') << 1)
     FROM claims c WHERE c.cluster = clusters.id);
INSERT OR IGNORE INTO cluster_figures(cluster, unit, lo, hi, text)
    SELECT c.cluster, q.unit, coalesce(q.min, -1), coalesce(q.max, -1), q.text
    FROM quantities q JOIN claims c ON c.id = q.claim
    WHERE c.cluster IS NOT NULL AND q.unit IS NOT NULL;

-- An incident's figures (killed, injured: each value with the first
-- publisher that gave it) and its perpetrator groups, kept as reports
-- join it, so a report is merged and checked without reading the others.
CREATE TABLE incident_figures (
    incident INTEGER NOT NULL REFERENCES incidents(id),
    kind     TEXT NOT NULL,               -- killed | injured
    value    INTEGER NOT NULL,
    source   TEXT NOT NULL,
    PRIMARY KEY (incident, kind, value)
) WITHOUT ROWID;
CREATE TABLE incident_actors (
    incident INTEGER NOT NULL REFERENCES incidents(id),
    entity   INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (incident, entity)
) WITHOUT ROWID;
INSERT OR IGNORE INTO incident_figures(incident, kind, value, source)
    SELECT r.incident, 'killed', r.killed, coalesce(s.name, d.doc_id)
    FROM incident_reports r JOIN documents d ON d.id = r.doc LEFT JOIN sources s ON s.id = d.publisher
    WHERE r.killed IS NOT NULL ORDER BY r.id;
INSERT OR IGNORE INTO incident_figures(incident, kind, value, source)
    SELECT r.incident, 'injured', r.injured, coalesce(s.name, d.doc_id)
    FROM incident_reports r JOIN documents d ON d.id = r.doc LEFT JOIN sources s ON s.id = d.publisher
    WHERE r.injured IS NOT NULL ORDER BY r.id;
INSERT OR IGNORE INTO incident_actors(incident, entity)
    SELECT r.incident, g.entity FROM incident_groups g JOIN incident_reports r ON r.id = g.report;

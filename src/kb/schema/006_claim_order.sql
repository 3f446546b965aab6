-- Vigil knowledge base, schema version 6: the claims list's order by
-- index. Claims are listed disagreements first, then the most corroborated,
-- then the newest (sqlite_query.c); the few clusters that disagree or are
-- corroborated are found by these partial indexes, the rest by the
-- documents' dates, so a page of the whole list is read without sorting
-- every claim.
CREATE INDEX clusters_conflict ON clusters(independent DESC) WHERE conflict IS NOT NULL;
CREATE INDEX clusters_corroborated ON clusters(independent DESC)
    WHERE conflict IS NULL AND independent > 1;

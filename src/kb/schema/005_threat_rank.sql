-- Vigil knowledge base, schema version 5: the threat board's order by
-- index. A threat's rank is when it matters: its window's start, else its
-- document's date; the board lists threats whose window is still open
-- first, each part by rank, newest first (sqlite_query.c), and with these
-- two indexes a page of the whole board is read without sorting the base.
ALTER TABLE threats ADD COLUMN rank TEXT;
UPDATE threats SET rank = coalesce(window_from, (SELECT published FROM documents d WHERE d.id = threats.doc));
CREATE INDEX threats_rank ON threats(rank DESC, id);
CREATE INDEX threats_window_to ON threats(window_to);

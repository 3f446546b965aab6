-- Vigil knowledge base, schema version 4: each cluster remembers its first
-- statement, which new statements are compared with (likeness, copies).
ALTER TABLE clusters ADD COLUMN first_claim INTEGER REFERENCES claims(id);
UPDATE clusters SET first_claim = (SELECT min(id) FROM claims WHERE cluster = clusters.id);

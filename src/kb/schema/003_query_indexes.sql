-- Vigil knowledge base, schema version 3: indexes for the queries: an
-- entity's incidents as a place and as an actor.
CREATE INDEX incident_reports_place ON incident_reports(place);
CREATE INDEX incident_actors_entity ON incident_actors(entity);

-- Vigil knowledge base, schema version 7: an incident report's time window.
-- An incident dated only by a calendar week, month or year ("last week's
-- bombing") keeps the window's bounds beside the date at the precision the
-- bounds share (a week across a new year has no such date, only the
-- window), so exports give the window as the record does.
ALTER TABLE incident_reports ADD COLUMN window_from TEXT;
ALTER TABLE incident_reports ADD COLUMN window_to TEXT;

-- Every branch has the IANA time zone its local days are counted in (attendance, deadlines).
-- Existing rows take UTC; the gateway fills new ones from the country's pack when not given.
ALTER TABLE legal_entities ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';
ALTER TABLE legal_entities ALTER COLUMN time_zone DROP DEFAULT;

-- A tenant's own employment terms per legal entity (leave days, probation), checked against the
-- statute by the gateway before they are stored. Terms, not personal data.
ALTER TABLE legal_entities ADD COLUMN policy jsonb NOT NULL DEFAULT '{}'::jsonb;

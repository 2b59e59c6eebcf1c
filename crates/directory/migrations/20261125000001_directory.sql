-- The control-plane directory: who the tenants are and where their data lives.
-- It holds no personal data: names of companies and branches only, never of people.

CREATE TABLE shards (
    id          integer PRIMARY KEY CHECK (id BETWEEN 1 AND 4095),
    region      text        NOT NULL,
    zone        text        NOT NULL,
    -- Endpoints without credentials; the primary is the one writes go to in this epoch.
    primary_endpoint text   NOT NULL,
    standby_endpoint text,
    epoch       bigint      NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenants (
    id             uuid PRIMARY KEY,
    slug           text NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9-]{1,62}$'),
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    home_region    text NOT NULL,
    default_locale text NOT NULL,
    time_zone      text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE legal_entities (
    id         uuid PRIMARY KEY,
    tenant_id  uuid    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name       text    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    country    char(2) NOT NULL,
    zone       text    NOT NULL,
    region     text    NOT NULL,
    shard_id   integer NOT NULL REFERENCES shards (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);
CREATE INDEX legal_entities_by_tenant ON legal_entities (tenant_id);

CREATE TABLE api_keys (
    id          uuid PRIMARY KEY,
    tenant_id   uuid   NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name        text   NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- SHA-256 of the secret: keys are 256-bit random, so a slow hash adds nothing.
    secret_hash bytea  NOT NULL CHECK (length(secret_hash) = 32),
    scopes      text[] NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id);

-- Gateways cache what they read here; every change tells them to forget it. The trigger's
-- argument names the column that identifies the cache entry to evict.
CREATE FUNCTION notify_directory_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    PERFORM pg_notify('cadre_directory', TG_TABLE_NAME || ':' || (changed ->> TG_ARGV[0]));
    RETURN NULL;
END $$;

CREATE TRIGGER shards_changed AFTER INSERT OR UPDATE OR DELETE ON shards
    FOR EACH ROW EXECUTE FUNCTION notify_directory_change('id');
CREATE TRIGGER tenants_changed AFTER INSERT OR UPDATE OR DELETE ON tenants
    FOR EACH ROW EXECUTE FUNCTION notify_directory_change('id');
CREATE TRIGGER legal_entities_changed AFTER INSERT OR UPDATE OR DELETE ON legal_entities
    FOR EACH ROW EXECUTE FUNCTION notify_directory_change('tenant_id');
CREATE TRIGGER api_keys_changed AFTER INSERT OR UPDATE OR DELETE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION notify_directory_change('id');

-- The role the gateway connects as: it reads and writes rows, never the schema.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cadre_app') THEN
        CREATE ROLE cadre_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END $$;
GRANT USAGE ON SCHEMA public TO cadre_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON shards, tenants, legal_entities, api_keys TO cadre_app;

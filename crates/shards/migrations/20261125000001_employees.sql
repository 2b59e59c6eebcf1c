-- A regional shard: personal data of the legal entities placed on it.
-- Every table carries tenant_id and is guarded by row-level security keyed on the
-- per-transaction setting cadre.tenant_id, on top of the application's own scoping.

-- The role the gateway connects as: no superuser, no BYPASSRLS, so policies always apply.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cadre_app') THEN
        CREATE ROLE cadre_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END $$;
GRANT USAGE ON SCHEMA public TO cadre_app;

-- The tenant of the current transaction, or NULL (which matches no row) when none is set.
CREATE FUNCTION current_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('cadre.tenant_id', true), '')::uuid
$$;

CREATE TABLE employees (
    tenant_id             uuid    NOT NULL,
    id                    uuid    NOT NULL,
    legal_entity_id       uuid    NOT NULL,
    given_name            text    NOT NULL,
    family_name           text    NOT NULL,
    work_email            text    NOT NULL,
    country_of_employment char(2) NOT NULL,
    job_title             text,
    manager_id            uuid,
    hire_date             date    NOT NULL,
    status                text    NOT NULL CHECK (status IN ('active', 'on_leave', 'terminated')),
    locale                text    NOT NULL,
    time_zone             text    NOT NULL,
    -- Sensitive: only returned to keys holding the employees:sensitive scope.
    national_id           text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint  NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    CHECK (manager_id IS DISTINCT FROM id)
);
CREATE UNIQUE INDEX employees_work_email ON employees (tenant_id, lower(work_email));
CREATE INDEX employees_by_legal_entity ON employees (tenant_id, legal_entity_id, id);

ALTER TABLE employees ENABLE ROW LEVEL SECURITY;
ALTER TABLE employees FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON employees
    USING (tenant_id = current_tenant())
    WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON employees TO cadre_app;

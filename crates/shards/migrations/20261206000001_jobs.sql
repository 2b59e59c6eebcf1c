-- Durable background jobs: a queue on every shard, so a job runs where the data it touches
-- lives (work on CN data runs in the cn zone). A job belongs to a tenant and is guarded by
-- row-level security like every other shard table; runners claim due jobs of all tenants
-- through cadre_claim_jobs() only, and do each job's work in a transaction scoped to its
-- tenant.
CREATE TABLE jobs (
    tenant_id        uuid        NOT NULL,
    -- A JobId: a UUIDv7 carrying this shard's number.
    id               uuid        NOT NULL,
    kind             text        NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.-]{0,63}$'),
    payload          jsonb       NOT NULL DEFAULT '{}',
    state            text        NOT NULL DEFAULT 'queued'
                     CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    -- Not before this instant (scheduled jobs, and retries after their backoff).
    run_at           timestamptz NOT NULL DEFAULT now(),
    -- Claims so far; the current claim's number is the fencing token of its writes.
    attempts         integer     NOT NULL DEFAULT 0,
    max_attempts     integer     NOT NULL DEFAULT 10 CHECK (max_attempts BETWEEN 1 AND 100),
    -- A running job whose lease ran out (its runner died) is claimed again.
    lease_until      timestamptz,
    worker           text,
    progress_done    bigint      NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
    progress_total   bigint      CHECK (progress_total >= 0),
    cancel_requested boolean     NOT NULL DEFAULT false,
    last_error       text,
    result           jsonb,
    -- Enqueueing the same (kind, dedupe_key) twice yields the first job.
    dedupe_key       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK ((state = 'running') = (lease_until IS NOT NULL))
);
CREATE UNIQUE INDEX jobs_dedupe ON jobs (tenant_id, kind, dedupe_key) WHERE dedupe_key IS NOT NULL;
-- What runners look for: queued jobs that are due, and running jobs whose lease ran out.
CREATE INDEX jobs_due ON jobs (run_at) WHERE state = 'queued';
CREATE INDEX jobs_leased ON jobs (lease_until) WHERE state = 'running';

ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON jobs
    USING (tenant_id = current_tenant())
    WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE ON jobs TO cadre_app;

-- Runners wake on new work instead of polling (one notification per statement).
CREATE FUNCTION cadre_jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cadre_jobs', '');
    RETURN NULL;
END $$;
CREATE TRIGGER jobs_notify AFTER INSERT ON jobs
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_jobs_notify();

-- The one way across tenants: claiming. Owned by a role that bypasses RLS (it cannot log
-- in), executable only by the runners' role, returning what a runner needs to start.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cadre_queue') THEN
        CREATE ROLE cadre_queue NOLOGIN BYPASSRLS;
    END IF;
    -- Runners: the application's rights on tenant data (RLS applies) plus claiming.
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cadre_runner') THEN
        CREATE ROLE cadre_runner LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE IN ROLE cadre_app;
    END IF;
END $$;
GRANT USAGE ON SCHEMA public TO cadre_queue;
GRANT SELECT, UPDATE, DELETE ON jobs TO cadre_queue;

CREATE FUNCTION cadre_claim_jobs(p_worker text, p_limit integer, p_lease interval, p_kinds text[])
RETURNS TABLE (tenant_id uuid, id uuid, kind text, payload jsonb, attempts integer,
               max_attempts integer, cancel_requested boolean)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    -- Two index scans in due order (an OR of both conditions would scan and sort the whole
    -- queue on every claim): jobs whose runner died first, then queued ones.
    WITH expired AS (
        SELECT j.tenant_id, j.id FROM jobs j
        WHERE j.state = 'running' AND j.lease_until < now() AND j.kind = ANY (p_kinds)
        ORDER BY j.lease_until
        LIMIT p_limit
        FOR UPDATE SKIP LOCKED
    ), queued AS (
        SELECT j.tenant_id, j.id FROM jobs j
        WHERE j.state = 'queued' AND j.run_at <= now() AND j.kind = ANY (p_kinds)
        ORDER BY j.run_at
        LIMIT p_limit
        FOR UPDATE SKIP LOCKED
    ), due AS (
        SELECT * FROM expired UNION ALL SELECT * FROM queued LIMIT p_limit
    )
    UPDATE jobs j
       SET state = 'running', attempts = j.attempts + 1, worker = p_worker,
           lease_until = now() + p_lease, updated_at = now()
      FROM due
     WHERE j.tenant_id = due.tenant_id AND j.id = due.id
    RETURNING j.tenant_id, j.id, j.kind, j.payload, j.attempts, j.max_attempts, j.cancel_requested
$$;
ALTER FUNCTION cadre_claim_jobs(text, integer, interval, text[]) OWNER TO cadre_queue;
REVOKE ALL ON FUNCTION cadre_claim_jobs(text, integer, interval, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cadre_claim_jobs(text, integer, interval, text[]) TO cadre_runner;

-- Retention: finished jobs older than the horizon go, across tenants (runners call this now
-- and then). Returns how many went.
CREATE FUNCTION cadre_purge_jobs(p_older_than interval) RETURNS bigint
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH gone AS (
        DELETE FROM jobs
         WHERE state IN ('succeeded', 'failed', 'cancelled') AND finished_at < now() - p_older_than
        RETURNING 1
    )
    SELECT count(*) FROM gone
$$;
ALTER FUNCTION cadre_purge_jobs(interval) OWNER TO cadre_queue;
REVOKE ALL ON FUNCTION cadre_purge_jobs(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cadre_purge_jobs(interval) TO cadre_runner;

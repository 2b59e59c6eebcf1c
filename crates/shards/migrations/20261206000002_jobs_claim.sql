-- Claiming, revised after the queue bench (docs/performance.md, "Job queue").
--
-- 1. One plan, made once per connection, that walks indexes whatever the statistics say.
--    As a SQL function the claim was planned on every call with its limit unknown, and the
--    planner joined the claimed ids back to `jobs` by a sequential scan of the whole table
--    (finished jobs included): 6 ms per claim at 20,000 rows, growing with retention. On a
--    queue filled faster than ANALYZE runs it also sorted every queued job. Now: PL/pgSQL
--    with a generic plan kept for the connection, and the plan shapes that read or sort
--    the whole table switched off for this function only.
-- 2. A claim commits without waiting for the synchronous standby. A claim lost in a failover
--    only puts its jobs back in the queue of the promoted copy, where they are claimed again
--    (at least once, as before); the old claim's later writes carry the old epoch and are
--    refused there. The completion of a job, which carries its effects, still waits.
--
-- CREATE OR REPLACE keeps the owner (cadre_queue) and the grants of the first version.
CREATE OR REPLACE FUNCTION cadre_claim_jobs(p_worker text, p_limit integer, p_lease interval, p_kinds text[])
RETURNS TABLE (tenant_id uuid, id uuid, kind text, payload jsonb, attempts integer,
               max_attempts integer, cancel_requested boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
SET enable_bitmapscan = off
SET enable_sort = off
SET enable_hashjoin = off
SET enable_mergejoin = off
AS $$
#variable_conflict use_column
BEGIN
    -- Transaction-local, so it outlasts the function and applies to the claim's commit; it
    -- only ever lowers the setting (test clusters run with it off).
    IF current_setting('synchronous_commit') NOT IN ('off', 'local') THEN
        PERFORM set_config('synchronous_commit', 'local', true);
    END IF;
    -- Two index scans in due order (an OR of both conditions would scan and sort the whole
    -- queue on every claim): jobs whose runner died first, then queued ones.
    RETURN QUERY
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
    RETURNING j.tenant_id, j.id, j.kind, j.payload, j.attempts, j.max_attempts, j.cancel_requested;
END $$;

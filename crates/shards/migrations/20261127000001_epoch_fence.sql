-- Fencing. Each copy of a shard knows the epoch it serves. A failover writes the new epoch on
-- the promoted standby before the directory announces it, and a former primary that comes
-- back is marked fenced. Every write transaction of the gateway states the epoch it believes
-- in; a copy that is fenced or serves another epoch refuses (SQLSTATE CD001), so a gateway
-- that missed the announcement cannot write to a returning old primary.
CREATE TABLE shard_epoch (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    epoch    bigint  NOT NULL CHECK (epoch >= 1),
    fenced   boolean NOT NULL DEFAULT false
);
INSERT INTO shard_epoch (epoch) VALUES (1);
GRANT SELECT ON shard_epoch TO cadre_app;

CREATE FUNCTION cadre_check_epoch(expected bigint) RETURNS void
LANGUAGE plpgsql STABLE SECURITY INVOKER AS $$
DECLARE
    current shard_epoch;
BEGIN
    SELECT * INTO current FROM shard_epoch;
    IF current.fenced OR current.epoch IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'this copy of the shard serves epoch %, fenced %; the caller expected epoch %',
            current.epoch, current.fenced, expected
            USING ERRCODE = 'CD001';
    END IF;
END $$;
REVOKE ALL ON FUNCTION cadre_check_epoch(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cadre_check_epoch(bigint) TO cadre_app;

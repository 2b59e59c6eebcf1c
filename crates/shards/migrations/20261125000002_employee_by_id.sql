-- The hottest read in one round trip: set the tenant and select inside the statement's own
-- implicit transaction. The function runs as the caller (SECURITY INVOKER), so row-level
-- security still applies; the transaction-local setting ends with the statement, so nothing
-- carries over to the next request on a pooled connection.
CREATE FUNCTION employee_by_id(p_tenant uuid, p_id uuid) RETURNS SETOF employees
LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
BEGIN
    PERFORM set_config('cadre.tenant_id', p_tenant::text, true);
    RETURN QUERY SELECT * FROM employees WHERE tenant_id = p_tenant AND id = p_id;
END $$;
REVOKE ALL ON FUNCTION employee_by_id(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION employee_by_id(uuid, uuid) TO cadre_app;

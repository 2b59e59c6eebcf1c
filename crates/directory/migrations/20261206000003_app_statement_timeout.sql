-- No statement of the application role runs longer than the gateway waits for a request
-- (60 s, then a 503): a slow or runaway query cannot hold a connection and its locks after
-- its client is gone. Runners (cadre_runner) keep no limit: imports and closes may run long.
ALTER ROLE cadre_app SET statement_timeout = '30s';

-- Operations: failover state of the shard map, incidents with the response ladder, failovers,
-- probe and request aggregates for health reports, and the reports stored in regional buckets.
-- Still no personal data: shard numbers, endpoints, counts and tenant ids only.

-- Zone of the standby (a failover never promotes outside the shard's zone; checked again at
-- promotion). `unavailable`: the primary is down and no standby could take over, so the
-- gateways answer 503 at once. Former primaries are fenced: never written to again until
-- rebuilt as a standby.
ALTER TABLE shards ADD COLUMN standby_zone text;
UPDATE shards SET standby_zone = zone WHERE standby_endpoint IS NOT NULL;
ALTER TABLE shards ADD COLUMN status text NOT NULL DEFAULT 'serving'
    CHECK (status IN ('serving', 'unavailable'));
ALTER TABLE shards ADD COLUMN fenced_endpoints text[] NOT NULL DEFAULT '{}';

CREATE TABLE incidents (
    id           uuid PRIMARY KEY,
    shard_id     integer NOT NULL REFERENCES shards (id),
    region       text NOT NULL,
    zone         text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('failover', 'outage')),
    severity     text NOT NULL CHECK (severity IN ('critical', 'major', 'minor')),
    -- The response ladder runs from detection: diagnosis 1 h, solution (mitigated) 4 h,
    -- resolution 12 h.
    detected_at  timestamptz NOT NULL,
    diagnosed_at timestamptz,
    mitigated_at timestamptz,
    resolved_at  timestamptz,
    CHECK (diagnosed_at IS NULL OR diagnosed_at >= detected_at),
    CHECK (mitigated_at IS NULL OR diagnosed_at IS NOT NULL),
    CHECK (resolved_at IS NULL OR mitigated_at IS NOT NULL)
);
CREATE INDEX incidents_by_shard ON incidents (shard_id, detected_at DESC);
-- At most one open incident per shard: repeated probes of the same outage add to its timeline.
CREATE UNIQUE INDEX incidents_one_open_per_shard ON incidents (shard_id) WHERE resolved_at IS NULL;

CREATE TABLE incident_events (
    incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT now(),
    stage       text NOT NULL CHECK (stage IN ('detected', 'diagnosed', 'mitigated', 'resolved', 'note')),
    -- Operator prose in English (who did what); no personal data.
    note        text NOT NULL CHECK (length(note) BETWEEN 1 AND 2000)
);
CREATE INDEX incident_events_by_incident ON incident_events (incident_id, at);

CREATE TABLE failovers (
    id            uuid PRIMARY KEY,
    shard_id      integer NOT NULL REFERENCES shards (id),
    region        text NOT NULL,
    zone          text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('automatic', 'switchover')),
    from_endpoint text NOT NULL,
    to_endpoint   text NOT NULL,
    to_zone       text NOT NULL CHECK (to_zone = zone),
    epoch         bigint NOT NULL,
    started_at    timestamptz NOT NULL,
    completed_at  timestamptz NOT NULL,
    incident_id   uuid REFERENCES incidents (id)
);
CREATE INDEX failovers_by_shard ON failovers (shard_id, completed_at DESC);

-- Probe results per shard, role and minute (the jobs runner adds to the current minute).
CREATE TABLE shard_health_minutes (
    shard_id        integer NOT NULL REFERENCES shards (id),
    role            text NOT NULL CHECK (role IN ('primary', 'standby')),
    minute          timestamptz NOT NULL,
    probes          integer NOT NULL,
    failures        integer NOT NULL,
    latency_ms_sum  double precision NOT NULL,
    lag_bytes_max   bigint,
    lag_seconds_max double precision,
    PRIMARY KEY (shard_id, role, minute)
);

-- Requests per tenant, region and minute (gateways add their counts every few seconds).
-- latency_buckets[i] counts requests faster than the i-th bound of the gateway's histogram.
CREATE TABLE request_minutes (
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    region          text NOT NULL,
    minute          timestamptz NOT NULL,
    requests        bigint NOT NULL,
    server_errors   bigint NOT NULL,
    client_errors   bigint NOT NULL,
    latency_buckets bigint[] NOT NULL,
    PRIMARY KEY (tenant_id, region, minute)
);

-- Health reports: the objects live in the bucket of `region` (the tenant's home region, or
-- the region an operator report covers); this is their index.
CREATE TABLE reports (
    id           uuid PRIMARY KEY,
    tenant_id    uuid REFERENCES tenants (id) ON DELETE CASCADE,
    region       text NOT NULL,
    scope        text NOT NULL CHECK (scope IN ('tenant', 'region')),
    trigger      text NOT NULL CHECK (trigger IN ('schedule', 'on_demand')),
    period_start timestamptz NOT NULL,
    period_end   timestamptz NOT NULL,
    locale       text NOT NULL,
    bucket       text NOT NULL,
    json_key     text NOT NULL,
    html_key     text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((scope = 'tenant') = (tenant_id IS NOT NULL))
);
CREATE INDEX reports_by_tenant ON reports (tenant_id, period_start DESC);
-- One scheduled report per tenant (or region) and period, however many runners try.
CREATE UNIQUE INDEX reports_scheduled_once ON reports (coalesce(tenant_id::text, region), scope, period_start)
    WHERE trigger = 'schedule';

GRANT SELECT, INSERT, UPDATE, DELETE
    ON incidents, incident_events, failovers, shard_health_minutes, request_minutes, reports
    TO cadre_app;

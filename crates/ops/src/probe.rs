//! Probes of one PostgreSQL endpoint: reachability, query latency, role, epoch, and (on a
//! primary) the replication lag of its standbys. One connection per endpoint is kept between
//! probes, so a probe costs one round trip, not a backend start.

use std::time::{Duration, Instant};

use sqlx::{Connection, PgConnection, Row};

/// What one probe saw.
#[derive(Debug, Clone)]
pub struct ProbeResult {
    /// Round-trip time of the probe query.
    pub latency: Duration,
    /// Whether the server is a standby (in recovery).
    pub in_recovery: bool,
    /// The epoch this copy of the shard serves, and whether it is fenced.
    pub epoch: i64,
    /// Fenced copies refuse writes.
    pub fenced: bool,
    /// On a primary: standbys streaming from it.
    pub streaming_standbys: i64,
    /// On a primary: bytes its slowest standby has not replayed yet.
    pub lag_bytes: Option<i64>,
    /// On a primary: seconds its slowest standby's replay is behind.
    pub lag_seconds: Option<f64>,
}

/// A probed endpoint and its kept connection.
#[derive(Debug)]
pub struct Prober {
    /// `postgres://host:port/db`.
    pub endpoint: String,
    user: String,
    conn: Option<PgConnection>,
}

const PROBE: &str = "SELECT pg_is_in_recovery() AS recovery,
        (SELECT epoch FROM shard_epoch) AS epoch,
        (SELECT fenced FROM shard_epoch) AS fenced,
        CASE WHEN pg_is_in_recovery() THEN 0
             ELSE (SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming') END AS standbys,
        CASE WHEN pg_is_in_recovery() THEN NULL
             ELSE (SELECT max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn))::bigint
                   FROM pg_stat_replication) END AS lag_bytes,
        CASE WHEN pg_is_in_recovery() THEN NULL
             ELSE (SELECT extract(epoch FROM max(replay_lag))::float8 FROM pg_stat_replication) END
            AS lag_seconds";

impl Prober {
    /// A prober of `endpoint`, connecting as `user` (it needs to read `pg_stat_replication`,
    /// e.g. a member of `pg_monitor`, and to run `pg_promote` for failovers).
    pub fn new(endpoint: &str, user: &str) -> Self {
        Self {
            endpoint: endpoint.to_owned(),
            user: user.to_owned(),
            conn: None,
        }
    }

    /// Probes once within `timeout`. A failure drops the kept connection.
    pub async fn probe(&mut self, timeout: Duration) -> Result<ProbeResult, String> {
        let start = Instant::now();
        let result = tokio::time::timeout(timeout, self.probe_inner()).await;
        match result {
            Ok(Ok(mut r)) => {
                r.latency = start.elapsed();
                Ok(r)
            }
            Ok(Err(e)) => {
                self.conn = None;
                Err(e.to_string())
            }
            Err(_) => {
                self.conn = None;
                Err(format!("no answer within {} ms", timeout.as_millis()))
            }
        }
    }

    /// A connection to the endpoint (the kept one, or a new one).
    pub async fn connection(&mut self) -> Result<&mut PgConnection, sqlx::Error> {
        match &mut self.conn {
            Some(c) => Ok(c),
            slot => {
                let options = cadre_shards::connect_options(&self.endpoint, &self.user)?
                    .application_name("cadre-jobs");
                Ok(slot.insert(PgConnection::connect_with(&options).await?))
            }
        }
    }

    /// Forgets the kept connection (after the server changed role, for instance).
    pub fn reset(&mut self) {
        self.conn = None;
    }

    async fn probe_inner(&mut self) -> Result<ProbeResult, sqlx::Error> {
        let conn = self.connection().await?;
        let row = sqlx::query(PROBE).fetch_one(conn).await?;
        Ok(ProbeResult {
            latency: Duration::ZERO,
            in_recovery: row.try_get("recovery")?,
            epoch: row.try_get("epoch")?,
            fenced: row.try_get("fenced")?,
            streaming_standbys: row.try_get("standbys")?,
            lag_bytes: row.try_get("lag_bytes")?,
            lag_seconds: row.try_get("lag_seconds")?,
        })
    }
}

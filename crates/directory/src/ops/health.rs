//! The `shard_health_minutes` table: the jobs runner's probe results aggregated per shard,
//! role and minute (probes, failures, latency, replication lag), kept so health reports can
//! show availability over a quarter without storing every probe.

use cadre_topology::ShardId;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{row_shard, shard_i32};
use crate::{Directory, DirectoryError};

/// Probe results of one shard role over one minute.
#[derive(Debug, Clone, Default)]
pub struct HealthMinute {
    /// Probes sent.
    pub probes: i32,
    /// Probes that failed.
    pub failures: i32,
    /// Sum of successful probe latencies.
    pub latency_ms_sum: f64,
    /// Largest replication lag seen, in bytes.
    pub lag_bytes_max: Option<i64>,
    /// Largest replication lag seen, in seconds.
    pub lag_seconds_max: Option<f64>,
}

/// A stored health minute, as reports read it.
#[derive(Debug, Clone)]
pub struct HealthRow {
    /// Shard.
    pub shard: ShardId,
    /// `primary` or `standby`.
    pub role: String,
    /// Minute.
    pub minute: DateTime<Utc>,
    /// Aggregates.
    pub health: HealthMinute,
}

impl Directory {
    /// Adds probe results to a shard role's minute.
    pub async fn add_health_minute(
        &self,
        shard: ShardId,
        role: &str,
        minute: DateTime<Utc>,
        h: &HealthMinute,
    ) -> Result<(), DirectoryError> {
        sqlx::query(
            "INSERT INTO shard_health_minutes
                 (shard_id, role, minute, probes, failures, latency_ms_sum, lag_bytes_max, lag_seconds_max)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (shard_id, role, minute) DO UPDATE SET
                 probes = shard_health_minutes.probes + EXCLUDED.probes,
                 failures = shard_health_minutes.failures + EXCLUDED.failures,
                 latency_ms_sum = shard_health_minutes.latency_ms_sum + EXCLUDED.latency_ms_sum,
                 lag_bytes_max = greatest(shard_health_minutes.lag_bytes_max, EXCLUDED.lag_bytes_max),
                 lag_seconds_max = greatest(shard_health_minutes.lag_seconds_max, EXCLUDED.lag_seconds_max)",
        )
        .bind(shard_i32(shard))
        .bind(role)
        .bind(minute)
        .bind(h.probes)
        .bind(h.failures)
        .bind(h.latency_ms_sum)
        .bind(h.lag_bytes_max)
        .bind(h.lag_seconds_max)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Probe minutes of the given shards in `[from, to)`.
    pub async fn health_minutes(
        &self,
        shards: &[ShardId],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<HealthRow>, DirectoryError> {
        let ids: Vec<i32> = shards.iter().copied().map(shard_i32).collect();
        let rows = sqlx::query(
            "SELECT shard_id, role, minute, probes, failures, latency_ms_sum, lag_bytes_max, lag_seconds_max
             FROM shard_health_minutes
             WHERE shard_id = ANY($1) AND minute >= $2 AND minute < $3 ORDER BY minute",
        )
        .bind(&ids)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(HealthRow {
                    shard: row_shard(r)?,
                    role: r.try_get("role")?,
                    minute: r.try_get("minute")?,
                    health: HealthMinute {
                        probes: r.try_get("probes")?,
                        failures: r.try_get("failures")?,
                        latency_ms_sum: r.try_get("latency_ms_sum")?,
                        lag_bytes_max: r.try_get("lag_bytes_max")?,
                        lag_seconds_max: r.try_get("lag_seconds_max")?,
                    },
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DirectoryError::from)
    }
}

//! The `failovers` table: every promotion of a standby, written in the same transaction that
//! moves the shard map to the new primary and epoch (compare-and-set on the old epoch), so the
//! history and the map never disagree. `to_zone = zone` is a constraint of the table: a
//! standby is never promoted across sovereignty zones.

use cadre_topology::{RegionId, ShardEpoch, ShardId, ZoneId};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::Row;
use uuid::Uuid;

use super::{row_parse, row_shard, shard_i32};
use crate::{Directory, DirectoryError, ShardRecord};

/// A completed promotion of a standby.
#[derive(Debug, Clone, Serialize)]
pub struct Failover {
    /// Id.
    pub id: Uuid,
    /// The shard.
    pub shard: ShardId,
    /// Region.
    pub region: RegionId,
    /// Zone (the promoted standby's zone is the same, by constraint).
    pub zone: ZoneId,
    /// `automatic` or `switchover`.
    pub kind: String,
    /// The former primary.
    pub from_endpoint: String,
    /// The promoted standby.
    pub to_endpoint: String,
    /// The epoch it started.
    pub epoch: ShardEpoch,
    /// Decision time.
    pub started_at: DateTime<Utc>,
    /// When the directory announced the new primary.
    pub completed_at: DateTime<Utc>,
    /// The incident it belongs to (none for a planned switchover).
    pub incident: Option<Uuid>,
}

/// A promotion to record in the shard map.
#[derive(Debug, Clone)]
pub struct Promotion<'a> {
    /// The shard as the runner last read it (its epoch is compared and set).
    pub shard: &'a ShardRecord,
    /// `automatic` or `switchover`.
    pub kind: &'static str,
    /// When the decision was taken.
    pub started_at: DateTime<Utc>,
    /// The incident, for automatic failovers.
    pub incident: Option<Uuid>,
}

impl Directory {
    /// Makes the shard's standby its primary in a new epoch and fences the former primary,
    /// if nobody changed the shard since the caller read it (compare-and-set on the epoch).
    /// Returns the new epoch, or `None` when the shard had moved on. The change is announced
    /// to every gateway by the directory's trigger.
    pub async fn promote_standby(
        &self,
        p: &Promotion<'_>,
    ) -> Result<Option<ShardEpoch>, DirectoryError> {
        let shard = p.shard;
        let (Some(standby), Some(standby_zone)) = (&shard.standby_endpoint, &shard.standby_zone)
        else {
            return Ok(None);
        };
        let mut tx = self.pool().begin().await?;
        let epoch: Option<i64> = sqlx::query_scalar(
            "UPDATE shards SET primary_endpoint = standby_endpoint, standby_endpoint = NULL,
                    standby_zone = NULL, epoch = epoch + 1, status = 'serving',
                    fenced_endpoints = array_append(fenced_endpoints, primary_endpoint),
                    updated_at = now()
             WHERE id = $1 AND epoch = $2 AND standby_endpoint = $3 AND standby_zone = zone
             RETURNING epoch",
        )
        .bind(shard_i32(shard.id))
        .bind(shard.epoch.0)
        .bind(standby)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(epoch) = epoch else {
            return Ok(None);
        };
        sqlx::query(
            "INSERT INTO failovers (id, shard_id, region, zone, kind, from_endpoint, to_endpoint,
                                    to_zone, epoch, started_at, completed_at, incident_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11)",
        )
        .bind(Uuid::now_v7())
        .bind(shard_i32(shard.id))
        .bind(shard.region.as_str())
        .bind(shard.zone.as_str())
        .bind(p.kind)
        .bind(&shard.primary_endpoint)
        .bind(standby)
        .bind(standby_zone.as_str())
        .bind(epoch)
        .bind(p.started_at)
        .bind(p.incident)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(ShardEpoch(epoch)))
    }

    /// Failovers completed in `[from, to)` on the given shards (all when `None`).
    pub async fn failovers(
        &self,
        shards: Option<&[ShardId]>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Failover>, DirectoryError> {
        let ids: Option<Vec<i32>> = shards.map(|s| s.iter().copied().map(shard_i32).collect());
        let rows = sqlx::query(
            "SELECT id, shard_id, region, zone, kind, from_endpoint, to_endpoint, epoch, started_at,
                    completed_at, incident_id
             FROM failovers
             WHERE ($1::int[] IS NULL OR shard_id = ANY($1)) AND completed_at >= $2 AND completed_at < $3
             ORDER BY completed_at DESC LIMIT 500",
        )
        .bind(ids)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Failover {
                    id: r.try_get("id")?,
                    shard: row_shard(r)?,
                    region: row_parse(r, "region")?,
                    zone: row_parse(r, "zone")?,
                    kind: r.try_get("kind")?,
                    from_endpoint: r.try_get("from_endpoint")?,
                    to_endpoint: r.try_get("to_endpoint")?,
                    epoch: ShardEpoch(r.try_get("epoch")?),
                    started_at: r.try_get("started_at")?,
                    completed_at: r.try_get("completed_at")?,
                    incident: r.try_get("incident_id")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DirectoryError::from)
    }
}

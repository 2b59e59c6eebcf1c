//! What the jobs runner does to databases: promote a standby into a new epoch, fence a former
//! primary, and the planned switchover an operator asks for.

use std::time::Duration;

use cadre_directory::{Directory, Promotion, ShardRecord};
use cadre_topology::ShardEpoch;
use chrono::Utc;

use crate::OpsError;
use crate::probe::Prober;

/// Promotes the shard's standby and writes the new epoch on it, then moves the shard map to
/// it (compare-and-set on the epoch read in `shard`). The epoch is on the new primary before
/// any gateway hears of it, so a gateway never writes to it with the old epoch.
///
/// Refuses, before touching anything, a standby outside the shard's zone.
pub async fn promote(
    directory: &Directory,
    shard: &ShardRecord,
    standby: &mut Prober,
    kind: &'static str,
    incident: Option<uuid::Uuid>,
) -> Result<ShardEpoch, OpsError> {
    let started_at = Utc::now();
    if shard.standby_zone.as_ref() != Some(&shard.zone) {
        return Err(OpsError::NoStandbyInZone {
            shard: shard.id.get(),
            zone: shard.zone.to_string(),
        });
    }
    let next = ShardEpoch(shard.epoch.0 + 1);
    let conn = standby.connection().await?;
    // A failover cut short after `pg_promote` resumes here: the copy is already a primary.
    let in_recovery: bool = sqlx::query_scalar("SELECT pg_is_in_recovery()")
        .fetch_one(&mut *conn)
        .await?;
    let promoted = !in_recovery
        || sqlx::query_scalar("SELECT pg_promote(true, 30)")
            .fetch_one(&mut *conn)
            .await?;
    if !promoted {
        return Err(OpsError::Refused(format!(
            "shard {}: pg_promote did not finish within 30 s",
            shard.id
        )));
    }
    // Committed locally: a promoted copy may have inherited a synchronous-standby setting,
    // and no standby streams from it yet, so waiting for one would never end.
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    sqlx::query("SET LOCAL synchronous_commit = local")
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE shard_epoch SET epoch = $1, fenced = false")
        .bind(next.0)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    let moved = directory
        .promote_standby(&Promotion {
            shard,
            kind,
            started_at,
            incident,
        })
        .await?;
    match moved {
        Some(epoch) => {
            metrics::counter!("cadre_failovers_total", "shard" => shard.id.to_string(), "region" => shard.region.to_string(), "kind" => kind).increment(1);
            Ok(epoch)
        }
        None => Err(OpsError::Refused(format!(
            "shard {}: the shard map changed while promoting (epoch {} is no longer current)",
            shard.id, shard.epoch
        ))),
    }
}

/// Fences a copy of a shard that must not take writes any more: makes new transactions
/// read-only, waits for the write transactions in flight, and marks its epoch row fenced
/// (writes stating any epoch are refused). When it returns, nothing more commits there.
pub async fn fence(copy: &mut Prober) -> Result<(), OpsError> {
    let out = fence_on(copy).await;
    if out.is_err() {
        // A failure mid-way may leave the kept session in an odd state: start afresh.
        copy.reset();
    }
    out
}

async fn fence_on(copy: &mut Prober) -> Result<(), OpsError> {
    let conn = copy.connection().await?;
    // First, as it needs no commit: new transactions are read-only from the reload on.
    // Two statements apart: ALTER SYSTEM refuses to run in the implicit transaction block of
    // a multi-statement query.
    sqlx::raw_sql("ALTER SYSTEM SET default_transaction_read_only = on")
        .execute(&mut *conn)
        .await?;
    sqlx::raw_sql("SELECT pg_reload_conf()")
        .execute(&mut *conn)
        .await?;
    // Every write transaction of the gateway holds a lock on `shard_epoch` from its epoch
    // check, so the exclusive lock is granted only once those in flight have ended. The
    // commit is local: a former primary's synchronous standby is usually the copy just
    // promoted, which no longer streams from it, and waiting for it would never end.
    let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN READ WRITE").await?;
    sqlx::raw_sql(
        "SET LOCAL synchronous_commit = local; SET LOCAL lock_timeout = '10s'; \
         LOCK TABLE shard_epoch IN ACCESS EXCLUSIVE MODE; UPDATE shard_epoch SET fenced = true",
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A planned switchover for maintenance: fence the primary (writes get a short 503), wait
/// until the standby has replayed everything the primary wrote, promote it into a new epoch.
/// Nothing acknowledged is lost, whatever the replication mode.
pub async fn switchover(
    directory: &Directory,
    shard: &ShardRecord,
    user: &str,
) -> Result<ShardEpoch, OpsError> {
    let standby_endpoint =
        shard
            .standby_endpoint
            .as_deref()
            .ok_or_else(|| OpsError::NoStandbyInZone {
                shard: shard.id.get(),
                zone: shard.zone.to_string(),
            })?;
    // Held until this function returns (the connection closes with it): the jobs runner
    // leaves the shard to us meanwhile, and a second switchover of it is refused.
    let mut maintenance = directory.pool().acquire().await?.detach();
    if !crate::runner::try_maintenance_lock(&mut maintenance, shard.id).await? {
        return Err(OpsError::Refused(format!(
            "shard {}: another switchover of it is under way",
            shard.id
        )));
    }
    let mut primary = Prober::new(&shard.primary_endpoint, user);
    let mut standby = Prober::new(standby_endpoint, user);
    let in_recovery: bool = sqlx::query_scalar("SELECT pg_is_in_recovery()")
        .fetch_one(standby.connection().await?)
        .await?;
    if !in_recovery {
        return Err(OpsError::Refused(format!(
            "shard {}: {standby_endpoint} is not a standby",
            shard.id
        )));
    }
    fence(&mut primary).await?;
    // Everything written before the fence, as a WAL position.
    let target: String = sqlx::query_scalar("SELECT pg_current_wal_lsn()::text")
        .fetch_one(primary.connection().await?)
        .await?;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let caught_up: bool =
            sqlx::query_scalar("SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), $1::pg_lsn) >= 0")
                .bind(&target)
                .fetch_one(standby.connection().await?)
                .await?;
        if caught_up {
            break;
        }
        if tokio::time::Instant::now() > deadline {
            return Err(OpsError::Refused(format!(
                "shard {}: the standby did not replay up to {target} within 30 s; the primary stays fenced, retry or unfence it",
                shard.id
            )));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The fenced former primary is left running read-only, for the operator to rebuild as
    // the new standby.
    promote(directory, shard, &mut standby, "switchover", None).await
}

//! The routing table (`cadre_shards::ShardSet`) built from the directory's shard map and
//! kept equal to it, for every process that talks to shards: gateways and job runners.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use cadre_shards::{PoolSettings, Shard, ShardSet};

use crate::{Directory, DirectoryError, ShardRecord};

/// How often the shard map is re-read when no announcement arrives: the backstop for lost
/// notifications, and so the bound on how long a process can miss a failover.
pub const SHARD_MAP_POLL: Duration = Duration::from_secs(1);

/// A shard's routing entry: a lazily connecting pool on its current primary.
pub fn shard_from_record(rec: &ShardRecord, pool: &PoolSettings) -> Result<Shard, sqlx::Error> {
    let shard = Shard::connect(
        rec.id,
        rec.region.clone(),
        rec.zone.clone(),
        rec.epoch,
        &rec.primary_endpoint,
        pool,
    )?;
    Ok(if rec.available {
        shard
    } else {
        shard.with_available(false)
    })
}

impl Directory {
    /// The routing table as of now, connecting as `pool.user`.
    pub async fn shard_set(&self, pool: &PoolSettings) -> Result<ShardSet, DirectoryError> {
        let mut shards = Vec::new();
        for rec in self.shards().await? {
            shards.push(shard_from_record(&rec, pool)?);
        }
        Ok(ShardSet::new(shards))
    }

    /// Keeps `shards` equal to the shard map: re-reads it whenever `changed()` completes (a
    /// `shards` announcement) and every [`SHARD_MAP_POLL`]. A new epoch or endpoint gets a
    /// new pool (the old one is closed once its requests finish); a change of availability
    /// keeps the pool. Runs until dropped.
    pub async fn follow_shard_map<F: Future<Output = ()>>(
        self,
        shards: Arc<ShardSet>,
        pool: PoolSettings,
        mut changed: impl FnMut() -> F,
    ) {
        loop {
            tokio::select! {
                () = changed() => {}
                () = tokio::time::sleep(SHARD_MAP_POLL) => {}
            }
            let records = match self.shards().await {
                Ok(r) => r,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the shard map; keeping the last one");
                    continue;
                }
            };
            for rec in records {
                apply(&shards, &rec, &pool);
            }
        }
    }
}

fn apply(shards: &ShardSet, rec: &ShardRecord, pool: &PoolSettings) {
    let Some(current) = shards.get(rec.id) else {
        return;
    };
    if current.epoch == rec.epoch && current.endpoint == rec.primary_endpoint {
        if current.available != rec.available {
            tracing::warn!(shard = %rec.id, available = rec.available, "shard availability changed");
            shards.replace(current.with_available(rec.available));
        }
        return;
    }
    match shard_from_record(rec, pool) {
        Ok(next) => {
            tracing::warn!(shard = %rec.id, epoch = %rec.epoch, endpoint = %rec.primary_endpoint, "shard moved to a new primary");
            if let Some(old) = shards.replace(next) {
                old.retire();
                tokio::spawn(async move { old.pool().close().await });
            }
        }
        Err(e) => tracing::error!(shard = %rec.id, error = %e, "bad endpoint in the shard map"),
    }
}

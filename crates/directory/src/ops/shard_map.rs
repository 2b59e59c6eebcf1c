//! Shard-map changes that operations make outside a failover: reading one shard's entry,
//! marking a shard serving or unavailable, and recording a rebuilt standby. Gateways follow
//! every change through the `shards` trigger's notification.

use cadre_topology::{ShardId, ZoneId};

use super::shard_i32;
use crate::repo::shard_from_row;
use crate::{Directory, DirectoryError, ShardRecord};

impl Directory {
    /// One shard's entry.
    pub async fn shard(&self, id: ShardId) -> Result<Option<ShardRecord>, DirectoryError> {
        let row = sqlx::query(
            "SELECT id, region, zone, primary_endpoint, standby_endpoint, standby_zone, epoch, status,
                    fenced_endpoints
             FROM shards WHERE id = $1",
        )
        .bind(shard_i32(id))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(shard_from_row).transpose()?)
    }

    /// Marks a shard serving or unavailable (gateways answer 503 at once while unavailable).
    pub async fn set_shard_available(
        &self,
        id: ShardId,
        available: bool,
    ) -> Result<(), DirectoryError> {
        sqlx::query(
            "UPDATE shards SET status = $2, updated_at = now()
             WHERE id = $1 AND status IS DISTINCT FROM $2",
        )
        .bind(shard_i32(id))
        .bind(if available { "serving" } else { "unavailable" })
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a rebuilt standby for a shard (it is a copy of the current primary).
    pub async fn set_standby(
        &self,
        id: ShardId,
        endpoint: &str,
        zone: &ZoneId,
    ) -> Result<(), DirectoryError> {
        sqlx::query(
            "UPDATE shards SET standby_endpoint = $2, standby_zone = $3,
                    fenced_endpoints = array_remove(fenced_endpoints, $2), updated_at = now()
             WHERE id = $1",
        )
        .bind(shard_i32(id))
        .bind(endpoint)
        .bind(zone.as_str())
        .execute(self.pool())
        .await?;
        Ok(())
    }
}

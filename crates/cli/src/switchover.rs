//! `cadre switchover`: a planned switchover of one shard for maintenance (fence the primary,
//! wait until the standby has everything, promote it into a new epoch), then print where the
//! shard now runs.

use std::path::Path;

use anyhow::Context;
use cadre_i18n::msg;

use crate::lang::say;
use crate::serve::ServeConfig;

/// Switches `shard` over to its standby.
pub async fn run(config: &Path, shard: u16) -> anyhow::Result<()> {
    let (c, _) = ServeConfig::load(config)?;
    let directory = c.connect_directory().await?;
    let id = cadre_topology::ShardId::new(shard)?;
    let record = directory
        .shard(id)
        .await?
        .with_context(|| format!("shard {shard} is not in the shard map"))?;
    let epoch = cadre_ops::switchover(&directory, &record, &c.jobs.user).await?;
    let record = directory.shard(id).await?.context("shard vanished")?;
    println!(
        "{}",
        say(&msg!(
            "cli-switchover-done",
            shard = shard,
            endpoint = record.primary_endpoint,
            epoch = epoch.0
        ))
    );
    Ok(())
}

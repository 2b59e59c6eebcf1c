//! `cadre migrate`: applies the directory's migrations and syncs its shard map from the region
//! configuration, then applies the shard migrations on every shard primary, as a role that
//! owns the schema.

use std::path::Path;

use anyhow::Context;
use cadre_i18n::msg;

use crate::lang::say;
use crate::serve::ServeConfig;

/// Migrates the directory and every shard named by `config`, connecting as `user`.
pub async fn run(config: &Path, user: &str) -> anyhow::Result<()> {
    let (c, regions) = ServeConfig::load(config)?;
    let connect = |endpoint: &str| {
        let options = cadre_shards::connect_options(endpoint, user);
        async move {
            sqlx::postgres::PgPoolOptions::new()
                .max_connections(1)
                .connect_with(options?)
                .await
        }
    };
    let directory = async {
        let options = cadre_shards::connect_options(&c.directory, user)?;
        let settings = cadre_directory::DirectorySettings::max_connections(1);
        cadre_directory::Directory::connect(options, settings).await
    }
    .await
    .with_context(|| format!("connecting to the directory {}", c.directory))?;
    cadre_directory::MIGRATOR
        .run(directory.pool())
        .await
        .context("migrating the directory")?;
    directory.sync_shards(&regions).await?;
    eprintln!("{}", say(&msg!("cli-serve-directory-migrated")));
    for (region, shard) in regions.shards() {
        let endpoint = shard.primary.as_deref().unwrap_or_default();
        let pool = connect(endpoint)
            .await
            .with_context(|| format!("connecting to shard {} ({endpoint})", shard.id))?;
        cadre_shards::MIGRATOR
            .run(&pool)
            .await
            .with_context(|| format!("migrating shard {}", shard.id))?;
        eprintln!(
            "{}",
            say(&msg!(
                "cli-serve-shard-migrated",
                shard = shard.id.get(),
                region = region.id.as_str()
            ))
        );
    }
    Ok(())
}

//! The local deployment's database side: one PostgreSQL cluster for the directory and one per
//! shard of the region configuration, under one root folder, started on free loopback ports
//! and migrated. `cadre dev` and the testkit both build on it.

use std::path::{Path, PathBuf};

use cadre_pgcluster::{Cluster, Durability, PgBinaries, SUPERUSER, free_port};
use cadre_topology::{RegionConfig, ShardId};
use sqlx::postgres::PgConnectOptions;
use sqlx::{ConnectOptions, Connection, PgConnection};

/// What can fail while bringing the databases up.
#[derive(Debug, thiserror::Error)]
pub enum LocalError {
    /// A cluster failed to start or stop.
    #[error(transparent)]
    Cluster(#[from] cadre_pgcluster::Error),
    /// A migration or database statement failed.
    #[error("{context}: {source}")]
    Database {
        /// What we were doing.
        context: String,
        /// The error.
        source: sqlx::Error,
    },
    /// A migration failed.
    #[error("migrating {database}: {source}")]
    Migrate {
        /// The database.
        database: String,
        /// The error.
        source: sqlx::migrate::MigrateError,
    },
}

/// Running clusters of a local deployment.
///
/// Every shard has a primary and a streaming standby (`shard-<id>` and `shard-<id>-standby`
/// are their folders; the names are the initial roles). The lists describe the roles at
/// start; a failover while running changes them (the directory is the authority), and the
/// next start reads them back from the data directories.
#[derive(Debug)]
pub struct LocalClusters {
    /// The directory's cluster.
    pub directory: Cluster,
    /// One primary per shard.
    pub shards: Vec<(ShardId, Cluster)>,
    /// One standby per shard, streaming from its primary.
    pub standbys: Vec<(ShardId, Cluster)>,
}

/// The replication slot a shard's standby streams through.
pub fn standby_slot(id: ShardId) -> String {
    format!("cadre_standby_shard_{}", id.get())
}

impl LocalClusters {
    /// Opens (or creates) and starts every cluster of `regions` under `root`. A new root is
    /// initialised once with `initdb`; the other primaries are copies of that first one and
    /// each standby is a `pg_basebackup` of its running primary.
    pub fn start(
        root: &Path,
        regions: &RegionConfig,
        durability: Durability,
    ) -> Result<Self, LocalError> {
        let bins = PgBinaries::locate()?;
        cadre_pgcluster::prepare_root(root)?;
        let template = root.join("directory");
        let mut directory = Cluster::open_or_init(&bins, &template, None)?;
        let mut pairs = Vec::new();
        for (_, shard) in regions.shards() {
            let first = root.join(format!("shard-{}", shard.id));
            let second = root.join(format!("shard-{}-standby", shard.id));
            // Copy before the template runs: a running cluster's files are not a consistent copy.
            let first = Cluster::open_or_init(&bins, &first, Some(&template))?;
            pairs.push((shard.id, roles(first, &bins, &second)?));
        }
        directory.start(free_port().map_err(io)?, durability, &[])?;
        let primary_settings = primary_settings(regions.replication.synchronous);
        let mut shards = Vec::new();
        let mut standbys = Vec::new();
        for (id, (mut primary, standby_dir)) in pairs {
            primary.start(free_port().map_err(io)?, durability, &primary_settings)?;
            let slot = standby_slot(id);
            let mut standby = Cluster::standby_of(&primary, &standby_dir, &slot)?;
            let settings = Cluster::standby_settings(primary.port(), &slot);
            standby.start(free_port().map_err(io)?, durability, &settings)?;
            shards.push((id, primary));
            standbys.push((id, standby));
        }
        Ok(Self {
            directory,
            shards,
            standbys,
        })
    }

    /// Stops every running cluster (fast shutdown), reporting the first failure after trying
    /// all. A cluster that is already gone (killed, fenced) is skipped.
    pub fn stop(&self) -> Result<(), LocalError> {
        let mut first = None;
        let all = std::iter::once(&self.directory)
            .chain(self.shards.iter().map(|(_, c)| c))
            .chain(self.standbys.iter().map(|(_, c)| c));
        for c in all {
            if !c.is_running() {
                continue;
            }
            if let Err(e) = c.stop() {
                first.get_or_insert(e);
            }
        }
        first.map_or(Ok(()), |e| Err(e.into()))
    }

    /// The region configuration with every shard's primary and standby endpoints pointing at
    /// database `db` of their local clusters.
    pub fn with_endpoints(&self, regions: &RegionConfig, db: &str) -> RegionConfig {
        let mut out = regions.clone();
        for region in &mut out.regions {
            for shard in &mut region.shards {
                if let Some(c) = self.shard(shard.id) {
                    shard.primary = Some(c.endpoint(db));
                }
                if let Some(c) = self.standby(shard.id) {
                    shard.standby = Some(c.endpoint(db));
                }
            }
        }
        out
    }

    /// The primary cluster of one shard (as started).
    pub fn shard(&self, id: ShardId) -> Option<&Cluster> {
        self.shards.iter().find(|(s, _)| *s == id).map(|(_, c)| c)
    }

    /// The standby cluster of one shard (as started).
    pub fn standby(&self, id: ShardId) -> Option<&Cluster> {
        self.standbys.iter().find(|(s, _)| *s == id).map(|(_, c)| c)
    }
}

/// Settings of a shard primary: which standbys a commit waits for.
fn primary_settings(synchronous: bool) -> Vec<(&'static str, String)> {
    if synchronous {
        // `on` overrides the test clusters' `off`: an acknowledged commit is on the standby.
        vec![
            ("synchronous_standby_names", "'*'".to_owned()),
            ("synchronous_commit", "on".to_owned()),
        ]
    } else {
        vec![("synchronous_standby_names", "''".to_owned())]
    }
}

/// Decides which of a shard's two data directories is the primary. The first is the primary
/// unless it is a standby, or unless both are primaries (a failover happened) and the second
/// is on a newer timeline; the former primary is then deleted, to be copied afresh as a
/// standby: a fenced primary is never reused as it is.
fn roles(
    first: Cluster,
    bins: &PgBinaries,
    second_dir: &Path,
) -> Result<(Cluster, PathBuf), LocalError> {
    let first_dir = first.data_dir().to_owned();
    if !second_dir.join("PG_VERSION").is_file() {
        return Ok((first, second_dir.to_owned()));
    }
    let second = Cluster::open_or_init(bins, second_dir, None)?;
    match (first.is_standby(), second.is_standby()) {
        (false, true) => Ok((first, second_dir.to_owned())),
        (true, false) => Ok((second, first_dir)),
        (false, false) => {
            if second.timeline()? > first.timeline()? {
                first.remove()?;
                Ok((second, first_dir))
            } else {
                second.remove()?;
                Ok((first, second_dir.to_owned()))
            }
        }
        (true, true) => Err(LocalError::Cluster(cadre_pgcluster::Error::Tool {
            tool: "role check".into(),
            data_dir: first_dir.display().to_string(),
            output: format!(
                "both copies of this shard are standbys ({} too); remove standby.signal from the one to promote",
                second_dir.display()
            ),
        })),
    }
}

fn io(e: std::io::Error) -> LocalError {
    LocalError::Cluster(cadre_pgcluster::Error::Io {
        context: "finding a free port".into(),
        source: e,
    })
}

/// Superuser connect options for database `db` of `cluster`.
pub fn admin_options(cluster: &Cluster, db: &str) -> PgConnectOptions {
    PgConnectOptions::new()
        .host("127.0.0.1")
        .port(cluster.port())
        .username(SUPERUSER)
        .database(db)
        .application_name("cadre-admin")
        .log_statements(tracing::log::LevelFilter::Debug)
}

/// Creates database `db` (optionally as a copy of `template`) unless it exists.
pub async fn ensure_database(
    cluster: &Cluster,
    db: &str,
    template: Option<&str>,
) -> Result<(), LocalError> {
    let ctx = |what: &str| format!("{what} database {db} on port {}", cluster.port());
    let mut conn = PgConnection::connect_with(&admin_options(cluster, "postgres"))
        .await
        .map_err(|source| LocalError::Database {
            context: ctx("connecting to create"),
            source,
        })?;
    let exists: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)")
            .bind(db)
            .fetch_one(&mut conn)
            .await
            .map_err(|source| LocalError::Database {
                context: ctx("looking up"),
                source,
            })?;
    if !exists {
        // Names come from our own code (fixed names or generated test names), quoted anyway.
        let sql = match template {
            Some(t) => format!("CREATE DATABASE \"{db}\" TEMPLATE \"{t}\""),
            None => format!("CREATE DATABASE \"{db}\""),
        };
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut conn)
            .await
            .map_err(|source| LocalError::Database {
                context: ctx("creating"),
                source,
            })?;
    }
    conn.close().await.ok();
    Ok(())
}

/// Which schema a database holds.
#[derive(Debug, Clone, Copy)]
pub enum Schema {
    /// The control-plane directory.
    Directory,
    /// A regional shard.
    Shard,
}

/// Applies the embedded migrations of `schema` to database `db` of `cluster`.
pub async fn migrate(cluster: &Cluster, db: &str, schema: Schema) -> Result<(), LocalError> {
    let mut conn = PgConnection::connect_with(&admin_options(cluster, db))
        .await
        .map_err(|source| LocalError::Database {
            context: format!("connecting to {db} to migrate"),
            source,
        })?;
    let migrator = match schema {
        Schema::Directory => &cadre_directory::MIGRATOR,
        Schema::Shard => &cadre_shards::MIGRATOR,
    };
    migrator
        .run(&mut conn)
        .await
        .map_err(|source| LocalError::Migrate {
            database: format!("{db} on port {}", cluster.port()),
            source,
        })?;
    conn.close().await.ok();
    Ok(())
}

/// Creates (if needed) and migrates the directory database and every shard database.
pub async fn prepare_databases(
    clusters: &LocalClusters,
    directory_db: &str,
    shard_db: &str,
) -> Result<(), LocalError> {
    ensure_database(&clusters.directory, directory_db, None).await?;
    migrate(&clusters.directory, directory_db, Schema::Directory).await?;
    // Standbys receive the databases and migrations through replication.
    for (_, c) in &clusters.shards {
        ensure_database(c, shard_db, None).await?;
        migrate(c, shard_db, Schema::Shard).await?;
    }
    Ok(())
}

/// The default location of a project-local file, relative to the workspace root.
pub fn workspace_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

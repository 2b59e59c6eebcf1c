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
#[derive(Debug)]
pub struct LocalClusters {
    /// The directory's cluster.
    pub directory: Cluster,
    /// One cluster per shard.
    pub shards: Vec<(ShardId, Cluster)>,
}

impl LocalClusters {
    /// Opens (or creates) and starts every cluster of `regions` under `root`. A new root is
    /// initialised once with `initdb`; the other clusters are copies of that first one.
    pub fn start(
        root: &Path,
        regions: &RegionConfig,
        durability: Durability,
    ) -> Result<Self, LocalError> {
        let bins = PgBinaries::locate()?;
        cadre_pgcluster::prepare_root(root)?;
        let template = root.join("directory");
        let mut directory = Cluster::open_or_init(&bins, &template, None)?;
        let mut shards = Vec::new();
        for (_, shard) in regions.shards() {
            let dir = root.join(format!("shard-{}", shard.id));
            // Copy before the template runs: a running cluster's files are not a consistent copy.
            let cluster = Cluster::open_or_init(&bins, &dir, Some(&template))?;
            shards.push((shard.id, cluster));
        }
        directory.start(free_port().map_err(io)?, durability, &[])?;
        for (_, cluster) in &mut shards {
            cluster.start(free_port().map_err(io)?, durability, &[])?;
        }
        Ok(Self { directory, shards })
    }

    /// Stops every cluster (fast shutdown), reporting the first failure after trying all.
    pub fn stop(&self) -> Result<(), LocalError> {
        let mut first = None;
        for c in std::iter::once(&self.directory).chain(self.shards.iter().map(|(_, c)| c)) {
            if let Err(e) = c.stop() {
                first.get_or_insert(e);
            }
        }
        first.map_or(Ok(()), |e| Err(e.into()))
    }

    /// The region configuration with every shard's primary endpoint pointing at database `db`
    /// of its local cluster.
    pub fn with_endpoints(&self, regions: &RegionConfig, db: &str) -> RegionConfig {
        let mut out = regions.clone();
        for region in &mut out.regions {
            for shard in &mut region.shards {
                if let Some((_, c)) = self.shards.iter().find(|(id, _)| *id == shard.id) {
                    shard.primary = Some(c.endpoint(db));
                }
            }
        }
        out
    }

    /// The cluster of one shard.
    pub fn shard(&self, id: ShardId) -> Option<&Cluster> {
        self.shards.iter().find(|(s, _)| *s == id).map(|(_, c)| c)
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

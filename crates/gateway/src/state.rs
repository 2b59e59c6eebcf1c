//! `AppState`: everything a request needs, cheap to clone.

use std::sync::{Arc, OnceLock};

use cadre_jurisdictions::Library;

use cadre_directory::Directory;
use cadre_shards::{PoolSettings, Shard, ShardSet, connect_options};
use cadre_topology::RegionConfig;
use metrics_exporter_prometheus::PrometheusHandle;
use sha2::{Digest, Sha256};
use sqlx::postgres::PgPoolOptions;
use tokio::task::JoinHandle;

use crate::cache::DirectoryCache;

/// What the gateway needs to start.
#[derive(Debug, Clone)]
pub struct GatewayConfig {
    /// Directory database endpoint (`postgres://host:port/db`, no credentials).
    pub directory_endpoint: String,
    /// The deployment's regions.
    pub regions: RegionConfig,
    /// Bearer token of the platform operator (creates tenants).
    pub operator_token: String,
    /// Connection settings for the directory and the shards.
    pub pool: PoolSettings,
}

/// Shared state of one gateway.
#[derive(Debug, Clone)]
pub struct AppState(Arc<Inner>);

/// The state's contents.
#[derive(Debug)]
pub struct Inner {
    /// The control-plane directory.
    pub directory: Directory,
    /// Cached keys and tenants.
    pub cache: Arc<DirectoryCache>,
    /// The routing table.
    pub shards: ShardSet,
    /// The deployment's regions.
    pub regions: RegionConfig,
    /// Prometheus exposition.
    pub metrics: PrometheusHandle,
    /// Jurisdiction packs (labor law, residency rules, holidays).
    pub jurisdictions: Arc<Library>,
    operator_token_hash: [u8; 32],
    listener: JoinHandle<()>,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.listener.abort();
    }
}

/// Why the gateway could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The directory or a shard could not be reached or read.
    #[error("{0}")]
    Database(#[from] sqlx::Error),
    /// The directory refused.
    #[error("{0}")]
    Directory(#[from] cadre_directory::DirectoryError),
    /// The configuration is unusable.
    #[error("{0}")]
    Config(String),
}

/// The packs built into the binary, loaded and validated once per process (every gateway of a
/// test binary shares them); an invalid pack stops the start.
fn jurisdictions() -> Result<Arc<Library>, StartError> {
    static LIBRARY: OnceLock<Result<Arc<Library>, String>> = OnceLock::new();
    LIBRARY
        .get_or_init(|| Library::embedded().map(Arc::new).map_err(|e| e.to_string()))
        .clone()
        .map_err(StartError::Config)
}

impl AppState {
    /// Connects to the directory, loads the shard map and starts following directory changes.
    pub async fn connect(config: GatewayConfig) -> Result<Self, StartError> {
        if config.operator_token.len() < 16 {
            return Err(StartError::Config(
                "operator token must be at least 16 characters".into(),
            ));
        }
        let pool = PgPoolOptions::new()
            .max_connections(config.pool.max_connections)
            .acquire_timeout(config.pool.acquire_timeout)
            .connect_with(connect_options(
                &config.directory_endpoint,
                &config.pool.user,
            )?)
            .await?;
        let directory = Directory::new(pool);
        let mut shards = Vec::new();
        for rec in directory.shards().await? {
            shards.push(Shard::connect(
                rec.id,
                rec.region,
                rec.zone,
                rec.epoch,
                &rec.primary_endpoint,
                &config.pool,
            )?);
        }
        let jurisdictions = jurisdictions()?;
        let cache = Arc::new(DirectoryCache::default());
        let listener = tokio::spawn(cache.clone().follow(directory.clone()));
        Ok(Self(Arc::new(Inner {
            directory,
            cache,
            shards: ShardSet::new(shards),
            regions: config.regions,
            metrics: crate::telemetry::prometheus(),
            jurisdictions,
            operator_token_hash: Sha256::digest(config.operator_token.as_bytes()).into(),
            listener,
        })))
    }

    /// Whether `token` is the operator's (constant time).
    pub fn is_operator(&self, token: &str) -> bool {
        use subtle::ConstantTimeEq;
        let hash: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        bool::from(hash.ct_eq(&self.operator_token_hash))
    }
}

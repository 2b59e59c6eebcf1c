//! `AppState`: everything a request needs, cheap to clone.

use std::sync::{Arc, OnceLock};

use cadre_jurisdictions::Library;

use cadre_directory::{Directory, DirectorySettings};
use cadre_shards::{PoolSettings, ShardSet, connect_options};
use cadre_topology::RegionConfig;
use metrics_exporter_prometheus::PrometheusHandle;
use sha2::{Digest, Sha256};
use tokio::task::JoinHandle;

use cadre_reports::ReportStore;

use crate::cache::DirectoryCache;
use crate::usage::{USAGE_FLUSH, Usage};

/// What the gateway needs to start.
#[derive(Clone)]
pub struct GatewayConfig {
    /// Directory database endpoint (`postgres://host:port/db`, no credentials).
    pub directory_endpoint: String,
    /// The deployment's regions.
    pub regions: RegionConfig,
    /// Bearer token of the platform operator (creates tenants).
    pub operator_token: String,
    /// Connection settings for the directory and the shards.
    pub pool: PoolSettings,
    /// The regional buckets for health reports (none: reports answer 503).
    pub reports: Option<ReportStore>,
    /// Requests per second per key and tenant, failed authentications per address.
    pub rate_limits: crate::limits::RateLimits,
}

// Secrets never reach logs.
impl std::fmt::Debug for GatewayConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GatewayConfig")
            .field("directory_endpoint", &self.directory_endpoint)
            .field("regions", &self.regions)
            .field("operator_token", &"[redacted]")
            .field("pool", &self.pool)
            .field("reports", &self.reports)
            .field("rate_limits", &self.rate_limits)
            .finish()
    }
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
    /// The routing table, following the directory's shard map.
    pub shards: Arc<ShardSet>,
    /// The deployment's regions.
    pub regions: RegionConfig,
    /// Prometheus exposition.
    pub metrics: PrometheusHandle,
    /// Jurisdiction packs (labor law, residency rules, holidays).
    pub jurisdictions: Arc<Library>,
    /// Request counts per tenant and region, for health reports.
    pub usage: Arc<Usage>,
    /// The regional buckets for health reports.
    pub reports: Option<ReportStore>,
    /// Rate limits per key, tenant and client address.
    pub limiter: crate::limits::Limiter,
    /// The last readiness probe, shared by every `/readyz` caller for a moment.
    pub readiness: crate::routes::health::Readiness,
    operator_token_hash: [u8; 32],
    listener: JoinHandle<()>,
    shard_follower: JoinHandle<()>,
    usage_flusher: JoinHandle<()>,
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
        self.shard_follower.abort();
        self.usage_flusher.abort();
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
        let directory = Directory::connect(
            connect_options(&config.directory_endpoint, &config.pool.user)?,
            DirectorySettings {
                max_connections: config.pool.max_connections,
                acquire_timeout: Some(config.pool.acquire_timeout),
            },
        )
        .await?;
        let shards = Arc::new(directory.shard_set(&config.pool).await?);
        let jurisdictions = jurisdictions()?;
        let cache = Arc::new(DirectoryCache::default());
        let listener = tokio::spawn(cache.clone().follow(directory.clone()));
        let changes = cache.clone();
        let shard_follower = tokio::spawn(directory.clone().follow_shard_map(
            shards.clone(),
            config.pool.clone(),
            move || {
                let changes = changes.clone();
                async move { changes.shard_changes.notified().await }
            },
        ));
        let usage = Arc::new(Usage::default());
        let usage_flusher = {
            let (usage, directory) = (usage.clone(), directory.clone());
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(USAGE_FLUSH).await;
                    usage.flush(&directory).await;
                }
            })
        };
        Ok(Self(Arc::new(Inner {
            directory,
            cache,
            shards,
            regions: config.regions,
            metrics: crate::telemetry::prometheus(),
            jurisdictions,
            operator_token_hash: Sha256::digest(config.operator_token.as_bytes()).into(),
            usage,
            reports: config.reports,
            readiness: crate::routes::health::Readiness::default(),
            limiter: crate::limits::Limiter::new(config.rate_limits),
            listener,
            shard_follower,
            usage_flusher,
        })))
    }

    /// Writes the request counts gathered so far to the directory (also done every few
    /// seconds on its own).
    pub async fn flush_usage(&self) {
        self.usage.flush(&self.directory).await;
    }

    /// Whether `token` is the operator's (constant time).
    pub fn is_operator(&self, token: &str) -> bool {
        use subtle::ConstantTimeEq;
        let hash: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        bool::from(hash.ct_eq(&self.operator_token_hash))
    }
}

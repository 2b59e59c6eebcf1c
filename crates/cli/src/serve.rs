//! `cadre serve`: the gateway against existing databases, configured by a file plus
//! environment overrides, validated at start with errors that name the key.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use cadre_shards::PoolSettings;
use cadre_topology::RegionConfig;
use serde::Deserialize;

/// The serve configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServeConfig {
    /// Address to listen on. Env: `CADRE_LISTEN`.
    pub listen: SocketAddr,
    /// Directory database endpoint, `postgres://host:port/db`. Env: `CADRE_DIRECTORY`.
    pub directory: String,
    /// Region configuration file, relative to this file. Env: `CADRE_REGIONS`.
    pub regions: PathBuf,
    /// Database connections.
    #[serde(default)]
    pub database: DatabaseConfig,
    /// The jobs runner (`cadre jobs`).
    #[serde(default)]
    pub jobs: JobsConfig,
    /// The S3 endpoint of the regional buckets (health reports). Keys come from
    /// `CADRE_S3_ACCESS_KEY` and `CADRE_S3_SECRET_KEY`. Without it, reports answer 503.
    #[serde(default)]
    pub objects: Option<ObjectsConfig>,
}

/// Where the regional buckets are.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectsConfig {
    /// S3 endpoint URL, e.g. `https://s3.eu-central-1.amazonaws.com`.
    pub endpoint: String,
    /// Per region id: the endpoint and AWS region of that region's bucket, when not the
    /// default endpoint (buckets live in their own AWS regions; China in the aws-cn partition).
    #[serde(default)]
    pub regions: std::collections::BTreeMap<String, RegionObjects>,
}

/// One region's bucket endpoint.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionObjects {
    /// S3 endpoint URL.
    pub endpoint: String,
    /// AWS region the requests are signed for (`cn-north-1`).
    pub aws_region: String,
}

/// Settings of `cadre jobs`: failure detection, the role it probes and promotes as, and
/// where it serves its metrics.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JobsConfig {
    /// Role for probes, promotions and fencing: member of `pg_monitor`, with EXECUTE on
    /// `pg_promote`, and write access to `shard_epoch` on every shard. Password from
    /// `CADRE_DB_PASSWORD`.
    pub user: String,
    /// Milliseconds between probe rounds.
    pub probe_interval_ms: u64,
    /// A probe unanswered after this many milliseconds has failed.
    pub probe_timeout_ms: u64,
    /// Consecutive failed probes before a primary is declared down and its standby promoted.
    pub failure_threshold: u32,
    /// Address of the runner's `/metrics` and `/livez`.
    pub metrics_listen: SocketAddr,
    /// Whether the runner promotes standbys itself (`true`), or leaves failover to a
    /// PostgreSQL operator such as CloudNativePG and only probes and records (`false`).
    pub promote: bool,
}

impl Default for JobsConfig {
    fn default() -> Self {
        let d = cadre_ops::JobsSettings::default();
        Self {
            user: d.user,
            probe_interval_ms: d.probe_interval.as_millis() as u64,
            probe_timeout_ms: d.probe_timeout.as_millis() as u64,
            failure_threshold: d.failure_threshold,
            metrics_listen: SocketAddr::from(([0, 0, 0, 0], 9090)),
            promote: true,
        }
    }
}

impl JobsConfig {
    /// The runner's settings.
    pub fn settings(&self) -> cadre_ops::JobsSettings {
        cadre_ops::JobsSettings {
            user: self.user.clone(),
            probe_interval: Duration::from_millis(self.probe_interval_ms),
            probe_timeout: Duration::from_millis(self.probe_timeout_ms),
            failure_threshold: self.failure_threshold,
            promote: self.promote,
            ..cadre_ops::JobsSettings::default()
        }
    }
}

/// Database connection settings. The password comes from `CADRE_DB_PASSWORD`, never a file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseConfig {
    /// Role the gateway connects as (subject to row-level security).
    pub user: String,
    /// Connections per shard (for transactions; as many again for single-statement reads)
    /// and to the directory.
    pub max_connections: u32,
    /// Seconds a request waits for a connection.
    pub acquire_timeout_secs: u64,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            user: cadre_shards::APP_ROLE.to_owned(),
            max_connections: 16,
            acquire_timeout_secs: 5,
        }
    }
}

/// Serves the gateway configured by `config` until Ctrl-C or SIGTERM.
pub async fn run(config: &Path) -> anyhow::Result<()> {
    let (c, regions) = ServeConfig::load(config)?;
    let reports = c.report_store(&regions)?;
    let operator_token = std::env::var("CADRE_OPERATOR_TOKEN")
        .context("CADRE_OPERATOR_TOKEN must hold the platform operator's token (16+ characters)")?;
    let state = cadre_gateway::AppState::connect(cadre_gateway::GatewayConfig {
        directory_endpoint: c.directory.clone(),
        regions,
        operator_token,
        pool: c.pool(),
        reports,
        rate_limits: Default::default(),
    })
    .await?;
    let listener = tokio::net::TcpListener::bind(c.listen)
        .await
        .with_context(|| format!("listening on {}", c.listen))?;
    tracing::info!(listen = %c.listen, "gateway serving");
    cadre_gateway::serve(listener, state, crate::shutdown_signal()).await?;
    Ok(())
}

impl ServeConfig {
    /// Loads `path`, applies `CADRE_*` overrides, validates.
    pub fn load(path: &Path) -> anyhow::Result<(Self, RegionConfig)> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {file}"))?;
        let mut c: ServeConfig = toml::from_str(&text)
            .map_err(|e| anyhow::anyhow!("{file}: {}", e.to_string().trim()))?;
        if let Ok(v) = std::env::var("CADRE_LISTEN") {
            c.listen = v.parse().with_context(|| {
                format!("CADRE_LISTEN: {v:?} is not an address such as 0.0.0.0:8080")
            })?;
        }
        if let Ok(v) = std::env::var("CADRE_DIRECTORY") {
            c.directory = v;
        }
        if let Ok(v) = std::env::var("CADRE_REGIONS") {
            c.regions = v.into();
        }
        if !c.directory.starts_with("postgres://") || c.directory.contains('@') {
            bail!("{file}: directory: must be postgres://host:port/db without credentials");
        }
        if c.jobs.failure_threshold == 0 || c.jobs.probe_interval_ms == 0 {
            bail!("{file}: jobs: failure_threshold and probe_interval_ms must be at least 1");
        }
        if c.database.max_connections == 0 {
            bail!("{file}: database.max_connections: must be at least 1");
        }
        let regions_path = path.parent().unwrap_or(Path::new(".")).join(&c.regions);
        let regions = RegionConfig::load(&regions_path)?;
        regions
            .require_endpoints()
            .map_err(|e| anyhow::anyhow!("{}: {e}", regions_path.display()))?;
        Ok((c, regions))
    }

    /// A handle on the directory as the configured database role (what `jobs` and
    /// `switchover` use).
    pub async fn connect_directory(&self) -> anyhow::Result<cadre_directory::Directory> {
        let options = cadre_shards::connect_options(&self.directory, &self.database.user)?;
        cadre_directory::Directory::connect(
            options,
            cadre_directory::DirectorySettings::max_connections(4),
        )
        .await
        .with_context(|| format!("connecting to the directory {}", self.directory))
    }

    /// The report store, when `[objects]` is configured (credentials from the environment).
    pub fn report_store(
        &self,
        regions: &RegionConfig,
    ) -> anyhow::Result<Option<cadre_reports::ReportStore>> {
        let Some(objects) = &self.objects else {
            return Ok(None);
        };
        let key = |name: &str| {
            std::env::var(name)
                .with_context(|| format!("{name} must be set when [objects] is configured"))
        };
        let credentials = cadre_objects::S3Credentials {
            access_key: key("CADRE_S3_ACCESS_KEY")?,
            secret_key: key("CADRE_S3_SECRET_KEY")?,
        };
        let mut store =
            cadre_reports::ReportStore::new(&objects.endpoint, credentials, regions.clone());
        for (id, r) in &objects.regions {
            let region: cadre_topology::RegionId = id
                .parse()
                .ok()
                .filter(|r| regions.region(r).is_some())
                .with_context(|| {
                    format!("objects.regions.{id}: not a region of the region configuration")
                })?;
            store = store.with_region_endpoint(region, &r.endpoint, &r.aws_region);
        }
        Ok(Some(store))
    }

    /// Pool settings for the gateway.
    pub fn pool(&self) -> PoolSettings {
        PoolSettings {
            user: self.database.user.clone(),
            max_connections: self.database.max_connections,
            acquire_timeout: Duration::from_secs(self.database.acquire_timeout_secs),
            ..PoolSettings::default()
        }
    }
}

#[cfg(test)]
mod k8s_config_tests {
    use super::*;

    #[test]
    fn the_kubernetes_configuration_loads() {
        let path = cadre_local::workspace_path("infra/k8s/base/config/cadre.toml");
        let (c, regions) = ServeConfig::load(&path).expect("loads");
        assert!(!c.jobs.promote, "CloudNativePG fails over on Kubernetes");
        let objects = c.objects.expect("[objects]");
        assert_eq!(objects.regions.len(), regions.regions.len());
        assert_eq!(objects.regions["cn-north"].aws_region, "cn-north-1");
    }
}

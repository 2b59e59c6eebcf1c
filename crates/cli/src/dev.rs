//! `cadre dev`: the whole platform on one machine. One PostgreSQL cluster for the directory
//! and one per shard (five regions, four zones), an in-process S3 server with a bucket per
//! region, the gateway, and a demo tenant. Everything lives under one data directory; a second
//! start reuses it.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use cadre_gateway::{AppState, GatewayConfig};
use cadre_i18n::msg;
use cadre_local::LocalClusters;
use cadre_objects::{S3Credentials, S3Server};
use cadre_pgcluster::Durability;
use cadre_shards::PoolSettings;
use cadre_topology::RegionConfig;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::lang::say;

/// The region configuration compiled into the binary: `cadre dev` works from any folder.
pub const EMBEDDED_REGIONS: &str = include_str!("../../../infra/local/regions.toml");

/// Database names on the local clusters.
pub const DIRECTORY_DB: &str = "cadre_directory";
/// Database name on every shard cluster.
pub const SHARD_DB: &str = "cadre_shard";

/// Starts the local deployment, prints its banner and runs it until Ctrl-C or SIGTERM.
pub async fn run(options: DevOptions) -> anyhow::Result<()> {
    eprintln!(
        "{}",
        say(&msg!(
            "cli-dev-starting",
            dir = options.data_dir.display().to_string()
        ))
    );
    let dev = DevDeployment::start(options).await?;
    println!("{}", dev.banner());
    crate::shutdown_signal().await;
    eprintln!("{}", say(&msg!("cli-dev-stopping")));
    dev.shutdown().await?;
    eprintln!("{}", say(&msg!("cli-dev-stopped")));
    Ok(())
}

/// How to run the local deployment.
#[derive(Debug, Clone)]
pub struct DevOptions {
    /// Where clusters, objects and secrets live.
    pub data_dir: PathBuf,
    /// Gateway address.
    pub listen: SocketAddr,
    /// Region configuration (the embedded one when `None`).
    pub regions: Option<PathBuf>,
    /// Whether to create the demo tenant on first start.
    pub seed: bool,
}

/// Secrets generated on first start and kept in `<data dir>/dev.toml` (mode 0600).
#[derive(Clone, Serialize, Deserialize)]
pub struct DevSecrets {
    /// Platform operator token.
    pub operator_token: String,
    /// S3 access key of the in-process server.
    pub s3_access_key: String,
    /// S3 secret key.
    pub s3_secret_key: String,
    /// The demo tenant's admin key, once seeded.
    #[serde(default)]
    pub demo_token: Option<String>,
}

// Secrets never reach logs.
impl std::fmt::Debug for DevSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DevSecrets")
            .field("s3_access_key", &self.s3_access_key)
            .finish_non_exhaustive()
    }
}

fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut b);
    hex::encode(b)
}

impl DevSecrets {
    fn path(data_dir: &Path) -> PathBuf {
        data_dir.join("dev.toml")
    }

    fn load_or_create(data_dir: &Path) -> anyhow::Result<Self> {
        let path = Self::path(data_dir);
        if path.exists() {
            let text = std::fs::read_to_string(&path)?;
            return toml::from_str(&text).with_context(|| {
                format!("{} is damaged; delete it to start over", path.display())
            });
        }
        let s = Self {
            operator_token: format!("op_{}", random_hex(24)),
            s3_access_key: format!("cadre{}", random_hex(6)),
            s3_secret_key: random_hex(24),
            demo_token: None,
        };
        s.save(data_dir)?;
        Ok(s)
    }

    fn save(&self, data_dir: &Path) -> anyhow::Result<()> {
        let mut text = String::from(
            "# Secrets of the local deployment. Keep private; delete the data directory to reset.\n",
        );
        text.push_str(&toml::to_string(self)?);
        write_private(&Self::path(data_dir), &text)?;
        // The demo key alone, so that the banner can point at it instead of printing it.
        if let Some(token) = &self.demo_token {
            write_private(&demo_key_path(data_dir), &format!("{token}\n"))?;
        }
        Ok(())
    }
}

/// Where `cadre dev` keeps the demo tenant's admin key (mode 0600).
pub fn demo_key_path(data_dir: &Path) -> PathBuf {
    data_dir.join("demo-key")
}

/// Writes `text` to `path` readable by its owner only, atomically (through a rename).
fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = path.with_extension("tmp");
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

/// The jobs runner of the local deployment, in this process (its metrics appear on the
/// gateway's `/metrics`): probes and promotes as the clusters' superuser.
async fn start_jobs(
    clusters: &LocalClusters,
    reports: cadre_reports::ReportStore,
) -> anyhow::Result<cadre_ops::JobsHandle> {
    let directory = cadre_directory::Directory::connect(
        cadre_local::admin_options(&clusters.directory, DIRECTORY_DB),
        cadre_directory::DirectorySettings::max_connections(4),
    )
    .await?;
    let settings = cadre_ops::JobsSettings {
        user: cadre_pgcluster::SUPERUSER.into(),
        reports: Some(reports),
        ..cadre_ops::JobsSettings::default()
    };
    Ok(cadre_ops::JobsHandle::spawn(directory, settings))
}

/// The durable-job runner of the local deployment (every region), in this process.
async fn start_queue(clusters: &LocalClusters) -> anyhow::Result<cadre_jobs::RunnerHandle> {
    let directory = cadre_directory::Directory::connect(
        cadre_local::admin_options(&clusters.directory, DIRECTORY_DB),
        cadre_directory::DirectorySettings::max_connections(2),
    )
    .await?;
    Ok(cadre_jobs::Runner::spawn(
        directory,
        PoolSettings::default(),
        None,
        cadre_jobs::Registry::default(),
        cadre_jobs::RunnerSettings::default(),
    )
    .await?)
}

fn report_store(
    s3: &S3Server,
    secrets: &DevSecrets,
    regions: &RegionConfig,
) -> cadre_reports::ReportStore {
    let credentials = S3Credentials {
        access_key: secrets.s3_access_key.clone(),
        secret_key: secrets.s3_secret_key.clone(),
    };
    cadre_reports::ReportStore::new(&s3.endpoint(), credentials, regions.clone())
}

/// A running local deployment.
#[derive(Debug)]
pub struct DevDeployment {
    /// Gateway base URL.
    pub base_url: String,
    /// S3 endpoint.
    pub s3_endpoint: String,
    /// Secrets (operator token, demo key).
    pub secrets: DevSecrets,
    /// The region configuration with local endpoints.
    pub regions: RegionConfig,
    clusters: LocalClusters,
    _s3: S3Server,
    jobs: Option<cadre_ops::JobsHandle>,
    queue: Option<cadre_jobs::RunnerHandle>,
    stop: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<std::io::Result<()>>>,
}

impl DevDeployment {
    /// Starts everything; seeds the demo tenant on first start when asked.
    pub async fn start(opts: DevOptions) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&opts.data_dir)
            .with_context(|| format!("creating {}", opts.data_dir.display()))?;
        let data_dir = opts.data_dir.canonicalize()?;
        let regions = match &opts.regions {
            Some(p) => RegionConfig::load(p)?,
            None => RegionConfig::parse("embedded infra/local/regions.toml", EMBEDDED_REGIONS)?,
        };
        let mut secrets = DevSecrets::load_or_create(&data_dir)?;

        let pg_root = data_dir.join("postgres");
        let clusters = {
            let regions = regions.clone();
            tokio::task::spawn_blocking(move || {
                LocalClusters::start(&pg_root, &regions, Durability::Durable)
            })
            .await??
        };
        let result =
            Self::start_services(&opts, &data_dir, &regions, &mut secrets, &clusters).await;
        match result {
            Ok((base_url, s3, regions, stop, server)) => Ok(Self {
                jobs: Some(start_jobs(&clusters, report_store(&s3, &secrets, &regions)).await?),
                queue: Some(start_queue(&clusters).await?),
                base_url,
                s3_endpoint: s3.endpoint(),
                secrets,
                regions,
                clusters,
                _s3: s3,
                stop: Some(stop),
                server: Some(server),
            }),
            Err(e) => {
                // Leave no server running behind a failed start.
                let _ = tokio::task::spawn_blocking(move || clusters.stop()).await;
                Err(e)
            }
        }
    }

    #[allow(clippy::type_complexity)]
    async fn start_services(
        opts: &DevOptions,
        data_dir: &Path,
        regions: &RegionConfig,
        secrets: &mut DevSecrets,
        clusters: &LocalClusters,
    ) -> anyhow::Result<(
        String,
        S3Server,
        RegionConfig,
        oneshot::Sender<()>,
        JoinHandle<std::io::Result<()>>,
    )> {
        cadre_local::prepare_databases(clusters, DIRECTORY_DB, SHARD_DB).await?;
        let regions = clusters.with_endpoints(regions, SHARD_DB);
        let admin = cadre_directory::Directory::connect(
            cadre_local::admin_options(&clusters.directory, DIRECTORY_DB),
            cadre_directory::DirectorySettings::max_connections(1),
        )
        .await?;
        admin.sync_shards(&regions).await?;
        admin.pool().close().await;

        let creds = S3Credentials {
            access_key: secrets.s3_access_key.clone(),
            secret_key: secrets.s3_secret_key.clone(),
        };
        let s3 = S3Server::start(&data_dir.join("objects"), "127.0.0.1:0".parse()?, &creds).await?;
        for region in &regions.regions {
            let client = cadre_objects::client(&s3.endpoint(), region.id.as_str(), &creds);
            cadre_objects::ensure_bucket(&client, &region.bucket).await?;
        }

        let state = AppState::connect(GatewayConfig {
            directory_endpoint: clusters.directory.endpoint(DIRECTORY_DB),
            regions: regions.clone(),
            operator_token: secrets.operator_token.clone(),
            pool: PoolSettings::default(),
            rate_limits: Default::default(),
            reports: Some(report_store(&s3, secrets, &regions)),
        })
        .await?;
        let listener = TcpListener::bind(opts.listen).await.with_context(|| {
            format!(
                "cannot listen on {}; is another cadre running? choose another with --listen",
                opts.listen
            )
        })?;
        let base_url = format!("http://{}", listener.local_addr()?);
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(cadre_gateway::serve(listener, state, async {
            let _ = stopped.await;
        }));

        if opts.seed && secrets.demo_token.is_none() {
            let token = crate::seed::demo_tenant(&base_url, &secrets.operator_token).await?;
            secrets.demo_token = Some(token);
            secrets.save(data_dir)?;
        }
        Ok((base_url, s3, regions, stop, server))
    }

    /// Stops the gateway (draining requests), then every cluster.
    pub async fn shutdown(self) -> anyhow::Result<()> {
        let Self {
            clusters,
            stop,
            server,
            _s3,
            jobs,
            queue,
            ..
        } = self;
        drop(queue);
        // First the runner: servers stopping below must not look like an outage to fail over.
        if let Some(jobs) = jobs {
            jobs.stop().await;
        }
        if let Some(stop) = stop {
            let _ = stop.send(());
        }
        if let Some(server) = server {
            let _ = tokio::time::timeout(std::time::Duration::from_secs(10), server).await;
        }
        drop(_s3);
        tokio::task::spawn_blocking(move || clusters.stop()).await??;
        Ok(())
    }

    /// The human-facing banner: where things are and what to try.
    pub fn banner(&self) -> String {
        let dir = self.secrets_dir();
        let mut regions = String::new();
        for r in &self.regions.regions {
            for s in &r.shards {
                let endpoint = s.primary.as_deref().unwrap_or("-");
                let line = say(&msg!(
                    "cli-dev-region-line",
                    zone = r.zone.as_str(),
                    shard = s.id.get(),
                    bucket = r.bucket.as_str()
                ));
                regions.push_str(&format!("  {:<13} {endpoint}  {line}\n", r.id.as_str()));
            }
        }
        // The key itself is never printed (terminals and CI logs keep what they show).
        let key = match self.secrets.demo_token.as_deref() {
            Some(_) => {
                let file = format!("{dir}/demo-key");
                format!(
                    "{}\n  export CADRE_KEY=$(cat {file})",
                    say(&msg!("cli-dev-demo-key", file = file.clone()))
                )
            }
            None => say(&msg!("cli-dev-no-demo-key")),
        };
        format!(
            "{running}\n\n\
             {gateway:<9} {url}\n\
             {s3:<9} {s3_url}\n\
             {regions_title}\n{regions}\n\
             {key}\n\n\
             {try_}\n\
             \x20 curl -s {url}/v1/legal-entities -H \"Authorization: Bearer $CADRE_KEY\"\n\
             \x20 curl -s '{url}/v1/employees?limit=5' -H \"Authorization: Bearer $CADRE_KEY\"\n\
             \x20 curl -s {url}/v1/employees -H \"Authorization: Bearer $CADRE_KEY\" -H 'content-type: application/json' \\\n\
             \x20      -d '{{\"legal_entity_id\":\"<id from legal-entities>\",\"given_name\":\"Ada\",\"family_name\":\"Lovelace\",\"work_email\":\"ada@example.com\",\"hire_date\":\"2026-01-05\"}}'\n\
             \x20 curl -s {url}/metrics | grep cadre_http\n\n\
             {stop}\n",
            running = say(&msg!("cli-dev-running", count = self.regions.regions.len())),
            gateway = say(&msg!("cli-dev-gateway")),
            s3 = say(&msg!("cli-dev-s3")),
            regions_title = say(&msg!("cli-dev-regions")),
            try_ = say(&msg!("cli-dev-try")),
            stop = say(&msg!("cli-dev-stop-hint", dir = dir.as_str())),
            url = self.base_url,
            s3_url = self.s3_endpoint,
        )
    }

    fn secrets_dir(&self) -> String {
        self.clusters
            .directory
            .data_dir()
            .parent()
            .and_then(Path::parent)
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    }
}

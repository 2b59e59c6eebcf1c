//! Test support. Each test binary starts the clusters of `infra/local/regions.toml` once (a
//! directory cluster and one per shard, fsync off); each test gets fresh databases copied
//! from migrated templates and its own gateway on an ephemeral port, so tests run in parallel
//! and share nothing. A reaper process removes the clusters when the binary exits, however
//! it exits.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use anyhow::{Context, anyhow};
use cadre_gateway::limits::RateLimits;
use cadre_gateway::{AppState, GatewayConfig};
use cadre_local::{LocalClusters, Schema};
use cadre_pgcluster::{Durability, Reaper};
use cadre_shards::PoolSettings;
use cadre_topology::{RegionConfig, RegionId, ShardId, ZoneId};
use serde_json::{Value, json};
use sqlx::{ConnectOptions, PgConnection};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub mod chaos;
pub mod openapi;
pub mod pgbench;
pub mod queue;

const TEMPLATE: &str = "cadre_template";

/// The operator token of every test gateway.
pub const OPERATOR_TOKEN: &str = "test-operator-token-0123456789";

/// The database user the jobs runner and operator commands use on the test clusters.
pub const OPS_USER: &str = cadre_pgcluster::SUPERUSER;

/// The database of `endpoint` on a loopback `port` where nothing listens (low ports are
/// never a test cluster's): a copy of a shard that has gone away.
pub fn unreachable(endpoint: &str, port: u16) -> String {
    let db = endpoint.rsplit('/').next().unwrap_or("");
    format!("postgres://127.0.0.1:{port}/{db}")
}

/// Jobs settings that detect a failure within about half a second (tests only).
pub fn fast_jobs() -> cadre_ops::JobsSettings {
    cadre_ops::JobsSettings {
        probe_interval: std::time::Duration::from_millis(100),
        probe_timeout: std::time::Duration::from_millis(300),
        failure_threshold: 3,
        ..cadre_ops::JobsSettings::default()
    }
}

/// Polls `check` every 100 ms until it says yes, for up to 15 s.
pub async fn wait_until<F, Fut>(what: &str, mut check: F) -> anyhow::Result<()>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<bool>>,
{
    for _ in 0..150 {
        if check().await? {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    anyhow::bail!("timed out waiting until {what}")
}

struct Shared {
    clusters: LocalClusters,
    regions: RegionConfig,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| match boot() {
        Ok(s) => s,
        Err(e) => panic!("testkit could not start PostgreSQL: {e:#}"),
    })
}

fn boot() -> anyhow::Result<Shared> {
    let regions = RegionConfig::load(&cadre_local::workspace_path("infra/local/regions.toml"))?;
    let root = tempfile::Builder::new()
        .prefix("cadre-testkit-")
        .tempdir()?
        .keep();
    Reaper::watch(&root)?;
    let clusters = LocalClusters::start(&root, &regions, Durability::Ephemeral)?;
    // Migrate the templates on a runtime of our own: pools must not outlive the runtime that
    // made them, and each test brings its own.
    std::thread::scope(|s| {
        s.spawn(|| {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            rt.block_on(async {
                cadre_local::ensure_database(&clusters.directory, TEMPLATE, None).await?;
                cadre_local::migrate(&clusters.directory, TEMPLATE, Schema::Directory).await?;
                for (_, c) in &clusters.shards {
                    cadre_local::ensure_database(c, TEMPLATE, None).await?;
                    cadre_local::migrate(c, TEMPLATE, Schema::Shard).await?;
                }
                anyhow::Ok(())
            })
        })
        .join()
        .map_err(|_| anyhow!("template migration panicked"))?
    })?;
    Ok(Shared { clusters, regions })
}

/// One shard's database of a test, for direct inspection.
#[derive(Debug, Clone)]
pub struct ShardDb {
    /// Shard number.
    pub id: ShardId,
    /// Region.
    pub region: RegionId,
    /// Zone.
    pub zone: ZoneId,
    port: u16,
    standby_port: u16,
    db: String,
}

impl ShardDb {
    /// Port of the shard's cluster.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Port of the shard's standby cluster (streaming from the primary).
    pub fn standby_port(&self) -> u16 {
        self.standby_port
    }

    /// A superuser connection to this test's database on the standby (read-only).
    pub async fn connect_standby(&self) -> anyhow::Result<PgConnection> {
        connect(self.standby_port, &self.db, cadre_pgcluster::SUPERUSER).await
    }

    /// This test's database name on it.
    pub fn db(&self) -> &str {
        &self.db
    }

    /// A superuser connection (bypasses RLS: for scanning what is really stored).
    pub async fn connect_admin(&self) -> anyhow::Result<PgConnection> {
        connect(self.port, &self.db, cadre_pgcluster::SUPERUSER).await
    }

    /// A connection as the gateway's role (subject to RLS).
    pub async fn connect_app(&self) -> anyhow::Result<PgConnection> {
        connect(self.port, &self.db, cadre_shards::APP_ROLE).await
    }
}

async fn connect(port: u16, db: &str, user: &str) -> anyhow::Result<PgConnection> {
    sqlx::postgres::PgConnectOptions::new()
        .host("127.0.0.1")
        .port(port)
        .username(user)
        .database(db)
        .connect()
        .await
        .with_context(|| format!("connecting to {db} on {port} as {user}"))
}

/// A running stack for one test: fresh databases and a gateway.
#[derive(Debug)]
pub struct TestStack {
    /// Base URL of the gateway (`http://127.0.0.1:port`).
    pub base_url: String,
    /// HTTP client.
    pub http: reqwest::Client,
    /// The shard databases.
    pub shards: Vec<ShardDb>,
    /// The region configuration the gateway runs with.
    pub regions: RegionConfig,
    directory_port: u16,
    db: String,
    state: AppState,
    reports: cadre_reports::ReportStore,
    s3: cadre_objects::S3Server,
    _objects_root: tempfile::TempDir,
    stop: Option<oneshot::Sender<()>>,
}

/// Rate limits no test or bench reaches (a million requests a second per key): for the ones
/// that measure something else (failover, the GET path) and would otherwise be throttled.
pub fn no_practical_limit() -> RateLimits {
    let n = std::num::NonZeroU32::new(1_000_000).unwrap_or(std::num::NonZeroU32::MAX);
    RateLimits {
        per_key: n,
        per_tenant: n,
        failed_auth_per_minute: n,
    }
}

impl TestStack {
    /// Starts a stack with its own databases.
    pub async fn start() -> anyhow::Result<Self> {
        Self::start_limited(RateLimits::default()).await
    }

    /// Starts a stack whose gateway allows `limits` (load tests and benches of other things
    /// than the limits themselves lift them with [`no_practical_limit`]).
    pub async fn start_limited(limits: RateLimits) -> anyhow::Result<Self> {
        let pool = PoolSettings {
            max_connections: 4,
            ..PoolSettings::default()
        };
        Self::start_with(pool, limits).await
    }

    /// Starts a stack whose gateway uses `pool` for its shard connections (benchmarks use
    /// the production defaults) and allows `limits`.
    pub async fn start_with(pool: PoolSettings, limits: RateLimits) -> anyhow::Result<Self> {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let shared = tokio::task::spawn_blocking(shared).await?;
        let db = format!(
            "t_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let c = &shared.clusters;
        cadre_local::ensure_database(&c.directory, &db, Some(TEMPLATE)).await?;
        for (_, cluster) in &c.shards {
            cadre_local::ensure_database(cluster, &db, Some(TEMPLATE)).await?;
        }
        let regions = c.with_endpoints(&shared.regions, &db);
        let directory = cadre_directory::Directory::connect(
            cadre_local::admin_options(&c.directory, &db),
            cadre_directory::DirectorySettings::max_connections(2),
        )
        .await?;
        directory.sync_shards(&regions).await?;
        directory.pool().close().await;

        let objects_root = tempfile::Builder::new().prefix("cadre-s3-").tempdir()?;
        let credentials = cadre_objects::S3Credentials {
            access_key: "testkit".into(),
            secret_key: "testkit-secret-0123456789".into(),
        };
        let s3 = cadre_objects::S3Server::start(
            objects_root.path(),
            "127.0.0.1:0".parse()?,
            &credentials,
        )
        .await?;
        for region in &regions.regions {
            let client = cadre_objects::client(&s3.endpoint(), region.id.as_str(), &credentials);
            cadre_objects::ensure_bucket(&client, &region.bucket).await?;
        }
        let reports = cadre_reports::ReportStore::new(&s3.endpoint(), credentials, regions.clone());
        let state = AppState::connect(GatewayConfig {
            directory_endpoint: c.directory.endpoint(&db),
            regions: regions.clone(),
            operator_token: OPERATOR_TOKEN.into(),
            pool,
            rate_limits: limits,
            reports: Some(reports.clone()),
        })
        .await?;
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let base_url = format!("http://{}", listener.local_addr()?);
        let (stop, stopped) = oneshot::channel();
        let serving = state.clone();
        tokio::spawn(async move {
            let _ = cadre_gateway::serve(listener, serving, async {
                let _ = stopped.await;
            })
            .await;
        });
        let shards = regions
            .shards()
            .map(|(r, s)| ShardDb {
                id: s.id,
                region: r.id.clone(),
                zone: r.zone.clone(),
                port: c.shard(s.id).map(|c| c.port()).unwrap_or_default(),
                standby_port: c.standby(s.id).map(|c| c.port()).unwrap_or_default(),
                db: db.clone(),
            })
            .collect();
        Ok(Self {
            base_url,
            http: reqwest::Client::new(),
            shards,
            regions,
            directory_port: c.directory.port(),
            db,
            state,
            reports,
            s3,
            _objects_root: objects_root,
            stop: Some(stop),
        })
    }

    /// Shard number `id`.
    pub fn shard(&self, id: u16) -> anyhow::Result<&ShardDb> {
        self.shards
            .iter()
            .find(|s| s.id.get() == id)
            .with_context(|| format!("no shard {id}"))
    }

    /// The (first) shard of `region`.
    pub fn shard_in(&self, region: &str) -> anyhow::Result<&ShardDb> {
        self.shards
            .iter()
            .find(|s| s.region.as_str() == region)
            .with_context(|| format!("no shard in region {region}"))
    }

    /// A superuser connection to this test's directory database.
    pub async fn connect_directory(&self) -> anyhow::Result<PgConnection> {
        connect(self.directory_port, &self.db, cadre_pgcluster::SUPERUSER).await
    }

    /// A directory handle as the superuser (what the jobs runner uses).
    pub async fn directory(&self) -> anyhow::Result<cadre_directory::Directory> {
        let c = &shared().clusters;
        Ok(cadre_directory::Directory::connect(
            cadre_local::admin_options(&c.directory, &self.db),
            cadre_directory::DirectorySettings::max_connections(4),
        )
        .await?)
    }

    /// Starts a jobs runner on this test's directory; probes and promotions run as the
    /// superuser of the local clusters.
    pub async fn start_jobs(
        &self,
        settings: cadre_ops::JobsSettings,
    ) -> anyhow::Result<cadre_ops::JobsHandle> {
        let settings = cadre_ops::JobsSettings {
            user: OPS_USER.into(),
            reports: settings.reports.or_else(|| Some(self.reports.clone())),
            ..settings
        };
        Ok(cadre_ops::JobsHandle::spawn(
            self.directory().await?,
            settings,
        ))
    }

    /// The regional buckets of this test (an in-process S3 server).
    pub fn report_store(&self) -> &cadre_reports::ReportStore {
        &self.reports
    }

    /// An aws-sdk-s3 client of this test's S3 server, signing for `region`.
    pub fn s3_client(&self, region: &str) -> aws_sdk_s3::Client {
        cadre_objects::client(
            &self.s3.endpoint(),
            region,
            &cadre_objects::S3Credentials {
                access_key: "testkit".into(),
                secret_key: "testkit-secret-0123456789".into(),
            },
        )
    }

    /// Kills the postmaster of a shard's primary (as started) with SIGKILL. The clusters are
    /// shared by the test binary: only a binary with a single test may do this.
    pub fn kill_primary(&self, shard: ShardId) -> anyhow::Result<()> {
        let c = &shared().clusters;
        let cluster = c.shard(shard).context("no such shard")?;
        cluster.kill()?;
        Ok(())
    }

    /// The gateway's state (for in-process checks such as the routing microbenchmark).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// `base_url` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// Every incident with the operators' notes (`GET /v1/ops/incidents`).
    pub async fn operator_incidents(&self) -> anyhow::Result<Value> {
        let res = self
            .http
            .get(self.url("/v1/ops/incidents"))
            .bearer_auth(OPERATOR_TOKEN)
            .send()
            .await?;
        anyhow::ensure!(res.status() == 200, "ops incidents: {}", res.status());
        Ok(res.json().await?)
    }

    /// Creates a tenant through the API; returns it and its admin token.
    pub async fn tenant(&self, slug: &str) -> anyhow::Result<Tenant> {
        let res = self
            .http
            .post(self.url("/v1/tenants"))
            .bearer_auth(OPERATOR_TOKEN)
            .json(
                &json!({ "slug": slug, "name": format!("{slug} Inc."), "home_region": "eu-central",
                           "default_locale": "en", "time_zone": "Europe/Berlin" }),
            )
            .send()
            .await?;
        let status = res.status();
        let body: Value = res.json().await?;
        anyhow::ensure!(status == 201, "creating tenant {slug}: {status} {body}");
        let id = body["tenant"]["id"]
            .as_str()
            .context("tenant id")?
            .to_owned();
        let token = body["admin_key"]["token"]
            .as_str()
            .context("token")?
            .to_owned();
        Ok(Tenant {
            id,
            token,
            http: self.http.clone(),
            base_url: self.base_url.clone(),
        })
    }
}

impl Drop for TestStack {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A tenant created through the API, with helpers that call the API as its admin.
#[derive(Debug, Clone)]
pub struct Tenant {
    /// Tenant id.
    pub id: String,
    /// Its admin API key.
    pub token: String,
    http: reqwest::Client,
    base_url: String,
}

impl Tenant {
    /// The same tenant, calling with another of its keys.
    pub fn with_token(&self, token: &str) -> Tenant {
        Tenant {
            token: token.to_owned(),
            ..self.clone()
        }
    }

    /// A request builder authenticated as this tenant's admin.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base_url))
            .bearer_auth(&self.token)
    }

    /// Sends a JSON request; returns status and body (JSON, or `null` when empty).
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> anyhow::Result<(u16, Value)> {
        let mut req = self.request(method.clone(), path);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await?;
        let status = res.status().as_u16();
        let content_type = res
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = res.bytes().await?;
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)?
        };
        // Every response the suites receive is held to the OpenAPI document.
        openapi::check(
            method.as_str(),
            path,
            status,
            content_type.as_deref(),
            &body,
        )?;
        Ok((status, body))
    }

    /// Creates a legal entity; returns its id.
    pub async fn legal_entity(
        &self,
        name: &str,
        country: &str,
        region: &str,
    ) -> anyhow::Result<String> {
        let (status, body) = self
            .call(
                reqwest::Method::POST,
                "/v1/legal-entities",
                Some(json!({ "name": name, "country": country, "region": region })),
            )
            .await?;
        anyhow::ensure!(
            status == 201,
            "creating legal entity {name}: {status} {body}"
        );
        Ok(body["id"].as_str().context("entity id")?.to_owned())
    }

    /// Creates an employee; returns the full response body.
    pub async fn employee(
        &self,
        legal_entity_id: &str,
        given: &str,
        family: &str,
    ) -> anyhow::Result<Value> {
        let email = format!(
            "{}.{}@example.com",
            given.to_lowercase(),
            family.to_lowercase()
        );
        let (status, body) = self
            .call(
                reqwest::Method::POST,
                "/v1/employees",
                Some(json!({ "legal_entity_id": legal_entity_id, "given_name": given, "family_name": family,
                             "work_email": email, "hire_date": "2024-01-15", "job_title": "Engineer",
                             "national_id": format!("NID-{given}-{family}") })),
            )
            .await?;
        anyhow::ensure!(status == 201, "creating employee {given}: {status} {body}");
        Ok(body)
    }
}

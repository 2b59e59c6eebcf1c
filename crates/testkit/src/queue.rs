//! Durable-job runners against a test's databases: in this process, or in a child process
//! that a test can kill, which reaches the databases by address (it must not boot clusters
//! of its own).

use std::time::Duration;

use anyhow::Context;
use cadre_jobs::{Job, JobId, NewJob, Registry, Runner, RunnerHandle, RunnerSettings};
use cadre_shards::PoolSettings;
use sqlx::Connection;
use uuid::Uuid;

use crate::{ShardDb, TestStack};

/// Where a child process finds this test's directory: `port/database`.
pub const DIRECTORY_ENV: &str = "CADRE_TEST_DIRECTORY";

/// Runner settings for tests: short leases and polls, so takeovers happen within seconds.
pub fn fast_runner(worker: &str) -> RunnerSettings {
    RunnerSettings {
        worker: worker.to_owned(),
        concurrency: 4,
        lease: Duration::from_secs(2),
        poll: Duration::from_millis(100),
        backoff: Duration::from_millis(200),
        ..RunnerSettings::default()
    }
}

impl TestStack {
    /// This test's directory as `port/database`, for [`DIRECTORY_ENV`].
    pub fn directory_address(&self) -> String {
        format!("{}/{}", self.directory_port, self.db)
    }

    /// Starts a runner for every shard of this test, in this process.
    pub async fn start_queue(
        &self,
        registry: Registry,
        settings: RunnerSettings,
    ) -> anyhow::Result<RunnerHandle> {
        start_queue_at(&self.directory_address(), registry, settings).await
    }

    /// Enqueues a job for `tenant` on `shard`, as the application does.
    pub async fn enqueue(
        &self,
        shard: &ShardDb,
        tenant: Uuid,
        job: NewJob,
    ) -> anyhow::Result<JobId> {
        let mut conn = shard.connect_app().await?;
        let mut tx = conn.begin().await?;
        scope(&mut tx, tenant).await?;
        let id = cadre_jobs::repo::enqueue(&mut tx, tenant, shard.id, &job).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A job as stored, read as the application does.
    pub async fn job(&self, shard: &ShardDb, tenant: Uuid, id: JobId) -> anyhow::Result<Job> {
        let mut conn = shard.connect_app().await?;
        let mut tx = conn.begin().await?;
        scope(&mut tx, tenant).await?;
        cadre_jobs::repo::get(&mut tx, tenant, id)
            .await?
            .with_context(|| format!("job {id} not found"))
    }
}

async fn scope(tx: &mut sqlx::PgConnection, tenant: Uuid) -> anyhow::Result<()> {
    sqlx::query("SELECT set_config('cadre.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Starts a runner for every shard of the directory at `address` (`port/database`).
pub async fn start_queue_at(
    address: &str,
    registry: Registry,
    settings: RunnerSettings,
) -> anyhow::Result<RunnerHandle> {
    let (port, db) = address
        .split_once('/')
        .with_context(|| format!("directory address {address:?} is not port/database"))?;
    let options = sqlx::postgres::PgConnectOptions::new()
        .host("127.0.0.1")
        .port(port.parse()?)
        .username(cadre_pgcluster::SUPERUSER)
        .database(db);
    let directory = cadre_directory::Directory::connect(
        options,
        cadre_directory::DirectorySettings::max_connections(2),
    )
    .await?;
    let pool = PoolSettings {
        max_connections: 8,
        ..PoolSettings::default()
    };
    Ok(Runner::spawn(directory, pool, None, registry, settings).await?)
}

//! Job-queue bench: how many no-op jobs one shard's runner finishes per second (claim in
//! batches, run, record completion in the job's own tenant transaction, synchronous standby),
//! against a baseline in the same run: pgbench doing only the transaction that every
//! completed job costs at the least (BEGIN with the tenant and epoch check, a one-row UPDATE
//! by key, COMMIT), with as many clients as the runner runs jobs at once. Runner and pgbench
//! take turns for a few rounds; the table gives medians, since the machine is noisy.
//!
//! `cargo bench -p cadre-e2e --bench queue`

use std::time::{Duration, Instant};

use cadre_jobs::{Handler, HandlerFuture, JobContext, JobId, Registry, RunnerSettings};
use cadre_testkit::pgbench::Pgbench;
use cadre_testkit::{ShardDb, TestStack};
use sqlx::{Connection, PgConnection};
use uuid::Uuid;

const JOBS: usize = 20_000;
const ROUNDS: usize = 3;
const PGBENCH_SECS: u64 = 5;

struct Noop;

impl Handler for Noop {
    fn run<'a>(&'a self, _: &'a JobContext, _: &'a mut PgConnection) -> HandlerFuture<'a> {
        Box::pin(async { Ok(None) })
    }
}

fn main() -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(bench())
}

async fn bench() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("bench").await?;
    let tenant: Uuid = t.id.parse()?;
    t.legal_entity("B GmbH", "DE", "eu-central").await?;
    let shard = stack.shard_in("eu-central")?;
    // The product's defaults: as many at once, as many claimed ahead, the same polling.
    let settings = RunnerSettings {
        worker: "bench".into(),
        ..RunnerSettings::default()
    };
    let clients = settings.concurrency;
    let (mut rates, mut baselines, mut ratios) = (vec![], vec![], vec![]);
    for _ in 0..ROUNDS {
        let ids = enqueue_noops(shard, tenant).await?;
        let start = Instant::now();
        let runner = stack
            .start_queue(
                Registry::default().register("bench.noop", Noop),
                settings.clone(),
            )
            .await?;
        wait_for_empty_queue(shard, start).await?;
        let rate = JOBS as f64 / start.elapsed().as_secs_f64();
        drop(runner);
        let baseline = pgbench_completion(shard, &tenant, &ids[..64], clients)?;
        rates.push(rate);
        baselines.push(baseline);
        ratios.push(rate / baseline);
    }

    println!(
        "job queue, one shard (eu-central), {JOBS} no-op jobs per round, {clients} at once, \
         {} claimed ahead, synchronous standby; median of {ROUNDS} rounds (min-max)",
        settings.prefetch
    );
    println!("| measurement | result | target |");
    println!("|---|---|---|");
    println!(
        "| runner: jobs finished per second | {} | >= 2000 |",
        summary(&mut rates, 0)
    );
    println!(
        "| pgbench: the completion transaction alone, {clients} clients, tx/s | {} | |",
        summary(&mut baselines, 0)
    );
    println!(
        "| ratio runner / pgbench (per round) | {} | |",
        summary(&mut ratios, 2)
    );
    Ok(())
}

/// Adds `JOBS` due no-op jobs for `tenant` in one transaction; returns their ids.
async fn enqueue_noops(shard: &ShardDb, tenant: Uuid) -> anyhow::Result<Vec<Uuid>> {
    let ids: Vec<Uuid> = (0..JOBS).map(|_| JobId::new(shard.id).0).collect();
    let mut conn = shard.connect_app().await?;
    let mut tx = conn.begin().await?;
    sqlx::query("SELECT set_config('cadre.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO jobs (tenant_id, id, kind) SELECT $1, unnest($2::uuid[]), 'bench.noop'",
    )
    .bind(tenant)
    .bind(&ids)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(ids)
}

async fn wait_for_empty_queue(shard: &ShardDb, start: Instant) -> anyhow::Result<()> {
    let mut admin = shard.connect_admin().await?;
    loop {
        // Counted through the partial indexes of the unfinished states, so that watching
        // costs the shard little.
        let (left,): (i64,) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM jobs WHERE state = 'queued')
                  + (SELECT count(*) FROM jobs WHERE state = 'running')",
        )
        .fetch_one(&mut admin)
        .await?;
        if left == 0 {
            return Ok(());
        }
        anyhow::ensure!(
            start.elapsed() < Duration::from_secs(600),
            "{left} jobs left after 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// `median (min-max)` with `digits` decimals.
fn summary(values: &mut [f64], digits: usize) -> String {
    values.sort_by(f64::total_cmp);
    let (min, max) = (values[0], values[values.len() - 1]);
    let median = values[values.len() / 2];
    format!("{median:.digits$} ({min:.digits$}-{max:.digits$})")
}

/// pgbench as the application role: per transaction, what a job's completion costs at the
/// least, on one of `ids` (a script per id, equally weighted).
fn pgbench_completion(
    shard: &ShardDb,
    tenant: &Uuid,
    ids: &[Uuid],
    clients: usize,
) -> anyhow::Result<f64> {
    let scripts: Vec<String> = ids
        .iter()
        .map(|id| {
            format!(
                "BEGIN;\nSELECT set_config('cadre.tenant_id', '{tenant}', true), cadre_check_epoch(1);\n\
                 UPDATE jobs SET updated_at = now() WHERE tenant_id = '{tenant}' AND id = '{id}';\nCOMMIT;\n"
            )
        })
        .collect();
    Pgbench {
        port: shard.port(),
        db: shard.db(),
        user: cadre_shards::APP_ROLE,
        clients,
        secs: PGBENCH_SECS,
    }
    .run(&scripts)
}

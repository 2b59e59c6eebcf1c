//! Job-queue bench: how many no-op jobs one shard's runner finishes per second (claim in
//! batches, run, record completion in the job's own tenant transaction, synchronous standby),
//! against a baseline in the same run: pgbench doing only the transaction that every
//! completed job costs at the least (BEGIN with the tenant and epoch check, a one-row UPDATE
//! by key, COMMIT), with as many clients as the runner runs jobs at once.
//!
//! `cargo bench -p cadre-e2e --bench queue`

use std::time::{Duration, Instant};

use cadre_jobs::{Handler, HandlerFuture, JobContext, JobId, Registry, RunnerSettings};
use cadre_testkit::TestStack;
use cadre_testkit::pgbench::Pgbench;
use sqlx::{Connection, PgConnection};
use uuid::Uuid;

const JOBS: usize = 20_000;
const CONCURRENCY: usize = 16;
const PGBENCH_SECS: u64 = 10;

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

    let settings = RunnerSettings {
        worker: "bench".into(),
        concurrency: CONCURRENCY,
        poll: Duration::from_millis(20),
        ..RunnerSettings::default()
    };
    let start = Instant::now();
    let runner = stack
        .start_queue(Registry::default().register("bench.noop", Noop), settings)
        .await?;
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
            break;
        }
        anyhow::ensure!(
            start.elapsed() < Duration::from_secs(600),
            "{left} jobs left after 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let elapsed = start.elapsed();
    drop(runner);
    let runner_rate = JOBS as f64 / elapsed.as_secs_f64();

    let baseline = pgbench_completion(shard.port(), shard.db(), &tenant, &ids[..64])?;
    println!(
        "job queue, one shard (eu-central), {JOBS} no-op jobs, {CONCURRENCY} at once, synchronous standby"
    );
    println!("| measurement | result | target |");
    println!("|---|---|---|");
    println!("| runner: jobs finished per second | {runner_rate:.0} | >= 2000 |");
    println!(
        "| pgbench: the completion transaction alone, {CONCURRENCY} clients, tx/s | {baseline:.0} | |"
    );
    println!(
        "| ratio runner / pgbench | {:.2} | |",
        runner_rate / baseline
    );
    Ok(())
}

/// pgbench as the application role: per transaction, what a job's completion costs at the
/// least, on one of `ids` (a script per id, equally weighted).
fn pgbench_completion(port: u16, db: &str, tenant: &Uuid, ids: &[Uuid]) -> anyhow::Result<f64> {
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
        port,
        db,
        user: cadre_shards::APP_ROLE,
        clients: CONCURRENCY,
        secs: PGBENCH_SECS,
    }
    .run(&scripts)
}

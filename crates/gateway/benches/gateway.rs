//! The gateway's speed, measured against PostgreSQL itself on the same machine in the same run.
//!
//! 1. Throughput and latency of `GET /v1/employees/{id}` through the gateway at 32 concurrent
//!    keep-alive connections, against the same point SELECT on the same shard through pgbench
//!    (32 clients, prepared statements). The ratio is what matters; absolute numbers move
//!    with the machine.
//! 2. Tenant resolution plus shard selection per request (API key parse, cached key and
//!    tenant lookup, constant-time secret check, shard from the id), in-process.
//!
//! Run: `cargo bench -p cadre-gateway --bench gateway` (env BENCH_SECS, default 10).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use cadre_hr::EmployeeId;
use cadre_testkit::TestStack;
use cadre_testkit::pgbench::Pgbench;
use hdrhistogram::Histogram;
use serde_json::json;

// The allocator of the `cadre` binary, so that the in-process gateway runs as it does there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CONNECTIONS: usize = 32;
const IDS: usize = 64;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let secs: u64 = std::env::var("BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    // Pool size by PostgreSQL's rule of thumb, about twice the database server's cores (here
    // the same machine), rather than the 16 of the production default for larger servers.
    let pool = cadre_shards::PoolSettings {
        max_connections: 2 * std::thread::available_parallelism().map_or(2, |n| n.get() as u32),
        ..Default::default()
    };
    let pool_size = pool.max_connections;
    // The limiter runs on every request (its cost is part of the measurement) but never refuses.
    let stack = TestStack::start_with(pool, cadre_testkit::no_practical_limit()).await?;
    let t = stack.tenant("bench").await?;
    let le = t.legal_entity("Bench GmbH", "DE", "eu-central").await?;
    let mut ids = Vec::new();
    for i in 0..IDS {
        let e = t
            .call(
                reqwest::Method::POST,
                "/v1/employees",
                Some(json!({"legal_entity_id": le, "given_name": "Bench", "family_name": format!("N{i}"),
                            "work_email": format!("b{i}@example.com"), "hire_date": "2024-01-01",
                            "job_title": "Engineer"})),
            )
            .await?;
        anyhow::ensure!(e.0 == 201, "seeding: {:?}", e);
        ids.push(e.1["id"].as_str().context("id")?.to_owned());
    }
    let shard = stack.shard_in("eu-central")?.clone();

    // 1a. Through the gateway: driven by wrk when installed (an external C client, as pgbench
    // is), else by an in-process reqwest client that competes with the gateway for the cores.
    let paths: Vec<String> = ids.iter().map(|id| format!("/v1/employees/{id}")).collect();
    let (generator, gw_rps, p50, p99) = match wrk(&stack.base_url, &t.token, &paths, secs)? {
        Some((rps, p50, p99)) => ("wrk, 2 threads", rps, p50, p99),
        None => {
            let (rps, hist) =
                load(&stack.base_url, &t.token, &ids, Duration::from_secs(secs)).await?;
            let ms = |q| hist.value_at_quantile(q) as f64 / 1000.0;
            (
                "in-process reqwest (install wrk for an external client)",
                rps,
                ms(0.50),
                ms(0.99),
            )
        }
    };
    // 1c. The HTTP hop alone: `/livez` through the same server stack, no database. Its
    // throughput bounds what any handler on this stack and machine could reach.
    let hop_rps = wrk(&stack.base_url, &t.token, &["/livez".to_owned()], secs)?.map(|r| r.0);

    // 1b. The same point lookups straight into PostgreSQL: the plain SELECT as the superuser
    // (no row-level security), and the gateway's own statement as its role (RLS applies).
    let plain = |tenant: &str, id: &str| {
        format!("SELECT {COLUMNS} FROM employees WHERE tenant_id = '{tenant}' AND id = '{id}';\n")
    };
    let scoped = |tenant: &str, id: &str| {
        format!("SELECT {COLUMNS} FROM employee_by_id('{tenant}', '{id}');\n")
    };
    let pgbench = |user| Pgbench {
        port: shard.port(),
        db: shard.db(),
        user,
        clients: CONNECTIONS,
        secs,
    };
    let scripts = |statement: &dyn Fn(&str, &str) -> String| -> Vec<String> {
        ids.iter().map(|id| statement(&t.id, id)).collect()
    };
    let pg_tps = pgbench(cadre_pgcluster::SUPERUSER).run(&scripts(&plain))?;
    let pg_app_tps = pgbench(cadre_shards::APP_ROLE).run(&scripts(&scoped))?;

    // 2. Tenant resolution + shard selection.
    let state = stack.state().clone();
    let token = t.token.clone();
    let id: EmployeeId = ids[0].parse()?;
    let n = 200_000u32;
    cadre_gateway::resolve(&state, &token)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let start = Instant::now();
    for _ in 0..n {
        let caller = cadre_gateway::resolve(&state, &token)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let shard = id
            .shard()
            .and_then(|s| state.shards.get(s))
            .context("route")?;
        std::hint::black_box((&caller, shard));
    }
    let per_resolve = start.elapsed() / n;

    let row = |what: &str, value: String| println!("| {what:<58} | {value:>14} |");
    println!();
    println!(
        "| {:<58} | {:>14} |",
        "measurement (same machine, same run)", "value"
    );
    println!("|{:-<60}|{:-<16}|", "", "");
    row(
        &format!("gateway GET /v1/employees/{{id}}, {CONNECTIONS} connections"),
        format!("{gw_rps:.0} req/s"),
    );
    row(
        &format!("pgbench point SELECT as superuser, {CONNECTIONS} clients"),
        format!("{pg_tps:.0} tx/s"),
    );
    row(
        "ratio gateway / pgbench (target >= 0.5)",
        format!("{:.2}", gw_rps / pg_tps),
    );
    row(
        "pgbench gateway's statement as cadre_app (RLS)",
        format!("{pg_app_tps:.0} tx/s"),
    );
    row(
        "ratio gateway / that",
        format!("{:.2}", gw_rps / pg_app_tps),
    );
    if let Some(hop) = hop_rps {
        // Serving one request costs at least the HTTP hop plus the statement: the ceiling
        // of any gateway on this stack, with handlers that cost nothing.
        let ceiling = 1.0 / (1.0 / hop + 1.0 / pg_app_tps);
        row(
            "gateway GET /livez (HTTP hop, no database)",
            format!("{hop:.0} req/s"),
        );
        row(
            "ceiling: hop + statement, as ratio to pgbench",
            format!("{:.2}", ceiling / pg_tps),
        );
    }
    row("gateway latency p50", format!("{p50:.2} ms"));
    row(
        "gateway latency p99 (target <= 5 ms)",
        format!("{p99:.2} ms"),
    );
    row(
        "tenant resolution + shard selection (target <= 5 us)",
        format!("{:.2} us", per_resolve.as_nanos() as f64 / 1000.0),
    );
    println!();
    println!("shard pool: {pool_size} connections");
    println!("load generator: {generator}");
    Ok(())
}

/// Runs wrk (if on PATH) against the ids with the tenant's key: requests per second and the
/// p50 and p99 latency in milliseconds. `None` when wrk is not installed.
fn wrk(
    base: &str,
    token: &str,
    paths: &[String],
    secs: u64,
) -> anyhow::Result<Option<(f64, f64, f64)>> {
    let Ok(bin) = which("wrk") else {
        return Ok(None);
    };
    let dir = tempfile::tempdir()?;
    let script = dir.path().join("ids.lua");
    let list: Vec<String> = paths.iter().map(|p| format!("\"{p}\"")).collect();
    std::fs::write(
        &script,
        format!(
            "local paths = {{{}}}\nlocal n = 0\n\
             request = function()\n  n = n + 1\n  return wrk.format(\"GET\", paths[(n % #paths) + 1], \
             {{[\"Authorization\"] = \"Bearer {token}\"}})\nend\n\
             done = function(summary, latency, requests)\n  \
             io.write(string.format(\"CADRE %d %f %f %f\\n\", summary.requests, summary.duration / 1e6, \
             latency:percentile(50) / 1000, latency:percentile(99) / 1000))\nend\n",
            list.join(", ")
        ),
    )?;
    // A 2-second warm-up run first, as for the in-process client.
    for (duration, keep) in [(2, false), (secs, true)] {
        let out = std::process::Command::new(&bin)
            .args([
                "-t",
                "2",
                "-c",
                &CONNECTIONS.to_string(),
                "-d",
                &format!("{duration}s"),
            ])
            .arg("-s")
            .arg(&script)
            .arg(base)
            .output()?;
        anyhow::ensure!(
            out.status.success(),
            "wrk failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        anyhow::ensure!(!text.contains("Non-2xx"), "wrk saw errors:\n{text}");
        if keep {
            let line = text
                .lines()
                .find(|l| l.starts_with("CADRE "))
                .context("wrk summary")?;
            let v: Vec<f64> = line
                .split_whitespace()
                .skip(1)
                .filter_map(|x| x.parse().ok())
                .collect();
            anyhow::ensure!(v.len() == 4, "wrk summary: {line}");
            return Ok(Some((v[0] / v[1], v[2], v[3])));
        }
    }
    Ok(None)
}

fn which(name: &str) -> anyhow::Result<std::path::PathBuf> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .context("not on PATH")
}

/// Closed-loop load: each connection sends its next request when the last one answered.
async fn load(
    base: &str,
    token: &str,
    ids: &[String],
    dur: Duration,
) -> anyhow::Result<(f64, Histogram<u64>)> {
    let warmup = Duration::from_secs(2);
    let stop = Arc::new(AtomicBool::new(false));
    let measuring = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for c in 0..CONNECTIONS {
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(1)
            .build()?;
        let urls: Vec<String> = ids
            .iter()
            .map(|id| format!("{base}/v1/employees/{id}"))
            .collect();
        let auth = format!("Bearer {token}");
        let (stop, measuring) = (stop.clone(), measuring.clone());
        tasks.push(tokio::spawn(async move {
            let mut hist = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3)?;
            let mut i = c;
            while !stop.load(Ordering::Relaxed) {
                let t0 = Instant::now();
                let res = client
                    .get(&urls[i % urls.len()])
                    .header("authorization", &auth)
                    .send()
                    .await?;
                anyhow::ensure!(res.status() == 200, "status {}", res.status());
                res.bytes().await?;
                if measuring.load(Ordering::Relaxed) {
                    hist.record(t0.elapsed().as_micros() as u64)?;
                }
                i += 7;
            }
            anyhow::Ok(hist)
        }));
    }
    tokio::time::sleep(warmup).await;
    measuring.store(true, Ordering::Relaxed);
    let start = Instant::now();
    tokio::time::sleep(dur).await;
    measuring.store(false, Ordering::Relaxed);
    let elapsed = start.elapsed();
    stop.store(true, Ordering::Relaxed);
    let mut total = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3)?;
    for t in tasks {
        total.add(t.await??)?;
    }
    Ok((total.len() as f64 / elapsed.as_secs_f64(), total))
}

/// The columns the gateway reads.
const COLUMNS: &str = "id, legal_entity_id, given_name, family_name, work_email, country_of_employment, \
    job_title, manager_id, hire_date, status, locale, time_zone, national_id, created_at, updated_at, version";

//! The failover scenario shared by the chaos test and the chaos bench: continuous writes
//! through the gateway to two shards while one shard's primary is killed with SIGKILL.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use cadre_ops::JobsSettings;
use cadre_topology::ShardId;
use serde_json::{Value, json};
use tokio::sync::Mutex;

use crate::{Tenant, TestStack};

/// How the scenario runs.
#[derive(Debug, Clone)]
pub struct ChaosPlan {
    /// Jobs runner detection settings.
    pub jobs: JobsSettings,
    /// Concurrent writers per shard.
    pub writers: usize,
    /// Writing before the kill.
    pub before: Duration,
    /// Writing after the first successful write on the victim after the kill.
    pub after: Duration,
    /// Give up waiting for a write to succeed after this long.
    pub give_up: Duration,
}

impl Default for ChaosPlan {
    fn default() -> Self {
        Self {
            jobs: JobsSettings {
                probe_interval: Duration::from_millis(200),
                probe_timeout: Duration::from_millis(500),
                failure_threshold: 3,
                ..JobsSettings::default()
            },
            writers: 4,
            before: Duration::from_secs(2),
            after: Duration::from_secs(2),
            give_up: Duration::from_secs(30),
        }
    }
}

/// What happened.
#[derive(Debug)]
pub struct ChaosOutcome {
    /// The shard whose primary was killed (eu-central, shard 1).
    pub victim: ShardId,
    /// Kill to the first acknowledged write sent after the kill and after every rejected
    /// one: from then on writes succeed again.
    pub kill_to_first_write: Option<Duration>,
    /// Kill to the first rejected write (the outage as clients see it).
    pub kill_to_first_rejection: Option<Duration>,
    /// Writes acknowledged (201) on the victim shard, over the whole run.
    pub acknowledged: usize,
    /// Acknowledged writes on the victim not readable afterwards (must be 0).
    pub lost: usize,
    /// Writes on the victim answered with an error (503) around the switch.
    pub rejected: usize,
    /// Status codes of the rejected writes.
    pub rejected_statuses: Vec<u16>,
    /// Writes acknowledged on the other shard (us-east).
    pub other_acknowledged: usize,
    /// Writes on the other shard that failed (must be 0).
    pub other_failed: usize,
    /// Acknowledged writes on the other shard not readable afterwards.
    pub other_lost: usize,
    /// The operator's view of the shard map afterwards.
    pub shard_map: Value,
    /// The tenant's view of its incidents afterwards.
    pub incidents: Value,
}

#[derive(Debug, Default)]
struct Tally {
    acked: Vec<(String, Instant)>,
    failed: Vec<(u16, Instant, Instant)>,
}

async fn writer(
    tenant: Tenant,
    entity: String,
    tag: String,
    stop: Arc<AtomicBool>,
    tally: Arc<Mutex<Tally>>,
) {
    let mut n = 0u64;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let sent = Instant::now();
        let res = tenant
            .request(reqwest::Method::POST, "/v1/employees")
            .json(&json!({ "legal_entity_id": entity, "given_name": "Chaos",
                           "family_name": format!("{tag}-{n}"),
                           "work_email": format!("{tag}-{n}@example.com"),
                           "hire_date": "2026-01-05" }))
            .send()
            .await;
        let res = match res {
            Ok(r) => {
                let status = r.status().as_u16();
                let body = r.text().await.unwrap_or_default();
                Ok((status, body))
            }
            Err(e) => Err(e),
        };
        let failed = !matches!(res, Ok((201, _)));
        let mut t = tally.lock().await;
        match res {
            Ok((201, body)) => {
                let body: Value = serde_json::from_str(&body).unwrap_or_default();
                if let Some(id) = body["id"].as_str() {
                    t.acked.push((id.to_owned(), sent));
                }
            }
            Ok((status, body)) => {
                if serde_json::from_str::<Value>(&body).is_err() {
                    eprintln!("chaos writer: {status} with a body that is not JSON: {body:?}");
                }
                t.failed.push((status, sent, Instant::now()))
            }
            Err(e) => {
                eprintln!("chaos writer: {e:#}");
                t.failed.push((0, sent, Instant::now()))
            }
        }
        drop(t);
        if failed {
            // Do not spin on an unavailable shard; clients back off too.
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn unreadable(tenant: &Tenant, ids: &[(String, Instant)]) -> anyhow::Result<usize> {
    let mut lost = 0;
    for (id, _) in ids {
        let (status, _) = tenant
            .call(reqwest::Method::GET, &format!("/v1/employees/{id}"), None)
            .await?;
        if status != 200 {
            lost += 1;
        }
    }
    Ok(lost)
}

/// Runs the scenario on a fresh stack. The stack's clusters are shared by the test binary,
/// so the binary must hold only this scenario.
pub async fn run(stack: &TestStack, plan: &ChaosPlan) -> anyhow::Result<ChaosOutcome> {
    let victim = ShardId::new(1)?;
    let tenant = stack.tenant("chaos").await?;
    let de = tenant
        .legal_entity("Chaos GmbH", "DE", "eu-central")
        .await?;
    let us = tenant.legal_entity("Chaos Inc", "US", "us-east").await?;
    let mut jobs = stack.start_jobs(plan.jobs.clone()).await?;
    tokio::time::timeout(Duration::from_secs(10), jobs.wait_leader())
        .await
        .context("the jobs runner did not become leader")?;

    let stop = Arc::new(AtomicBool::new(false));
    let victim_tally = Arc::new(Mutex::new(Tally::default()));
    let other_tally = Arc::new(Mutex::new(Tally::default()));
    let mut tasks = Vec::new();
    for w in 0..plan.writers {
        tasks.push(tokio::spawn(writer(
            tenant.clone(),
            de.clone(),
            format!("de{w}"),
            stop.clone(),
            victim_tally.clone(),
        )));
        tasks.push(tokio::spawn(writer(
            tenant.clone(),
            us.clone(),
            format!("us{w}"),
            stop.clone(),
            other_tally.clone(),
        )));
    }
    tokio::time::sleep(plan.before).await;
    let killed = Instant::now();
    stack.kill_primary(victim)?;

    // Wait until writes are acknowledged again after having failed (or give up).
    while killed.elapsed() < plan.give_up {
        tokio::time::sleep(Duration::from_millis(10)).await;
        let t = victim_tally.lock().await;
        let first_failure = t
            .failed
            .iter()
            .map(|(_, sent, _)| *sent)
            .filter(|s| *s > killed)
            .min();
        if first_failure.is_some_and(|f| t.acked.iter().any(|(_, sent)| *sent > f)) {
            break;
        }
    }
    tokio::time::sleep(plan.after).await;
    stop.store(true, Ordering::Relaxed);
    for t in tasks {
        t.await?;
    }
    jobs.stop().await;

    let victim_tally = victim_tally.lock().await;
    let other_tally = other_tally.lock().await;
    let shard_map: Value = stack
        .http
        .get(stack.url("/v1/ops/shards"))
        .bearer_auth(crate::OPERATOR_TOKEN)
        .send()
        .await?
        .json()
        .await?;
    let (_, incidents) = tenant
        .call(reqwest::Method::GET, "/v1/incidents", None)
        .await?;
    // Recovered: the first acknowledged write sent after the last rejected one.
    let last_rejection = victim_tally
        .failed
        .iter()
        .map(|(_, sent, _)| *sent)
        .filter(|s| *s > killed)
        .max()
        .unwrap_or(killed);
    let first_write = victim_tally
        .acked
        .iter()
        .map(|(_, sent)| *sent)
        .filter(|s| *s > last_rejection)
        .min()
        .map(|s| s.duration_since(killed));
    let first_rejection = victim_tally
        .failed
        .iter()
        .map(|(_, sent, _)| *sent)
        .filter(|s| *s > killed)
        .min()
        .map(|s| s.duration_since(killed));
    Ok(ChaosOutcome {
        victim,
        kill_to_first_write: first_write,
        kill_to_first_rejection: first_rejection,
        acknowledged: victim_tally.acked.len(),
        lost: unreadable(&tenant, &victim_tally.acked).await?,
        rejected: victim_tally.failed.len(),
        rejected_statuses: victim_tally.failed.iter().map(|f| f.0).collect(),
        other_acknowledged: other_tally.acked.len(),
        other_failed: other_tally.failed.len(),
        other_lost: unreadable(&tenant, &other_tally.acked).await?,
        shard_map,
        incidents,
    })
}

//! Runners: per shard, claim due jobs with a lease, run their handlers with bounded
//! concurrency, keep the lease alive while a handler works, and record how each ended.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use cadre_directory::{Directory, DirectoryError};
use cadre_ids::TenantId;
use cadre_shards::{PoolSettings, Shard, ShardSet};
use cadre_topology::{RegionId, ShardId};
use chrono::Utc;
use serde_json::Value;
use sqlx::PgConnection;
use sqlx::postgres::PgListener;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};

use crate::JobId;
use crate::repo::{self, Claimed, Outcome};

/// What a handler's work returns: a result to store, or why it stopped.
pub type HandlerFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Option<Value>, JobError>> + Send + 'a>>;

/// Does one kind of job. Database effects go through `tx`: a transaction scoped to the
/// job's tenant on the job's shard, committed together with the job's completion (so they
/// happen once even though delivery is at least once). Effects elsewhere must be idempotent.
pub trait Handler: Send + Sync + 'static {
    /// Runs the job.
    fn run<'a>(&'a self, ctx: &'a JobContext, tx: &'a mut PgConnection) -> HandlerFuture<'a>;
}

/// Why a handler stopped.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum JobError {
    /// A transient failure: try again after a backoff, while attempts remain.
    #[error("{0}")]
    Retry(String),
    /// A permanent failure: give up now.
    #[error("{0}")]
    Fail(String),
    /// Stopped because cancellation was asked for.
    #[error("cancelled")]
    Cancelled,
}

impl From<sqlx::Error> for JobError {
    fn from(e: sqlx::Error) -> Self {
        JobError::Retry(e.to_string())
    }
}

/// What a handler knows about its job.
#[derive(Debug)]
pub struct JobContext {
    job: Claimed,
    /// The shard the job (and its data) lives on.
    pub shard: Arc<Shard>,
    cancel: Arc<AtomicBool>,
    lease: Duration,
}

impl JobContext {
    /// The job.
    pub fn id(&self) -> JobId {
        self.job.id
    }

    /// Its tenant.
    pub fn tenant(&self) -> TenantId {
        TenantId(self.job.tenant_id)
    }

    /// The handler's input.
    pub fn payload(&self) -> &Value {
        &self.job.payload
    }

    /// This attempt's number (1 for the first).
    pub fn attempt(&self) -> i32 {
        self.job.attempts
    }

    /// Whether the tenant asked the job to stop (seen at the last heartbeat or progress).
    pub fn cancel_requested(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Records progress in its own transaction (visible at once through the API) and
    /// extends the lease. Fails with `Cancelled` when cancellation was asked for, and with
    /// `Retry` when this attempt lost its claim.
    pub async fn progress(&self, done: i64, total: Option<i64>) -> Result<(), JobError> {
        let mut tx = self.shard.begin_for(self.job.tenant_id).await?;
        let seen = repo::heartbeat(&mut tx, &self.job, self.lease, Some((done, total))).await?;
        tx.commit().await?;
        match seen {
            None => Err(JobError::Retry("the claim on this job was lost".into())),
            Some(true) => {
                self.cancel.store(true, Ordering::Relaxed);
                Err(JobError::Cancelled)
            }
            Some(false) => Ok(()),
        }
    }
}

/// The handlers a runner knows, by job kind.
#[derive(Default, Clone)]
pub struct Registry {
    handlers: HashMap<String, Arc<dyn Handler>>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.handlers.keys()).finish()
    }
}

impl Registry {
    /// Adds the handler of `kind`.
    pub fn register(mut self, kind: &str, handler: impl Handler) -> Self {
        self.handlers.insert(kind.to_owned(), Arc::new(handler));
        self
    }

    fn kinds(&self) -> Vec<String> {
        self.handlers.keys().cloned().collect()
    }
}

/// How a runner works.
#[derive(Debug, Clone)]
pub struct RunnerSettings {
    /// This runner's name in the `worker` column (host and process, say).
    pub worker: String,
    /// Jobs run at once per shard.
    pub concurrency: usize,
    /// Jobs claimed ahead per shard, beyond those running, so that a slot that frees up
    /// starts its next job at once instead of waiting for a claim's round trip. A job not
    /// started within a third of its lease is put back for any runner to take (a runner
    /// whose slots are all taken claims nothing).
    pub prefetch: usize,
    /// How long a claim holds without a heartbeat; a runner that died is replaced after it.
    pub lease: Duration,
    /// How often an idle runner looks for due jobs when no notification came (scheduled
    /// jobs and retries become due without one).
    pub poll: Duration,
    /// First retry delay; doubles per attempt up to an hour.
    pub backoff: Duration,
    /// Finished jobs are kept this long (their state and result stay readable).
    pub retention: Duration,
}

impl Default for RunnerSettings {
    fn default() -> Self {
        Self {
            worker: format!("cadre-{}", std::process::id()),
            concurrency: 16,
            prefetch: 16,
            lease: Duration::from_secs(30),
            poll: Duration::from_secs(1),
            backoff: Duration::from_secs(1),
            retention: Duration::from_secs(30 * 24 * 3600),
        }
    }
}

/// How long a busy runner waits for more slots to free up before it claims.
const CLAIM_LINGER: Duration = Duration::from_millis(2);

/// How often a runner deletes finished jobs past their retention, per shard.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// The database role runners connect as: the application's rights (RLS applies) plus
/// claiming jobs across tenants.
pub const RUNNER_ROLE: &str = "cadre_runner";

/// A runner working in the background; stops when dropped.
#[derive(Debug)]
pub struct RunnerHandle {
    work: tokio::task::JoinHandle<()>,
    follower: tokio::task::JoinHandle<()>,
}

impl Drop for RunnerHandle {
    fn drop(&mut self) {
        self.work.abort();
        self.follower.abort();
    }
}

/// Runs the jobs of some shards.
#[derive(Debug, Clone)]
pub struct Runner {
    shards: Arc<ShardSet>,
    registry: Arc<Registry>,
    settings: RunnerSettings,
}

impl Runner {
    /// A runner over `shards` (connected as the runners' role, `cadre_runner`).
    pub fn new(shards: Arc<ShardSet>, registry: Registry, settings: RunnerSettings) -> Self {
        Self {
            shards,
            registry: Arc::new(registry),
            settings,
        }
    }

    /// Starts a runner in the background for the shards of `region` (every shard when
    /// `None`), connected as [`RUNNER_ROLE`] through a routing table that follows the
    /// directory's shard map across failovers.
    pub async fn spawn(
        directory: Directory,
        pool: PoolSettings,
        region: Option<RegionId>,
        registry: Registry,
        settings: RunnerSettings,
    ) -> Result<RunnerHandle, DirectoryError> {
        // A job holds its transaction's connection while its heartbeat or progress report
        // takes another; the listener and the claims need one each.
        let needed = u32::try_from(settings.concurrency * 2 + 2).unwrap_or(u32::MAX);
        let pool = PoolSettings {
            user: RUNNER_ROLE.to_owned(),
            max_connections: pool.max_connections.max(needed),
            ..pool
        };
        let shards = Arc::new(directory.shard_set(&pool).await?);
        let mine: Vec<ShardId> = shards
            .iter()
            .filter(|s| region.as_ref().is_none_or(|r| *r == s.region))
            .map(|s| s.id)
            .collect();
        let follower = tokio::spawn(directory.follow_shard_map(
            shards.clone(),
            pool,
            std::future::pending::<()>,
        ));
        let runner = Runner::new(shards, registry, settings);
        let work = tokio::spawn(runner.run(mine, std::future::pending()));
        Ok(RunnerHandle { work, follower })
    }

    /// Runs the jobs of `shards` until `shutdown`; jobs in flight then stop where they are
    /// (their leases run out and another runner takes them over).
    pub async fn run(self, shards: Vec<ShardId>, shutdown: impl Future<Output = ()>) {
        let loops = futures_util::future::join_all(
            shards.into_iter().map(|id| self.clone().shard_loop(id)),
        );
        tokio::select! {
            _ = loops => {}
            () = shutdown => {}
        }
    }

    async fn shard_loop(self, id: ShardId) {
        let kinds = self.registry.kinds();
        let running = Arc::new(Semaphore::new(self.settings.concurrency));
        let finished = Arc::new(Notify::new());
        // Claimed ahead, not started yet, oldest first, with when they were claimed.
        let mut ready: VecDeque<(Claimed, Instant, Arc<Shard>)> = VecDeque::new();
        let wait_max = self.settings.lease / 3;
        let ahead_max = self.settings.concurrency + self.settings.prefetch;
        // A job had to be put back: claim none ahead until one finishes (a runner whose
        // slots are taken by long jobs leaves the queue to other runners).
        let mut saturated = false;
        // The last claim found nothing: wait for a notification or the poll.
        let mut idle = false;
        // The last claim was full: more work is waiting.
        let mut busy = false;
        // While work is waiting, the next claim waits until then for more slots to free up.
        let mut linger: Option<Instant> = None;
        // Re-made when the shard moves to another primary (the old one may stay up, fenced).
        let mut listener: Option<(PgListener, String)> = None;
        let mut purged: Option<Instant> = None;
        loop {
            // The entry is re-read every round: it follows the shard map across failovers.
            let Ok(shard) = self.shards.serving(id) else {
                tokio::time::sleep(self.settings.poll).await;
                continue;
            };
            if listener
                .as_ref()
                .is_none_or(|(_, at)| *at != shard.endpoint)
            {
                listener = listen(&shard).await.map(|l| (l, shard.endpoint.clone()));
            }
            if purged.is_none_or(|at| at.elapsed() >= PURGE_EVERY) {
                purged = Some(Instant::now());
                self.purge(&shard).await;
            }
            while !ready.is_empty() {
                let Ok(slot) = running.clone().try_acquire_owned() else {
                    break;
                };
                let Some((job, _, on)) = ready.pop_front() else {
                    break;
                };
                tokio::spawn(self.clone().execute(on, job, slot, finished.clone()));
            }
            while ready
                .front()
                .is_some_and(|(_, at, _)| at.elapsed() >= wait_max)
            {
                let Some((job, _, on)) = ready.pop_front() else {
                    break;
                };
                tokio::spawn(self.clone().put_back(on, job));
                saturated = true;
            }

            // Claim for the free slots and, unless saturated, as many ahead. While work is
            // waiting, linger a moment (starting jobs meanwhile) for a few slots to free up,
            // so that one claim (a round trip) serves several jobs, not one.
            let want = |ready: usize, saturated: bool| {
                let ahead = if saturated { 0 } else { self.settings.prefetch };
                (running.available_permits() + ahead).saturating_sub(ready)
            };
            let n = want(ready.len(), saturated);
            if busy && n > 0 && n < ahead_max / 4 {
                linger.get_or_insert_with(|| Instant::now() + CLAIM_LINGER);
            }
            if !idle && n > 0 && linger.is_none_or(|at| at <= Instant::now()) {
                linger = None;
                match self.claim(&shard, n, &kinds).await {
                    Ok(claimed) => {
                        idle = claimed.is_empty();
                        busy = claimed.len() == n;
                        let at = Instant::now();
                        ready.extend(claimed.into_iter().map(|j| (j, at, shard.clone())));
                    }
                    Err(e) => {
                        tracing::warn!(shard = %id, error = %e, "cannot claim jobs");
                        tokio::time::sleep(self.settings.poll).await;
                    }
                }
                continue;
            }

            // Wait for a job to finish, new work, the oldest waiting job's deadline, or the
            // poll (scheduled jobs and retries become due without a notification).
            let deadline = ready
                .front()
                .map(|(_, at, _)| *at + wait_max)
                .into_iter()
                .chain(linger)
                .min();
            let notified = async {
                match listener.as_mut() {
                    Some((l, _)) if idle => l.recv().await.is_ok(),
                    _ => std::future::pending().await,
                }
            };
            tokio::select! {
                () = finished.notified() => saturated = false,
                ok = notified => {
                    idle = false;
                    if !ok {
                        listener = None;
                    }
                }
                () = sleep_until(deadline) => {}
                () = tokio::time::sleep(self.settings.poll) => idle = false,
            }
        }
    }

    async fn claim(
        &self,
        shard: &Shard,
        n: usize,
        kinds: &[String],
    ) -> Result<Vec<Claimed>, sqlx::Error> {
        let n = i32::try_from(n).unwrap_or(i32::MAX);
        shard
            .guard(async {
                let mut conn = shard.pool().acquire().await?;
                repo::claim(
                    &mut conn,
                    shard.epoch.0,
                    &self.settings.worker,
                    n,
                    self.settings.lease,
                    kinds,
                )
                .await
            })
            .await
    }

    async fn purge(&self, shard: &Shard) {
        let purge = async {
            let mut tx = shard.begin_for(uuid::Uuid::nil()).await?;
            let n = repo::purge(&mut tx, self.settings.retention).await?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>(n)
        };
        match purge.await {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!(shard = %shard.id, jobs = n, "purged finished jobs past retention")
            }
            Err(e) => tracing::warn!(shard = %shard.id, error = %e, "cannot purge finished jobs"),
        }
    }

    /// Runs one claimed job to its end (or until this attempt loses its claim) in `slot`.
    async fn execute(
        self,
        shard: Arc<Shard>,
        job: Claimed,
        slot: OwnedSemaphorePermit,
        finished: Arc<Notify>,
    ) {
        let outcome = self.attempt(&shard, &job).await;
        drop(slot);
        finished.notify_one();
        self.count(&job, outcome);
    }

    /// Returns a claimed job that never started to the queue, as if never claimed.
    async fn put_back(self, shard: Arc<Shard>, job: Claimed) {
        let outcome = async {
            let mut tx = shard.begin_for(job.tenant_id).await?;
            let released = repo::release(&mut tx, &job).await?;
            tx.commit().await?;
            Ok(if released { "put_back" } else { "lost" })
        };
        let outcome = outcome.await;
        self.count(&job, outcome);
    }

    fn count(&self, job: &Claimed, outcome: Result<&'static str, sqlx::Error>) {
        let outcome = outcome.unwrap_or_else(|e| {
            // Nothing was recorded; the lease runs out and the job is claimed again.
            tracing::warn!(job = %job.id, kind = %job.kind, error = %e, "job attempt could not be recorded");
            "lost"
        });
        metrics::counter!("cadre_jobs_finished_total", "kind" => job.kind.clone(), "outcome" => outcome)
            .increment(1);
    }

    async fn attempt(
        &self,
        shard: &Arc<Shard>,
        job: &Claimed,
    ) -> Result<&'static str, sqlx::Error> {
        let tenant = job.tenant_id;
        if job.attempts > job.max_attempts || job.cancel_requested {
            // Claimed again after its last allowed attempt died, or cancelled while queued
            // for a retry: end it without running.
            let outcome = if job.cancel_requested {
                Outcome::Cancelled
            } else {
                Outcome::Failed("every attempt lost its runner".into())
            };
            return self.record(shard, job, &outcome).await;
        }
        let Some(handler) = self.registry.handlers.get(&job.kind).cloned() else {
            return self
                .record(
                    shard,
                    job,
                    &Outcome::Failed(format!("no handler for {}", job.kind)),
                )
                .await;
        };
        let ctx = JobContext {
            job: job.clone(),
            shard: shard.clone(),
            cancel: Arc::new(AtomicBool::new(false)),
            lease: self.settings.lease,
        };
        let heartbeat = tokio::spawn(keep_alive(
            shard.clone(),
            job.clone(),
            ctx.cancel.clone(),
            self.settings.lease,
        ));
        let mut tx = shard.begin_for(tenant).await?;
        let out = handler.run(&ctx, &mut tx).await;
        heartbeat.abort();
        match out {
            Ok(result) => {
                if repo::finish(&mut tx, job, &Outcome::Succeeded(result)).await? {
                    tx.commit().await?;
                    Ok("succeeded")
                } else {
                    // Another runner owns the job now: its attempt's effects count, not ours.
                    tx.rollback().await?;
                    Ok("lost")
                }
            }
            Err(e) => {
                tx.rollback().await?;
                let outcome = match e {
                    JobError::Retry(error) if job.attempts < job.max_attempts => Outcome::Retry {
                        error,
                        run_at: Utc::now() + backoff(self.settings.backoff, job.attempts),
                    },
                    JobError::Retry(error) | JobError::Fail(error) => Outcome::Failed(error),
                    JobError::Cancelled => Outcome::Cancelled,
                };
                self.record(shard, job, &outcome).await
            }
        }
    }

    async fn record(
        &self,
        shard: &Shard,
        job: &Claimed,
        outcome: &Outcome,
    ) -> Result<&'static str, sqlx::Error> {
        let mut tx = shard.begin_for(job.tenant_id).await?;
        let recorded = repo::finish(&mut tx, job, outcome).await?;
        tx.commit().await?;
        Ok(match (recorded, outcome) {
            (false, _) => "lost",
            (true, Outcome::Succeeded(_)) => "succeeded",
            (true, Outcome::Retry { .. }) => "retry",
            (true, Outcome::Failed(_)) => "failed",
            (true, Outcome::Cancelled) => "cancelled",
        })
    }
}

/// Listens for new jobs on the shard (one connection per shard and runner).
async fn listen(shard: &Shard) -> Option<PgListener> {
    let mut l = PgListener::connect_with(shard.pool()).await.ok()?;
    l.listen("cadre_jobs").await.ok()?;
    Some(l)
}

/// Extends a running attempt's lease every third of it and picks up cancellation requests.
async fn keep_alive(shard: Arc<Shard>, job: Claimed, cancel: Arc<AtomicBool>, lease: Duration) {
    loop {
        tokio::time::sleep(lease / 3).await;
        let beat = async {
            let mut tx = shard.begin_for(job.tenant_id).await?;
            let seen = repo::heartbeat(&mut tx, &job, lease, None).await?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>(seen)
        };
        match beat.await {
            Ok(Some(c)) => cancel.store(c, Ordering::Relaxed),
            Ok(None) => return,
            Err(e) => tracing::warn!(job = %job.id, error = %e, "heartbeat failed"),
        }
    }
}

/// Sleeps until `at`, or for ever when there is none.
async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at.into()).await,
        None => std::future::pending().await,
    }
}

/// The delay before retry `attempt + 1`: `first` doubled per attempt with ±20 % jitter (so
/// that jobs failing together do not retry together), at most an hour.
fn backoff(first: Duration, attempt: i32) -> chrono::TimeDelta {
    let exp = u32::try_from(attempt.saturating_sub(1))
        .unwrap_or(0)
        .min(20);
    let jitter = rand::random_range(0.8..1.2);
    let delay = first
        .saturating_mul(1 << exp)
        .mul_f64(jitter)
        .min(MAX_BACKOFF);
    chrono::TimeDelta::from_std(delay).unwrap_or(chrono::TimeDelta::hours(1))
}

/// The longest wait before a retry.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let first = Duration::from_secs(1);
        for (attempt, secs) in [(1, 1.0), (2, 2.0), (3, 4.0), (6, 32.0)] {
            let d = backoff(first, attempt).as_seconds_f64();
            assert!(
                (secs * 0.8..=secs * 1.2).contains(&d),
                "attempt {attempt}: {d}"
            );
        }
        assert!(backoff(first, 40).as_seconds_f64() <= 3600.0);
    }
}

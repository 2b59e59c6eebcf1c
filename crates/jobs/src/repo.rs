//! The `jobs` table of a shard. Tenant functions run inside `Shard::begin_for(tenant)` and
//! name the tenant in their SQL as well (RLS and app scoping each suffice alone). A runner's
//! writes about a claimed job are fenced by the claim's attempt number: once another runner
//! claimed the job again, they change nothing.

use cadre_topology::ShardId;
use chrono::{DateTime, Utc};
use serde_json::Value;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::{Job, JobId, JobState, NewJob};

macro_rules! columns {
    () => {
        "id, kind, state, run_at, attempts, max_attempts, progress_done, progress_total, \
         cancel_requested, last_error, result, created_at, updated_at, finished_at"
    };
}

/// Enqueues a job in the caller's transaction on `shard` (the shard the transaction is on:
/// the id carries it, so the job routes back here), so a domain change and the job it needs
/// commit together. With a `dedupe_key` already used for this kind, returns that job's id.
pub async fn enqueue(
    tx: &mut PgConnection,
    tenant: Uuid,
    shard: ShardId,
    job: &NewJob,
) -> Result<JobId, sqlx::Error> {
    let id = JobId::new(shard);
    let row: Option<(JobId,)> = sqlx::query_as(
        "INSERT INTO jobs (tenant_id, id, kind, payload, run_at, max_attempts, dedupe_key)
         VALUES ($1, $2, $3, $4, coalesce($5, now()), $6, $7)
         ON CONFLICT (tenant_id, kind, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
         RETURNING id",
    )
    .bind(tenant)
    .bind(id)
    .bind(&job.kind)
    .bind(&job.payload)
    .bind(job.run_at)
    .bind(job.max_attempts)
    .bind(&job.dedupe_key)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((id,)) = row {
        return Ok(id);
    }
    sqlx::query_as("SELECT id FROM jobs WHERE tenant_id = $1 AND kind = $2 AND dedupe_key = $3")
        .bind(tenant)
        .bind(&job.kind)
        .bind(&job.dedupe_key)
        .fetch_one(&mut *tx)
        .await
        .map(|(id,)| id)
}

/// One job of the tenant.
pub async fn get(
    tx: &mut PgConnection,
    tenant: Uuid,
    id: JobId,
) -> Result<Option<Job>, sqlx::Error> {
    sqlx::query_as(concat!(
        "SELECT ",
        columns!(),
        " FROM jobs WHERE tenant_id = $1 AND id = $2"
    ))
    .bind(tenant)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await
}

/// What a cancellation request did.
#[derive(Debug, Clone, PartialEq)]
pub enum Cancelled {
    /// No such job for this tenant.
    NotFound,
    /// It had already finished; nothing changed.
    Finished(Job),
    /// A queued job is cancelled at once; a running one is asked to stop (its handler sees
    /// the request and decides).
    Done(Job),
}

/// Cancels a queued job, or asks a running one to stop.
pub async fn cancel(
    tx: &mut PgConnection,
    tenant: Uuid,
    id: JobId,
) -> Result<Cancelled, sqlx::Error> {
    let Some(current) = sqlx::query_as::<_, Job>(concat!(
        "SELECT ",
        columns!(),
        " FROM jobs WHERE tenant_id = $1 AND id = $2 FOR UPDATE"
    ))
    .bind(tenant)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(Cancelled::NotFound);
    };
    if current.state.is_finished() {
        return Ok(Cancelled::Finished(current));
    }
    let job = sqlx::query_as(concat!(
        "UPDATE jobs SET cancel_requested = true, updated_at = now(),
             state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END,
             finished_at = CASE WHEN state = 'queued' THEN now() END
         WHERE tenant_id = $1 AND id = $2 RETURNING ",
        columns!()
    ))
    .bind(tenant)
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    Ok(Cancelled::Done(job))
}

/// A job a runner claimed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    /// The tenant.
    pub tenant_id: Uuid,
    /// The job.
    pub id: JobId,
    /// Its handler's name.
    pub kind: String,
    /// The handler's input.
    pub payload: Value,
    /// This claim's number: the fencing token of the runner's writes about it.
    pub attempts: i32,
    /// Claims allowed.
    pub max_attempts: i32,
    /// Whether cancellation was asked for.
    pub cancel_requested: bool,
}

/// Claims up to `limit` due jobs of `kinds` for `lease`, across tenants, on a copy of the
/// shard serving `epoch`. One statement in its own transaction (one round trip): a fenced or
/// stale copy refuses it (SQLSTATE `CD001`) and nothing is claimed.
pub async fn claim(
    conn: &mut PgConnection,
    epoch: i64,
    worker: &str,
    limit: i32,
    lease: std::time::Duration,
    kinds: &[String],
) -> Result<Vec<Claimed>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.* FROM cadre_check_epoch($1) AS e,
                cadre_claim_jobs($2, $3, make_interval(secs => $4), $5) AS c",
    )
    .bind(epoch)
    .bind(worker)
    .bind(limit)
    .bind(lease.as_secs_f64())
    .bind(kinds)
    .fetch_all(&mut *conn)
    .await
}

/// How a claimed job ends, or is put back.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Done, with the handler's result.
    Succeeded(Option<Value>),
    /// Queued again for `run_at` (a retry).
    Retry {
        /// Why it failed.
        error: String,
        /// When to try again.
        run_at: DateTime<Utc>,
    },
    /// Given up.
    Failed(String),
    /// Stopped on request.
    Cancelled,
}

/// Records how attempt `attempt` of a job ended. `false` when the claim was lost (another
/// runner claimed the job after this one's lease ran out): then nothing changed, and the
/// caller must roll back whatever it did in the same transaction.
pub async fn finish(
    tx: &mut PgConnection,
    job: &Claimed,
    outcome: &Outcome,
) -> Result<bool, sqlx::Error> {
    let (state, result, error, run_at) = match outcome {
        Outcome::Succeeded(r) => (JobState::Succeeded, r.clone(), None, None),
        Outcome::Retry { error, run_at } => (JobState::Queued, None, Some(error), Some(*run_at)),
        Outcome::Failed(e) => (JobState::Failed, None, Some(e), None),
        Outcome::Cancelled => (JobState::Cancelled, None, None, None),
    };
    let done = sqlx::query(
        "UPDATE jobs SET state = $4, result = coalesce($5, result),
             last_error = coalesce($6, last_error), run_at = coalesce($7, run_at),
             lease_until = NULL, worker = NULL, updated_at = now(),
             finished_at = CASE WHEN $4 = 'queued' THEN NULL ELSE now() END
         WHERE tenant_id = $1 AND id = $2 AND attempts = $3 AND state = 'running'",
    )
    .bind(job.tenant_id)
    .bind(job.id)
    .bind(job.attempts)
    .bind(state)
    .bind(result)
    .bind(error)
    .bind(run_at)
    .execute(&mut *tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Returns a claimed job that did not start to the queue, undoing its claim (the attempt
/// does not count). `false` when the claim was lost meanwhile.
pub async fn release(tx: &mut PgConnection, job: &Claimed) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE jobs SET state = 'queued', attempts = attempts - 1, lease_until = NULL,
             worker = NULL, updated_at = now()
         WHERE tenant_id = $1 AND id = $2 AND attempts = $3 AND state = 'running'",
    )
    .bind(job.tenant_id)
    .bind(job.id)
    .bind(job.attempts)
    .execute(&mut *tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Extends the lease of a running attempt and records progress; returns whether
/// cancellation was asked for, or `None` when the claim was lost.
pub async fn heartbeat(
    tx: &mut PgConnection,
    job: &Claimed,
    lease: std::time::Duration,
    progress: Option<(i64, Option<i64>)>,
) -> Result<Option<bool>, sqlx::Error> {
    let (done, total) = progress.unzip();
    sqlx::query_as(
        "UPDATE jobs SET lease_until = now() + make_interval(secs => $4), updated_at = now(),
             progress_done = coalesce($5, progress_done),
             progress_total = CASE WHEN $5 IS NULL THEN progress_total ELSE $6 END
         WHERE tenant_id = $1 AND id = $2 AND attempts = $3 AND state = 'running'
         RETURNING cancel_requested",
    )
    .bind(job.tenant_id)
    .bind(job.id)
    .bind(job.attempts)
    .bind(lease.as_secs_f64())
    .bind(done)
    .bind(total.flatten())
    .fetch_optional(&mut *tx)
    .await
    .map(|r| r.map(|(c,)| c))
}

/// Deletes finished jobs of every tenant that finished more than `older_than` ago.
pub async fn purge(
    conn: &mut PgConnection,
    older_than: std::time::Duration,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT cadre_purge_jobs(make_interval(secs => $1))")
        .bind(older_than.as_secs_f64())
        .fetch_one(&mut *conn)
        .await
}

//! Jobs as stored and as enqueued.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::JobId;

/// Where a job stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, sqlx::Type, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum JobState {
    /// Waiting for its `run_at` and a runner.
    Queued,
    /// Claimed by a runner whose lease has not run out.
    Running,
    /// Done.
    Succeeded,
    /// Gave up: a permanent error, or `max_attempts` used.
    Failed,
    /// Cancelled before it finished.
    Cancelled,
}

impl JobState {
    /// Whether the job will not run again.
    pub fn is_finished(self) -> bool {
        matches!(self, Self::Succeeded | Self::Failed | Self::Cancelled)
    }
}

/// A job as its tenant sees it (the payload stays inside: it may hold personal data).
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Job {
    /// Id (carries the shard).
    #[schema(value_type = String, format = Uuid)]
    pub id: JobId,
    /// What the job does (the handler's name).
    pub kind: String,
    /// Where it stands.
    pub state: JobState,
    /// Not before this instant.
    pub run_at: DateTime<Utc>,
    /// Claims so far.
    pub attempts: i32,
    /// Claims allowed.
    pub max_attempts: i32,
    /// Items done.
    pub progress_done: i64,
    /// Items in all, when known.
    pub progress_total: Option<i64>,
    /// Whether cancellation was asked for while it ran.
    pub cancel_requested: bool,
    /// The last failure.
    pub last_error: Option<String>,
    /// What the handler returned.
    pub result: Option<serde_json::Value>,
    /// Enqueued.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// When it finished.
    pub finished_at: Option<DateTime<Utc>>,
}

/// A job to enqueue.
#[derive(Debug, Clone)]
pub struct NewJob {
    /// The handler's name.
    pub kind: String,
    /// The handler's input.
    pub payload: Value,
    /// Not before this instant (`None`: now).
    pub run_at: Option<DateTime<Utc>>,
    /// Claims allowed (default 10).
    pub max_attempts: i32,
    /// Enqueueing the same kind and key again returns the first job.
    pub dedupe_key: Option<String>,
}

impl NewJob {
    /// A job of `kind` with `payload`, due now, with the default attempts.
    pub fn new(kind: impl Into<String>, payload: Value) -> Self {
        Self {
            kind: kind.into(),
            payload,
            run_at: None,
            max_attempts: 10,
            dedupe_key: None,
        }
    }
}

//! Background jobs as their tenant sees them: state, attempts, progress, errors; and
//! cancellation. Jobs are created by the domains that need them (imports, payroll closes),
//! never directly.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use cadre_directory::Scope;
use cadre_i18n::msg;
use cadre_jobs::repo::{self, Cancelled};
use cadre_jobs::{Job, JobId};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::extract::{PathResource, ShardPath, Write};
use crate::problem::ApiError;
use crate::viewer::{Instants, ViewerZone, Zoned};

impl PathResource for JobId {
    const READ: Scope = Scope::JobsRead;
    const WRITE: Scope = Scope::JobsWrite;
    fn not_found() -> ApiError {
        ApiError::not_found(msg!("problem-not-found-job"))
    }
}

/// A job as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = JobView)]
pub(crate) struct View<'a> {
    #[serde(flatten)]
    job: &'a Job,
    /// Share done, 0 to 1, when the total is known.
    fraction_done: Option<f64>,
}

impl Instants for View<'_> {
    fn instants(&self) -> Vec<(&'static str, DateTime<Utc>)> {
        let j = self.job;
        let mut at = vec![
            ("run_at", j.run_at),
            ("created_at", j.created_at),
            ("updated_at", j.updated_at),
        ];
        at.extend(j.finished_at.map(|f| ("finished_at", f)));
        at
    }
}

fn respond(status: StatusCode, job: &Job, zone: ViewerZone) -> Response {
    let fraction_done = job
        .progress_total
        .filter(|t| *t > 0)
        .map(|t| (job.progress_done as f64 / t as f64).min(1.0));
    let view = View { job, fraction_done };
    (status, Json(Zoned { value: view, zone })).into_response()
}

/// `GET /v1/jobs/{id}`.
#[utoipa::path(
    get,
    path = "/v1/jobs/{id}",
    tag = "jobs",
    operation_id = "getJob",
    summary = "A job",
    description = "State, attempts, progress and the last error (the payload stays inside).",
    security(("api_key" = ["jobs:read"])),
    params(
        ("id" = Uuid, Path, description = "The job (its id carries the shard)."),
        ("Time-Zone" = Option<String>, Header, description = "IANA zone to show instants in (default UTC)."),
    ),
    responses(
        (status = 200, description = "The job.", body = View),
        (status = 400, description = "The Time-Zone header names no IANA zone."),
    ),
)]
pub(crate) async fn get(at: ShardPath<JobId>, zone: ViewerZone) -> Result<Response, ApiError> {
    let tenant = at.caller.tenant_id().0;
    let mut tx = at.shard.begin_for(tenant).await?;
    let job = repo::get(&mut tx, tenant, at.id)
        .await?
        .ok_or_else(JobId::not_found)?;
    tx.commit().await?;
    Ok(respond(StatusCode::OK, &job, zone))
}

/// `POST /v1/jobs/{id}/cancel`: a queued job is cancelled at once (200); a running one is
/// asked to stop (202), which its handler sees at its next progress report; a finished one
/// is a 409.
#[utoipa::path(
    post,
    path = "/v1/jobs/{id}/cancel",
    tag = "jobs",
    operation_id = "cancelJob",
    summary = "Cancel a job",
    description = "A queued job is cancelled at once (200); a running one is asked to stop (202), which its handler sees at its next progress report; a finished one is a 409.",
    security(("api_key" = ["jobs:write"])),
    params(
        ("id" = Uuid, Path, description = "The job."),
        ("Time-Zone" = Option<String>, Header, description = "IANA zone to show instants in (default UTC)."),
    ),
    responses(
        (status = 200, description = "Cancelled.", body = View),
        (status = 202, description = "Asked to stop; `cancel_requested` is true.", body = View),
        (status = 400, description = "The Time-Zone header names no IANA zone."),
        (status = 409, description = "The job has finished."),
    ),
)]
pub(crate) async fn cancel(
    at: ShardPath<JobId, Write>,
    zone: ViewerZone,
) -> Result<Response, ApiError> {
    let tenant = at.caller.tenant_id().0;
    let mut tx = at.shard.begin_for(tenant).await?;
    let outcome = repo::cancel(&mut tx, tenant, at.id).await?;
    tx.commit().await?;
    match outcome {
        Cancelled::NotFound => Err(JobId::not_found()),
        Cancelled::Finished(_) => Err(ApiError::conflict(msg!("problem-job-finished"))),
        Cancelled::Done(job) if job.state.is_finished() => Ok(respond(StatusCode::OK, &job, zone)),
        Cancelled::Done(job) => Ok(respond(StatusCode::ACCEPTED, &job, zone)),
    }
}

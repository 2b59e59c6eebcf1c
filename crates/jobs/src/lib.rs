//! Durable background jobs (imports, payroll closes, webhook deliveries, effective-dated
//! changes, SLA timers).
//!
//! A job lives in the `jobs` table of the shard whose data it touches, so its work runs in
//! that data's zone; its id ([`JobId`]) carries the shard like every per-employee id.
//! Delivery is at least once: a runner claims due jobs with a lease
//! (`cadre_claim_jobs`, `FOR UPDATE SKIP LOCKED`), runs the handler, and marks the job done
//! *in the handler's own tenant-scoped transaction*, fenced by the claim's attempt number.
//! A runner killed mid-job commits nothing; when the lease runs out another runner claims
//! the job again, and the zombie's late commit, if any, finds the attempt moved on and rolls
//! back. So a handler's database effect inside that transaction happens exactly once;
//! effects outside it (an HTTP call) must be idempotent, keyed by the job id.
//!
//! Failures retry with exponential backoff up to `max_attempts`; handlers report progress
//! (done/total) and see cancellation requests; jobs may be scheduled for an instant.
//! Why not apalis: see docs/decisions/002-job-queue.md.

mod model;
pub mod repo;
mod runner;

pub use cadre_ids::JobId;
pub use model::{Job, JobState, NewJob};
pub use runner::{
    Handler, HandlerFuture, JobContext, JobError, RUNNER_ROLE, Registry, Runner, RunnerHandle,
    RunnerSettings,
};

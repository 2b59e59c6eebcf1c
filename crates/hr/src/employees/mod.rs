//! Employee records: who works for which branch, with their contact, job and locale.
//! Personal data: stored only on the shard of the employing legal entity's zone.

mod model;
pub mod repo;
mod service;
mod validate;

use uuid::Uuid;

pub use model::{Employee, EmployeePatch, EmployeeStatus, NewEmployee};
pub use service::{Placement, create, delete, get, list, update};
pub use validate::{Defaults, Validated, is_language_tag};

use crate::FieldError;
use crate::version::VersionMismatch;

/// What callers of the employee service tell apart.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Fields broke their rules (every violation, not just the first).
    #[error("{} invalid field(s)", .0.len())]
    Invalid(Vec<FieldError>),
    /// No such employee for this tenant.
    #[error("employee not found")]
    NotFound,
    /// The record changed since the caller read it.
    #[error(transparent)]
    Stale(#[from] VersionMismatch),
    /// Another employee of the tenant has this work email.
    #[error("another employee already has this work email")]
    EmailTaken,
    /// The shard that holds (or would hold) the record cannot serve.
    #[error(transparent)]
    Route(#[from] cadre_shards::RouteError),
    /// The legal entity's shard is in another zone than the entity: a placement bug, so
    /// the write is refused rather than letting personal data leave its zone.
    #[error("shard zone {shard_zone} is not the legal entity's zone {entity_zone}")]
    Misplaced {
        /// The zone of the shard the entity points at.
        shard_zone: String,
        /// The entity's zone.
        entity_zone: String,
    },
    /// The country of employment does not allow its personal data in the record's zone.
    #[error("personal data of {} may not be kept in zone {}", .0.country, .0.zone)]
    Residency(Box<cadre_jurisdictions::ResidencyViolation>),
    /// The packs could not answer (a country without a residency rule).
    #[error(transparent)]
    Jurisdiction(#[from] cadre_jurisdictions::EvalError),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Which employees to list (the window comes apart, see `paging`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmployeeFilter {
    /// Only this legal entity's.
    pub legal_entity_id: Option<Uuid>,
}

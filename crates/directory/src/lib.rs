//! The control-plane directory: tenants, legal entities (branches) and where their data lives,
//! the shard map with epochs, and hashed API keys. It holds no personal data.

mod api_keys;
mod connect;
mod ops;
mod repo;
mod routing;

pub use api_keys::{ApiKeyRecord, ApiKeyToken, IssuedKey, Scope, ScopeError};
pub use cadre_ids::{ApiKeyId, LegalEntityId, TenantId};
pub use connect::DirectorySettings;
pub use ops::{
    Deadline, DeadlineStatus, Failover, HealthMinute, HealthRow, Incident, IncidentEvent,
    IncidentKind, LADDER, LATENCY_BOUNDS_SECONDS, Promotion, ReportRecord, RequestMinute, Severity,
    Stage, StageReached,
};
pub use repo::{Directory, LegalEntity, NewLegalEntity, NewTenant, ShardRecord, Tenant};
pub use routing::{SHARD_MAP_POLL, shard_from_record};

/// The channel on which the directory announces changes (`<table>:<id>` payloads).
pub const CHANGE_CHANNEL: &str = "cadre_directory";

/// Embedded migrations of the directory database.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// What callers of the directory must tell apart.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// The tenant slug is taken.
    #[error("tenant slug {0:?} is taken")]
    SlugTaken(String),
    /// The tenant already has a legal entity of this name.
    #[error("a legal entity named {0:?} already exists")]
    EntityNameTaken(String),
    /// The region configuration names a shard without a primary endpoint.
    #[error("shard {0} has no primary endpoint")]
    NoPrimary(u16),
    /// The region is not part of this deployment.
    #[error("region {0:?} is not part of this deployment")]
    UnknownRegion(String),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

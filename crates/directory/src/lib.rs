//! The control-plane directory: tenants, legal entities (branches) and where their data lives,
//! the shard map with epochs, and hashed API keys. It holds no personal data.

mod api_keys;
mod ids;
mod repo;

pub use api_keys::{ApiKeyRecord, ApiKeyToken, IssuedKey, Scope, ScopeError};
pub use ids::{ApiKeyId, LegalEntityId, TenantId};
pub use repo::{Directory, LegalEntity, NewLegalEntity, NewTenant, ShardRecord, Tenant};

/// The channel on which the directory announces changes (`<table>:<id>` payloads).
pub const CHANGE_CHANNEL: &str = "cadre_directory";

/// Embedded migrations of the directory database.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// What callers of the directory must tell apart.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// A unique name is already taken (tenant slug, legal-entity name).
    #[error("{0}")]
    Conflict(String),
    /// The region is not part of this deployment.
    #[error("region {0:?} is not part of this deployment")]
    UnknownRegion(String),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

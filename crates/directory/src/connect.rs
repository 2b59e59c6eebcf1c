//! The one way to reach the directory database: `Directory::connect` builds the pool from
//! connect options (endpoint, role, TLS are the caller's; see `cadre_shards::connect_options`
//! and `cadre_local::admin_options`) and the pool size, so gateways, the jobs runner, the CLI
//! and the tests do not each assemble a pool of their own.

use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::{Directory, DirectoryError};

/// The pool a directory handle keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirectorySettings {
    /// Connections kept open at most.
    pub max_connections: u32,
    /// How long a caller waits for a free connection; `None` keeps sqlx's default (30 s).
    pub acquire_timeout: Option<Duration>,
}

impl DirectorySettings {
    /// A pool of at most `max_connections`, with sqlx's default acquire timeout.
    pub fn max_connections(max_connections: u32) -> Self {
        Self {
            max_connections,
            acquire_timeout: None,
        }
    }
}

impl Default for DirectorySettings {
    /// Four connections: the jobs runner's leader lock holds one, its probes and writes share
    /// the rest.
    fn default() -> Self {
        Self::max_connections(4)
    }
}

impl Directory {
    /// Opens a pool on the directory database (one connection is made at once, so an
    /// unreachable directory fails here).
    pub async fn connect(
        options: PgConnectOptions,
        settings: DirectorySettings,
    ) -> Result<Self, DirectoryError> {
        let mut pool = PgPoolOptions::new().max_connections(settings.max_connections);
        if let Some(timeout) = settings.acquire_timeout {
            pool = pool.acquire_timeout(timeout);
        }
        Ok(Self::new(pool.connect_with(options).await?))
    }
}

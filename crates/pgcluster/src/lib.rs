//! Local PostgreSQL clusters started from the machine's own binaries (`initdb`, `pg_ctl`).
//!
//! Used by the local deployment (`cadre dev`) and by the testkit, so that nothing depends on a
//! server someone started by hand. The API is blocking on purpose: clusters start before any
//! async runtime needs them and stop after it is gone.

mod binaries;
mod cluster;
mod reaper;

pub use binaries::PgBinaries;
pub use cluster::{Cluster, Durability, SUPERUSER, free_port, prepare_root};
pub use reaper::Reaper;

/// What went wrong with a local cluster.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The PostgreSQL server binaries are not installed.
    #[error(
        "PostgreSQL server binaries not found ({searched}). Install them, e.g. \
         `apt-get install postgresql` on Debian/Ubuntu or `brew install postgresql@15` on macOS, \
         or point CADRE_PG_BIN at the folder holding initdb, pg_ctl and postgres"
    )]
    MissingBinaries {
        /// Where we looked.
        searched: String,
    },
    /// PostgreSQL refuses to run as root and no unprivileged user is available.
    #[error(
        "running as root, but PostgreSQL refuses to run as root and there is no `postgres` user to run it as; create one (`useradd postgres`) or run as a normal user"
    )]
    NoUnprivilegedUser,
    /// A PostgreSQL tool failed; the message carries its output.
    #[error("{tool} failed for {data_dir}: {output}")]
    Tool {
        /// The tool (`initdb`, `pg_ctl start`...).
        tool: String,
        /// The cluster's data directory.
        data_dir: String,
        /// What it printed (and the tail of the server log, for start failures).
        output: String,
    },
    /// An IO error around the cluster's files.
    #[error("{context}: {source}")]
    Io {
        /// What we were doing.
        context: String,
        /// The IO error.
        source: std::io::Error,
    },
}

impl Error {
    fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> Error {
        let context = context.into();
        move |source| Error::Io { context, source }
    }
}

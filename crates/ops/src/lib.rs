//! The jobs runner (`cadre jobs`): one leader at a time (a PostgreSQL advisory lock in the
//! directory) probes every shard's primary, standby and fenced former primaries; fails over
//! to the standby of the same zone after repeated failed probes, in a new epoch that the
//! directory announces to every gateway; fences former primaries; keeps incidents with the
//! response ladder; records probe aggregates for health reports.

mod actions;
mod probe;
mod runner;

pub use actions::{fence, promote, switchover};
pub use probe::{ProbeResult, Prober};
pub use runner::{JobsSettings, LEADER_LOCK, MAINTENANCE_LOCK, run};

use tokio::sync::{oneshot, watch};
use tokio::task::JoinHandle;

/// Describes the jobs runner's metrics (Prometheus HELP and units); call once at start.
pub fn describe_metrics() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_gauge!(
        "cadre_jobs_leader",
        "1 while this jobs runner holds the leader lock"
    );
    describe_counter!(
        "cadre_probes_total",
        "Probes of shard copies by shard, region, role and result"
    );
    describe_gauge!(
        "cadre_shard_up",
        "1 if the last probe of the shard's copy in this role succeeded"
    );
    describe_gauge!(
        "cadre_shard_available",
        "1 while the shard serves, 0 while it is down with no standby to take over"
    );
    describe_gauge!(
        "cadre_shard_epoch",
        "The shard's current epoch (bumped by every failover)"
    );
    describe_gauge!(
        "cadre_shard_streaming_standbys",
        "Standbys streaming from the shard's primary"
    );
    describe_gauge!(
        "cadre_replication_lag_bytes",
        Unit::Bytes,
        "WAL bytes the slowest standby has not replayed"
    );
    describe_gauge!(
        "cadre_replication_lag_seconds",
        Unit::Seconds,
        "How far the slowest standby's replay is behind"
    );
    describe_counter!(
        "cadre_failovers_total",
        "Promotions of a standby by shard, region and kind"
    );
    describe_histogram!(
        "cadre_probe_duration_seconds",
        Unit::Seconds,
        "Round-trip time of successful probes"
    );
    describe_histogram!(
        "cadre_job_duration_seconds",
        Unit::Seconds,
        "Duration of the runner's jobs by job"
    );
}

/// What the jobs runner could not do.
#[derive(Debug, thiserror::Error)]
pub enum OpsError {
    /// A database call failed.
    #[error("{0}")]
    Database(#[from] sqlx::Error),
    /// The directory failed.
    #[error("{0}")]
    Directory(#[from] cadre_directory::DirectoryError),
    /// The shard has no standby in its own zone, so nothing may be promoted.
    #[error(
        "shard {shard} has no standby in zone {zone}; a standby is never promoted across zones"
    )]
    NoStandbyInZone {
        /// Shard.
        shard: u16,
        /// Its zone.
        zone: String,
    },
    /// The action was refused or did not complete; the message says why.
    #[error("{0}")]
    Refused(String),
}

/// A jobs runner running on the current runtime.
#[derive(Debug)]
pub struct JobsHandle {
    leader: watch::Receiver<bool>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl JobsHandle {
    /// Starts a runner against `directory`.
    pub fn spawn(directory: cadre_directory::Directory, settings: JobsSettings) -> Self {
        describe_metrics();
        let (leader_tx, leader) = watch::channel(false);
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(run(directory, settings, leader_tx, async {
            let _ = stopped.await;
        }));
        Self {
            leader,
            stop: Some(stop),
            task,
        }
    }

    /// Whether this runner holds the leader lock now.
    pub fn is_leader(&self) -> bool {
        *self.leader.borrow()
    }

    /// Waits until this runner leads.
    pub async fn wait_leader(&mut self) {
        let _ = self.leader.wait_for(|l| *l).await;
    }

    /// Stops the runner (releasing the lock) and waits for it.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for JobsHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

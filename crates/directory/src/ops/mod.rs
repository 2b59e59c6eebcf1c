//! Operations records in the directory, one module per table: failovers of the shard map,
//! incidents with their response ladder, probe and request aggregates, and the index of health
//! reports. The jobs runner writes them; reports and the operations API read them.

mod failovers;
mod health;
mod incidents;
mod reports;
mod shard_map;
mod usage;

pub use failovers::{Failover, Promotion};
pub use health::{HealthMinute, HealthRow};
pub use incidents::{
    Deadline, DeadlineStatus, Incident, IncidentEvent, IncidentKind, LADDER, Severity, Stage,
    StageReached,
};
pub use reports::ReportRecord;
pub use usage::{LATENCY_BOUNDS_SECONDS, RequestMinute};

use cadre_topology::ShardId;
use sqlx::Row;
use sqlx::postgres::PgRow;

fn bad(what: &str, e: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::Decode(format!("directory holds an invalid {what}: {e}").into())
}

fn row_shard(r: &PgRow) -> Result<ShardId, sqlx::Error> {
    let shard: i32 = r.try_get("shard_id")?;
    u16::try_from(shard)
        .ok()
        .and_then(|n| ShardId::new(n).ok())
        .ok_or_else(|| bad("shard id", shard))
}

fn row_parse<T: std::str::FromStr>(r: &PgRow, col: &str) -> Result<T, sqlx::Error>
where
    T::Err: std::fmt::Display,
{
    r.try_get::<String, _>(col)?
        .parse()
        .map_err(|e| bad(col, e))
}

fn shard_i32(id: ShardId) -> i32 {
    i32::from(id.get())
}

//! The `incidents` and `incident_events` tables: one open incident per shard at a time, with
//! its timeline and the response ladder promised to tenants (diagnosis 1 h, solution 4 h,
//! resolution 12 h from detection). Reports and the operations API read them back.

use cadre_topology::{RegionId, ShardId, ZoneId};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sqlx::postgres::PgRow;
use sqlx::{Postgres, Row, Transaction};
use uuid::Uuid;

use super::{bad, row_parse, row_shard, shard_i32};
use crate::{Directory, DirectoryError, ShardRecord};

/// What happened to a shard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentKind {
    /// The primary failed and its standby took over.
    Failover,
    /// The primary failed and nothing could take over: the shard was unavailable.
    Outage,
}

/// How bad an incident is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Requests fail (no standby took over).
    Critical,
    /// Requests failed for the seconds of a failover; redundancy is reduced until rebuilt.
    Major,
    /// Degraded without failed requests.
    Minor,
}

/// A step of an incident's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The problem was seen (first failed probe).
    Detected,
    /// The cause is known and a remedy chosen.
    Diagnosed,
    /// Service is restored (requests succeed again).
    Mitigated,
    /// Fully back to normal (redundancy restored, or closed by an operator).
    Resolved,
    /// A remark on the timeline.
    Note,
}

impl Stage {
    fn as_str(self) -> &'static str {
        match self {
            Stage::Detected => "detected",
            Stage::Diagnosed => "diagnosed",
            Stage::Mitigated => "mitigated",
            Stage::Resolved => "resolved",
            Stage::Note => "note",
        }
    }

    /// Parses `detected`, `diagnosed`...
    pub fn parse(s: &str) -> Option<Stage> {
        Some(match s {
            "detected" => Stage::Detected,
            "diagnosed" => Stage::Diagnosed,
            "mitigated" => Stage::Mitigated,
            "resolved" => Stage::Resolved,
            "note" => Stage::Note,
            _ => return None,
        })
    }
}

/// One entry of an incident's timeline as tenants see it: when a stage was reached. The
/// operators' notes stay out: they name endpoints, roles and raw errors.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct StageReached {
    /// When.
    pub at: DateTime<Utc>,
    /// Which step (never `note`).
    pub stage: Stage,
}

/// One entry of an incident's timeline.
#[derive(Debug, Clone, Serialize)]
pub struct IncidentEvent {
    /// When.
    pub at: DateTime<Utc>,
    /// Which step.
    pub stage: Stage,
    /// What was done or seen (operator English).
    pub note: String,
}

/// Whether a ladder deadline was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// Reached before the deadline.
    Met,
    /// Reached late, or not reached and the deadline has passed.
    Missed,
    /// Not reached yet, deadline still ahead.
    Open,
}

/// One rung of the response ladder.
#[derive(Debug, Clone, Serialize)]
pub struct Deadline {
    /// `diagnosis`, `solution` or `resolution`.
    pub stage: &'static str,
    /// The promise in hours from detection (1, 4, 12).
    pub hours: u32,
    /// Due at.
    pub due: DateTime<Utc>,
    /// When the stage was reached.
    pub reached_at: Option<DateTime<Utc>>,
    /// Met, missed or open.
    pub status: DeadlineStatus,
}

/// The response ladder promised to tenants: diagnosis within 1 h, a solution within 4 h and
/// resolution within 12 h of detection.
pub const LADDER: [(&str, u32); 3] = [("diagnosis", 1), ("solution", 4), ("resolution", 12)];

/// An incident with its timeline.
#[derive(Debug, Clone, Serialize)]
pub struct Incident {
    /// Id.
    pub id: Uuid,
    /// The shard.
    pub shard: ShardId,
    /// Its region.
    pub region: RegionId,
    /// Its zone.
    pub zone: ZoneId,
    /// Failover or outage.
    pub kind: IncidentKind,
    /// Severity.
    pub severity: Severity,
    /// First failed probe.
    pub detected_at: DateTime<Utc>,
    /// Cause known.
    pub diagnosed_at: Option<DateTime<Utc>>,
    /// Service restored.
    pub mitigated_at: Option<DateTime<Utc>>,
    /// Closed.
    pub resolved_at: Option<DateTime<Utc>>,
    /// The timeline.
    pub events: Vec<IncidentEvent>,
}

impl Incident {
    /// The timeline as tenants see it (see [`StageReached`]).
    pub fn stages(&self) -> Vec<StageReached> {
        self.events
            .iter()
            .filter(|e| e.stage != Stage::Note)
            .map(|e| StageReached {
                at: e.at,
                stage: e.stage,
            })
            .collect()
    }

    /// The ladder's three deadlines and whether each was met, as of `now`.
    pub fn ladder(&self, now: DateTime<Utc>) -> Vec<Deadline> {
        let reached = [self.diagnosed_at, self.mitigated_at, self.resolved_at];
        LADDER
            .iter()
            .zip(reached)
            .map(|(&(stage, hours), reached_at)| {
                let due = self.detected_at + Duration::hours(i64::from(hours));
                let status = match reached_at {
                    Some(at) if at <= due => DeadlineStatus::Met,
                    Some(_) => DeadlineStatus::Missed,
                    None if now > due => DeadlineStatus::Missed,
                    None => DeadlineStatus::Open,
                };
                Deadline {
                    stage,
                    hours,
                    due,
                    reached_at,
                    status,
                }
            })
            .collect()
    }
}

impl IncidentKind {
    fn as_str(self) -> &'static str {
        match self {
            IncidentKind::Failover => "failover",
            IncidentKind::Outage => "outage",
        }
    }
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::Major => "major",
            Severity::Minor => "minor",
        }
    }
}

fn incident_from_row(r: &PgRow) -> Result<Incident, sqlx::Error> {
    Ok(Incident {
        id: r.try_get("id")?,
        shard: row_shard(r)?,
        region: row_parse(r, "region")?,
        zone: row_parse(r, "zone")?,
        kind: match r.try_get::<&str, _>("kind")? {
            "failover" => IncidentKind::Failover,
            _ => IncidentKind::Outage,
        },
        severity: match r.try_get::<&str, _>("severity")? {
            "critical" => Severity::Critical,
            "major" => Severity::Major,
            _ => Severity::Minor,
        },
        detected_at: r.try_get("detected_at")?,
        diagnosed_at: r.try_get("diagnosed_at")?,
        mitigated_at: r.try_get("mitigated_at")?,
        resolved_at: r.try_get("resolved_at")?,
        events: Vec::new(),
    })
}

const INCIDENT_COLUMNS: &str = "id, shard_id, region, zone, kind, severity, detected_at, diagnosed_at, mitigated_at, resolved_at";

impl Directory {
    /// Opens an incident for a shard, or returns the one already open (repeated detections
    /// of the same outage join its timeline). Returns the id and whether it is new.
    pub async fn open_incident(
        &self,
        shard: &ShardRecord,
        kind: IncidentKind,
        severity: Severity,
        detected_at: DateTime<Utc>,
        note: &str,
    ) -> Result<(Uuid, bool), DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let id = Uuid::now_v7();
        let inserted: Option<Uuid> = sqlx::query_scalar(
            "INSERT INTO incidents (id, shard_id, region, zone, kind, severity, detected_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (shard_id) WHERE resolved_at IS NULL DO NOTHING
             RETURNING id",
        )
        .bind(id)
        .bind(shard_i32(shard.id))
        .bind(shard.region.as_str())
        .bind(shard.zone.as_str())
        .bind(kind.as_str())
        .bind(severity.as_str())
        .bind(detected_at)
        .fetch_optional(&mut *tx)
        .await?;
        let (id, new) = match inserted {
            Some(id) => (id, true),
            None => {
                let id: Uuid = sqlx::query_scalar(
                    "SELECT id FROM incidents WHERE shard_id = $1 AND resolved_at IS NULL",
                )
                .bind(shard_i32(shard.id))
                .fetch_one(&mut *tx)
                .await?;
                // Failing again after a failover had mitigated it: the service is down once
                // more, so the incident takes this failure's kind and severity and its
                // solution deadline runs again.
                sqlx::query(
                    "UPDATE incidents SET kind = $2, severity = $3, mitigated_at = NULL
                     WHERE id = $1 AND mitigated_at IS NOT NULL",
                )
                .bind(id)
                .bind(kind.as_str())
                .bind(severity.as_str())
                .execute(&mut *tx)
                .await?;
                (id, false)
            }
        };
        let stage = if new { Stage::Detected } else { Stage::Note };
        add_event(&mut tx, id, detected_at, stage, note).await?;
        tx.commit().await?;
        Ok((id, new))
    }

    /// Changes the kind and severity of an open incident (an outage that a failover fixed).
    pub async fn reclassify_incident(
        &self,
        id: Uuid,
        kind: IncidentKind,
        severity: Severity,
    ) -> Result<(), DirectoryError> {
        sqlx::query("UPDATE incidents SET kind = $2, severity = $3 WHERE id = $1")
            .bind(id)
            .bind(kind.as_str())
            .bind(severity.as_str())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Reaches a stage of an incident (earlier stages left unset are reached at the same
    /// moment: a mitigation implies a diagnosis) and adds it to the timeline. A stage
    /// already reached only gains a note. Returns false for an unknown incident.
    pub async fn incident_stage(
        &self,
        id: Uuid,
        stage: Stage,
        at: DateTime<Utc>,
        note: &str,
    ) -> Result<bool, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let sql = match stage {
            Stage::Detected | Stage::Note => "SELECT 1 FROM incidents WHERE id = $1",
            Stage::Diagnosed => {
                "UPDATE incidents SET diagnosed_at = coalesce(diagnosed_at, greatest($2, detected_at))
                 WHERE id = $1 RETURNING 1"
            }
            Stage::Mitigated => {
                "UPDATE incidents SET diagnosed_at = coalesce(diagnosed_at, greatest($2, detected_at)),
                        mitigated_at = coalesce(mitigated_at, greatest($2, detected_at))
                 WHERE id = $1 RETURNING 1"
            }
            Stage::Resolved => {
                "UPDATE incidents SET diagnosed_at = coalesce(diagnosed_at, greatest($2, detected_at)),
                        mitigated_at = coalesce(mitigated_at, greatest($2, detected_at)),
                        resolved_at = coalesce(resolved_at, greatest($2, detected_at))
                 WHERE id = $1 RETURNING 1"
            }
        };
        let found: Option<i32> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(at)
            .fetch_optional(&mut *tx)
            .await?;
        if found.is_none() {
            return Ok(false);
        }
        add_event(&mut tx, id, at, stage, note).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Whether a failover was part of this incident.
    pub async fn incident_had_failover(&self, id: Uuid) -> Result<bool, DirectoryError> {
        Ok(
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM failovers WHERE incident_id = $1)")
                .bind(id)
                .fetch_one(self.pool())
                .await?,
        )
    }

    /// The open incident of a shard, if any.
    pub async fn open_incident_of(&self, shard: ShardId) -> Result<Option<Uuid>, DirectoryError> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM incidents WHERE shard_id = $1 AND resolved_at IS NULL",
        )
        .bind(shard_i32(shard))
        .fetch_optional(self.pool())
        .await?)
    }

    /// Incidents open at some time in `[from, to)` (detected before `to`, not resolved before
    /// `from`) on the given shards (all shards when `None`),
    /// newest first, with their timelines.
    pub async fn incidents(
        &self,
        shards: Option<&[ShardId]>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Incident>, DirectoryError> {
        let ids: Option<Vec<i32>> = shards.map(|s| s.iter().copied().map(shard_i32).collect());
        let sql = format!(
            "SELECT {INCIDENT_COLUMNS} FROM incidents
             WHERE ($1::int[] IS NULL OR shard_id = ANY($1))
               AND detected_at < $3 AND (resolved_at IS NULL OR resolved_at >= $2)
             ORDER BY detected_at DESC LIMIT 500"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(ids)
            .bind(from)
            .bind(to)
            .fetch_all(self.pool())
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(incident_from_row(r)?);
        }
        self.attach_events(&mut out).await?;
        Ok(out)
    }

    /// One incident with its timeline.
    pub async fn incident(&self, id: Uuid) -> Result<Option<Incident>, DirectoryError> {
        let sql = format!("SELECT {INCIDENT_COLUMNS} FROM incidents WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        let Some(row) = row else { return Ok(None) };
        let mut one = vec![incident_from_row(&row)?];
        self.attach_events(&mut one).await?;
        Ok(one.pop())
    }

    async fn attach_events(&self, incidents: &mut [Incident]) -> Result<(), DirectoryError> {
        let ids: Vec<Uuid> = incidents.iter().map(|i| i.id).collect();
        let rows = sqlx::query(
            "SELECT incident_id, at, stage, note FROM incident_events
             WHERE incident_id = ANY($1) ORDER BY at, stage",
        )
        .bind(&ids)
        .fetch_all(self.pool())
        .await?;
        for r in rows {
            let id: Uuid = r.try_get("incident_id")?;
            let stage: String = r.try_get("stage")?;
            let event = IncidentEvent {
                at: r.try_get("at")?,
                stage: Stage::parse(&stage).ok_or_else(|| bad("stage", &stage))?,
                note: r.try_get("note")?,
            };
            if let Some(i) = incidents.iter_mut().find(|i| i.id == id) {
                i.events.push(event);
            }
        }
        Ok(())
    }
}

async fn add_event(
    tx: &mut Transaction<'_, Postgres>,
    id: Uuid,
    at: DateTime<Utc>,
    stage: Stage,
    note: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO incident_events (incident_id, at, stage, note) VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(at)
    .bind(stage.as_str())
    .bind(note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident(detected: DateTime<Utc>) -> Incident {
        Incident {
            id: Uuid::nil(),
            shard: ShardId::new(1).expect("valid"),
            region: "eu-central".parse().expect("valid"),
            zone: "eu".parse().expect("valid"),
            kind: IncidentKind::Failover,
            severity: Severity::Major,
            detected_at: detected,
            diagnosed_at: None,
            mitigated_at: None,
            resolved_at: None,
            events: Vec::new(),
        }
    }

    #[test]
    fn the_ladder_counts_from_detection() {
        let t0 = DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .expect("valid")
            .with_timezone(&Utc);
        let mut i = incident(t0);
        i.diagnosed_at = Some(t0 + Duration::minutes(59));
        i.mitigated_at = Some(t0 + Duration::minutes(241));
        let at = |h| t0 + Duration::hours(h);
        let ladder = i.ladder(at(5));
        let status: Vec<_> = ladder.iter().map(|d| d.status).collect();
        assert_eq!(
            status,
            [
                DeadlineStatus::Met,
                DeadlineStatus::Missed,
                DeadlineStatus::Open
            ]
        );
        assert_eq!(ladder[2].due, at(12));
        // Unresolved past 12 h is missed even though nothing was recorded late.
        assert_eq!(i.ladder(at(13))[2].status, DeadlineStatus::Missed);
    }
}

//! Operations records in the directory: failovers of the shard map, incidents with their
//! response ladder, probe and request aggregates, and the index of health reports.

use cadre_topology::{RegionId, ShardEpoch, ShardId, ZoneId};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sqlx::postgres::PgRow;
use sqlx::{Postgres, Row, Transaction};
use uuid::Uuid;

use crate::repo::shard_from_row;
use crate::{Directory, DirectoryError, ShardRecord, TenantId};

/// Upper bounds (seconds) of the request latency buckets, shared by the gateway's Prometheus
/// histogram and the per-tenant counts that health reports read; a last bucket counts the rest.
pub const LATENCY_BOUNDS_SECONDS: &[f64] = &[
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

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

/// A completed promotion of a standby.
#[derive(Debug, Clone, Serialize)]
pub struct Failover {
    /// Id.
    pub id: Uuid,
    /// The shard.
    pub shard: ShardId,
    /// Region.
    pub region: RegionId,
    /// Zone (the promoted standby's zone is the same, by constraint).
    pub zone: ZoneId,
    /// `automatic` or `switchover`.
    pub kind: String,
    /// The former primary.
    pub from_endpoint: String,
    /// The promoted standby.
    pub to_endpoint: String,
    /// The epoch it started.
    pub epoch: ShardEpoch,
    /// Decision time.
    pub started_at: DateTime<Utc>,
    /// When the directory announced the new primary.
    pub completed_at: DateTime<Utc>,
    /// The incident it belongs to (none for a planned switchover).
    pub incident: Option<Uuid>,
}

/// A promotion to record in the shard map.
#[derive(Debug, Clone)]
pub struct Promotion<'a> {
    /// The shard as the runner last read it (its epoch is compared and set).
    pub shard: &'a ShardRecord,
    /// `automatic` or `switchover`.
    pub kind: &'static str,
    /// When the decision was taken.
    pub started_at: DateTime<Utc>,
    /// The incident, for automatic failovers.
    pub incident: Option<Uuid>,
}

/// Probe results of one shard role over one minute.
#[derive(Debug, Clone, Default)]
pub struct HealthMinute {
    /// Probes sent.
    pub probes: i32,
    /// Probes that failed.
    pub failures: i32,
    /// Sum of successful probe latencies.
    pub latency_ms_sum: f64,
    /// Largest replication lag seen, in bytes.
    pub lag_bytes_max: Option<i64>,
    /// Largest replication lag seen, in seconds.
    pub lag_seconds_max: Option<f64>,
}

/// A stored health minute, as reports read it.
#[derive(Debug, Clone)]
pub struct HealthRow {
    /// Shard.
    pub shard: ShardId,
    /// `primary` or `standby`.
    pub role: String,
    /// Minute.
    pub minute: DateTime<Utc>,
    /// Aggregates.
    pub health: HealthMinute,
}

/// Requests of one tenant in one region over one minute.
#[derive(Debug, Clone)]
pub struct RequestMinute {
    /// Tenant.
    pub tenant: TenantId,
    /// Region that served them.
    pub region: RegionId,
    /// Minute.
    pub minute: DateTime<Utc>,
    /// Requests.
    pub requests: i64,
    /// 5xx answers.
    pub server_errors: i64,
    /// 4xx answers.
    pub client_errors: i64,
    /// Requests per latency bucket (bounds are the gateway's).
    pub latency_buckets: Vec<i64>,
}

/// A stored health report (the objects are in `bucket`).
#[derive(Debug, Clone, Serialize)]
pub struct ReportRecord {
    /// Id.
    pub id: Uuid,
    /// Tenant (none for a region's operator report).
    pub tenant: Option<TenantId>,
    /// Region whose bucket holds it.
    pub region: RegionId,
    /// `tenant` or `region`.
    pub scope: String,
    /// `schedule` or `on_demand`.
    pub trigger: String,
    /// Period start (inclusive).
    pub period_start: DateTime<Utc>,
    /// Period end (exclusive).
    pub period_end: DateTime<Utc>,
    /// Language it is written in.
    pub locale: String,
    /// Bucket.
    pub bucket: String,
    /// Key of the JSON rendering.
    pub json_key: String,
    /// Key of the HTML rendering.
    pub html_key: String,
    /// Stored at.
    pub created_at: DateTime<Utc>,
}

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

fn shard_i32(id: ShardId) -> i32 {
    i32::from(id.get())
}

const INCIDENT_COLUMNS: &str = "id, shard_id, region, zone, kind, severity, detected_at, diagnosed_at, mitigated_at, resolved_at";

impl Directory {
    /// One shard's entry.
    pub async fn shard(&self, id: ShardId) -> Result<Option<ShardRecord>, DirectoryError> {
        let row = sqlx::query(
            "SELECT id, region, zone, primary_endpoint, standby_endpoint, standby_zone, epoch, status,
                    fenced_endpoints
             FROM shards WHERE id = $1",
        )
        .bind(shard_i32(id))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(shard_from_row).transpose()?)
    }

    /// Makes the shard's standby its primary in a new epoch and fences the former primary,
    /// if nobody changed the shard since the caller read it (compare-and-set on the epoch).
    /// Returns the new epoch, or `None` when the shard had moved on. The change is announced
    /// to every gateway by the directory's trigger.
    pub async fn promote_standby(
        &self,
        p: &Promotion<'_>,
    ) -> Result<Option<ShardEpoch>, DirectoryError> {
        let shard = p.shard;
        let (Some(standby), Some(standby_zone)) = (&shard.standby_endpoint, &shard.standby_zone)
        else {
            return Ok(None);
        };
        let mut tx = self.pool().begin().await?;
        let epoch: Option<i64> = sqlx::query_scalar(
            "UPDATE shards SET primary_endpoint = standby_endpoint, standby_endpoint = NULL,
                    standby_zone = NULL, epoch = epoch + 1, status = 'serving',
                    fenced_endpoints = array_append(fenced_endpoints, primary_endpoint),
                    updated_at = now()
             WHERE id = $1 AND epoch = $2 AND standby_endpoint = $3 AND standby_zone = zone
             RETURNING epoch",
        )
        .bind(shard_i32(shard.id))
        .bind(shard.epoch.0)
        .bind(standby)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(epoch) = epoch else {
            return Ok(None);
        };
        sqlx::query(
            "INSERT INTO failovers (id, shard_id, region, zone, kind, from_endpoint, to_endpoint,
                                    to_zone, epoch, started_at, completed_at, incident_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11)",
        )
        .bind(Uuid::now_v7())
        .bind(shard_i32(shard.id))
        .bind(shard.region.as_str())
        .bind(shard.zone.as_str())
        .bind(p.kind)
        .bind(&shard.primary_endpoint)
        .bind(standby)
        .bind(standby_zone.as_str())
        .bind(epoch)
        .bind(p.started_at)
        .bind(p.incident)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(ShardEpoch(epoch)))
    }

    /// Marks a shard serving or unavailable (gateways answer 503 at once while unavailable).
    pub async fn set_shard_available(
        &self,
        id: ShardId,
        available: bool,
    ) -> Result<(), DirectoryError> {
        sqlx::query(
            "UPDATE shards SET status = $2, updated_at = now()
             WHERE id = $1 AND status IS DISTINCT FROM $2",
        )
        .bind(shard_i32(id))
        .bind(if available { "serving" } else { "unavailable" })
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a rebuilt standby for a shard (it is a copy of the current primary).
    pub async fn set_standby(
        &self,
        id: ShardId,
        endpoint: &str,
        zone: &ZoneId,
    ) -> Result<(), DirectoryError> {
        sqlx::query(
            "UPDATE shards SET standby_endpoint = $2, standby_zone = $3,
                    fenced_endpoints = array_remove(fenced_endpoints, $2), updated_at = now()
             WHERE id = $1",
        )
        .bind(shard_i32(id))
        .bind(endpoint)
        .bind(zone.as_str())
        .execute(self.pool())
        .await?;
        Ok(())
    }

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

    /// Failovers completed in `[from, to)` on the given shards (all when `None`).
    pub async fn failovers(
        &self,
        shards: Option<&[ShardId]>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Failover>, DirectoryError> {
        let ids: Option<Vec<i32>> = shards.map(|s| s.iter().copied().map(shard_i32).collect());
        let rows = sqlx::query(
            "SELECT id, shard_id, region, zone, kind, from_endpoint, to_endpoint, epoch, started_at,
                    completed_at, incident_id
             FROM failovers
             WHERE ($1::int[] IS NULL OR shard_id = ANY($1)) AND completed_at >= $2 AND completed_at < $3
             ORDER BY completed_at DESC LIMIT 500",
        )
        .bind(ids)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Failover {
                    id: r.try_get("id")?,
                    shard: row_shard(r)?,
                    region: row_parse(r, "region")?,
                    zone: row_parse(r, "zone")?,
                    kind: r.try_get("kind")?,
                    from_endpoint: r.try_get("from_endpoint")?,
                    to_endpoint: r.try_get("to_endpoint")?,
                    epoch: ShardEpoch(r.try_get("epoch")?),
                    started_at: r.try_get("started_at")?,
                    completed_at: r.try_get("completed_at")?,
                    incident: r.try_get("incident_id")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DirectoryError::from)
    }

    /// Adds probe results to a shard role's minute.
    pub async fn add_health_minute(
        &self,
        shard: ShardId,
        role: &str,
        minute: DateTime<Utc>,
        h: &HealthMinute,
    ) -> Result<(), DirectoryError> {
        sqlx::query(
            "INSERT INTO shard_health_minutes
                 (shard_id, role, minute, probes, failures, latency_ms_sum, lag_bytes_max, lag_seconds_max)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (shard_id, role, minute) DO UPDATE SET
                 probes = shard_health_minutes.probes + EXCLUDED.probes,
                 failures = shard_health_minutes.failures + EXCLUDED.failures,
                 latency_ms_sum = shard_health_minutes.latency_ms_sum + EXCLUDED.latency_ms_sum,
                 lag_bytes_max = greatest(shard_health_minutes.lag_bytes_max, EXCLUDED.lag_bytes_max),
                 lag_seconds_max = greatest(shard_health_minutes.lag_seconds_max, EXCLUDED.lag_seconds_max)",
        )
        .bind(shard_i32(shard))
        .bind(role)
        .bind(minute)
        .bind(h.probes)
        .bind(h.failures)
        .bind(h.latency_ms_sum)
        .bind(h.lag_bytes_max)
        .bind(h.lag_seconds_max)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Probe minutes of the given shards in `[from, to)`.
    pub async fn health_minutes(
        &self,
        shards: &[ShardId],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<HealthRow>, DirectoryError> {
        let ids: Vec<i32> = shards.iter().copied().map(shard_i32).collect();
        let rows = sqlx::query(
            "SELECT shard_id, role, minute, probes, failures, latency_ms_sum, lag_bytes_max, lag_seconds_max
             FROM shard_health_minutes
             WHERE shard_id = ANY($1) AND minute >= $2 AND minute < $3 ORDER BY minute",
        )
        .bind(&ids)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(HealthRow {
                    shard: row_shard(r)?,
                    role: r.try_get("role")?,
                    minute: r.try_get("minute")?,
                    health: HealthMinute {
                        probes: r.try_get("probes")?,
                        failures: r.try_get("failures")?,
                        latency_ms_sum: r.try_get("latency_ms_sum")?,
                        lag_bytes_max: r.try_get("lag_bytes_max")?,
                        lag_seconds_max: r.try_get("lag_seconds_max")?,
                    },
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DirectoryError::from)
    }

    /// Adds request counts (one row per tenant, region and minute) in one statement.
    pub async fn add_request_minutes(&self, rows: &[RequestMinute]) -> Result<(), DirectoryError> {
        if rows.is_empty() {
            return Ok(());
        }
        // Histograms travel as JSON arrays: sqlx cannot bind an array of arrays.
        let buckets: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| serde_json::json!(r.latency_buckets))
            .collect();
        sqlx::query(
            "INSERT INTO request_minutes AS m
                 (tenant_id, region, minute, requests, server_errors, client_errors, latency_buckets)
             SELECT t, r, mi, q, s, c, ARRAY(SELECT jsonb_array_elements_text(b)::bigint)
             FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::bigint[], $5::bigint[],
                         $6::bigint[], $7::jsonb[]) AS u(t, r, mi, q, s, c, b)
             WHERE EXISTS (SELECT FROM tenants WHERE id = t)
             ON CONFLICT (tenant_id, region, minute) DO UPDATE SET
                 requests = m.requests + EXCLUDED.requests,
                 server_errors = m.server_errors + EXCLUDED.server_errors,
                 client_errors = m.client_errors + EXCLUDED.client_errors,
                 latency_buckets = ARRAY(
                     SELECT coalesce(a, 0) + coalesce(b, 0)
                     FROM unnest(m.latency_buckets, EXCLUDED.latency_buckets) AS x(a, b))",
        )
        .bind(rows.iter().map(|r| r.tenant.0).collect::<Vec<_>>())
        .bind(
            rows.iter()
                .map(|r| r.region.as_str().to_owned())
                .collect::<Vec<_>>(),
        )
        .bind(rows.iter().map(|r| r.minute).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.requests).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.server_errors).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.client_errors).collect::<Vec<_>>())
        .bind(buckets)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Request minutes of a tenant (all tenants when `None`) in `[from, to)`.
    pub async fn request_minutes(
        &self,
        tenant: Option<TenantId>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<RequestMinute>, DirectoryError> {
        let rows = sqlx::query(
            "SELECT tenant_id, region, minute, requests, server_errors, client_errors, latency_buckets
             FROM request_minutes
             WHERE ($1::uuid IS NULL OR tenant_id = $1) AND minute >= $2 AND minute < $3
             ORDER BY minute",
        )
        .bind(tenant.map(|t| t.0))
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(RequestMinute {
                    tenant: TenantId(r.try_get("tenant_id")?),
                    region: row_parse(r, "region")?,
                    minute: r.try_get("minute")?,
                    requests: r.try_get("requests")?,
                    server_errors: r.try_get("server_errors")?,
                    client_errors: r.try_get("client_errors")?,
                    latency_buckets: r.try_get("latency_buckets")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DirectoryError::from)
    }

    /// Indexes a stored report. A second scheduled report for the same subject and period
    /// is refused (returns false): several runners may race to write it.
    pub async fn insert_report(&self, r: &ReportRecord) -> Result<bool, DirectoryError> {
        let done = sqlx::query(
            "INSERT INTO reports (id, tenant_id, region, scope, trigger, period_start, period_end,
                                  locale, bucket, json_key, html_key, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT DO NOTHING",
        )
        .bind(r.id)
        .bind(r.tenant.map(|t| t.0))
        .bind(r.region.as_str())
        .bind(&r.scope)
        .bind(&r.trigger)
        .bind(r.period_start)
        .bind(r.period_end)
        .bind(&r.locale)
        .bind(&r.bucket)
        .bind(&r.json_key)
        .bind(&r.html_key)
        .bind(r.created_at)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Whether a scheduled report exists for a tenant (or, with `None`, a region) and period.
    pub async fn scheduled_report_exists(
        &self,
        tenant: Option<TenantId>,
        region: &RegionId,
        period_start: DateTime<Utc>,
    ) -> Result<bool, DirectoryError> {
        Ok(sqlx::query_scalar(
            "SELECT EXISTS (SELECT FROM reports WHERE trigger = 'schedule' AND period_start = $3
                 AND CASE WHEN $1::uuid IS NULL THEN scope = 'region' AND region = $2
                          ELSE scope = 'tenant' AND tenant_id = $1 END)",
        )
        .bind(tenant.map(|t| t.0))
        .bind(region.as_str())
        .bind(period_start)
        .fetch_one(self.pool())
        .await?)
    }

    /// Reports of a tenant (or, with `None`, the operator reports of every region), newest first.
    pub async fn reports(
        &self,
        tenant: Option<TenantId>,
    ) -> Result<Vec<ReportRecord>, DirectoryError> {
        let rows = sqlx::query(
            "SELECT id, tenant_id, region, scope, trigger, period_start, period_end, locale, bucket,
                    json_key, html_key, created_at
             FROM reports
             WHERE CASE WHEN $1::uuid IS NULL THEN scope = 'region' ELSE tenant_id = $1 END
             ORDER BY created_at DESC LIMIT 200",
        )
        .bind(tenant.map(|t| t.0))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(report_from_row)
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DirectoryError::from)
    }

    /// One report.
    pub async fn report(&self, id: Uuid) -> Result<Option<ReportRecord>, DirectoryError> {
        let row = sqlx::query(
            "SELECT id, tenant_id, region, scope, trigger, period_start, period_end, locale, bucket,
                    json_key, html_key, created_at
             FROM reports WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(report_from_row).transpose()?)
    }
}

fn report_from_row(r: &PgRow) -> Result<ReportRecord, sqlx::Error> {
    Ok(ReportRecord {
        id: r.try_get("id")?,
        tenant: r.try_get::<Option<Uuid>, _>("tenant_id")?.map(TenantId),
        region: row_parse(r, "region")?,
        scope: r.try_get("scope")?,
        trigger: r.try_get("trigger")?,
        period_start: r.try_get("period_start")?,
        period_end: r.try_get("period_end")?,
        locale: r.try_get("locale")?,
        bucket: r.try_get("bucket")?,
        json_key: r.try_get("json_key")?,
        html_key: r.try_get("html_key")?,
        created_at: r.try_get("created_at")?,
    })
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

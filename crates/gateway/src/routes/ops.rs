//! Operations: incidents with their response ladder (tenants see those of the shards that hold
//! their data; the operator sees all and writes the timeline) and the shard map.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use cadre_directory::{Deadline, Incident, IncidentKind, Severity, Stage};
use cadre_i18n::{Arg, msg};
use cadre_topology::ShardId;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::Items;
use crate::auth::{Caller, Operator};
use crate::json::ApiJson;
use crate::problem::ApiError;
use crate::state::AppState;

/// How far back incident lists reach.
const INCIDENT_WINDOW_DAYS: i64 = 400;

/// An incident with its response ladder and timeline (the same shape as in health reports).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Incident)]
pub(crate) struct IncidentView<'a> {
    id: Uuid,
    /// The shard.
    shard: u16,
    /// Its region.
    region: &'a str,
    /// Its zone.
    zone: &'a str,
    #[schema(value_type = IncidentKindName)]
    kind: IncidentKind,
    #[schema(value_type = SeverityName)]
    severity: Severity,
    /// `open` or `resolved`.
    status: &'static str,
    /// First failed probe.
    detected_at: DateTime<Utc>,
    /// Cause known.
    diagnosed_at: Option<DateTime<Utc>>,
    /// Service restored.
    mitigated_at: Option<DateTime<Utc>>,
    /// Closed.
    resolved_at: Option<DateTime<Utc>>,
    /// Diagnosis within 1 h, a solution within 4 h, resolution within 12 h of detection.
    #[schema(value_type = Vec<LadderStep>)]
    ladder: Vec<Deadline>,
    /// Tenants see when each stage was reached; operators also see the notes.
    #[schema(value_type = Vec<TimelineEvent>)]
    timeline: Vec<Entry<'a>>,
}

/// A timeline entry, with its note for operators only.
#[derive(Debug, Serialize)]
pub(crate) struct Entry<'a> {
    at: DateTime<Utc>,
    stage: Stage,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

impl<'a> IncidentView<'a> {
    fn new(i: &'a Incident, now: DateTime<Utc>, for_operators: bool) -> Self {
        let timeline = i
            .events
            .iter()
            .filter(|e| for_operators || e.stage != Stage::Note)
            .map(|e| Entry {
                at: e.at,
                stage: e.stage,
                note: for_operators.then_some(e.note.as_str()),
            })
            .collect();
        Self {
            id: i.id,
            shard: i.shard.get(),
            region: i.region.as_str(),
            zone: i.zone.as_str(),
            kind: i.kind,
            severity: i.severity,
            status: if i.resolved_at.is_some() {
                "resolved"
            } else {
                "open"
            },
            detected_at: i.detected_at,
            diagnosed_at: i.diagnosed_at,
            mitigated_at: i.mitigated_at,
            resolved_at: i.resolved_at,
            ladder: i.ladder(now),
            timeline,
        }
    }
}

/// What happened to a shard.
#[derive(Debug, ToSchema)]
#[schema(as = IncidentKind, rename_all = "snake_case")]
#[allow(dead_code)] // documentation of `cadre_directory::IncidentKind`
pub(crate) enum IncidentKindName {
    /// The primary failed and its standby took over.
    Failover,
    /// The primary failed and nothing could take over.
    Outage,
}

/// How bad an incident is.
#[derive(Debug, ToSchema)]
#[schema(as = Severity, rename_all = "snake_case")]
#[allow(dead_code)] // documentation of `cadre_directory::Severity`
pub(crate) enum SeverityName {
    Critical,
    Major,
    Minor,
}

/// A step of an incident's timeline.
#[derive(Debug, ToSchema)]
#[schema(as = IncidentStage, rename_all = "snake_case")]
#[allow(dead_code)] // documentation of `cadre_directory::Stage`
pub(crate) enum StageName {
    Detected,
    Diagnosed,
    Mitigated,
    Resolved,
    Note,
}

/// Whether a ladder deadline was kept.
#[derive(Debug, ToSchema)]
#[schema(as = DeadlineStatus, rename_all = "snake_case")]
#[allow(dead_code)] // documentation of `cadre_directory::DeadlineStatus`
pub(crate) enum DeadlineStatusName {
    Met,
    Missed,
    Open,
}

/// One rung of the response ladder.
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // documentation of `cadre_directory::Deadline`
pub(crate) struct LadderStep {
    /// `diagnosis`, `solution` or `resolution`.
    stage: String,
    /// The promise in hours from detection (1, 4, 12).
    hours: u32,
    /// Due at.
    due: DateTime<Utc>,
    /// When the stage was reached.
    reached_at: Option<DateTime<Utc>>,
    status: DeadlineStatusName,
}

/// One entry of an incident's timeline.
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // documentation of `cadre_directory::IncidentEvent`
pub(crate) struct TimelineEvent {
    at: DateTime<Utc>,
    stage: StageName,
    /// What was done or seen (operator English; only on operator routes: notes name
    /// endpoints and raw errors).
    note: Option<String>,
}

/// `GET /v1/incidents`: incidents of the shards holding the caller's legal entities.
#[utoipa::path(
    get,
    path = "/v1/incidents",
    tag = "operations",
    operation_id = "listTenantIncidents",
    summary = "Incidents of the shards that hold the tenant's data",
    description = "The last 400 days.",
    security(("api_key" = [])),
    responses((status = 200, description = "The incidents.", body = Items<IncidentView>)),
)]
pub(crate) async fn tenant_incidents(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    let mut shards: Vec<ShardId> = caller.tenant.entities.iter().map(|e| e.shard_id).collect();
    shards.sort();
    shards.dedup();
    let now = Utc::now();
    let incidents = state
        .directory
        .incidents(
            Some(&shards),
            now - Duration::days(INCIDENT_WINDOW_DAYS),
            now + Duration::minutes(1),
        )
        .await?;
    let items: Vec<_> = incidents
        .iter()
        .map(|i| IncidentView::new(i, now, false))
        .collect();
    Ok(Json(Items::from(items)).into_response())
}

/// `GET /v1/ops/incidents`: every incident (operator).
#[utoipa::path(
    get,
    path = "/v1/ops/incidents",
    tag = "operations",
    operation_id = "listIncidents",
    summary = "Every incident",
    description = "The last 400 days.",
    security(("operator" = [])),
    responses((status = 200, description = "The incidents.", body = Items<IncidentView>)),
)]
pub(crate) async fn all_incidents(
    State(state): State<AppState>,
    _: Operator,
) -> Result<Response, ApiError> {
    let now = Utc::now();
    let incidents = state
        .directory
        .incidents(
            None,
            now - Duration::days(INCIDENT_WINDOW_DAYS),
            now + Duration::minutes(1),
        )
        .await?;
    let items: Vec<_> = incidents
        .iter()
        .map(|i| IncidentView::new(i, now, true))
        .collect();
    Ok(Json(Items::from(items)).into_response())
}

/// A step an operator records on an incident's timeline.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewEvent {
    /// `diagnosed`, `mitigated`, `resolved` or `note`.
    stage: String,
    /// What was done or seen (1 to 2000 characters).
    note: String,
}

/// `POST /v1/ops/incidents/{id}/events`: the operator records a stage (or a note).
#[utoipa::path(
    post,
    path = "/v1/ops/incidents/{id}/events",
    tag = "operations",
    operation_id = "addIncidentEvent",
    summary = "Record a stage or a note on an incident",
    security(("operator" = [])),
    params(("id" = Uuid, Path, description = "The incident.")),
    request_body = NewEvent,
    responses((status = 200, description = "The incident as it now stands.", body = IncidentView)),
)]
pub(crate) async fn add_event(
    State(state): State<AppState>,
    _: Operator,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewEvent>,
) -> Result<Response, ApiError> {
    let not_found = || ApiError::not_found(msg!("problem-not-found-incident"));
    let id = Uuid::try_parse(&id).map_err(|_| not_found())?;
    let stage = Stage::parse(&body.stage)
        .filter(|s| *s != Stage::Detected)
        .ok_or_else(|| {
            ApiError::invalid_field(
                "stage",
                msg!(
                    "field-incident-stage",
                    value = body.stage.as_str(),
                    known = Arg::OrList(
                        ["diagnosed", "mitigated", "resolved", "note"]
                            .map(String::from)
                            .to_vec()
                    )
                ),
            )
        })?;
    let note = body.note.trim();
    if note.is_empty() || note.chars().count() > 2000 {
        return Err(ApiError::invalid_field(
            "note",
            msg!("field-text-length", min = 1, max = 2000),
        ));
    }
    if !state
        .directory
        .incident_stage(id, stage, Utc::now(), note)
        .await?
    {
        return Err(not_found());
    }
    let incident = state.directory.incident(id).await?.ok_or_else(not_found)?;
    Ok(Json(IncidentView::new(&incident, Utc::now(), true)).into_response())
}

/// One shard as the directory holds it, and the epoch this gateway routes with.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ShardEntry<'a> {
    id: u16,
    region: &'a str,
    zone: &'a str,
    /// Bumped on every failover or switchover.
    epoch: i64,
    /// `serving` or `unavailable`.
    status: &'static str,
    /// Where writes go in this epoch.
    primary: &'a str,
    /// The standby in the same zone.
    standby: Option<&'a str>,
    standby_zone: Option<&'a str>,
    /// Former primaries, never written to again until rebuilt as standbys.
    fenced: &'a [String],
    /// The epoch this gateway routes with (null if it does not know the shard).
    gateway_epoch: Option<i64>,
}

/// The shard map.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ShardMap<'a> {
    items: Vec<ShardEntry<'a>>,
}

/// `GET /v1/ops/shards`: the shard map as the directory holds it (operator).
#[utoipa::path(
    get,
    path = "/v1/ops/shards",
    tag = "operations",
    operation_id = "getShardMap",
    summary = "The shard map",
    security(("operator" = [])),
    responses((status = 200, description = "Every shard.", body = ShardMap)),
)]
pub(crate) async fn shard_map(
    State(state): State<AppState>,
    _: Operator,
) -> Result<Response, ApiError> {
    let shards = state.directory.shards().await?;
    let items: Vec<ShardEntry<'_>> = shards
        .iter()
        .map(|s| ShardEntry {
            id: s.id.get(),
            region: s.region.as_str(),
            zone: s.zone.as_str(),
            epoch: s.epoch.0,
            status: if s.available {
                "serving"
            } else {
                "unavailable"
            },
            primary: &s.primary_endpoint,
            standby: s.standby_endpoint.as_deref(),
            standby_zone: s.standby_zone.as_ref().map(|z| z.as_str()),
            fenced: &s.fenced_endpoints,
            gateway_epoch: state.shards.get(s.id).map(|r| r.epoch.0),
        })
        .collect();
    Ok(Json(ShardMap { items }).into_response())
}

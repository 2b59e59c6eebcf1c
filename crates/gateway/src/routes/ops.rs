//! Operations: incidents with their response ladder (tenants see those of the shards that hold
//! their data; the operator sees all and writes the timeline) and the shard map.

use axum::Json;
use axum::extract::{Path, State};
use cadre_directory::Stage;
use cadre_i18n::{Arg, msg};
use cadre_reports::incident_value;
use cadre_topology::ShardId;
use chrono::{Duration, Utc};
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::auth::{Caller, Operator};
use crate::json::ApiJson;
use crate::problem::ApiError;
use crate::state::AppState;

/// How far back incident lists reach.
const INCIDENT_WINDOW_DAYS: i64 = 400;

/// `GET /v1/incidents`: incidents of the shards holding the caller's legal entities.
pub(crate) async fn tenant_incidents(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Value>, ApiError> {
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
    let items: Vec<Value> = incidents.iter().map(|i| incident_value(i, now)).collect();
    Ok(Json(json!({ "items": items })))
}

/// `GET /v1/ops/incidents`: every incident (operator).
pub(crate) async fn all_incidents(
    State(state): State<AppState>,
    _: Operator,
) -> Result<Json<Value>, ApiError> {
    let now = Utc::now();
    let incidents = state
        .directory
        .incidents(
            None,
            now - Duration::days(INCIDENT_WINDOW_DAYS),
            now + Duration::minutes(1),
        )
        .await?;
    let items: Vec<Value> = incidents.iter().map(|i| incident_value(i, now)).collect();
    Ok(Json(json!({ "items": items })))
}

/// A step an operator records on an incident's timeline.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewEvent {
    stage: String,
    note: String,
}

/// `POST /v1/ops/incidents/{id}/events`: the operator records a stage (or a note).
pub(crate) async fn add_event(
    State(state): State<AppState>,
    _: Operator,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewEvent>,
) -> Result<Json<Value>, ApiError> {
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
    Ok(Json(incident_value(&incident, Utc::now())))
}

/// `GET /v1/ops/shards`: the shard map as the directory holds it (operator).
pub(crate) async fn shard_map(
    State(state): State<AppState>,
    _: Operator,
) -> Result<Json<Value>, ApiError> {
    let shards = state.directory.shards().await?;
    let items: Vec<Value> = shards
        .iter()
        .map(|s| {
            let routed = state.shards.get(s.id);
            json!({
                "id": s.id.get(),
                "region": s.region,
                "zone": s.zone,
                "epoch": s.epoch.0,
                "status": if s.available { "serving" } else { "unavailable" },
                "primary": s.primary_endpoint,
                "standby": s.standby_endpoint,
                "standby_zone": s.standby_zone,
                "fenced": s.fenced_endpoints,
                "gateway_epoch": routed.map(|r| r.epoch.0),
            })
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}

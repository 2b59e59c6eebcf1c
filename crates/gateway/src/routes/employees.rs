//! Employee records. Routing: a single employee's requests go to the one shard its id names;
//! creation goes to the shard of the chosen legal entity; a list goes to the shards of the
//! tenant's legal entities only (one, with a legal-entity filter) and merges by id.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cadre_directory::{LegalEntityId, Scope};
use cadre_hr::{
    Defaults, Employee, EmployeeFilter, EmployeeId, EmployeePatch, NewEmployee, RepoError,
    employees,
};
use cadre_i18n::{Arg, msg};
use cadre_shards::Shard;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::AppState;
use crate::auth::Caller;
use crate::json::ApiJson;
use crate::problem::ApiError;
use crate::telemetry::RegionLabel;
use crate::viewer::{ViewerZone, show_in};

/// Default and largest page sizes.
const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 200;

#[derive(Serialize)]
struct View<'a> {
    #[serde(flatten)]
    employee: &'a Employee,
    /// Present only for keys with `employees:sensitive`.
    #[serde(skip_serializing_if = "Option::is_none")]
    national_id: Option<Option<&'a str>>,
}

fn view<'a>(caller: &Caller, e: &'a Employee) -> View<'a> {
    let national_id = caller
        .has(Scope::EmployeesSensitive)
        .then_some(e.national_id.as_deref());
    View {
        employee: e,
        national_id,
    }
}

fn etag(version: i64) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{version}\"")).unwrap_or(HeaderValue::from_static("\"0\""))
}

fn json_view(caller: &Caller, e: &Employee, zone: ViewerZone) -> serde_json::Value {
    let mut doc = serde_json::to_value(view(caller, e)).unwrap_or_default();
    if let ViewerZone(Some(tz)) = zone {
        // The record's instants, shown in the viewer's zone.
        show_in(
            &mut doc,
            tz,
            &[("created_at", e.created_at), ("updated_at", e.updated_at)],
        );
    }
    doc
}

fn respond(
    caller: &Caller,
    shard: &Shard,
    status: StatusCode,
    e: &Employee,
    zone: ViewerZone,
) -> Response {
    // Serialized straight from the record unless instants must be shown in another zone.
    let mut res = match zone {
        ViewerZone(None) => (status, Json(view(caller, e))).into_response(),
        zone => (status, Json(json_view(caller, e, zone))).into_response(),
    };
    res.headers_mut().insert(header::ETAG, etag(e.version));
    if status == StatusCode::CREATED
        && let Ok(loc) = HeaderValue::from_str(&format!("/v1/employees/{}", e.id))
    {
        res.headers_mut().insert(header::LOCATION, loc);
    }
    res.extensions_mut()
        .insert(RegionLabel(shard.region.clone()));
    res
}

/// The shard an employee id routes to; ids that route nowhere are simply not found.
fn route(state: &AppState, id: &str) -> Result<(EmployeeId, Arc<Shard>), ApiError> {
    let not_found = || ApiError::not_found(msg!("problem-not-found-employee"));
    let id: EmployeeId = id.parse().map_err(|_| not_found())?;
    let shard = id
        .shard()
        .and_then(|s| state.shards.get(s))
        .ok_or_else(not_found)?;
    Ok((id, serving(shard)?))
}

/// Runs a handler's work on `shard`, tagging its errors with the shard's region (for the
/// per-region metrics and each tenant's error rates in health reports).
async fn in_region<T>(
    shard: &Shard,
    work: impl Future<Output = Result<T, ApiError>>,
) -> Result<T, ApiError> {
    work.await.map_err(|e| e.in_region(shard.region.clone()))
}

/// The shard, unless it is down with nothing to take over: then a 503 at once, rather than
/// every request waiting for a connection that cannot come.
fn serving(shard: Arc<Shard>) -> Result<Arc<Shard>, ApiError> {
    if shard.available {
        return Ok(shard);
    }
    // Tagged with the region, so the tenant's reports and the region's metrics count it.
    Err(ApiError::unavailable(msg!(
        "problem-shard-unavailable",
        shard = shard.id.get(),
        region = shard.region.as_str()
    ))
    .in_region(shard.region.clone()))
}

fn repo_error(e: RepoError) -> ApiError {
    match e {
        RepoError::NotFound => ApiError::not_found(msg!("problem-not-found-employee")),
        RepoError::VersionMismatch { expected, current } => ApiError::precondition_failed(msg!(
            "problem-stale-version",
            expected = expected,
            current = current
        )),
        RepoError::EmailTaken => ApiError::conflict(msg!("problem-conflict-work-email")),
        RepoError::Database(e) => e.into(),
    }
}

/// The version an `If-Match` header names (`"3"` or `W/"3"`).
fn if_match(headers: &HeaderMap) -> Result<Option<i64>, ApiError> {
    let Some(v) = headers.get(header::IF_MATCH) else {
        return Ok(None);
    };
    let v = v.to_str().unwrap_or("").trim();
    let v = v.strip_prefix("W/").unwrap_or(v);
    v.strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .and_then(|v| v.parse::<i64>().ok())
        .map(Some)
        .ok_or_else(|| {
            ApiError::precondition_failed(msg!("problem-stale-version-unknown", value = v))
        })
}

/// Checks that a manager exists for this tenant, on whatever shard their id names.
async fn check_manager(
    state: &AppState,
    tenant: Uuid,
    manager: Option<EmployeeId>,
) -> Result<(), ApiError> {
    let Some(m) = manager else { return Ok(()) };
    let missing = || ApiError::invalid_field("manager_id", msg!("field-unknown-manager"));
    let shard = m
        .shard()
        .and_then(|s| state.shards.get(s))
        .ok_or_else(missing)?;
    let shard = serving(shard)?;
    shard
        .read(|conn| Box::pin(employees::fetch(conn, tenant, m)))
        .await
        .map_err(repo_error)?
        .ok_or_else(missing)?;
    Ok(())
}

/// `POST /v1/employees`.
pub(crate) async fn create(
    State(state): State<AppState>,
    caller: Caller,
    zone: ViewerZone,
    ApiJson(body): ApiJson<NewEmployee>,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesWrite)?;
    let entity = caller
        .tenant
        .entity(LegalEntityId(body.legal_entity_id))
        .ok_or_else(|| {
            ApiError::invalid_field("legal_entity_id", msg!("field-unknown-legal-entity"))
        })?;
    let tenant = &caller.tenant.tenant;
    let defaults = Defaults {
        country: entity.country,
        locale: &tenant.default_locale,
        time_zone: &tenant.time_zone,
    };
    let valid = body.validate(&defaults).map_err(ApiError::validation)?;
    let shard = state.shards.get(entity.shard_id).ok_or_else(|| {
        tracing::error!(shard = %entity.shard_id, "legal entity placed on a shard this gateway does not know");
        ApiError::internal()
    })?;
    let shard = serving(shard)?;
    // Sovereignty, checked again at the last moment: personal data goes only to its zone.
    if shard.zone != entity.zone {
        tracing::error!(shard = %shard.id, shard_zone = %shard.zone, entity_zone = %entity.zone, "zone mismatch; refusing write");
        return Err(ApiError::internal());
    }
    in_region(&shard, async {
        let tenant_id = tenant.id.0;
        check_manager(&state, tenant_id, valid.manager_id).await?;
        let mut tx = shard.begin_for(tenant_id).await?;
        let id = EmployeeId::new(shard.id);
        let employee = employees::insert(&mut tx, tenant_id, id, entity.id.0, &valid)
            .await
            .map_err(repo_error)?;
        tx.commit().await?;
        Ok(respond(
            &caller,
            &shard,
            StatusCode::CREATED,
            &employee,
            zone,
        ))
    })
    .await
}

/// `GET /v1/employees/{id}`.
pub(crate) async fn get(
    State(state): State<AppState>,
    caller: Caller,
    zone: ViewerZone,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesRead)?;
    let (id, shard) = route(&state, &id)?;
    in_region(&shard, async {
        let tenant = caller.tenant_id().0;
        // One round trip: the shard function scopes its own statement to the tenant.
        let employee = shard
            .read(|conn| Box::pin(employees::fetch(conn, tenant, id)))
            .await
            .map_err(repo_error)?;
        let employee =
            employee.ok_or_else(|| ApiError::not_found(msg!("problem-not-found-employee")))?;
        Ok(respond(&caller, &shard, StatusCode::OK, &employee, zone))
    })
    .await
}

/// `PATCH /v1/employees/{id}`: needs `If-Match` with the version last read.
pub(crate) async fn update(
    State(state): State<AppState>,
    caller: Caller,
    zone: ViewerZone,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(patch): ApiJson<EmployeePatch>,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesWrite)?;
    let (id, shard) = route(&state, &id)?;
    in_region(&shard, async {
        let expected = if_match(&headers)?.ok_or_else(ApiError::precondition_required)?;
        let tenant = caller.tenant_id().0;
        if let Some(Some(m)) = patch.manager_id {
            check_manager(&state, tenant, Some(m)).await?;
        }
        let mut tx = shard.begin_for(tenant).await?;
        let updated = employees::update(&mut tx, tenant, id, expected, |current| {
            patch.apply(current)
        })
        .await
        .map_err(repo_error)?
        .map_err(ApiError::validation)?;
        tx.commit().await?;
        Ok(respond(&caller, &shard, StatusCode::OK, &updated, zone))
    })
    .await
}

/// `DELETE /v1/employees/{id}`: erases the record; `If-Match` is honoured when sent.
pub(crate) async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesWrite)?;
    let (id, shard) = route(&state, &id)?;
    in_region(&shard, async {
        let expected = if_match(&headers)?;
        let tenant = caller.tenant_id().0;
        let mut tx = shard.begin_for(tenant).await?;
        employees::delete(&mut tx, tenant, id, expected)
            .await
            .map_err(repo_error)?;
        tx.commit().await?;
        let mut res = StatusCode::NO_CONTENT.into_response();
        res.extensions_mut()
            .insert(RegionLabel(shard.region.clone()));
        Ok(res)
    })
    .await
}

/// The opaque list cursor: where the last page ended, and under which filter.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Cursor {
    after: EmployeeId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    legal_entity_id: Option<Uuid>,
}

impl Cursor {
    fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    fn decode(s: &str) -> Option<Self> {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(s).ok()?).ok()
    }
}

struct ListQuery {
    limit: i64,
    cursor: Option<Cursor>,
    legal_entity_id: Option<Uuid>,
}

fn parse_query(raw: Option<&str>) -> Result<ListQuery, ApiError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|_| ApiError::bad_request(msg!("problem-query-malformed")))?;
    let mut q = ListQuery {
        limit: DEFAULT_LIMIT,
        cursor: None,
        legal_entity_id: None,
    };
    for (k, v) in pairs {
        match k.as_str() {
            "limit" => {
                q.limit = v
                    .parse()
                    .ok()
                    .filter(|n| (1..=MAX_LIMIT).contains(n))
                    .ok_or_else(|| {
                        ApiError::bad_parameter("limit", msg!("field-limit", max = MAX_LIMIT))
                    })?;
            }
            "cursor" => {
                q.cursor = Some(
                    Cursor::decode(&v)
                        .ok_or_else(|| ApiError::bad_parameter("cursor", msg!("field-cursor")))?,
                );
            }
            "legal_entity_id" => {
                q.legal_entity_id =
                    Some(Uuid::try_parse(&v).map_err(|_| {
                        ApiError::bad_parameter("legal_entity_id", msg!("field-uuid"))
                    })?);
            }
            other => {
                return Err(ApiError::bad_parameter(
                    other,
                    msg!(
                        "field-unknown-parameter",
                        known = Arg::OrList(
                            ["limit", "cursor", "legal_entity_id"]
                                .map(String::from)
                                .to_vec()
                        )
                    ),
                ));
            }
        }
    }
    if let Some(c) = &q.cursor
        && c.legal_entity_id != q.legal_entity_id
    {
        return Err(ApiError::bad_parameter(
            "cursor",
            msg!("field-cursor-other-list"),
        ));
    }
    Ok(q)
}

/// `GET /v1/employees?legal_entity_id=&limit=&cursor=`.
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: Caller,
    zone: ViewerZone,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesRead)?;
    let q = parse_query(raw.as_deref())?;
    let tenant = caller.tenant_id().0;
    let mut shard_ids: Vec<_> = match q.legal_entity_id {
        Some(le) => {
            let entity = caller.tenant.entity(LegalEntityId(le)).ok_or_else(|| {
                ApiError::bad_parameter("legal_entity_id", msg!("field-unknown-legal-entity"))
            })?;
            vec![entity.shard_id]
        }
        None => caller.tenant.entities.iter().map(|e| e.shard_id).collect(),
    };
    shard_ids.sort();
    shard_ids.dedup();
    let filter = EmployeeFilter {
        legal_entity_id: q.legal_entity_id,
        after: q.cursor.map(|c| c.after),
        limit: q.limit,
    };
    let shards = shard_ids
        .iter()
        .filter_map(|id| state.shards.get(*id))
        .map(serving)
        .collect::<Result<Vec<_>, _>>()?;
    let pages = futures_util::future::try_join_all(shards.into_iter().map(|shard| {
        let filter = filter.clone();
        async move {
            let mut tx = shard.begin_for(tenant).await?;
            employees::list(&mut tx, tenant, &filter)
                .await
                .map_err(repo_error)
        }
    }))
    .await?;
    let mut more = pages.iter().any(|p| p.more);
    let mut items: Vec<Employee> = pages.into_iter().flat_map(|p| p.items).collect();
    items.sort_by_key(|e| e.id);
    if items.len() as i64 > q.limit {
        items.truncate(q.limit as usize);
        more = true;
    }
    let next_cursor = match (more, items.last()) {
        (true, Some(last)) => Some(
            Cursor {
                after: last.id,
                legal_entity_id: q.legal_entity_id,
            }
            .encode(),
        ),
        _ => None,
    };
    let body = match zone {
        ViewerZone(None) => {
            let views: Vec<View<'_>> = items.iter().map(|e| view(&caller, e)).collect();
            serde_json::json!({ "items": views, "next_cursor": next_cursor })
        }
        zone => {
            let views: Vec<serde_json::Value> =
                items.iter().map(|e| json_view(&caller, e, zone)).collect();
            serde_json::json!({ "items": views, "next_cursor": next_cursor })
        }
    };
    Ok(Json(body).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_garbage_is_rejected() {
        let shard = cadre_topology::ShardId::new(4).expect("valid");
        let c = Cursor {
            after: EmployeeId::new(shard),
            legal_entity_id: None,
        };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        assert!(Cursor::decode("not-a-cursor").is_none());
        assert!(parse_query(Some("cursor=abc")).is_err());
        assert!(parse_query(Some("limit=0")).is_err());
        assert!(parse_query(Some("limit=201")).is_err());
        assert!(parse_query(Some("colour=red")).is_err());
        assert_eq!(parse_query(Some("limit=5")).map(|q| q.limit).ok(), Some(5));
    }

    #[test]
    fn if_match_accepts_strong_and_weak_etags() {
        let mut h = HeaderMap::new();
        assert_eq!(if_match(&h).ok(), Some(None));
        h.insert(header::IF_MATCH, HeaderValue::from_static("\"3\""));
        assert_eq!(if_match(&h).ok(), Some(Some(3)));
        h.insert(header::IF_MATCH, HeaderValue::from_static("W/\"4\""));
        assert_eq!(if_match(&h).ok(), Some(Some(4)));
        h.insert(header::IF_MATCH, HeaderValue::from_static("3"));
        assert!(if_match(&h).is_err());
    }
}

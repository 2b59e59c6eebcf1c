//! Employee records over HTTP: handlers only. Routing (`ShardPath`), paging, preconditions
//! and the rules (`cadre_hr::employees`) live elsewhere; see docs/api-design.md.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cadre_directory::{LegalEntityId, Scope};
use cadre_hr::employees::{self, Error, Placement};
use cadre_hr::{Employee, EmployeeFilter, EmployeeId, EmployeePatch, NewEmployee};
use cadre_i18n::msg;
use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use crate::AppState;
use crate::auth::Caller;
use crate::extract::{PathResource, ShardPath, Write};
use crate::json::ApiJson;
use crate::paging::{self, ListFilter};
use crate::preconditions::{IfMatch, etag, not_modified};
use crate::problem::ApiError;
use crate::viewer::{Instants, ViewerZone, Zoned};

impl PathResource for EmployeeId {
    const READ: Scope = Scope::EmployeesRead;
    const WRITE: Scope = Scope::EmployeesWrite;
    fn not_found() -> ApiError {
        ApiError::not_found(msg!("problem-not-found-employee"))
    }
}

/// An employee as a caller may see it.
#[derive(Debug, Serialize)]
struct View<'a> {
    #[serde(flatten)]
    employee: &'a Employee,
    /// Present only for keys with `employees:sensitive`.
    #[serde(skip_serializing_if = "Option::is_none")]
    national_id: Option<Option<&'a str>>,
}

impl Instants for View<'_> {
    fn instants(&self) -> Vec<(&'static str, DateTime<Utc>)> {
        let e = self.employee;
        vec![("created_at", e.created_at), ("updated_at", e.updated_at)]
    }
}

fn view<'a>(caller: &Caller, zone: ViewerZone, e: &'a Employee) -> Zoned<View<'a>> {
    let national_id = caller
        .has(Scope::EmployeesSensitive)
        .then_some(e.national_id.as_deref());
    Zoned {
        value: View {
            employee: e,
            national_id,
        },
        zone,
    }
}

fn respond(caller: &Caller, zone: ViewerZone, status: StatusCode, e: &Employee) -> Response {
    let mut res = (status, Json(view(caller, zone, e))).into_response();
    res.headers_mut().insert(header::ETAG, etag(e.version));
    res
}

/// The employee service's errors as problems.
fn problem(e: Error) -> ApiError {
    match e {
        Error::Invalid(errors) => ApiError::validation(errors),
        Error::NotFound => EmployeeId::not_found(),
        Error::Stale(v) => ApiError::precondition_failed(msg!(
            "problem-stale-version",
            expected = v.expected,
            current = v.current
        )),
        Error::EmailTaken => ApiError::conflict(msg!("problem-conflict-work-email")),
        Error::Route(e) => e.into(),
        Error::Misplaced {
            shard_zone,
            entity_zone,
        } => {
            tracing::error!(%shard_zone, %entity_zone, "zone mismatch; refusing write");
            ApiError::internal()
        }
        Error::Database(e) => e.into(),
    }
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
    let at = Placement {
        tenant: tenant.id,
        entity: entity.id,
        country: entity.country,
        zone: &entity.zone,
        shard: entity.shard_id,
        locale: &tenant.default_locale,
        time_zone: &tenant.time_zone,
    };
    let (employee, shard) = employees::create(&state.shards, &at, &body)
        .await
        .map_err(|e| problem(e).in_region(entity.region.clone()))?;
    let mut res = respond(&caller, zone, StatusCode::CREATED, &employee);
    if let Ok(loc) = format!("/v1/employees/{}", employee.id).parse() {
        res.headers_mut().insert(header::LOCATION, loc);
    }
    res.extensions_mut()
        .insert(crate::telemetry::RegionLabel(shard.region.clone()));
    Ok(res)
}

/// `GET /v1/employees/{id}`: 304 when `If-None-Match` names the current version.
pub(crate) async fn get(
    at: ShardPath<EmployeeId>,
    zone: ViewerZone,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let caller = &at.caller;
    let employee = employees::get(&at.shard, caller.tenant_id(), at.id)
        .await
        .map_err(problem)?;
    if not_modified(&headers, employee.version) {
        return Ok((
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag(employee.version))],
        )
            .into_response());
    }
    Ok(respond(caller, zone, StatusCode::OK, &employee))
}

/// `PATCH /v1/employees/{id}`: needs `If-Match` with the version last read.
pub(crate) async fn update(
    State(state): State<AppState>,
    at: ShardPath<EmployeeId, Write>,
    zone: ViewerZone,
    headers: HeaderMap,
    ApiJson(patch): ApiJson<EmployeePatch>,
) -> Result<Response, ApiError> {
    let caller = &at.caller;
    let expected = IfMatch::from_headers(&headers)?.required()?;
    let tenant = caller.tenant_id();
    let updated = employees::update(&state.shards, &at.shard, tenant, at.id, expected, &patch)
        .await
        .map_err(problem)?;
    Ok(respond(caller, zone, StatusCode::OK, &updated))
}

/// `DELETE /v1/employees/{id}`: erases the record; `If-Match` is honoured when sent.
pub(crate) async fn delete(
    at: ShardPath<EmployeeId, Write>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let expected = IfMatch::from_headers(&headers)?.expected();
    employees::delete(&at.shard, at.caller.tenant_id(), at.id, expected)
        .await
        .map_err(problem)?;
    Ok(StatusCode::NO_CONTENT)
}

/// The employee list's own filter: `legal_entity_id`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, Serialize)]
struct Filter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    legal_entity_id: Option<Uuid>,
}

impl ListFilter for Filter {
    const PARAMS: &'static [&'static str] = &["legal_entity_id"];
    fn set(&mut self, _: &str, value: &str) -> Result<(), ApiError> {
        let id = Uuid::try_parse(value)
            .map_err(|_| ApiError::bad_parameter("legal_entity_id", msg!("field-uuid")))?;
        self.legal_entity_id = Some(id);
        Ok(())
    }
}

/// `GET /v1/employees?legal_entity_id=&updated_after=&limit=&cursor=`: the tenant's shards
/// only (one, with a legal-entity filter), merged in id order.
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: Caller,
    zone: ViewerZone,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesRead)?;
    let q = paging::parse::<Filter>(raw.as_deref())?;
    let mut shard_ids: Vec<_> = match q.filter.legal_entity_id {
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
    let shards = shard_ids
        .into_iter()
        .map(|id| state.shards.serving(id))
        .collect::<Result<Vec<_>, _>>()?;
    let filter = EmployeeFilter {
        legal_entity_id: q.filter.legal_entity_id,
    };
    let page = employees::list(shards, caller.tenant_id(), &filter, &q.window)
        .await
        .map_err(problem)?;
    Ok(Json(q.body(&page, |e| view(&caller, zone, e))).into_response())
}

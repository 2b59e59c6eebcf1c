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
use utoipa::ToSchema;
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
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = EmployeeView)]
pub(crate) struct View<'a> {
    #[serde(flatten)]
    employee: &'a Employee,
    /// Sensitive national identifier: present only for keys with `employees:sensitive`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    national_id: Option<Option<&'a str>>,
}

/// A page of employees.
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // documentation only: pages are `paging::ListBody`
pub(crate) struct EmployeePage {
    /// The employees, in id order.
    items: Vec<View<'static>>,
    /// Pass as `cursor` for the next page; null on the last page.
    next_cursor: Option<String>,
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
        Error::Residency(v) => ApiError::residency(&v, "country_of_employment"),
        Error::Jurisdiction(e) => e.into(),
        Error::Database(e) => e.into(),
    }
}

/// `POST /v1/employees`.
#[utoipa::path(
    post,
    path = "/v1/employees",
    tag = "employees",
    operation_id = "createEmployee",
    summary = "Create an employee",
    description = "Stored on the shard of its legal entity, in that entity's region.",
    security(("api_key" = ["employees:write"])),
    params(("Time-Zone" = Option<String>, Header, description = "IANA zone to show instants in (default UTC).")),
    request_body = NewEmployee,
    responses(
        (status = 201, description = "The employee.", body = View,
            headers(
                ("ETag" = String, description = "The record's version, for `If-Match`."),
                ("Location" = String, description = "`/v1/employees/{id}`."),
            )),
        (status = 400, description = "The body is not well-formed JSON, or the Time-Zone header names no IANA zone."),
        (status = 409, description = "The work email is taken."),
    ),
)]
pub(crate) async fn create(
    State(state): State<AppState>,
    caller: Caller,
    zone: ViewerZone,
    ApiJson(body): ApiJson<NewEmployee>,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesWrite)?;
    if body.national_id.is_some() {
        // A key that may not read national ids may not write them either.
        caller.require(Scope::EmployeesSensitive)?;
    }
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
        rules: &state.jurisdictions,
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
#[utoipa::path(
    get,
    path = "/v1/employees/{id}",
    tag = "employees",
    operation_id = "getEmployee",
    summary = "An employee",
    security(("api_key" = ["employees:read"])),
    params(
        ("id" = Uuid, Path, description = "The employee (its id carries the shard)."),
        ("If-None-Match" = Option<String>, Header, description = "ETags the client holds; 304 if one is current."),
        ("Time-Zone" = Option<String>, Header, description = "IANA zone to show instants in (default UTC)."),
    ),
    responses(
        (status = 200, description = "The employee; `national_id` only with `employees:sensitive`.", body = View,
            headers(("ETag" = String, description = "The record's version."))),
        (status = 304, description = "The client's copy is current.",
            headers(("ETag" = String, description = "The record's version."))),
        (status = 400, description = "The Time-Zone header names no IANA zone."),
    ),
)]
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
#[utoipa::path(
    patch,
    path = "/v1/employees/{id}",
    tag = "employees",
    operation_id = "updateEmployee",
    summary = "Change an employee",
    description = "Absent fields stay; `null` clears optional ones. Needs `If-Match` with the version last read (or `*`).",
    security(("api_key" = ["employees:write"])),
    params(
        ("id" = Uuid, Path, description = "The employee."),
        ("If-Match" = String, Header, description = "The version last read (`\"3\"`), or `*`."),
        ("Time-Zone" = Option<String>, Header, description = "IANA zone to show instants in (default UTC)."),
    ),
    request_body = EmployeePatch,
    responses(
        (status = 200, description = "The changed employee.", body = View,
            headers(("ETag" = String, description = "The new version."))),
        (status = 409, description = "The work email is taken."),
        (status = 412, description = "`If-Match` names another version."),
        (status = 428, description = "`If-Match` is missing."),
    ),
)]
pub(crate) async fn update(
    State(state): State<AppState>,
    at: ShardPath<EmployeeId, Write>,
    zone: ViewerZone,
    headers: HeaderMap,
    ApiJson(patch): ApiJson<EmployeePatch>,
) -> Result<Response, ApiError> {
    let caller = &at.caller;
    if patch.national_id.is_some() {
        caller.require(Scope::EmployeesSensitive)?;
    }
    let expected = IfMatch::from_headers(&headers)?.required()?;
    let tenant = caller.tenant_id();
    let rules = &state.jurisdictions;
    let updated = employees::update(
        &state.shards,
        &at.shard,
        tenant,
        at.id,
        expected,
        &patch,
        rules,
    )
    .await
    .map_err(problem)?;
    Ok(respond(caller, zone, StatusCode::OK, &updated))
}

/// `DELETE /v1/employees/{id}`: erases the record; `If-Match` is honoured when sent.
#[utoipa::path(
    delete,
    path = "/v1/employees/{id}",
    tag = "employees",
    operation_id = "deleteEmployee",
    summary = "Erase an employee",
    security(("api_key" = ["employees:write"])),
    params(
        ("id" = Uuid, Path, description = "The employee."),
        ("If-Match" = Option<String>, Header, description = "Erase only this version (`\"3\"`)."),
    ),
    responses(
        (status = 204, description = "Erased."),
        (status = 412, description = "`If-Match` names another version."),
    ),
)]
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
#[utoipa::path(
    get,
    path = "/v1/employees",
    tag = "employees",
    operation_id = "listEmployees",
    summary = "List employees",
    description = "In id order (creation order), across the shards of the tenant's legal entities.",
    security(("api_key" = ["employees:read"])),
    params(
        ("legal_entity_id" = Option<Uuid>, Query, description = "Only this legal entity's employees."),
        ("updated_after" = Option<DateTime<Utc>>, Query, description = "Only records changed after this instant (RFC 3339)."),
        ("limit" = Option<i64>, Query, minimum = 1, maximum = 200, description = "Page size (default 50)."),
        ("cursor" = Option<String>, Query, description = "`next_cursor` of the previous page, with the same filter."),
        ("Time-Zone" = Option<String>, Header, description = "IANA zone to show instants in (default UTC)."),
    ),
    responses((status = 200, description = "A page.", body = EmployeePage)),
)]
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

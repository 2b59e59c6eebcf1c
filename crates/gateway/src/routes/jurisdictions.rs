//! `/v1/jurisdictions/...` (tenant:admin): read the packs and evaluate rules as of a date.
//! The packs are public law, not tenant data; the scope keeps evaluations to people who
//! configure the tenant.

use std::sync::Arc;

use axum::Json;

use axum::extract::{FromRequestParts, Path, RawQuery, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use cadre_directory::Scope;
use cadre_i18n::msg;
use cadre_jurisdictions::{
    Calendar, Library,
    contract::{ContractCheck, ContractTerms, WageCheck, WageQuery},
    hours::{OvertimeResult, Shift, WorkingTimeResult},
    leave::{LeaveEntitlement, LeaveQuery, TenantPolicy},
    model::{Holiday, PackFile, PackKind},
    snapshot::Snapshot,
};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::auth::Caller;
use crate::json::ApiJson;
use crate::problem::ApiError;
use crate::routes::admin::entity_of;
use crate::routes::query::query;

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// A tenant admin's request about one jurisdiction: `{code}` in the path (case-insensitive)
/// resolved to a pack, else 404.
pub(crate) struct Jurisdiction {
    caller: Caller,
    lib: Arc<Library>,
    code: String,
}

impl FromRequestParts<AppState> for Jurisdiction {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let caller = Caller::from_request_parts(parts, state).await?;
        caller.require(Scope::TenantAdmin)?;
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::not_found(msg!("problem-not-found-resource")))?;
        let lib = state.jurisdictions.clone();
        let code = lib
            .pack(&raw.to_ascii_uppercase())
            .map(|p| p.facts.code.clone())
            .ok_or(cadre_jurisdictions::EvalError::UnknownJurisdiction(raw))?;
        Ok(Jurisdiction { caller, lib, code })
    }
}

fn date_param(pairs: &[(String, String)], name: &str) -> Result<Option<NaiveDate>, ApiError> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| {
            v.parse()
                .map_err(|_| ApiError::bad_parameter(name, msg!("field-date")))
        })
        .transpose()
}

/// A jurisdiction in the list.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct JurisdictionSummary<'a> {
    /// ISO 3166-1 alpha-2 (countries) or ISO 3166-2 (subdivisions).
    code: &'a str,
    kind: PackKind,
    /// The country of a subdivision.
    parent: Option<&'a str>,
    /// English name.
    name: &'a str,
    /// Whether the pack states labor law (leave, overtime or working time).
    labor_law: bool,
}

/// Every jurisdiction.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct JurisdictionList<'a> {
    items: Vec<JurisdictionSummary<'a>>,
}

/// `GET /v1/jurisdictions`: every pack, with whether it states labor law.
#[utoipa::path(
    get,
    path = "/v1/jurisdictions",
    tag = "jurisdictions",
    operation_id = "listJurisdictions",
    summary = "Every jurisdiction pack",
    security(("api_key" = ["tenant:admin"])),
    responses((status = 200, description = "The packs.", body = JurisdictionList)),
)]
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let items: Vec<_> = state
        .jurisdictions
        .packs()
        .map(|p| {
            let f = &p.facts;
            JurisdictionSummary {
                code: &f.code,
                kind: f.kind,
                parent: f.parent.as_deref(),
                name: &f.name,
                labor_law: !f.annual_leave.is_empty()
                    || !f.overtime.is_empty()
                    || !f.working_time.is_empty(),
            }
        })
        .collect();
    Ok(Json(JurisdictionList { items }).into_response())
}

/// `GET /v1/jurisdictions/{code}?on=YYYY-MM-DD`: the facts in force, each with its source.
#[utoipa::path(
    get,
    path = "/v1/jurisdictions/{code}",
    tag = "jurisdictions",
    operation_id = "showJurisdiction",
    summary = "The facts in force on a date",
    security(("api_key" = ["tenant:admin"])),
    params(
        ("code" = String, Path, description = "ISO 3166 code of the jurisdiction (case-insensitive)."),
        ("on" = Option<NaiveDate>, Query, description = "The date (default today)."),
    ),
    responses((status = 200, description = "Each fact in force, with its source and the pack it comes from.", body = Snapshot)),
)]
pub(crate) async fn show(j: Jurisdiction, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    let on = date_param(&query(q.as_deref(), &["on"])?, "on")?.unwrap_or_else(today);
    let snapshot = lib.snapshot(code, on).ok_or_else(ApiError::internal)?;
    Ok(Json(snapshot).into_response())
}

/// A year's public holidays.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct HolidaysView<'a> {
    code: &'a str,
    year: i32,
    /// How the list was made.
    source: &'a str,
    items: &'a [Holiday],
}

/// `GET /v1/jurisdictions/{code}/holidays?year=YYYY`.
#[utoipa::path(
    get,
    path = "/v1/jurisdictions/{code}/holidays",
    tag = "jurisdictions",
    operation_id = "listHolidays",
    summary = "Public holidays of a year",
    security(("api_key" = ["tenant:admin"])),
    params(
        ("code" = String, Path, description = "ISO 3166 code of the jurisdiction (case-insensitive)."),
        ("year" = Option<i32>, Query, description = "The year (default this year)."),
    ),
    responses((status = 200, description = "The holidays.", body = HolidaysView)),
)]
pub(crate) async fn holidays(j: Jurisdiction, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    let pairs = query(q.as_deref(), &["year"])?;
    let years = cadre_jurisdictions::HOLIDAY_YEARS;
    let year = match pairs.iter().find(|(k, _)| k == "year") {
        None => today().year(),
        Some((_, v)) => v
            .parse::<i32>()
            .ok()
            .filter(|y| years.contains(y))
            .ok_or_else(|| {
                ApiError::bad_parameter(
                    "year",
                    msg!(
                        "field-year-between",
                        min = years.start().to_string(),
                        max = years.end().to_string()
                    ),
                )
            })?,
    };
    let h = lib.holidays(code).ok_or_else(ApiError::internal)?;
    Ok(Json(HolidaysView {
        code,
        year,
        source: &h.generator,
        items: h.year(year),
    })
    .into_response())
}

/// An annual-leave question.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct LeaveRequest {
    /// First day of employment.
    hire_date: NaiveDate,
    /// The evaluation date (default today); the leave year is its calendar year.
    #[serde(default)]
    on: Option<NaiveDate>,
    /// Full-time equivalent, 0 < fte <= 1 (default 1).
    #[serde(default)]
    fte: Option<f64>,
    /// Days worked per week (default 5).
    #[serde(default)]
    working_days_per_week: Option<f64>,
    /// Apply this branch's stored policy (more generous terms win).
    #[serde(default)]
    legal_entity_id: Option<String>,
}

/// `POST /v1/jurisdictions/{code}/annual-leave`: statutory (and policy) entitlement.
#[utoipa::path(
    post,
    path = "/v1/jurisdictions/{code}/annual-leave",
    tag = "jurisdictions",
    operation_id = "annualLeave",
    summary = "Annual leave entitlement",
    security(("api_key" = ["tenant:admin"])),
    params(("code" = String, Path, description = "ISO 3166 code of the jurisdiction (case-insensitive).")),
    request_body = LeaveRequest,
    responses(
        (status = 200, description = "The statutory entitlement (and the policy's, when more generous).", body = LeaveEntitlement),
        (status = 422, description = "Fields break rules, or the jurisdiction has no such rule (`not-regulated`) or no data for the year (`out-of-coverage`)."),
    ),
)]
pub(crate) async fn annual_leave(
    j: Jurisdiction,
    ApiJson(body): ApiJson<LeaveRequest>,
) -> Result<Response, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    let policy_days = match &body.legal_entity_id {
        None => None,
        Some(id) => {
            let entity = entity_of(&j.caller, id).map_err(|_| {
                ApiError::invalid_field("legal_entity_id", msg!("field-unknown-legal-entity"))
            })?;
            let policy: TenantPolicy =
                serde_json::from_value(entity.policy.clone()).unwrap_or_default();
            policy.annual_leave_days
        }
    };
    let q = LeaveQuery {
        hire_date: body.hire_date,
        on: body.on.unwrap_or_else(today),
        fte: body.fte.unwrap_or(1.0),
        working_days_per_week: body
            .working_days_per_week
            .unwrap_or(cadre_jurisdictions::leave::POLICY_WEEK_DAYS),
        policy_days,
    };
    Ok(Json(lib.annual_leave(code, &q)?).into_response())
}

/// Shifts to evaluate.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ShiftsRequest {
    /// IANA zone the days are counted in (default: the jurisdiction's first zone).
    #[serde(default)]
    time_zone: Option<String>,
    /// At most 500, spanning at most 62 days.
    shifts: Vec<ShiftIn>,
}

/// One shift (RFC 3339 instants with an offset).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ShiftIn {
    start: DateTime<chrono::FixedOffset>,
    end: DateTime<chrono::FixedOffset>,
}

/// Most shifts one request may carry.
const MAX_SHIFTS: usize = 500;

/// The zone a request counts local days in: the one it names, else the jurisdiction's first.
fn zone(lib: &Library, code: &str, named: Option<&str>) -> Result<Tz, ApiError> {
    match named {
        Some(name) => name.parse::<Tz>().map_err(|_| {
            ApiError::invalid_field("time_zone", msg!("field-time-zone", value = name))
        }),
        None => lib
            .fact(code, today(), |p: &PackFile| &p.time_zones)
            .and_then(|f| f.fact.value.first())
            .and_then(|z| z.parse::<Tz>().ok())
            .ok_or_else(|| {
                ApiError::invalid_field(
                    "time_zone",
                    msg!("field-time-zone-needed", jurisdiction = code),
                )
            }),
    }
}

fn shifts(lib: &Library, code: &str, body: &ShiftsRequest) -> Result<(Tz, Vec<Shift>), ApiError> {
    if body.shifts.len() > MAX_SHIFTS {
        return Err(ApiError::invalid_field(
            "shifts",
            msg!("field-at-most", max = MAX_SHIFTS),
        ));
    }
    let tz = zone(lib, code, body.time_zone.as_deref())?;
    let list = body
        .shifts
        .iter()
        .map(|s| Shift {
            start: s.start.with_timezone(&Utc),
            end: s.end.with_timezone(&Utc),
        })
        .collect();
    Ok((tz, list))
}

/// `POST /v1/jurisdictions/{code}/overtime`: hours by premium.
#[utoipa::path(
    post,
    path = "/v1/jurisdictions/{code}/overtime",
    tag = "jurisdictions",
    operation_id = "overtime",
    summary = "Overtime premiums of shifts",
    security(("api_key" = ["tenant:admin"])),
    params(("code" = String, Path, description = "ISO 3166 code of the jurisdiction (case-insensitive).")),
    request_body = ShiftsRequest,
    responses(
        (status = 200, description = "Hours by premium and by local day.", body = OvertimeResult),
        (status = 422, description = "Fields break rules, or the jurisdiction has no such rule (`not-regulated`)."),
    ),
)]
pub(crate) async fn overtime(
    j: Jurisdiction,
    ApiJson(body): ApiJson<ShiftsRequest>,
) -> Result<Response, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    let (tz, list) = shifts(lib, code, &body)?;
    Ok(Json(lib.overtime(code, tz, &list)?).into_response())
}

/// `POST /v1/jurisdictions/{code}/working-time`: violations of limits and rest periods.
#[utoipa::path(
    post,
    path = "/v1/jurisdictions/{code}/working-time",
    tag = "jurisdictions",
    operation_id = "workingTime",
    summary = "Working-time limits and rest periods of shifts",
    security(("api_key" = ["tenant:admin"])),
    params(("code" = String, Path, description = "ISO 3166 code of the jurisdiction (case-insensitive).")),
    request_body = ShiftsRequest,
    responses(
        (status = 200, description = "The violations, if any.", body = WorkingTimeResult),
        (status = 422, description = "Fields break rules, or the jurisdiction has no such rule (`not-regulated`)."),
    ),
)]
pub(crate) async fn working_time(
    j: Jurisdiction,
    ApiJson(body): ApiJson<ShiftsRequest>,
) -> Result<Response, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    let (tz, list) = shifts(lib, code, &body)?;
    Ok(Json(lib.working_time(code, tz, &list)?).into_response())
}

/// `POST /v1/jurisdictions/{code}/contract-check`: probation and notice against the statute.
#[utoipa::path(
    post,
    path = "/v1/jurisdictions/{code}/contract-check",
    tag = "jurisdictions",
    operation_id = "contractCheck",
    summary = "Probation and notice against the statute",
    security(("api_key" = ["tenant:admin"])),
    params(("code" = String, Path, description = "ISO 3166 code of the jurisdiction (case-insensitive).")),
    request_body = ContractTerms,
    responses(
        (status = 200, description = "Each term's finding.", body = ContractCheck),
        (status = 422, description = "Fields break rules, or the jurisdiction has no such rule (`not-regulated`)."),
    ),
)]
pub(crate) async fn contract_check(
    j: Jurisdiction,
    ApiJson(body): ApiJson<ContractTerms>,
) -> Result<Response, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    Ok(Json(lib.check_contract(code, &body)?).into_response())
}

/// `POST /v1/jurisdictions/{code}/minimum-wage-check`.
#[utoipa::path(
    post,
    path = "/v1/jurisdictions/{code}/minimum-wage-check",
    tag = "jurisdictions",
    operation_id = "minimumWageCheck",
    summary = "Pay against the minimum wage",
    security(("api_key" = ["tenant:admin"])),
    params(("code" = String, Path, description = "ISO 3166 code of the jurisdiction (case-insensitive).")),
    request_body = WageQuery,
    responses(
        (status = 200, description = "The comparison.", body = WageCheck),
        (status = 422, description = "Fields break rules, or the jurisdiction has no minimum wage (`not-regulated`)."),
    ),
)]
pub(crate) async fn minimum_wage_check(
    j: Jurisdiction,
    ApiJson(body): ApiJson<WageQuery>,
) -> Result<Response, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    Ok(Json(lib.check_minimum_wage(code, &body)?).into_response())
}

/// A business-day deadline question.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct BusinessDaysRequest {
    /// The instant counting starts from (RFC 3339).
    from: DateTime<chrono::FixedOffset>,
    /// Business days to count (at most 1000).
    days: u32,
    /// IANA zone the days are counted in (default: the jurisdiction's first).
    #[serde(default)]
    time_zone: Option<String>,
}

/// The deadline N business days after an instant.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct BusinessDeadline<'a> {
    /// The local date of the N-th business day.
    date: NaiveDate,
    /// The instant that day ends, with the zone's offset (RFC 3339).
    ends_at: String,
    /// The zone the days were counted in.
    time_zone: &'a str,
    /// Weekend and holiday dates that were skipped.
    skipped: Vec<NaiveDate>,
}

/// Longest business-day span one request may ask for.
const MAX_BUSINESS_DAYS: u32 = 1000;

/// `POST /v1/jurisdictions/{code}/business-days`: the deadline N business days after `from`.
#[utoipa::path(
    post,
    path = "/v1/jurisdictions/{code}/business-days",
    tag = "jurisdictions",
    operation_id = "businessDays",
    summary = "The deadline N business days after an instant",
    security(("api_key" = ["tenant:admin"])),
    params(("code" = String, Path, description = "ISO 3166 code of the jurisdiction (case-insensitive).")),
    request_body = BusinessDaysRequest,
    responses(
        (status = 200, description = "The deadline.", body = BusinessDeadline),
        (status = 422, description = "Fields break rules, or the year is outside the holiday data (`out-of-coverage`)."),
    ),
)]
pub(crate) async fn business_days(
    j: Jurisdiction,
    ApiJson(body): ApiJson<BusinessDaysRequest>,
) -> Result<Response, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    if body.days > MAX_BUSINESS_DAYS {
        return Err(ApiError::invalid_field(
            "days",
            msg!("field-at-most", max = MAX_BUSINESS_DAYS),
        ));
    }
    let tz = zone(lib, code, body.time_zone.as_deref())?;
    let deadline =
        Calendar::new(lib, code)?.deadline(tz, body.from.with_timezone(&Utc), body.days)?;
    Ok(Json(BusinessDeadline {
        date: deadline.date,
        ends_at: deadline.ends_at.with_timezone(&tz).to_rfc3339(),
        time_zone: tz.name(),
        skipped: deadline.skipped,
    })
    .into_response())
}

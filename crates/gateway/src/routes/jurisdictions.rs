//! `/v1/jurisdictions/...` (tenant:admin): read the packs and evaluate rules as of a date.
//! The packs are public law, not tenant data; the scope keeps evaluations to people who
//! configure the tenant.

use std::sync::Arc;

use axum::Json;

use axum::extract::{FromRequestParts, Path, RawQuery, State};
use axum::http::request::Parts;
use axum::response::IntoResponse;
use cadre_directory::Scope;
use cadre_i18n::msg;
use cadre_jurisdictions::{
    Calendar, Library,
    contract::{ContractTerms, WageQuery},
    hours::Shift,
    leave::{LeaveQuery, TenantPolicy},
    model::PackFile,
};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Deserialize;
use serde_json::json;

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

/// `GET /v1/jurisdictions`: every pack, with whether it states labor law.
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<impl IntoResponse, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let items: Vec<_> = state
        .jurisdictions
        .packs()
        .map(|p| {
            let f = &p.facts;
            json!({
                "code": f.code,
                "kind": f.kind,
                "parent": f.parent,
                "name": f.name,
                "labor_law": !f.annual_leave.is_empty() || !f.overtime.is_empty() || !f.working_time.is_empty(),
            })
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}

/// `GET /v1/jurisdictions/{code}?on=YYYY-MM-DD`: the facts in force, each with its source.
pub(crate) async fn show(
    j: Jurisdiction,
    RawQuery(q): RawQuery,
) -> Result<impl IntoResponse, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    let on = date_param(&query(q.as_deref(), &["on"])?, "on")?.unwrap_or_else(today);
    let snapshot = lib.snapshot(code, on).ok_or_else(ApiError::internal)?;
    Ok(Json(json!(snapshot)))
}

/// `GET /v1/jurisdictions/{code}/holidays?year=YYYY`.
pub(crate) async fn holidays(
    j: Jurisdiction,
    RawQuery(q): RawQuery,
) -> Result<impl IntoResponse, ApiError> {
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
    Ok(Json(
        json!({ "code": code, "year": year, "source": h.generator, "items": h.year(year) }),
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LeaveRequest {
    hire_date: NaiveDate,
    #[serde(default)]
    on: Option<NaiveDate>,
    #[serde(default)]
    fte: Option<f64>,
    #[serde(default)]
    working_days_per_week: Option<f64>,
    /// Apply this branch's stored policy (more generous terms win).
    #[serde(default)]
    legal_entity_id: Option<String>,
}

/// `POST /v1/jurisdictions/{code}/annual-leave`: statutory (and policy) entitlement.
pub(crate) async fn annual_leave(
    j: Jurisdiction,
    ApiJson(body): ApiJson<LeaveRequest>,
) -> Result<impl IntoResponse, ApiError> {
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
    Ok(Json(json!(lib.annual_leave(code, &q)?)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ShiftsRequest {
    /// IANA zone the days are counted in (default: the jurisdiction's first zone).
    #[serde(default)]
    time_zone: Option<String>,
    shifts: Vec<ShiftIn>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShiftIn {
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
pub(crate) async fn overtime(
    j: Jurisdiction,
    ApiJson(body): ApiJson<ShiftsRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    let (tz, list) = shifts(lib, code, &body)?;
    Ok(Json(json!(lib.overtime(code, tz, &list)?)))
}

/// `POST /v1/jurisdictions/{code}/working-time`: violations of limits and rest periods.
pub(crate) async fn working_time(
    j: Jurisdiction,
    ApiJson(body): ApiJson<ShiftsRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    let (tz, list) = shifts(lib, code, &body)?;
    Ok(Json(json!(lib.working_time(code, tz, &list)?)))
}

/// `POST /v1/jurisdictions/{code}/contract-check`: probation and notice against the statute.
pub(crate) async fn contract_check(
    j: Jurisdiction,
    ApiJson(body): ApiJson<ContractTerms>,
) -> Result<impl IntoResponse, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    Ok(Json(json!(lib.check_contract(code, &body)?)))
}

/// `POST /v1/jurisdictions/{code}/minimum-wage-check`.
pub(crate) async fn minimum_wage_check(
    j: Jurisdiction,
    ApiJson(body): ApiJson<WageQuery>,
) -> Result<impl IntoResponse, ApiError> {
    let (lib, code) = (&*j.lib, j.code.as_str());
    Ok(Json(json!(lib.check_minimum_wage(code, &body)?)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BusinessDaysRequest {
    from: DateTime<chrono::FixedOffset>,
    days: u32,
    #[serde(default)]
    time_zone: Option<String>,
}

/// Longest business-day span one request may ask for.
const MAX_BUSINESS_DAYS: u32 = 1000;

/// `POST /v1/jurisdictions/{code}/business-days`: the deadline N business days after `from`.
pub(crate) async fn business_days(
    j: Jurisdiction,
    ApiJson(body): ApiJson<BusinessDaysRequest>,
) -> Result<impl IntoResponse, ApiError> {
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
    Ok(Json(json!({
        "date": deadline.date,
        "ends_at": deadline.ends_at.with_timezone(&tz).to_rfc3339(),
        "time_zone": tz.name(),
        "skipped": deadline.skipped,
    })))
}

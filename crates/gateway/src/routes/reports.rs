//! Health reports through the API: a tenant's admin lists, requests (on demand) and downloads
//! its reports; the operator does the same for the per-region reports. The objects are read
//! from the bucket of the report's region and streamed back.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use cadre_directory::{ReportRecord, Scope};
use cadre_i18n::{Arg, msg};
use cadre_reports::{Quarter, ReportStore, Subject, generate};
use cadre_topology::RegionId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::Items;
use crate::auth::{Caller, Operator};
use crate::json::ApiJson;
use crate::problem::ApiError;
use crate::routes::query::{param, query};
use crate::state::AppState;

/// A stored health report.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Report)]
pub(crate) struct ReportView<'a> {
    id: Uuid,
    /// `tenant` or `region`.
    scope: &'a str,
    /// `schedule` or `on_demand`.
    trigger: &'a str,
    /// The region whose bucket holds it.
    region: &'a str,
    /// Period start (inclusive).
    period_start: DateTime<Utc>,
    /// Period end (exclusive).
    period_end: DateTime<Utc>,
    /// The language it is written in.
    locale: &'a str,
    /// The bucket that holds it.
    bucket: &'a str,
    created_at: DateTime<Utc>,
    links: ReportLinks,
}

/// Where to download a report.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ReportLinks {
    /// The HTML rendering.
    html: String,
    /// The JSON rendering.
    json: String,
}

fn view<'a>(r: &'a ReportRecord, base: &str) -> ReportView<'a> {
    ReportView {
        id: r.id,
        scope: &r.scope,
        trigger: &r.trigger,
        region: r.region.as_str(),
        period_start: r.period_start,
        period_end: r.period_end,
        locale: &r.locale,
        bucket: &r.bucket,
        created_at: r.created_at,
        links: ReportLinks {
            html: format!("{base}/{}?format=html", r.id),
            json: format!("{base}/{}?format=json", r.id),
        },
    }
}

fn store(state: &AppState, region: &RegionId) -> Result<ReportStore, ApiError> {
    state.reports.clone().ok_or_else(|| {
        ApiError::unavailable(msg!(
            "problem-unavailable-report-store",
            region = region.as_str()
        ))
    })
}

/// The quarter asked for (default: the current one, to date); never one not yet begun.
fn quarter(given: Option<&str>) -> Result<Quarter, ApiError> {
    let now = Utc::now();
    let Some(given) = given else {
        return Ok(Quarter::containing(now));
    };
    let q = Quarter::parse(given).ok_or_else(|| {
        ApiError::invalid_field("quarter", msg!("field-report-quarter", value = given))
    })?;
    if q.start() > now {
        return Err(ApiError::invalid_field(
            "quarter",
            msg!("field-report-future", value = given),
        ));
    }
    Ok(q)
}

async fn make(
    state: &AppState,
    subject: Subject,
    quarter: Quarter,
    base: &str,
) -> Result<Response, ApiError> {
    let store = store(state, subject.home())?;
    let record = generate(
        &state.directory,
        &store,
        &subject,
        quarter,
        "on_demand",
        Utc::now(),
    )
    .await
    .map_err(|e| {
        tracing::warn!(error = %e, "health report failed");
        ApiError::unavailable(msg!(
            "problem-unavailable-report-store",
            region = subject.home().as_str()
        ))
    })?
    .ok_or_else(ApiError::internal)?;
    Ok((StatusCode::CREATED, Json(view(&record, base))).into_response())
}

/// The report with this id if the caller may see it; any other id is simply not found.
async fn visible_report(
    state: &AppState,
    id: &str,
    visible: impl Fn(&ReportRecord) -> bool,
) -> Result<ReportRecord, ApiError> {
    let not_found = || ApiError::not_found(msg!("problem-not-found-report"));
    let id = Uuid::try_parse(id).map_err(|_| not_found())?;
    state
        .directory
        .report(id)
        .await?
        .filter(|r| visible(r))
        .ok_or_else(not_found)
}

/// What a report page may load: nothing but its own inline styles and images.
const REPORT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                          frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

async fn download(
    state: &AppState,
    record: &ReportRecord,
    raw: Option<&str>,
) -> Result<Response, ApiError> {
    let pairs = query(raw, &["format"])?;
    let (key, content_type, ext) = match param(&pairs, "format").unwrap_or("html") {
        "html" => (&record.html_key, "text/html; charset=utf-8", "html"),
        "json" => (&record.json_key, "application/json", "json"),
        other => {
            return Err(ApiError::bad_parameter(
                "format",
                msg!(
                    "field-report-format",
                    value = other,
                    known = Arg::OrList(vec!["html".into(), "json".into()])
                ),
            ));
        }
    };
    let bytes = store(state, &record.region)?
        .get(&record.region, key)
        .await
        .map_err(|e| {
            tracing::warn!(error = %e, "reading a health report");
            ApiError::unavailable(msg!(
                "problem-unavailable-report-store",
                region = record.region.as_str()
            ))
        })?;
    // A report is a download, and its page runs nothing: inline styles and SVG only.
    let disposition = format!("attachment; filename=\"cadre-health-{}.{ext}\"", record.id);
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CONTENT_SECURITY_POLICY, REPORT_CSP.to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// A report request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewReport {
    /// `YYYY-Qn`, not in the future (default: the current quarter, to date).
    #[serde(default)]
    quarter: Option<String>,
}

/// `POST /v1/reports`: a report of the caller's tenant for a quarter, now.
#[utoipa::path(
    post,
    path = "/v1/reports",
    tag = "reports",
    operation_id = "createReport",
    summary = "Make the tenant's health report for a quarter now",
    security(("api_key" = ["tenant:admin"])),
    request_body = NewReport,
    responses((status = 201, description = "The report, stored in the tenant's home-region bucket.", body = ReportView)),
)]
pub(crate) async fn create(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<NewReport>,
) -> Result<Response, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let quarter = quarter(body.quarter.as_deref())?;
    let tenant = caller.tenant.tenant.clone();
    make(&state, Subject::Tenant(tenant), quarter, "/v1/reports").await
}

/// `GET /v1/reports`: the tenant's reports, newest first.
#[utoipa::path(
    get,
    path = "/v1/reports",
    tag = "reports",
    operation_id = "listReports",
    summary = "The tenant's health reports",
    security(("api_key" = ["tenant:admin"])),
    responses((status = 200, description = "Newest first.", body = Items<ReportView>)),
)]
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let reports = state.directory.reports(Some(caller.tenant_id())).await?;
    let items: Vec<_> = reports.iter().map(|r| view(r, "/v1/reports")).collect();
    Ok(Json(Items::from(items)).into_response())
}

/// `GET /v1/reports/{id}?format=html|json`.
#[utoipa::path(
    get,
    path = "/v1/reports/{id}",
    tag = "reports",
    operation_id = "getReport",
    summary = "Download a health report",
    security(("api_key" = ["tenant:admin"])),
    params(
        ("id" = Uuid, Path, description = "The report."),
        ("format" = Option<String>, Query, description = "`html` (default) or `json`."),
    ),
    responses((status = 200, description = "The report.", content(
        (String = "text/html"),
        (Object = "application/json"),
    ))),
)]
pub(crate) async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let record = visible_report(&state, &id, |r| r.tenant == Some(caller.tenant_id())).await?;
    download(&state, &record, raw.as_deref()).await
}

/// An operator's report request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewRegionReport {
    /// The region reported on.
    region: String,
    /// `YYYY-Qn`, not in the future (default: the current quarter, to date).
    #[serde(default)]
    quarter: Option<String>,
}

/// `POST /v1/ops/reports`: a region's operator report for a quarter, now.
#[utoipa::path(
    post,
    path = "/v1/ops/reports",
    tag = "operations",
    operation_id = "createRegionReport",
    summary = "Make a region's operator report for a quarter now",
    security(("operator" = [])),
    request_body = NewRegionReport,
    responses((status = 201, description = "The report, stored in the region's bucket.", body = ReportView)),
)]
pub(crate) async fn create_region(
    State(state): State<AppState>,
    _: Operator,
    ApiJson(body): ApiJson<NewRegionReport>,
) -> Result<Response, ApiError> {
    let region: RegionId = body
        .region
        .parse()
        .ok()
        .filter(|r| state.regions.region(r).is_some())
        .ok_or_else(|| {
            ApiError::invalid_field(
                "region",
                msg!(
                    "field-unknown-region",
                    value = body.region.as_str(),
                    known = Arg::OrList(
                        state
                            .regions
                            .regions
                            .iter()
                            .map(|r| r.id.to_string())
                            .collect()
                    )
                ),
            )
        })?;
    let quarter = quarter(body.quarter.as_deref())?;
    make(&state, Subject::Region(region), quarter, "/v1/ops/reports").await
}

/// `GET /v1/ops/reports`: every region's operator reports.
#[utoipa::path(
    get,
    path = "/v1/ops/reports",
    tag = "operations",
    operation_id = "listRegionReports",
    summary = "Every region's operator reports",
    security(("operator" = [])),
    responses((status = 200, description = "Newest first.", body = Items<ReportView>)),
)]
pub(crate) async fn list_regions(
    State(state): State<AppState>,
    _: Operator,
) -> Result<Response, ApiError> {
    let reports = state.directory.reports(None).await?;
    let items: Vec<_> = reports.iter().map(|r| view(r, "/v1/ops/reports")).collect();
    Ok(Json(Items::from(items)).into_response())
}

/// `GET /v1/ops/reports/{id}?format=html|json`.
#[utoipa::path(
    get,
    path = "/v1/ops/reports/{id}",
    tag = "operations",
    operation_id = "getRegionReport",
    summary = "Download a region's operator report",
    security(("operator" = [])),
    params(
        ("id" = Uuid, Path, description = "The report."),
        ("format" = Option<String>, Query, description = "`html` (default) or `json`."),
    ),
    responses((status = 200, description = "The report.", content(
        (String = "text/html"),
        (Object = "application/json"),
    ))),
)]
pub(crate) async fn get_region(
    State(state): State<AppState>,
    _: Operator,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let record = visible_report(&state, &id, |r| r.scope == "region").await?;
    download(&state, &record, raw.as_deref()).await
}

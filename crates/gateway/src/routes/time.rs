//! Time-zone services: how a local time reads in a zone (DST gaps and folds), and a weekly
//! window in one person's zone as it falls in another's, week by week.

use axum::Json;
use axum::extract::RawQuery;
use axum::response::{IntoResponse, Response};
use cadre_directory::Scope;
use cadre_i18n::{Arg, msg};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use chrono_tz::Tz;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::Caller;
use crate::problem::ApiError;
use crate::routes::query::{param, query};
use crate::viewer::ViewerZone;

/// Most weeks one window request may span.
const MAX_WEEKS: u32 = 104;

fn zone_param(pairs: &[(String, String)], name: &str, default: Tz) -> Result<Tz, ApiError> {
    match param(pairs, name) {
        None => Ok(default),
        Some(v) => v
            .parse()
            .map_err(|_| ApiError::bad_parameter(name, msg!("field-time-zone", value = v))),
    }
}

/// Refuses a date outside the years time-zone arithmetic answers for.
fn supported(name: &str, date: NaiveDate) -> Result<(), ApiError> {
    if cadre_localtime::supported(date) {
        return Ok(());
    }
    let years = cadre_localtime::YEARS;
    Err(ApiError::bad_parameter(
        name,
        msg!(
            "field-year-between",
            min = years.start().to_string(),
            max = years.end().to_string()
        ),
    ))
}

fn tenant_zone(caller: &Caller) -> Tz {
    caller.tenant.tenant.time_zone.parse().unwrap_or(Tz::UTC)
}

/// How a local time reads in a zone.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct LocalTime {
    /// The IANA zone.
    zone: &'static str,
    /// The local time asked about (`YYYY-MM-DDTHH:MM`).
    local: String,
    /// The instant it denotes, with the zone's offset (RFC 3339).
    instant: String,
    /// The same instant in UTC.
    utc: String,
    #[schema(value_type = Reading)]
    reading: cadre_localtime::Reading,
    /// Length of that local day in hours (23, 24, 25 around DST changes).
    day_length_hours: f64,
}

/// How a local time was read.
#[derive(Debug, ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)] // documentation of `cadre_localtime::Reading`
pub(crate) enum Reading {
    /// The local time exists once.
    Exact,
    /// It fell in a DST gap and was moved forward by the gap's length.
    Gap,
    /// It exists twice; the earlier instant was taken.
    Fold,
}

/// A weekly window's occurrences.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct WeeklyWindow {
    /// The window's zone.
    zone: &'static str,
    /// The viewer's zone.
    viewer_zone: &'static str,
    #[schema(value_type = Vec<Occurrence>)]
    occurrences: Vec<cadre_localtime::Occurrence>,
}

/// One occurrence of a weekly window, in the window's zone and in the viewer's.
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // documentation of `cadre_localtime::Occurrence`
pub(crate) struct Occurrence {
    /// Start, with the window zone's offset.
    start: DateTime<FixedOffset>,
    /// End, with the window zone's offset.
    end: DateTime<FixedOffset>,
    /// Start, with the viewer's offset.
    viewer_start: DateTime<FixedOffset>,
    /// End, with the viewer's offset.
    viewer_end: DateTime<FixedOffset>,
    /// The viewer's weekday at the start (`Mon` to `Sun`; it can differ from the window's).
    viewer_weekday: String,
    /// Length in minutes: differs in a week with a DST change inside.
    minutes: i64,
    start_reading: Reading,
    end_reading: Reading,
}

/// `GET /v1/time/local?at=2026-03-29T02:30&zone=Europe/Berlin`: the instant a local time
/// denotes, and whether it fell in a gap (moved forward) or a fold (earlier instant taken).
#[utoipa::path(
    get,
    path = "/v1/time/local",
    tag = "time",
    operation_id = "localTime",
    summary = "The instant a local time denotes",
    description = "In a DST gap the time moves forward by the gap; in a fold the earlier instant is taken.",
    security(("api_key" = ["employees:read"])),
    params(
        ("at" = String, Query, description = "Local date and time, `YYYY-MM-DDTHH:MM`."),
        ("zone" = Option<String>, Query, description = "IANA zone (default the tenant's)."),
    ),
    responses((status = 200, description = "The reading.", body = LocalTime)),
)]
pub(crate) async fn local(caller: Caller, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesRead)?;
    let pairs = query(raw.as_deref(), &["at", "zone"])?;
    let zone = zone_param(&pairs, "zone", tenant_zone(&caller))?;
    let at = param(&pairs, "at")
        .and_then(|v| NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M").ok())
        .ok_or_else(|| ApiError::bad_parameter("at", msg!("field-local-date-time")))?;
    supported("at", at.date())?;
    let (instant, reading) = cadre_localtime::resolve(zone, at);
    Ok(Json(LocalTime {
        zone: zone.name(),
        local: at.format("%Y-%m-%dT%H:%M").to_string(),
        instant: instant.fixed_offset().to_rfc3339(),
        utc: instant.to_utc().to_rfc3339(),
        reading,
        day_length_hours: cadre_localtime::day_length(zone, at.date()).num_minutes() as f64 / 60.0,
    })
    .into_response())
}

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// `GET /v1/time/weekly-window?weekday=thu&start=19:00&end=21:00&zone=Europe/Berlin`
/// `&viewer_zone=America/New_York&from=2026-03-01&weeks=8`: each occurrence in both zones.
/// `zone` defaults to the tenant's, `viewer_zone` to the `Time-Zone` header, then the tenant's.
#[utoipa::path(
    get,
    path = "/v1/time/weekly-window",
    tag = "time",
    operation_id = "weeklyWindow",
    summary = "A weekly window in one zone as it falls in another",
    security(("api_key" = ["employees:read"])),
    params(
        ("weekday" = String, Query, description = "`mon` to `sun`."),
        ("start" = String, Query, description = "Local start, `HH:MM`."),
        ("end" = String, Query, description = "Local end, `HH:MM`."),
        ("zone" = Option<String>, Query, description = "The window's IANA zone (default the tenant's)."),
        ("viewer_zone" = Option<String>, Query, description = "The viewer's IANA zone (default the Time-Zone header, then the tenant's)."),
        ("from" = Option<NaiveDate>, Query, description = "First week (default this week)."),
        ("weeks" = Option<u32>, Query, minimum = 1, maximum = 104, description = "How many weeks (default 8)."),
        ("Time-Zone" = Option<String>, Header, description = "The viewer's IANA zone, when `viewer_zone` is not given."),
    ),
    responses(
        (status = 200, description = "Each occurrence in both zones.", body = WeeklyWindow),
    ),
)]
pub(crate) async fn weekly_window(
    caller: Caller,
    viewer: ViewerZone,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require(Scope::EmployeesRead)?;
    let known = [
        "weekday",
        "start",
        "end",
        "zone",
        "viewer_zone",
        "from",
        "weeks",
    ];
    let pairs = query(raw.as_deref(), &known)?;
    let tenant = tenant_zone(&caller);
    let zone = zone_param(&pairs, "zone", tenant)?;
    let viewer = zone_param(&pairs, "viewer_zone", viewer.0.unwrap_or(tenant))?;
    let weekday = param(&pairs, "weekday")
        .and_then(|v| DAYS.iter().find(|(n, _)| n.eq_ignore_ascii_case(v)))
        .map(|(_, d)| *d)
        .ok_or_else(|| {
            let names = DAYS.iter().map(|(n, _)| (*n).to_owned()).collect();
            ApiError::bad_parameter("weekday", msg!("field-weekday", known = Arg::OrList(names)))
        })?;
    let time = |name: &str| {
        param(&pairs, name)
            .and_then(|v| NaiveTime::parse_from_str(v, "%H:%M").ok())
            .ok_or_else(|| ApiError::bad_parameter(name, msg!("field-time-of-day")))
    };
    let (start, end) = (time("start")?, time("end")?);
    let from = match param(&pairs, "from") {
        None => chrono::Utc::now().with_timezone(&zone).date_naive(),
        Some(v) => v
            .parse::<NaiveDate>()
            .map_err(|_| ApiError::bad_parameter("from", msg!("field-date")))?,
    };
    // With at most MAX_WEEKS weeks, the last occurrence stays far from chrono's limits.
    supported("from", from)?;
    let weeks = match param(&pairs, "weeks") {
        None => 8,
        Some(v) => v
            .parse::<u32>()
            .ok()
            .filter(|w| (1..=MAX_WEEKS).contains(w))
            .ok_or_else(|| {
                ApiError::bad_parameter("weeks", msg!("field-limit", max = MAX_WEEKS))
            })?,
    };
    let occurrences =
        cadre_localtime::weekly_window(zone, weekday, start, end, viewer, from, weeks);
    Ok(Json(WeeklyWindow {
        zone: zone.name(),
        viewer_zone: viewer.name(),
        occurrences,
    })
    .into_response())
}

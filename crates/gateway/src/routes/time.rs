//! Time-zone services: how a local time reads in a zone (DST gaps and folds), and a weekly
//! window in one person's zone as it falls in another's, week by week.

use axum::Json;
use axum::extract::RawQuery;
use axum::response::IntoResponse;
use cadre_directory::Scope;
use cadre_i18n::{Arg, msg};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use chrono_tz::Tz;
use serde_json::json;

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

fn tenant_zone(caller: &Caller) -> Tz {
    caller.tenant.tenant.time_zone.parse().unwrap_or(Tz::UTC)
}

/// `GET /v1/time/local?at=2026-03-29T02:30&zone=Europe/Berlin`: the instant a local time
/// denotes, and whether it fell in a gap (moved forward) or a fold (earlier instant taken).
pub(crate) async fn local(
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<impl IntoResponse, ApiError> {
    caller.require(Scope::EmployeesRead)?;
    let pairs = query(raw.as_deref(), &["at", "zone"])?;
    let zone = zone_param(&pairs, "zone", tenant_zone(&caller))?;
    let at = param(&pairs, "at")
        .and_then(|v| NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M").ok())
        .ok_or_else(|| ApiError::bad_parameter("at", msg!("field-local-date-time")))?;
    let (instant, reading) = cadre_localtime::resolve(zone, at);
    Ok(Json(json!({
        "zone": zone.name(),
        "local": at.format("%Y-%m-%dT%H:%M").to_string(),
        "instant": instant.fixed_offset().to_rfc3339(),
        "utc": instant.to_utc().to_rfc3339(),
        "reading": reading,
        "day_length_hours": cadre_localtime::day_length(zone, at.date()).num_minutes() as f64 / 60.0,
    })))
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
pub(crate) async fn weekly_window(
    caller: Caller,
    viewer: ViewerZone,
    RawQuery(raw): RawQuery,
) -> Result<impl IntoResponse, ApiError> {
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
    Ok(Json(json!({
        "zone": zone.name(),
        "viewer_zone": viewer.name(),
        "occurrences": occurrences,
    })))
}

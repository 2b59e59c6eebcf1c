//! The HTML rendering of a health report: one self-contained page (inline CSS and SVG, no
//! network fetches), every text from the catalog in the report's language, right-to-left for
//! Arabic, instants in the report's time zone.

use std::fmt::Write as _;

use cadre_i18n::{Arg, Catalog, Direction, Locale, Message, Preferences, msg};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde_json::Value;

use super::model::{HealthReport, RegionHealth};

struct Page<'a> {
    catalog: &'a Catalog,
    locale: Locale,
    zone: Tz,
    out: String,
}

impl Page<'_> {
    fn t(&self, m: &Message) -> String {
        esc(&self.catalog.format(self.locale, m))
    }

    fn h2(&mut self, m: &Message) {
        let text = self.t(m);
        let _ = writeln!(self.out, "<h2>{text}</h2>");
    }

    fn table(&mut self, header: &[Message], rows: Vec<Vec<String>>) {
        let head: String = header
            .iter()
            .map(|m| format!("<th>{}</th>", self.t(m)))
            .collect();
        let _ = write!(self.out, "<table><thead><tr>{head}</tr></thead><tbody>");
        for row in rows {
            let cells: String = row.iter().map(|c| format!("<td>{c}</td>")).collect();
            let _ = write!(self.out, "<tr>{cells}</tr>");
        }
        self.out.push_str("</tbody></table>\n");
    }

    fn instant(&self, at: DateTime<Utc>) -> Arg {
        Arg::Instant(at, self.zone)
    }

    fn percent(&self, v: Option<f64>) -> String {
        match v {
            Some(v) => self.t(&msg!("report-availability-value", value = decimal(v, 3))),
            None => "–".into(),
        }
    }

    fn ms(&self, v: Option<f64>) -> String {
        match v {
            Some(v) => self.t(&msg!("report-latency-value", ms = decimal(v, 1))),
            None => "–".into(),
        }
    }

    fn number(&self, v: impl Into<Arg>) -> String {
        self.t(&msg!("report-number", value = v))
    }

    fn moment(&self, at: DateTime<Utc>) -> String {
        self.t(&msg!("report-moment", at = self.instant(at)))
    }
}

fn decimal(v: f64, places: u32) -> Decimal {
    Decimal::try_from(v)
        .map(|d| d.round_dp(places).normalize())
        .unwrap_or_default()
}

/// `&`, `<`, `>`, `"` escaped for HTML text and attributes.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24;max-width:60rem}\
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}\
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.25rem .75rem;border-bottom:1px solid #eaeef2;text-align:start}\
.met{color:#1a7f37}.missed{color:#cf222e}.open{color:#9a6700}svg text{font-size:12px;fill:#1b1f24}";

/// Horizontal bars, one per (label, value, max): availability or latency.
fn bars(rows: &[(String, f64, String)], max: f64, color: &str) -> String {
    let height = 26 * rows.len().max(1) + 8;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"640\" height=\"{height}\" viewBox=\"0 0 640 {height}\">"
    );
    for (i, (label, value, text)) in rows.iter().enumerate() {
        let y = 4 + i * 26;
        let w = if max > 0.0 {
            (value / max * 400.0).clamp(0.0, 400.0)
        } else {
            0.0
        };
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{ty}\">{label}</text><rect x=\"150\" y=\"{y}\" width=\"{w:.1}\" height=\"18\" fill=\"{color}\"/><text x=\"{tx:.1}\" y=\"{ty}\">{text}</text>",
            ty = y + 13,
            tx = 156.0 + w,
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// The report as one HTML page in its language.
pub fn render_html(report: &HealthReport, catalog: &Catalog) -> String {
    let locale = catalog.negotiate(&Preferences {
        user: Some(&report.locale),
        ..Preferences::default()
    });
    let zone: Tz = report.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let mut p = Page {
        catalog,
        locale,
        zone,
        out: String::new(),
    };
    let period = catalog.format(
        locale,
        &msg!(
            "report-period-quarter",
            quarter = report.period.quarter,
            year = report.period.year.to_string()
        ),
    );
    let title = match (&report.tenant, &report.region) {
        (Some(t), _) => p.t(&msg!(
            "report-title-tenant",
            tenant = t["name"].as_str().unwrap_or_default(),
            period = period.as_str()
        )),
        (None, Some(r)) => p.t(&msg!(
            "report-title-region",
            region = r.as_str(),
            period = period.as_str()
        )),
        (None, None) => String::new(),
    };
    let dir = match catalog.direction(locale) {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    let _ = write!(
        p.out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body>\n<h1>{title}</h1>\n",
        lang = esc(catalog.tag(locale)),
    );
    let last_day = (report.to - chrono::Duration::days(1)).date_naive();
    let covers = p.t(&msg!(
        "report-covers",
        from = report.from.date_naive(),
        to = last_day
    ));
    let generated = p.t(&msg!(
        "report-generated",
        at = p.instant(report.generated_at)
    ));
    let _ = writeln!(p.out, "<p>{covers}</p><p>{generated}</p>");

    p.h2(&msg!("report-section-summary"));
    let incidents = p.t(&msg!(
        "report-incidents-count",
        count = report.incidents.len()
    ));
    let failovers = p.t(&msg!(
        "report-failovers-count",
        count = report.failovers.len()
    ));
    let _ = writeln!(p.out, "<p>{incidents}</p><p>{failovers}</p>");
    if report.regions.is_empty() {
        let none = p.t(&msg!("report-no-data"));
        let _ = writeln!(p.out, "<p>{none}</p>");
    }

    availability(&mut p, &report.regions);
    latency(&mut p, &report.regions);
    errors(&mut p, &report.regions);
    incidents_section(&mut p, &report.incidents);
    failovers_section(&mut p, report);
    replication(&mut p, &report.regions);
    p.out.push_str("</body></html>\n");
    p.out
}

fn availability(p: &mut Page<'_>, regions: &[RegionHealth]) {
    p.h2(&msg!("report-section-availability"));
    let rows: Vec<(String, f64, String)> = regions
        .iter()
        .map(|r| {
            (
                esc(r.region.as_str()),
                r.availability_percent.unwrap_or(0.0),
                p.percent(r.availability_percent),
            )
        })
        .collect();
    p.out.push_str(&bars(&rows, 100.0, "#2da44e"));
    let rows = regions
        .iter()
        .flat_map(|r| {
            r.shards.iter().map(|s| {
                vec![
                    esc(r.region.as_str()),
                    s.shard.to_string(),
                    p.percent(s.availability_percent),
                ]
            })
        })
        .collect();
    p.table(
        &[
            msg!("report-column-region"),
            msg!("report-column-shard"),
            msg!("report-column-availability"),
        ],
        rows,
    );
}

fn latency(p: &mut Page<'_>, regions: &[RegionHealth]) {
    p.h2(&msg!("report-section-latency"));
    let mut rows = Vec::new();
    let mut max: f64 = 0.0;
    for r in regions {
        for (name, v) in [
            ("p50", r.latency_ms.p50),
            ("p95", r.latency_ms.p95),
            ("p99", r.latency_ms.p99),
        ] {
            let v = v.unwrap_or(0.0);
            max = max.max(v);
            rows.push((
                format!("{} {name}", esc(r.region.as_str())),
                v,
                p.ms(Some(v)),
            ));
        }
    }
    p.out.push_str(&bars(&rows, max, "#0969da"));
    let rows = regions
        .iter()
        .map(|r| {
            vec![
                esc(r.region.as_str()),
                p.ms(r.latency_ms.p50),
                p.ms(r.latency_ms.p95),
                p.ms(r.latency_ms.p99),
            ]
        })
        .collect();
    p.table(
        &[
            msg!("report-column-region"),
            msg!("report-column-p50"),
            msg!("report-column-p95"),
            msg!("report-column-p99"),
        ],
        rows,
    );
}

fn errors(p: &mut Page<'_>, regions: &[RegionHealth]) {
    p.h2(&msg!("report-section-errors"));
    let rows = regions
        .iter()
        .map(|r| {
            vec![
                esc(r.region.as_str()),
                p.number(r.requests),
                p.number(r.server_errors),
                p.percent(r.error_rate_percent),
            ]
        })
        .collect();
    p.table(
        &[
            msg!("report-column-region"),
            msg!("report-column-requests"),
            msg!("report-column-errors"),
            msg!("report-column-error-rate"),
        ],
        rows,
    );
}

fn incidents_section(p: &mut Page<'_>, incidents: &[Value]) {
    p.h2(&msg!("report-section-incidents"));
    let mut rows = Vec::new();
    for i in incidents {
        let severity = match i["severity"].as_str() {
            Some("critical") => msg!("report-severity-critical"),
            Some("major") => msg!("report-severity-major"),
            _ => msg!("report-severity-minor"),
        };
        let stage = if i["resolved_at"].is_string() {
            msg!("report-stage-resolved")
        } else if i["mitigated_at"].is_string() {
            msg!("report-stage-mitigated")
        } else if i["diagnosed_at"].is_string() {
            msg!("report-stage-diagnosed")
        } else {
            msg!("report-stage-detected")
        };
        let opened = i["detected_at"]
            .as_str()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|d| p.moment(d.with_timezone(&Utc)))
            .unwrap_or_default();
        let mut ladder = String::new();
        for d in i["ladder"].as_array().into_iter().flatten() {
            let hours = d["hours"].as_i64().unwrap_or_default();
            let rung = match d["stage"].as_str() {
                Some("diagnosis") => msg!("report-deadline-diagnosis", hours = hours),
                Some("solution") => msg!("report-deadline-solution", hours = hours),
                _ => msg!("report-deadline-resolution", hours = hours),
            };
            let (class, status) = match d["status"].as_str() {
                Some("met") => ("met", msg!("report-deadline-met")),
                Some("missed") => ("missed", msg!("report-deadline-missed")),
                _ => ("open", msg!("report-deadline-open")),
            };
            let _ = write!(
                ladder,
                "{}: <span class=\"{class}\">{}</span><br>",
                p.t(&rung),
                p.t(&status)
            );
        }
        rows.push(vec![
            p.t(&severity),
            esc(i["region"].as_str().unwrap_or_default()),
            opened,
            p.t(&stage),
            ladder,
        ]);
    }
    if rows.is_empty() {
        let none = p.t(&msg!("report-incidents-count", count = 0));
        let _ = writeln!(p.out, "<p>{none}</p>");
        return;
    }
    p.table(
        &[
            msg!("report-column-severity"),
            msg!("report-column-region"),
            msg!("report-column-opened"),
            msg!("report-column-status"),
            msg!("report-section-incidents"),
        ],
        rows,
    );
}

fn failovers_section(p: &mut Page<'_>, report: &HealthReport) {
    p.h2(&msg!("report-section-failovers"));
    let rows: Vec<Vec<String>> = report
        .failovers
        .iter()
        .map(|f| {
            vec![
                esc(f.region.as_str()),
                f.shard.get().to_string(),
                p.moment(f.completed_at),
            ]
        })
        .collect();
    if rows.is_empty() {
        let none = p.t(&msg!("report-failovers-count", count = 0));
        let _ = writeln!(p.out, "<p>{none}</p>");
        return;
    }
    p.table(
        &[
            msg!("report-column-region"),
            msg!("report-column-shard"),
            msg!("report-column-opened"),
        ],
        rows,
    );
}

fn replication(p: &mut Page<'_>, regions: &[RegionHealth]) {
    p.h2(&msg!("report-section-replication"));
    let rows = regions
        .iter()
        .flat_map(|r| {
            r.shards.iter().map(|s| {
                let standby = match s.standby {
                    "streaming" => Some(msg!("report-standby-streaming")),
                    "lagging" => Some(msg!("report-standby-lagging")),
                    "not_streaming" => Some(msg!("report-standby-not-streaming")),
                    "missing" => Some(msg!("report-standby-missing")),
                    _ => None,
                };
                vec![
                    esc(r.region.as_str()),
                    s.shard.to_string(),
                    s.lag_bytes_max.map_or("–".into(), |b| p.number(b)),
                    s.lag_seconds_max
                        .map_or("–".into(), |x| p.number(decimal(x, 3))),
                    standby.map_or("–".into(), |m| p.t(&m)),
                ]
            })
        })
        .collect();
    p.table(
        &[
            msg!("report-column-region"),
            msg!("report-column-shard"),
            msg!("report-column-lag-bytes"),
            msg!("report-column-lag-seconds"),
            msg!("report-column-standby"),
        ],
        rows,
    );
}

//! The health report as data (its JSON rendering) and how it is computed from the
//! directory's probe minutes, request minutes, incidents and failovers.

use std::collections::BTreeMap;

use cadre_directory::{
    Directory, DirectoryError, Failover, Incident, LATENCY_BOUNDS_SECONDS, RequestMinute,
    ShardRecord, Tenant,
};
use cadre_topology::{RegionId, ShardId, ZoneId};
use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

/// A calendar quarter in UTC, the period of scheduled reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Quarter {
    /// Year.
    pub year: i32,
    /// 1 to 4.
    pub quarter: u32,
}

impl Quarter {
    /// The quarter that contains `at`.
    pub fn containing(at: DateTime<Utc>) -> Quarter {
        Quarter {
            year: at.year(),
            quarter: (at.month0() / 3) + 1,
        }
    }

    /// The quarter before this one.
    pub fn previous(self) -> Quarter {
        if self.quarter == 1 {
            Quarter {
                year: self.year - 1,
                quarter: 4,
            }
        } else {
            Quarter {
                year: self.year,
                quarter: self.quarter - 1,
            }
        }
    }

    /// Parses `2026-Q3`.
    pub fn parse(s: &str) -> Option<Quarter> {
        let (year, q) = s.split_once("-Q")?;
        let year: i32 = year.parse().ok().filter(|y| (2000..=2999).contains(y))?;
        let quarter: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        Some(Quarter { year, quarter })
    }

    /// First instant (inclusive).
    pub fn start(self) -> DateTime<Utc> {
        let month = (self.quarter - 1) * 3 + 1;
        Utc.with_ymd_and_hms(self.year, month, 1, 0, 0, 0)
            .single()
            .unwrap_or_default()
    }

    /// End (exclusive): the next quarter's start.
    pub fn end(self) -> DateTime<Utc> {
        let next = if self.quarter == 4 {
            Quarter {
                year: self.year + 1,
                quarter: 1,
            }
        } else {
            Quarter {
                year: self.year,
                quarter: self.quarter + 1,
            }
        };
        next.start()
    }

    /// `2026-Q3`, as in keys and the API.
    pub fn label(self) -> String {
        format!("{}-Q{}", self.year, self.quarter)
    }
}

/// Who a report is for.
#[derive(Debug, Clone)]
pub enum Subject {
    /// A tenant: the regions and shards of its legal entities; its home region's bucket
    /// holds the report, written in its default language and time zone.
    Tenant(Tenant),
    /// An operator report over every shard of one region.
    Region(RegionId),
}

impl Subject {
    /// The language and time zone a report for this subject is written in (operator reports:
    /// English and UTC).
    pub fn language(&self) -> (&str, &str) {
        match self {
            Subject::Tenant(t) => (&t.default_locale, &t.time_zone),
            Subject::Region(_) => ("en", "UTC"),
        }
    }

    /// The region whose bucket holds the report.
    pub fn home(&self) -> &RegionId {
        match self {
            Subject::Tenant(t) => &t.home_region,
            Subject::Region(r) => r,
        }
    }
}

/// Request latency percentiles in milliseconds (upper bounds of histogram buckets).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Percentiles {
    /// Median.
    pub p50: Option<f64>,
    /// 95th.
    pub p95: Option<f64>,
    /// 99th.
    pub p99: Option<f64>,
}

/// One shard in the report.
#[derive(Debug, Clone, Serialize)]
pub struct ShardHealth {
    /// Shard.
    pub shard: u16,
    /// Share of successful primary probes, percent (`None` without probes).
    pub availability_percent: Option<f64>,
    /// Primary probes in the period.
    pub probes: i64,
    /// Failed ones.
    pub failed_probes: i64,
    /// Largest replication lag seen.
    pub lag_bytes_max: Option<i64>,
    /// Largest replication lag seen.
    pub lag_seconds_max: Option<f64>,
    /// Over the period: `streaming`, `lagging`, `not_streaming` (no standby followed the
    /// primary), `missing` (none configured) or `unknown` (the primary never answered).
    pub standby: &'static str,
    /// Epoch as of generation.
    pub epoch: i64,
}

/// One day of one region.
#[derive(Debug, Clone, Serialize)]
pub struct DayPoint {
    /// UTC day.
    pub date: NaiveDate,
    /// Availability that day.
    pub availability_percent: Option<f64>,
    /// Requests that day.
    pub requests: i64,
}

/// One region in the report.
#[derive(Debug, Clone, Serialize)]
pub struct RegionHealth {
    /// Region.
    pub region: RegionId,
    /// Zone.
    pub zone: ZoneId,
    /// Share of successful primary probes over its shards, percent.
    pub availability_percent: Option<f64>,
    /// Requests served.
    pub requests: i64,
    /// 5xx answers.
    pub server_errors: i64,
    /// 4xx answers.
    pub client_errors: i64,
    /// 5xx share, percent.
    pub error_rate_percent: Option<f64>,
    /// Latency percentiles.
    pub latency_ms: Percentiles,
    /// Shards.
    pub shards: Vec<ShardHealth>,
    /// Per day.
    pub daily: Vec<DayPoint>,
}

/// A health report.
#[derive(Debug, Clone, Serialize)]
pub struct HealthReport {
    /// Id (also in the object keys).
    pub id: Uuid,
    /// `tenant` or `region`.
    pub scope: &'static str,
    /// The tenant, for tenant reports.
    pub tenant: Option<Value>,
    /// The region, for operator reports.
    pub region: Option<RegionId>,
    /// Language of the HTML rendering.
    pub locale: String,
    /// Zone the HTML shows instants in.
    pub time_zone: String,
    /// The quarter.
    pub period: Quarter,
    /// `2026-Q3`.
    pub period_label: String,
    /// Start (inclusive).
    pub from: DateTime<Utc>,
    /// End (exclusive).
    pub to: DateTime<Utc>,
    /// When it was made.
    pub generated_at: DateTime<Utc>,
    /// Per region.
    pub regions: Vec<RegionHealth>,
    /// Incidents detected in the period with their ladder (as of generation).
    pub incidents: Vec<Value>,
    /// Failovers completed in the period.
    pub failovers: Vec<Failover>,
}

/// The `q` quantile (0..1) of a latency histogram, as the upper bound (ms) of its bucket.
pub fn percentile(buckets: &[i64], q: f64) -> Option<f64> {
    let total: i64 = buckets.iter().sum();
    if total == 0 {
        return None;
    }
    let rank = (q * total as f64).ceil().max(1.0) as i64;
    let mut seen = 0;
    for (i, n) in buckets.iter().enumerate() {
        seen += n;
        if seen >= rank {
            let bound = LATENCY_BOUNDS_SECONDS
                .get(i)
                .or(LATENCY_BOUNDS_SECONDS.last())
                .copied()
                .unwrap_or_default();
            return Some(bound * 1000.0);
        }
    }
    None
}

fn percent(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 / whole as f64 * 100.0 * 1000.0).round() / 1000.0)
}

fn add_buckets(into: &mut Vec<i64>, from: &[i64]) {
    if into.len() < from.len() {
        into.resize(from.len(), 0);
    }
    for (a, b) in into.iter_mut().zip(from) {
        *a += b;
    }
}

/// Gathers a report's data from the directory.
pub async fn collect(
    directory: &Directory,
    subject: &Subject,
    period: Quarter,
    now: DateTime<Utc>,
) -> Result<HealthReport, DirectoryError> {
    let (locale, time_zone) = subject.language();
    let (from, to) = (period.start(), period.end().min(now));
    let map = directory.shards().await?;
    let shards: Vec<&ShardRecord> = match subject {
        Subject::Tenant(t) => {
            let entities = directory.legal_entities(t.id).await?;
            map.iter()
                .filter(|s| entities.iter().any(|e| e.shard_id == s.id))
                .collect()
        }
        Subject::Region(region) => map.iter().filter(|s| &s.region == region).collect(),
    };
    let ids: Vec<ShardId> = shards.iter().map(|s| s.id).collect();
    let health = directory.health_minutes(&ids, from, to).await?;
    let requests: Vec<RequestMinute> = match subject {
        Subject::Tenant(t) => directory.request_minutes(Some(t.id), from, to).await?,
        Subject::Region(region) => directory
            .request_minutes(None, from, to)
            .await?
            .into_iter()
            .filter(|r| &r.region == region)
            .collect(),
    };
    let incidents: Vec<Incident> = directory.incidents(Some(&ids), from, to).await?;
    let failovers = directory.failovers(Some(&ids), from, to).await?;

    let mut regions: BTreeMap<String, RegionHealth> = BTreeMap::new();
    for s in &shards {
        let mine = health
            .iter()
            .filter(|h| h.shard == s.id && h.role == "primary");
        let (mut probes, mut failed) = (0i64, 0i64);
        let (mut lag_b, mut lag_s) = (None::<i64>, None::<f64>);
        for h in mine {
            probes += i64::from(h.health.probes);
            failed += i64::from(h.health.failures);
            if let Some(b) = h.health.lag_bytes_max {
                lag_b = Some(lag_b.map_or(b, |m| m.max(b)));
            }
            if let Some(x) = h.health.lag_seconds_max {
                lag_s = Some(lag_s.map_or(x, |m| m.max(x)));
            }
        }
        // From what the primary saw in `pg_stat_replication`: a lag in bytes exists for every
        // standby that streams, the lag in seconds only while WAL is being replayed.
        let standby = match (&s.standby_endpoint, lag_b, lag_s) {
            _ if probes == failed => "unknown",
            (None, _, _) => "missing",
            (Some(_), None, _) => "not_streaming",
            (Some(_), _, Some(l)) if l > 10.0 => "lagging",
            (Some(_), _, _) => "streaming",
        };
        let region = regions
            .entry(s.region.to_string())
            .or_insert_with(|| RegionHealth {
                region: s.region.clone(),
                zone: s.zone.clone(),
                availability_percent: None,
                requests: 0,
                server_errors: 0,
                client_errors: 0,
                error_rate_percent: None,
                latency_ms: Percentiles::default(),
                shards: Vec::new(),
                daily: Vec::new(),
            });
        region.shards.push(ShardHealth {
            shard: s.id.get(),
            availability_percent: percent(probes - failed, probes),
            probes,
            failed_probes: failed,
            lag_bytes_max: lag_b,
            lag_seconds_max: lag_s,
            standby,
            epoch: s.epoch.0,
        });
    }
    for region in regions.values_mut() {
        let shard_ids: Vec<u16> = region.shards.iter().map(|s| s.shard).collect();
        let (probes, failed) = region
            .shards
            .iter()
            .fold((0, 0), |(p, f), s| (p + s.probes, f + s.failed_probes));
        region.availability_percent = percent(probes - failed, probes);
        let mut buckets = Vec::new();
        let mut days: BTreeMap<NaiveDate, (i64, i64, i64)> = BTreeMap::new();
        for r in requests.iter().filter(|r| r.region == region.region) {
            region.requests += r.requests;
            region.server_errors += r.server_errors;
            region.client_errors += r.client_errors;
            add_buckets(&mut buckets, &r.latency_buckets);
            days.entry(r.minute.date_naive()).or_default().2 += r.requests;
        }
        for h in health
            .iter()
            .filter(|h| h.role == "primary" && shard_ids.contains(&h.shard.get()))
        {
            let d = days.entry(h.minute.date_naive()).or_default();
            d.0 += i64::from(h.health.probes);
            d.1 += i64::from(h.health.failures);
        }
        region.error_rate_percent = percent(region.server_errors, region.requests);
        region.latency_ms = Percentiles {
            p50: percentile(&buckets, 0.50),
            p95: percentile(&buckets, 0.95),
            p99: percentile(&buckets, 0.99),
        };
        region.daily = days
            .into_iter()
            .map(|(date, (p, f, r))| DayPoint {
                date,
                availability_percent: percent(p - f, p),
                requests: r,
            })
            .collect();
    }
    let (scope, tenant, region) = match subject {
        Subject::Tenant(t) => (
            "tenant",
            Some(serde_json::json!({ "id": t.id, "name": t.name })),
            None,
        ),
        Subject::Region(r) => ("region", None, Some(r.clone())),
    };
    Ok(HealthReport {
        id: Uuid::now_v7(),
        scope,
        tenant,
        region,
        locale: locale.to_owned(),
        time_zone: time_zone.to_owned(),
        period,
        period_label: period.label(),
        from: period.start(),
        to: period.end(),
        generated_at: now,
        regions: regions.into_values().collect(),
        incidents: incidents
            .iter()
            .map(|i| incident_value(i, now, matches!(subject, Subject::Region(_))))
            .collect(),
        failovers,
    })
}

/// An incident as reports show it: the record, its ladder and its timeline, with the
/// operators' notes only for operators (tenants see when each stage was reached).
pub fn incident_value(i: &Incident, now: DateTime<Utc>, for_operators: bool) -> Value {
    let timeline = if for_operators {
        serde_json::json!(i.events)
    } else {
        serde_json::json!(i.stages())
    };
    serde_json::json!({
        "id": i.id,
        "shard": i.shard.get(),
        "region": i.region,
        "zone": i.zone,
        "kind": i.kind,
        "severity": i.severity,
        "status": if i.resolved_at.is_some() { "resolved" } else { "open" },
        "detected_at": i.detected_at,
        "diagnosed_at": i.diagnosed_at,
        "mitigated_at": i.mitigated_at,
        "resolved_at": i.resolved_at,
        "ladder": i.ladder(now),
        "timeline": timeline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_parse_and_bound() {
        let q = Quarter::parse("2026-Q4").expect("valid");
        assert_eq!(q.start().to_rfc3339(), "2026-10-01T00:00:00+00:00");
        assert_eq!(q.end().to_rfc3339(), "2027-01-01T00:00:00+00:00");
        assert_eq!(q.previous().label(), "2026-Q3");
        assert_eq!(
            Quarter::parse("2026-Q1").expect("valid").previous().label(),
            "2025-Q4"
        );
        assert!(Quarter::parse("2026-Q5").is_none() && Quarter::parse("26-Q1").is_none());
        assert_eq!(Quarter::containing(q.start()), q);
    }

    #[test]
    fn percentiles_come_from_bucket_bounds() {
        // 90 requests under 0.5 ms, 9 under 5 ms, 1 under 50 ms.
        let mut b = vec![0; LATENCY_BOUNDS_SECONDS.len() + 1];
        b[0] = 90;
        b[3] = 9;
        b[6] = 1;
        assert_eq!(percentile(&b, 0.5), Some(0.5));
        assert_eq!(percentile(&b, 0.95), Some(5.0));
        assert_eq!(percentile(&b, 0.99), Some(5.0));
        assert_eq!(percentile(&b, 1.0), Some(50.0));
        assert_eq!(percentile(&[0, 0], 0.5), None);
    }
}

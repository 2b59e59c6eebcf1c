//! Per-tenant request counts for health reports: counted in memory per tenant and region,
//! added to the directory's current minute every few seconds (one statement per flush).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use axum::http::StatusCode;
use cadre_directory::{Directory, LATENCY_BOUNDS_SECONDS, RequestMinute, TenantId};
use cadre_topology::RegionId;
use chrono::{DurationRound, Utc};

/// How often counts are written to the directory.
pub const USAGE_FLUSH: Duration = Duration::from_secs(5);

#[derive(Debug, Default, Clone)]
struct Counts {
    requests: i64,
    server_errors: i64,
    client_errors: i64,
    buckets: Vec<i64>,
}

/// Counts since the last flush.
#[derive(Debug, Default)]
pub struct Usage {
    counts: Mutex<HashMap<(TenantId, RegionId), Counts>>,
}

impl Usage {
    /// Counts one request.
    pub fn record(&self, tenant: TenantId, region: &RegionId, status: StatusCode, seconds: f64) {
        let bucket = LATENCY_BOUNDS_SECONDS
            .iter()
            .position(|b| seconds <= *b)
            .unwrap_or(LATENCY_BOUNDS_SECONDS.len());
        let mut map = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let c = map.entry((tenant, region.clone())).or_default();
        if c.buckets.is_empty() {
            c.buckets = vec![0; LATENCY_BOUNDS_SECONDS.len() + 1];
        }
        c.requests += 1;
        c.server_errors += i64::from(status.is_server_error());
        c.client_errors += i64::from(status.is_client_error());
        c.buckets[bucket] += 1;
    }

    /// Writes the counts to the directory's current minute; on failure they are kept and
    /// retried with the next flush.
    pub async fn flush(&self, directory: &Directory) {
        let taken = std::mem::take(&mut *self.counts.lock().unwrap_or_else(|p| p.into_inner()));
        if taken.is_empty() {
            return;
        }
        let now = Utc::now();
        let minute = now
            .duration_trunc(chrono::Duration::minutes(1))
            .unwrap_or(now);
        let rows: Vec<RequestMinute> = taken
            .iter()
            .map(|((tenant, region), c)| RequestMinute {
                tenant: *tenant,
                region: region.clone(),
                minute,
                requests: c.requests,
                server_errors: c.server_errors,
                client_errors: c.client_errors,
                latency_buckets: c.buckets.clone(),
            })
            .collect();
        if let Err(e) = directory.add_request_minutes(&rows).await {
            tracing::warn!(error = %e, "cannot store request counts; keeping them for the next flush");
            let mut map = self.counts.lock().unwrap_or_else(|p| p.into_inner());
            for (key, c) in taken {
                let entry = map.entry(key).or_default();
                if entry.buckets.is_empty() {
                    entry.buckets = vec![0; c.buckets.len()];
                }
                entry.requests += c.requests;
                entry.server_errors += c.server_errors;
                entry.client_errors += c.client_errors;
                for (a, b) in entry.buckets.iter_mut().zip(&c.buckets) {
                    *a += b;
                }
            }
        }
    }
}

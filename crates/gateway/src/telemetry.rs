//! Metrics (Prometheus) and request spans.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use cadre_topology::RegionId;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::problem::LanguageSlot;
use crate::state::AppState;

/// The region a request was served from, set by handlers for the metrics labels.
#[derive(Debug, Clone)]
pub struct RegionLabel(pub RegionId);

/// The region of the shard a request reached, filled by the extractor that routes it
/// ([`crate::extract::ShardPath`]) so that handlers need not tag their responses.
#[derive(Debug, Clone, Default)]
pub struct RegionSlot(std::sync::Arc<OnceLock<RegionId>>);

impl RegionSlot {
    /// Records the region (the first one a request reached counts).
    pub fn set(&self, region: &RegionId) {
        let _ = self.0.set(region.clone());
    }
}

/// Latency buckets in seconds: fine below 10 ms where a healthy gateway lives. The same
/// bounds count each tenant's requests for its health reports.
const BUCKETS: &[f64] = cadre_directory::LATENCY_BOUNDS_SECONDS;

/// The process-wide recorder (metrics are global by design of the `metrics` crate).
pub fn prometheus() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), BUCKETS)
                .unwrap_or_else(|_| PrometheusBuilder::new());
            let recorder = builder.build_recorder();
            let handle = recorder.handle();
            // Another recorder may already be installed (embedding); then ours only renders.
            let _ = metrics::set_global_recorder(recorder);
            metrics::describe_counter!(
                "cadre_http_requests_total",
                "HTTP requests by route, method, status and region"
            );
            // Recorded by the durable-job runners (cadre-jobs) that share this recorder.
            metrics::describe_counter!(
                "cadre_jobs_finished_total",
                "Durable job attempts ended, by kind and outcome (succeeded, retry, failed, cancelled, lost, put_back)"
            );
            metrics::describe_histogram!(
                "cadre_http_request_duration_seconds",
                metrics::Unit::Seconds,
                "HTTP request latency by route, method and region"
            );
            handle
        })
        .clone()
}

/// Counts requests and records their latency by route, method, status and region, and per
/// tenant and region for health reports.
pub async fn track(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let start = Instant::now();
    let region_slot = RegionSlot::default();
    req.extensions_mut().insert(region_slot.clone());
    let slot = req.extensions().get::<LanguageSlot>().cloned();
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".into());
    let res = next.run(req).await;
    let elapsed = start.elapsed().as_secs_f64();
    let label = res
        .extensions()
        .get::<RegionLabel>()
        .map(|l| &l.0)
        .or_else(|| region_slot.0.get());
    if let (Some(tenant), Some(label)) = (slot.and_then(|s| s.tenant()), label) {
        state.usage.record(tenant, label, res.status(), elapsed);
    }
    let region = label
        .map(|r| r.to_string())
        .unwrap_or_else(|| "none".into());
    let status = res.status().as_u16().to_string();
    metrics::counter!("cadre_http_requests_total",
        "route" => route.clone(), "method" => method.clone(), "status" => status, "region" => region.clone())
    .increment(1);
    metrics::histogram!("cadre_http_request_duration_seconds",
        "route" => route, "method" => method, "region" => region)
    .record(elapsed);
    res
}

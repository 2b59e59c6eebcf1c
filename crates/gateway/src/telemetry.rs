//! Metrics (Prometheus) and request spans.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use cadre_topology::RegionId;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// The region a request was served from, set by handlers for the metrics labels.
#[derive(Debug, Clone)]
pub struct RegionLabel(pub RegionId);

/// Latency buckets in seconds: fine below 10 ms where a healthy gateway lives.
const BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

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
            handle
        })
        .clone()
}

/// Counts requests and records their latency by route, method, status and region.
pub async fn track(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".into());
    let res = next.run(req).await;
    let region = res
        .extensions()
        .get::<RegionLabel>()
        .map(|r| r.0.to_string())
        .unwrap_or_else(|| "none".into());
    let status = res.status().as_u16().to_string();
    metrics::counter!("cadre_http_requests_total",
        "route" => route.clone(), "method" => method.clone(), "status" => status, "region" => region.clone())
    .increment(1);
    metrics::histogram!("cadre_http_request_duration_seconds",
        "route" => route, "method" => method, "region" => region)
    .record(start.elapsed().as_secs_f64());
    res
}

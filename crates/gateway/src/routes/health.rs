//! Liveness, readiness and metrics.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;

/// The process is alive.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Live {
    /// `ok`.
    status: &'static str,
}

/// Whether the directory and every shard answer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub(crate) struct Ready {
    /// All of them do.
    ready: bool,
    /// The directory does.
    directory: bool,
    /// Per shard number.
    shards: BTreeMap<String, ShardReady>,
}

/// One shard's readiness.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub(crate) struct ShardReady {
    region: String,
    ready: bool,
}

/// How long one probe's result answers `/readyz`. The endpoint is unauthenticated: however
/// often it is called, each shard and the directory see at most one `SELECT 1` per period.
const READY_FOR: Duration = Duration::from_secs(1);

/// The last readiness probe. Callers arriving while a probe runs wait for it instead of
/// starting their own.
#[derive(Debug, Default)]
pub struct Readiness(tokio::sync::Mutex<Option<(Instant, Arc<Ready>)>>);

impl Readiness {
    async fn get<F: Future<Output = Ready>>(&self, probe: impl FnOnce() -> F) -> Arc<Ready> {
        let mut last = self.0.lock().await;
        if let Some((_, ready)) = last.as_ref().filter(|(at, _)| at.elapsed() < READY_FOR) {
            return ready.clone();
        }
        let ready = Arc::new(probe().await);
        *last = Some((Instant::now(), ready.clone()));
        ready
    }
}

/// `GET /livez`: the process serves requests.
#[utoipa::path(
    get,
    path = "/livez",
    tag = "meta",
    operation_id = "livez",
    summary = "Liveness",
    security(()),
    responses((status = 200, description = "Serving.", body = Live)),
)]
pub(crate) async fn livez() -> Json<Live> {
    Json(Live { status: "ok" })
}

async fn ping(pool: &sqlx::PgPool) -> bool {
    let probe = sqlx::query("SELECT 1").execute(pool);
    matches!(
        tokio::time::timeout(Duration::from_secs(2), probe).await,
        Ok(Ok(_))
    )
}

/// `GET /readyz`: the directory and every shard answer.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "meta",
    operation_id = "readyz",
    summary = "Readiness",
    security(()),
    responses(
        (status = 200, description = "The directory and every shard answer.", body = Ready),
        (status = 503, description = "Something does not answer.", body = Ready),
    ),
)]
pub(crate) async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let ready = state.readiness.get(|| probe(&state)).await;
    let status = if ready.ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(ready.as_ref().clone()))
}

/// Pings the directory and every shard at once (each within 2 s).
async fn probe(state: &AppState) -> Ready {
    let shards: Vec<_> = state.shards.iter().collect();
    let (directory, pings) = tokio::join!(
        ping(state.directory.pool()),
        futures_util::future::join_all(shards.iter().map(|s| ping(s.pool())))
    );
    let shards: BTreeMap<String, ShardReady> = shards
        .iter()
        .zip(pings)
        .map(|(s, ready)| {
            let region = s.region.as_str().to_owned();
            (s.id.to_string(), ShardReady { region, ready })
        })
        .collect();
    Ready {
        ready: directory && shards.values().all(|s| s.ready),
        directory,
        shards,
    }
}

/// `GET /metrics`: Prometheus text exposition.
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "meta",
    operation_id = "metrics",
    summary = "Prometheus metrics",
    security(()),
    responses((status = 200, description = "Text exposition format 0.0.4.", content_type = "text/plain", body = String)),
)]
pub(crate) async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    state.metrics.run_upkeep();
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[tokio::test]
    async fn concurrent_callers_share_one_probe() {
        let readiness = Arc::new(Readiness::default());
        let probes = Arc::new(AtomicUsize::new(0));
        let callers = (0..100).map(|_| {
            let (readiness, probes) = (readiness.clone(), probes.clone());
            tokio::spawn(async move {
                readiness
                    .get(|| async {
                        probes.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        Ready {
                            ready: true,
                            directory: true,
                            shards: BTreeMap::new(),
                        }
                    })
                    .await
            })
        });
        for c in futures_util::future::join_all(callers).await {
            assert!(c.expect("caller").ready);
        }
        assert_eq!(probes.load(Ordering::SeqCst), 1);
    }
}

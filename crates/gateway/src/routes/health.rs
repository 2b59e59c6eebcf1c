//! Liveness, readiness and metrics.

use std::collections::BTreeMap;
use std::time::Duration;

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
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Ready<'a> {
    /// All of them do.
    ready: bool,
    /// The directory does.
    directory: bool,
    /// Per shard number.
    shards: BTreeMap<String, ShardReady<'a>>,
}

/// One shard's readiness.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ShardReady<'a> {
    region: &'a str,
    ready: bool,
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
    let directory = ping(state.directory.pool()).await;
    let shard_list: Vec<_> = state.shards.iter().collect();
    let mut shards = BTreeMap::new();
    let mut all = directory;
    for shard in &shard_list {
        let ok = ping(shard.pool()).await;
        all &= ok;
        shards.insert(
            shard.id.to_string(),
            ShardReady {
                region: shard.region.as_str(),
                ready: ok,
            },
        );
    }
    let status = if all {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        Json(Ready {
            ready: all,
            directory,
            shards,
        })
        .into_response(),
    )
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

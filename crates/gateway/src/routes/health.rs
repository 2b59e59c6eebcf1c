//! Liveness, readiness and metrics.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use serde_json::json;

use crate::AppState;

/// `GET /livez`: the process serves requests.
pub(crate) async fn livez() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

async fn ping(pool: &sqlx::PgPool) -> bool {
    let probe = sqlx::query("SELECT 1").execute(pool);
    matches!(
        tokio::time::timeout(Duration::from_secs(2), probe).await,
        Ok(Ok(_))
    )
}

/// `GET /readyz`: the directory and every shard answer.
pub(crate) async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let directory = ping(state.directory.pool()).await;
    let mut shards = serde_json::Map::new();
    let mut all = directory;
    for shard in state.shards.iter() {
        let ok = ping(shard.pool()).await;
        all &= ok;
        shards.insert(
            shard.id.to_string(),
            json!({ "region": shard.region, "ready": ok }),
        );
    }
    let status = if all {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        Json(json!({ "ready": all, "directory": directory, "shards": shards })),
    )
}

/// `GET /metrics`: Prometheus text exposition.
pub(crate) async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    state.metrics.run_upkeep();
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
}

//! The tenant-aware HTTP gateway: authenticate the API key, resolve the tenant, route to the
//! one shard that holds the data, run the handler in a tenant-scoped transaction.

mod auth;
mod cache;
mod extract;
mod json;
mod paging;
mod preconditions;
mod problem;
mod routes;
mod state;
mod telemetry;
mod usage;
mod viewer;

use std::future::Future;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::Request;
use axum::routing::{delete, get, post};
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

pub use auth::{Caller, resolve};
pub use cache::{DirectoryCache, TenantContext};
pub use json::BODY_LIMIT;
pub use problem::{ApiError, PROBLEM_JSON};
pub use state::{AppState, GatewayConfig, StartError};
pub use viewer::TIME_ZONE_HEADER;

/// The gateway's routes and layers.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/v1/tenants", post(routes::admin::create_tenant))
        .route("/v1/tenant", get(routes::admin::get_tenant))
        .route(
            "/v1/legal-entities",
            post(routes::admin::create_legal_entity).get(routes::admin::list_legal_entities),
        )
        .route(
            "/v1/api-keys",
            post(routes::admin::create_api_key).get(routes::admin::list_api_keys),
        )
        .route(
            "/v1/legal-entities/{id}/policy",
            get(routes::admin::get_policy).put(routes::admin::set_policy),
        )
        .route("/v1/api-keys/{id}", delete(routes::admin::revoke_api_key))
        .route("/v1/incidents", get(routes::ops::tenant_incidents))
        .route("/v1/ops/incidents", get(routes::ops::all_incidents))
        .route(
            "/v1/ops/incidents/{id}/events",
            post(routes::ops::add_event),
        )
        .route("/v1/ops/shards", get(routes::ops::shard_map))
        .route(
            "/v1/reports",
            post(routes::reports::create).get(routes::reports::list),
        )
        .route("/v1/reports/{id}", get(routes::reports::get))
        .route(
            "/v1/ops/reports",
            post(routes::reports::create_region).get(routes::reports::list_regions),
        )
        .route("/v1/ops/reports/{id}", get(routes::reports::get_region))
        .route("/v1/jurisdictions", get(routes::jurisdictions::list))
        .route("/v1/jurisdictions/{code}", get(routes::jurisdictions::show))
        .route(
            "/v1/jurisdictions/{code}/holidays",
            get(routes::jurisdictions::holidays),
        )
        .route(
            "/v1/jurisdictions/{code}/annual-leave",
            post(routes::jurisdictions::annual_leave),
        )
        .route(
            "/v1/jurisdictions/{code}/overtime",
            post(routes::jurisdictions::overtime),
        )
        .route(
            "/v1/jurisdictions/{code}/working-time",
            post(routes::jurisdictions::working_time),
        )
        .route(
            "/v1/jurisdictions/{code}/contract-check",
            post(routes::jurisdictions::contract_check),
        )
        .route(
            "/v1/jurisdictions/{code}/minimum-wage-check",
            post(routes::jurisdictions::minimum_wage_check),
        )
        .route(
            "/v1/jurisdictions/{code}/business-days",
            post(routes::jurisdictions::business_days),
        )
        .route(
            "/v1/employees",
            post(routes::employees::create).get(routes::employees::list),
        )
        .route(
            "/v1/employees/{id}",
            get(routes::employees::get)
                .patch(routes::employees::update)
                .delete(routes::employees::delete),
        )
        .route("/v1/jobs/{id}", get(routes::jobs::get))
        .route("/v1/jobs/{id}/cancel", post(routes::jobs::cancel))
        .route("/v1/time/local", get(routes::time::local))
        .route("/v1/time/weekly-window", get(routes::time::weekly_window))
        .route("/livez", get(routes::health::livez))
        .route("/readyz", get(routes::health::readyz))
        .route("/metrics", get(routes::health::metrics))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            telemetry::track,
        ));
    api.layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn(problem::render))
        .layer(CatchPanicLayer::new())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("");
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id, tenant = tracing::field::Empty)
        }))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

/// Serves the gateway on `listener` until `shutdown` completes, then drains open requests.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Serves only `/metrics` and `/livez` (the process-wide Prometheus recorder) until
/// `shutdown`: for processes without the API, such as the jobs runner.
pub async fn serve_metrics(
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let handle = telemetry::prometheus();
    let app = Router::new()
        .route(
            "/metrics",
            get(move || {
                let handle = handle.clone();
                async move {
                    handle.run_upkeep();
                    (
                        [(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")],
                        handle.render(),
                    )
                }
            }),
        )
        .route("/livez", get(routes::health::livez));
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

//! The tenant-aware HTTP gateway: authenticate the API key, resolve the tenant, route to the
//! one shard that holds the data, run the handler in a tenant-scoped transaction.

mod api;
mod auth;
mod cache;
mod extract;
mod json;
pub mod limits;
mod paging;
mod preconditions;
mod problem;
mod routes;
pub mod server;
mod state;
mod telemetry;
mod usage;
mod viewer;

use std::future::Future;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use api::openapi;
pub use auth::{Caller, resolve};
pub use cache::{DirectoryCache, TenantContext};
pub use json::BODY_LIMIT;
pub use problem::{ApiError, PROBLEM_JSON, ProblemKind};
pub use state::{AppState, GatewayConfig, StartError};
pub use viewer::TIME_ZONE_HEADER;

/// Declares the route table: `ROUTES` (method, path) and the router made from it, so that
/// what the gateway serves and what the OpenAPI document lists can be compared (see
/// `api::tests`). Add routes here only.
macro_rules! route_table {
    ($($method:ident $path:literal => $handler:path;)*) => {
        /// Every route the gateway serves, as (lower-case method, path template).
        pub const ROUTES: &[(&str, &str)] = &[$((stringify!($method), $path),)*];

        fn api_routes() -> Router<AppState> {
            Router::new()$(.route($path, axum::routing::$method($handler)))*
        }
    };
}

route_table! {
    post "/v1/tenants" => routes::admin::create_tenant;
    get "/v1/tenant" => routes::admin::get_tenant;
    post "/v1/legal-entities" => routes::admin::create_legal_entity;
    get "/v1/legal-entities" => routes::admin::list_legal_entities;
    get "/v1/legal-entities/{id}/policy" => routes::admin::get_policy;
    put "/v1/legal-entities/{id}/policy" => routes::admin::set_policy;
    post "/v1/api-keys" => routes::admin::create_api_key;
    get "/v1/api-keys" => routes::admin::list_api_keys;
    delete "/v1/api-keys/{id}" => routes::admin::revoke_api_key;
    get "/v1/incidents" => routes::ops::tenant_incidents;
    get "/v1/ops/incidents" => routes::ops::all_incidents;
    post "/v1/ops/incidents/{id}/events" => routes::ops::add_event;
    get "/v1/ops/shards" => routes::ops::shard_map;
    post "/v1/reports" => routes::reports::create;
    get "/v1/reports" => routes::reports::list;
    get "/v1/reports/{id}" => routes::reports::get;
    post "/v1/ops/reports" => routes::reports::create_region;
    get "/v1/ops/reports" => routes::reports::list_regions;
    get "/v1/ops/reports/{id}" => routes::reports::get_region;
    get "/v1/jurisdictions" => routes::jurisdictions::list;
    get "/v1/jurisdictions/{code}" => routes::jurisdictions::show;
    get "/v1/jurisdictions/{code}/holidays" => routes::jurisdictions::holidays;
    post "/v1/jurisdictions/{code}/annual-leave" => routes::jurisdictions::annual_leave;
    post "/v1/jurisdictions/{code}/overtime" => routes::jurisdictions::overtime;
    post "/v1/jurisdictions/{code}/working-time" => routes::jurisdictions::working_time;
    post "/v1/jurisdictions/{code}/contract-check" => routes::jurisdictions::contract_check;
    post "/v1/jurisdictions/{code}/minimum-wage-check" => routes::jurisdictions::minimum_wage_check;
    post "/v1/jurisdictions/{code}/business-days" => routes::jurisdictions::business_days;
    post "/v1/employees" => routes::employees::create;
    get "/v1/employees" => routes::employees::list;
    get "/v1/employees/{id}" => routes::employees::get;
    patch "/v1/employees/{id}" => routes::employees::update;
    delete "/v1/employees/{id}" => routes::employees::delete;
    get "/v1/jobs/{id}" => routes::jobs::get;
    post "/v1/jobs/{id}/cancel" => routes::jobs::cancel;
    get "/v1/time/local" => routes::time::local;
    get "/v1/time/weekly-window" => routes::time::weekly_window;
    get "/livez" => routes::health::livez;
    get "/readyz" => routes::health::readyz;
    get "/metrics" => routes::health::metrics;
    get "/openapi.json" => api::openapi_json;
    get "/docs" => api::docs;
    get "/docs/redoc.standalone.js" => api::redoc_js;
}

/// A request is answered within this, or gets a 503 problem (its work is dropped, and its
/// transaction rolled back).
pub(crate) const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// The gateway's routes and layers.
pub fn router(state: AppState) -> Router {
    let api = api_routes().route_layer(axum::middleware::from_fn_with_state(
        state.clone(),
        telemetry::track,
    ));
    around(api).with_state(state)
}

/// Browsers take every response for the type it declares (`X-Content-Type-Options:
/// nosniff`): a JSON body that looks like HTML is never rendered as a page.
async fn no_sniff(
    req: Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let mut res = next.run(req).await;
    res.headers_mut().insert(
        http::header::X_CONTENT_TYPE_OPTIONS,
        http::HeaderValue::from_static("nosniff"),
    );
    res
}

/// The layers around every route. A panic becomes a 500 inside the problem renderer, so
/// even a bug answers with a problem document in the caller's language.
fn around<S: Clone + Send + Sync + 'static>(api: Router<S>) -> Router<S> {
    api.layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn(problem::render))
        .layer(axum::middleware::from_fn(limits::headers))
        .layer(axum::middleware::from_fn(no_sniff))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("");
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id, tenant = tracing::field::Empty)
        }))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

/// Serves the gateway on `listener` until `shutdown` completes, then drains open requests.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    server::serve(listener, router(state), server::Limits::default(), shutdown).await
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

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use tower::ServiceExt;

    use super::*;

    #[tokio::test]
    async fn a_panic_answers_with_a_problem_document() {
        let app = around(Router::new().route(
            "/boom",
            axum::routing::get(|| async { panic!("a bug") as &'static str }),
        ));
        let res = app
            .oneshot(Request::get("/boom").body(Body::empty()).expect("request"))
            .await
            .expect("response");
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(res.headers()[header::CONTENT_TYPE], problem::PROBLEM_JSON);
        let body = axum::body::to_bytes(res.into_body(), 1 << 16)
            .await
            .expect("body");
        let doc: serde_json::Value = serde_json::from_slice(&body).expect("json");
        assert_eq!(doc["type"], "urn:cadre:problem:internal");
        assert!(
            !body.windows(5).any(|w| w == b"a bug"),
            "no panic text leaks"
        );
    }
}

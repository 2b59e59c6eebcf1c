//! `GET /docs`: the API reference, rendered in the browser by the Redoc bundle the gateway
//! carries (`assets/redoc/`, see its README), reading `/openapi.json`. Nothing is loaded from
//! another origin, so it works offline.

use axum::http::header;
use axum::response::IntoResponse;

/// Redoc 2.5.4's standalone bundle (MIT).
const REDOC_JS: &str = include_str!("../../assets/redoc/redoc.standalone.js");

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cadre API reference</title>
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<redoc spec-url="/openapi.json" hide-download-button="false"></redoc>
<noscript>The API reference needs JavaScript; the document itself is at <a href="/openapi.json">/openapi.json</a>.</noscript>
<script src="/docs/redoc.standalone.js"></script>
</body>
</html>
"#;

/// `GET /docs`.
#[utoipa::path(
    get,
    path = "/docs",
    tag = "meta",
    operation_id = "getDocs",
    summary = "This API's reference (HTML)",
    security(()),
    responses((status = 200, description = "The reference page.", content_type = "text/html", body = String)),
)]
pub(crate) async fn docs() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE)
}

/// `GET /docs/redoc.standalone.js`.
#[utoipa::path(
    get,
    path = "/docs/redoc.standalone.js",
    tag = "meta",
    operation_id = "getDocsScript",
    summary = "The reference page's script (Redoc 2.5.4, MIT)",
    security(()),
    responses((status = 200, description = "JavaScript.", content_type = "text/javascript", body = String)),
)]
pub(crate) async fn redoc_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        REDOC_JS,
    )
}

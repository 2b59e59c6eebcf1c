//! RFC 9457 problem details: every error the API returns has this shape.
//!
//! Handlers return `ApiError`; it travels in the response extensions and the `render` layer
//! writes the body, because only a layer sees the request id (for `instance`) and, later, the
//! negotiated language. Errors that axum produces itself (unknown route, wrong method) are
//! turned into problems by the same layer.

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cadre_hr::FieldError;
use serde::Serialize;

/// The media type of problem documents.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error as the API reports it.
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    /// A URN naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Short, stable summary of the kind.
    pub title: &'static str,
    /// HTTP status.
    pub status: u16,
    /// What happened in this case.
    pub detail: String,
    /// Request id, filled in by the render layer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Invalid fields, for validation problems.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// Extension members (RFC 9457 §3.2), e.g. the legal rule a request broke.
    /// Boxed: most problems have none, and errors travel by value through every `Result`.
    #[serde(flatten)]
    pub extensions: Option<Box<serde_json::Map<String, serde_json::Value>>>,
}

impl ApiError {
    fn new(
        status: StatusCode,
        kind: &'static str,
        title: &'static str,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            kind,
            title,
            status: status.as_u16(),
            detail: detail.into(),
            instance: None,
            errors: Vec::new(),
            extensions: None,
        }
    }

    /// Adds an extension member.
    pub fn with(mut self, key: &str, value: impl Serialize) -> Self {
        self.extensions.get_or_insert_default().insert(
            key.to_owned(),
            serde_json::to_value(value).unwrap_or_default(),
        );
        self
    }

    /// 422: the branch's country does not allow its personal data in the chosen zone.
    pub fn residency(v: &cadre_jurisdictions::ResidencyViolation) -> Self {
        let detail = format!(
            "personal data of a {} branch may be stored only in zone {} ({}); the chosen region is in zone {}",
            v.country,
            v.allowed_zones.join(" or "),
            v.citation.source,
            v.zone
        );
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "urn:cadre:problem:data-residency",
            "Data residency rule",
            detail.clone(),
        );
        e.errors.push(FieldError::new("region", detail));
        e.with("residency", v)
    }

    /// 422: tenant terms less favourable than the statute.
    pub fn below_statute(violations: &[cadre_jurisdictions::leave::PolicyViolation]) -> Self {
        let errors: Vec<FieldError> = violations
            .iter()
            .map(|v| {
                let bound = match v.bound {
                    cadre_jurisdictions::leave::Bound::Minimum => "below the statutory minimum",
                    cadre_jurisdictions::leave::Bound::Maximum => "above the statutory maximum",
                };
                FieldError::new(
                    v.field,
                    format!(
                        "{} is {bound} of {} in {} ({})",
                        v.value, v.statutory, v.citation.jurisdiction, v.citation.source
                    ),
                )
            })
            .collect();
        let mut e = Self::validation(errors);
        e.kind = "urn:cadre:problem:below-statute";
        e.title = "Less favourable than the statute";
        e.with("violations", violations)
    }

    /// 400: the request is malformed (syntax, not content).
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "urn:cadre:problem:bad-request",
            "Malformed request",
            detail,
        )
    }

    /// 400 naming one field (query parameters, cursors).
    pub fn bad_parameter(field: &str, reason: impl Into<String>) -> Self {
        let reason = reason.into();
        let mut e = Self::new(
            StatusCode::BAD_REQUEST,
            "urn:cadre:problem:bad-parameter",
            "Invalid parameter",
            format!("{field}: {reason}"),
        );
        e.errors.push(FieldError::new(field, reason));
        e
    }

    /// 422: the body is well-formed but fields break rules.
    pub fn validation(errors: Vec<FieldError>) -> Self {
        let detail = errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.reason))
            .collect::<Vec<_>>()
            .join("; ");
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "urn:cadre:problem:validation",
            "Invalid fields",
            detail,
        );
        e.errors = errors;
        e
    }

    /// 422 for one field.
    pub fn invalid_field(field: &str, reason: impl Into<String>) -> Self {
        Self::validation(vec![FieldError::new(field, reason)])
    }

    /// 401: no usable credentials.
    pub fn unauthenticated(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "urn:cadre:problem:unauthenticated",
            "Authentication required",
            detail,
        )
    }

    /// 403: authenticated, but the key lacks a scope.
    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "urn:cadre:problem:forbidden",
            "Not allowed",
            detail,
        )
    }

    /// 404.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "urn:cadre:problem:not-found",
            "Not found",
            detail,
        )
    }

    /// 409: conflicts with existing data.
    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "urn:cadre:problem:conflict",
            "Conflict",
            detail,
        )
    }

    /// 412: If-Match does not match.
    pub fn precondition_failed(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::PRECONDITION_FAILED,
            "urn:cadre:problem:stale-version",
            "Version mismatch",
            detail,
        )
    }

    /// 428: a write needs If-Match.
    pub fn precondition_required(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::PRECONDITION_REQUIRED,
            "urn:cadre:problem:if-match-required",
            "If-Match required",
            detail,
        )
    }

    /// 413.
    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "urn:cadre:problem:too-large",
            "Request body too large",
            format!("the body exceeds the limit of {limit} bytes"),
        )
    }

    /// 415.
    pub fn unsupported_media_type() -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "urn:cadre:problem:unsupported-media-type",
            "Unsupported media type",
            "send the body as application/json",
        )
    }

    /// 503: a dependency (shard, directory) is unavailable.
    pub fn unavailable(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "urn:cadre:problem:unavailable",
            "Service unavailable",
            detail,
        )
    }

    /// 500: our fault; the detail never leaks internals (they go to the log).
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "urn:cadre:problem:internal",
            "Internal error",
            "the server failed to handle the request; it has been logged",
        )
    }

    /// Any other status axum produced on its own.
    fn from_status(status: StatusCode) -> Self {
        let (kind, title, detail) = match status {
            StatusCode::NOT_FOUND => (
                "urn:cadre:problem:not-found",
                "Not found",
                "no such resource",
            ),
            StatusCode::METHOD_NOT_ALLOWED => (
                "urn:cadre:problem:method-not-allowed",
                "Method not allowed",
                "this resource does not support the method",
            ),
            s if s.is_server_error() => return Self::internal(),
            _ => (
                "urn:cadre:problem:bad-request",
                "Malformed request",
                "the request could not be handled",
            ),
        };
        Self::new(status, kind, title, detail)
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                tracing::warn!(error = %e, "database unavailable");
                Self::unavailable("the database holding this data is not reachable; retry later")
            }
            e => {
                tracing::error!(error = %e, "database error");
                Self::internal()
            }
        }
    }
}

impl From<cadre_directory::DirectoryError> for ApiError {
    fn from(e: cadre_directory::DirectoryError) -> Self {
        use cadre_directory::DirectoryError as D;
        match e {
            D::Conflict(m) => Self::conflict(m),
            D::UnknownRegion(r) => Self::invalid_field(
                "region",
                format!("region {r:?} is not part of this deployment"),
            ),
            D::Database(e) => e.into(),
        }
    }
}

impl From<cadre_jurisdictions::EvalError> for ApiError {
    fn from(e: cadre_jurisdictions::EvalError) -> Self {
        use cadre_jurisdictions::EvalError as E;
        match e {
            E::UnknownJurisdiction(code) => Self::not_found(format!(
                "no jurisdiction pack for {code:?} (ISO 3166-1 alpha-2, or a subdivision such as US-CA)"
            )),
            E::Invalid { field, reason } => Self::invalid_field(field, reason),
            e @ E::NoFact { .. } => Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "urn:cadre:problem:not-regulated",
                "No statutory rule",
                e.to_string(),
            ),
            e @ E::OutOfCoverage { .. } => Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "urn:cadre:problem:out-of-coverage",
                "Outside the covered years",
                e.to_string(),
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut res = status.into_response();
        res.extensions_mut().insert(self);
        res
    }
}

/// Writes problem bodies: for `ApiError`s from handlers and for bare error statuses.
pub async fn render(req: Request, next: Next) -> Response {
    let request_id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(|id| format!("urn:cadre:request:{id}"));
    let res = next.run(req).await;
    let status = res.status();
    let problem = match res.extensions().get::<ApiError>() {
        Some(e) => e.clone(),
        None if (status.is_client_error() || status.is_server_error())
            && res
                .headers()
                .get(header::CONTENT_TYPE)
                .is_none_or(|ct| ct.as_bytes() != PROBLEM_JSON.as_bytes()) =>
        {
            ApiError::from_status(status)
        }
        None => return res,
    };
    let (mut parts, _) = res.into_parts();
    let problem = ApiError {
        instance: request_id,
        ..problem
    };
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(body))
}

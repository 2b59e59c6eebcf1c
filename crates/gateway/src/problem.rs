//! RFC 9457 problem details: every error the API returns has this shape.
//!
//! Handlers return `ApiError`, whose title, detail and field reasons are messages, not text; it
//! travels in the response extensions and the `render` layer writes the body in the negotiated
//! language, because only a layer sees the request id (for `instance`), `Accept-Language` and
//! the caller's preferences. Errors that axum produces itself (unknown route, wrong method) are
//! turned into problems by the same layer.

use std::sync::{Arc, OnceLock};

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cadre_hr::FieldError;
use cadre_i18n::{Arg, Catalog, Locale, Message, Preferences, msg};
use serde::Serialize;
use serde_json::{Map, Value, json};

/// The media type of problem documents.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error as the API reports it.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// The kind of problem: `urn:cadre:problem:<kind>`, titled by `problem-<kind>-title`.
    pub kind: &'static str,
    /// HTTP status.
    pub status: u16,
    /// What happened in this case.
    pub detail: Message,
    /// Invalid fields, for validation problems.
    pub errors: Vec<FieldError>,
    /// Extension members (RFC 9457 §3.2), e.g. the legal rule a request broke.
    /// Boxed: most problems have none, and errors travel by value through every `Result`.
    pub extensions: Option<Box<Map<String, Value>>>,
    /// The region whose shard the request reached, when it got that far.
    pub region: Option<cadre_topology::RegionId>,
}

impl ApiError {
    fn new(status: StatusCode, kind: &'static str, detail: Message) -> Self {
        Self {
            kind,
            status: status.as_u16(),
            detail,
            errors: Vec::new(),
            extensions: None,
            region: None,
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

    /// The problem document in language `l`.
    pub fn document(&self, catalog: &Catalog, l: Locale, instance: Option<String>) -> Value {
        let mut doc = Map::new();
        doc.insert(
            "type".into(),
            format!("urn:cadre:problem:{}", self.kind).into(),
        );
        doc.insert(
            "title".into(),
            catalog
                .format_id(l, &format!("problem-{}-title", self.kind), &[])
                .into(),
        );
        doc.insert("status".into(), self.status.into());
        doc.insert("detail".into(), catalog.format(l, &self.detail).into());
        if let Some(i) = instance {
            doc.insert("instance".into(), i.into());
        }
        if !self.errors.is_empty() {
            let errors = self
                .errors
                .iter()
                .map(|e| {
                    json!({
                        "field": e.field,
                        "code": e.reason.id,
                        "reason": catalog.format(l, &e.reason),
                    })
                })
                .collect();
            doc.insert("errors".into(), Value::Array(errors));
        }
        if let Some(ext) = &self.extensions {
            for (k, v) in ext.iter() {
                doc.insert(k.clone(), v.clone());
            }
        }
        Value::Object(doc)
    }

    /// 422: the branch's country does not allow its personal data in the chosen zone.
    pub fn residency(v: &cadre_jurisdictions::ResidencyViolation) -> Self {
        let zones = Arg::OrList(v.allowed_zones.clone());
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "data-residency",
            msg!(
                "problem-data-residency",
                country = v.country.as_str(),
                zones = zones.clone(),
                source = v.citation.source.as_str(),
                zone = v.zone.as_str()
            ),
        );
        e.errors.push(FieldError::new(
            "region",
            msg!(
                "field-residency",
                country = v.country.as_str(),
                zones = zones,
                zone = v.zone.as_str()
            ),
        ));
        e.with("residency", v)
    }

    /// 422: tenant terms less favourable than the statute.
    pub fn below_statute(violations: &[cadre_jurisdictions::leave::PolicyViolation]) -> Self {
        let errors: Vec<FieldError> = violations
            .iter()
            .map(|v| {
                let reason = match v.bound {
                    cadre_jurisdictions::leave::Bound::Minimum => {
                        Message::new("field-below-statutory-minimum")
                    }
                    cadre_jurisdictions::leave::Bound::Maximum => {
                        Message::new("field-above-statutory-maximum")
                    }
                };
                FieldError::new(
                    v.field,
                    reason
                        .arg("value", v.value)
                        .arg("statutory", v.statutory)
                        .arg("jurisdiction", v.citation.jurisdiction.as_str())
                        .arg("source", v.citation.source.as_str()),
                )
            })
            .collect();
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "below-statute",
            msg!("problem-below-statute", count = errors.len()),
        );
        e.errors = errors;
        e.with("violations", violations)
    }

    /// 400: the request is malformed (syntax, not content).
    pub fn bad_request(detail: Message) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad-request", detail)
    }

    /// 400 naming one field (query parameters, cursors).
    pub fn bad_parameter(field: &str, reason: Message) -> Self {
        let mut e = Self::new(
            StatusCode::BAD_REQUEST,
            "bad-parameter",
            msg!("problem-bad-parameter", parameter = field),
        );
        e.errors.push(FieldError::new(field, reason));
        e
    }

    /// 422: the body is well-formed but fields break rules.
    pub fn validation(errors: Vec<FieldError>) -> Self {
        let first = errors.first().map(|e| e.field.clone()).unwrap_or_default();
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
            msg!(
                "problem-validation-detail",
                count = errors.len(),
                field = first
            ),
        );
        e.errors = errors;
        e
    }

    /// 422 for one field.
    pub fn invalid_field(field: &str, reason: Message) -> Self {
        Self::validation(vec![FieldError::new(field, reason)])
    }

    /// 401: no usable credentials.
    pub fn unauthenticated(detail: Message) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthenticated", detail)
    }

    /// 403: authenticated, but the key lacks a scope.
    pub fn forbidden(detail: Message) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", detail)
    }

    /// 404.
    pub fn not_found(detail: Message) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", detail)
    }

    /// 409: conflicts with existing data.
    pub fn conflict(detail: Message) -> Self {
        Self::new(StatusCode::CONFLICT, "conflict", detail)
    }

    /// 412: If-Match does not match.
    pub fn precondition_failed(detail: Message) -> Self {
        Self::new(StatusCode::PRECONDITION_FAILED, "stale-version", detail)
    }

    /// 428: a write needs If-Match.
    pub fn precondition_required() -> Self {
        Self::new(
            StatusCode::PRECONDITION_REQUIRED,
            "if-match-required",
            msg!("problem-if-match-required"),
        )
    }

    /// 413.
    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            msg!("problem-too-large", limit = limit),
        )
    }

    /// 415.
    pub fn unsupported_media_type() -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            msg!("problem-unsupported-media-type"),
        )
    }

    /// 503: a dependency (shard, directory) is unavailable.
    pub fn unavailable(detail: Message) -> Self {
        Self::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", detail)
    }

    /// The same problem, marked as answered by `region`'s shard.
    pub fn in_region(mut self, region: cadre_topology::RegionId) -> Self {
        self.region = Some(region);
        self
    }

    /// 500: our fault; the detail never leaks internals (they go to the log).
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            msg!("problem-internal"),
        )
    }

    /// Any other status axum produced on its own.
    fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => Self::not_found(msg!("problem-not-found-resource")),
            StatusCode::METHOD_NOT_ALLOWED => Self::new(
                status,
                "method-not-allowed",
                msg!("problem-method-not-allowed"),
            ),
            s if s.is_server_error() => Self::internal(),
            _ => Self::new(status, "bad-request", msg!("problem-bad-request")),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                tracing::warn!(error = %e, "database unavailable");
                Self::unavailable(msg!("problem-unavailable-database"))
            }
            e if cadre_shards::is_fenced(&e) => {
                // A failover moved the shard; this gateway learns the new primary within the
                // polling interval, so the client retries shortly.
                tracing::warn!(error = %e, "write refused by a fenced or stale shard copy");
                Self::unavailable(msg!("problem-unavailable-failover"))
            }
            sqlx::Error::Database(ref d) if is_server_going_away(d.code().as_deref()) => {
                tracing::warn!(error = %e, "database shutting down or read-only");
                Self::unavailable(msg!("problem-unavailable-database"))
            }
            e => {
                tracing::error!(error = %e, "database error");
                Self::internal()
            }
        }
    }
}

/// SQLSTATEs of a server that is stopping, starting, or (as a standby) cannot take writes:
/// class 08 (connection), 57P01-57P03 (shutdown, crash, cannot connect now), 25006 (read-only
/// transaction), 40001 is not here (a real conflict).
fn is_server_going_away(code: Option<&str>) -> bool {
    matches!(code, Some(c) if c.starts_with("08") || matches!(c, "57P01" | "57P02" | "57P03" | "25006"))
}

impl From<cadre_directory::DirectoryError> for ApiError {
    fn from(e: cadre_directory::DirectoryError) -> Self {
        use cadre_directory::DirectoryError as D;
        match e {
            D::SlugTaken(slug) => Self::conflict(msg!("problem-conflict-tenant-slug", slug = slug)),
            D::EntityNameTaken(name) => {
                Self::conflict(msg!("problem-conflict-legal-entity-name", name = name))
            }
            D::NoPrimary(shard) => {
                Self::unavailable(msg!("problem-conflict-shard-unavailable", shard = shard))
            }
            D::UnknownRegion(r) => {
                // Routes check regions against the configuration first; reaching this means the
                // directory and the configuration disagree, which is ours to fix.
                tracing::error!(region = %r, "region missing from the directory");
                Self::internal()
            }
            D::Database(e) => e.into(),
        }
    }
}

impl From<cadre_jurisdictions::EvalError> for ApiError {
    fn from(e: cadre_jurisdictions::EvalError) -> Self {
        use cadre_jurisdictions::EvalError as E;
        match e {
            E::UnknownJurisdiction(code) => {
                Self::not_found(msg!("problem-not-found-jurisdiction", code = code))
            }
            E::Invalid { field, reason } => Self::invalid_field(field, reason),
            E::NoFact { code, kind, on } => Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "not-regulated",
                msg!(
                    "problem-not-regulated",
                    jurisdiction = code,
                    fact = kind,
                    date = on
                ),
            ),
            E::OutOfCoverage {
                code,
                date,
                first,
                last,
            } => Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "out-of-coverage",
                msg!(
                    "problem-out-of-coverage",
                    jurisdiction = code,
                    from = first.to_string(),
                    to = last.to_string(),
                    date = date
                ),
            ),
        }
    }
}

impl From<cadre_shards::RouteError> for ApiError {
    fn from(e: cadre_shards::RouteError) -> Self {
        match e {
            cadre_shards::RouteError::Unavailable { shard, region } => {
                // Tagged with the region, so the tenant's reports and the region's metrics
                // count it.
                ApiError::unavailable(msg!(
                    "problem-shard-unavailable",
                    shard = shard.get(),
                    region = region.as_str()
                ))
                .in_region(region)
            }
            cadre_shards::RouteError::Unknown(shard) => {
                tracing::error!(%shard, "a record points at a shard this gateway does not know");
                ApiError::internal()
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut res = status.into_response();
        if let Some(region) = &self.region {
            res.extensions_mut()
                .insert(crate::telemetry::RegionLabel(region.clone()));
        }
        res.extensions_mut().insert(self);
        res
    }
}

/// Who is asking, as far as language goes: filled in by the `Caller` extractor once the API
/// key is resolved, read by `render` after the handler.
#[derive(Debug, Clone, Default)]
pub struct LanguageSlot(Arc<OnceLock<CallerLanguage>>);

/// The caller's stated languages.
#[derive(Debug, Clone)]
pub struct CallerLanguage {
    /// The key holder's own choice.
    pub user: Option<String>,
    /// The tenant's default.
    pub tenant: String,
    /// The tenant (for its usage counts in health reports).
    pub tenant_id: cadre_directory::TenantId,
}

impl LanguageSlot {
    /// Records the caller's languages (first call wins).
    pub fn fill(&self, caller: CallerLanguage) {
        let _ = self.0.set(caller);
    }

    /// The caller's tenant, once authenticated.
    pub fn tenant(&self) -> Option<cadre_directory::TenantId> {
        self.0.get().map(|c| c.tenant_id)
    }
}

/// Writes problem bodies, in the negotiated language: for `ApiError`s from handlers and for
/// bare error statuses.
pub async fn render(mut req: Request, next: Next) -> Response {
    let request_id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(|id| format!("urn:cadre:request:{id}"));
    let accept_language = req.headers().get(header::ACCEPT_LANGUAGE).cloned();
    let slot = LanguageSlot::default();
    req.extensions_mut().insert(slot.clone());
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
    let catalog = Catalog::global();
    let caller = slot.0.get();
    let language = catalog.negotiate(&Preferences {
        user: caller.and_then(|c| c.user.as_deref()),
        accept_language: accept_language.as_ref().and_then(|v| v.to_str().ok()),
        tenant: caller.map(|c| c.tenant.as_str()),
    });
    let (mut parts, _) = res.into_parts();
    let body =
        serde_json::to_vec(&problem.document(catalog, language, request_id)).unwrap_or_default();
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    if let Ok(tag) = HeaderValue::from_str(catalog.tag(language)) {
        parts.headers.insert(header::CONTENT_LANGUAGE, tag);
    }
    parts
        .headers
        .append(header::VARY, HeaderValue::from_static("accept-language"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_title_and_renders_in_every_language() {
        let catalog = Catalog::global();
        let problems = [
            ApiError::bad_request(msg!("problem-query-malformed")),
            ApiError::bad_parameter("cursor", msg!("field-cursor")),
            ApiError::invalid_field("work_email", msg!("field-email", value = "x")),
            ApiError::unauthenticated(msg!("problem-auth-missing")),
            ApiError::forbidden(msg!("problem-forbidden-operator")),
            ApiError::not_found(msg!("problem-not-found-employee")),
            ApiError::conflict(msg!("problem-conflict-work-email")),
            ApiError::precondition_failed(msg!("problem-stale-version", expected = 1, current = 2)),
            ApiError::precondition_required(),
            ApiError::too_large(65536),
            ApiError::unsupported_media_type(),
            ApiError::unavailable(msg!("problem-unavailable-database")),
            ApiError::internal(),
            ApiError::from_status(StatusCode::METHOD_NOT_ALLOWED),
            cadre_jurisdictions::EvalError::NoFact {
                code: "AQ".into(),
                kind: "minimum_wage",
                on: chrono::NaiveDate::MIN,
            }
            .into(),
            cadre_jurisdictions::EvalError::OutOfCoverage {
                code: "JP".into(),
                date: chrono::NaiveDate::MIN,
                first: 2020,
                last: 2035,
            }
            .into(),
            ApiError::below_statute(&[]),
        ];
        for l in catalog.locales() {
            for p in &problems {
                let doc = p.document(catalog, l, None);
                let title = doc["title"].as_str().unwrap_or_default();
                assert!(
                    !title.is_empty() && !title.starts_with("problem-"),
                    "{} {doc}",
                    catalog.tag(l)
                );
                let detail = doc["detail"].as_str().unwrap_or_default();
                assert!(
                    !detail.is_empty() && !detail.starts_with("problem-"),
                    "{doc}"
                );
            }
        }
    }
}

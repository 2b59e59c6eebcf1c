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
use serde_json::{Map, Value};

/// The media type of problem documents.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Declares the problem kinds: one line each gives the slug (`urn:cadre:problem:<slug>`), the
/// HTTP status and the message id of the title. Everything else (constructors, the OpenAPI
/// document's Problem schema, the tests over every kind) reads this table.
macro_rules! problem_kinds {
    ($($(#[$doc:meta])* $variant:ident = $slug:literal, $status:ident, $title:literal;)*) => {
        /// What kind of problem a response reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ProblemKind {
            $($(#[$doc])* $variant,)*
        }

        impl ProblemKind {
            /// Every kind.
            pub const ALL: &'static [ProblemKind] = &[$(ProblemKind::$variant,)*];

            /// The slug in `urn:cadre:problem:<slug>`.
            pub const fn slug(self) -> &'static str {
                match self {
                    $(ProblemKind::$variant => $slug,)*
                }
            }

            /// The HTTP status a problem of this kind is sent with.
            pub const fn status(self) -> StatusCode {
                match self {
                    $(ProblemKind::$variant => StatusCode::$status,)*
                }
            }

            /// The message id of the title (the same for every problem of the kind).
            pub const fn title_id(self) -> &'static str {
                match self {
                    $(ProblemKind::$variant => $title,)*
                }
            }
        }
    };
}

problem_kinds! {
    /// The request is malformed (syntax, not content).
    BadRequest = "bad-request", BAD_REQUEST, "problem-bad-request-title";
    /// A query parameter or header is invalid.
    BadParameter = "bad-parameter", BAD_REQUEST, "problem-bad-parameter-title";
    /// The body is well-formed but fields break rules.
    Validation = "validation", UNPROCESSABLE_ENTITY, "problem-validation-title";
    /// No usable credentials.
    Unauthenticated = "unauthenticated", UNAUTHORIZED, "problem-unauthenticated-title";
    /// Authenticated, but the key lacks a scope (or the caller is not the operator).
    Forbidden = "forbidden", FORBIDDEN, "problem-forbidden-title";
    /// No such resource (or not the caller's).
    NotFound = "not-found", NOT_FOUND, "problem-not-found-title";
    /// The path exists, the method does not.
    MethodNotAllowed = "method-not-allowed", METHOD_NOT_ALLOWED, "problem-method-not-allowed-title";
    /// Conflicts with existing data.
    Conflict = "conflict", CONFLICT, "problem-conflict-title";
    /// `If-Match` names another version.
    StaleVersion = "stale-version", PRECONDITION_FAILED, "problem-stale-version-title";
    /// The body is larger than the limit.
    TooLarge = "too-large", PAYLOAD_TOO_LARGE, "problem-too-large-title";
    /// The body is not JSON.
    UnsupportedMediaType = "unsupported-media-type", UNSUPPORTED_MEDIA_TYPE, "problem-unsupported-media-type-title";
    /// The country does not allow its personal data in the chosen zone.
    DataResidency = "data-residency", UNPROCESSABLE_ENTITY, "problem-data-residency-title";
    /// Tenant terms less favourable than the statute.
    BelowStatute = "below-statute", UNPROCESSABLE_ENTITY, "problem-below-statute-title";
    /// The jurisdiction states no rule of the kind asked about.
    NotRegulated = "not-regulated", UNPROCESSABLE_ENTITY, "problem-not-regulated-title";
    /// The date is outside the years the pack covers.
    OutOfCoverage = "out-of-coverage", UNPROCESSABLE_ENTITY, "problem-out-of-coverage-title";
    /// A change needs `If-Match`.
    IfMatchRequired = "if-match-required", PRECONDITION_REQUIRED, "problem-if-match-required-title";
    /// Our fault; the detail never leaks internals.
    Internal = "internal", INTERNAL_SERVER_ERROR, "problem-internal-title";
    /// A dependency (shard, directory, object store) is unavailable.
    Unavailable = "unavailable", SERVICE_UNAVAILABLE, "problem-unavailable-title";
    /// A tenant, key or address sent more requests than its limit.
    RateLimited = "rate-limited", TOO_MANY_REQUESTS, "problem-rate-limited-title";
}

impl ProblemKind {
    /// The problem type URI: `urn:cadre:problem:<slug>`.
    pub fn type_uri(self) -> String {
        format!("urn:cadre:problem:{}", self.slug())
    }
}

/// An error as the API reports it.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// The kind of problem: its type URI, title and (usually) status.
    pub kind: ProblemKind,
    /// HTTP status: the kind's, except for bare statuses axum produced (see `from_status`).
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
    /// A problem of `kind`, with its status.
    pub fn of(kind: ProblemKind, detail: Message) -> Self {
        Self {
            kind,
            status: kind.status().as_u16(),
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
        doc.insert("type".into(), self.kind.type_uri().into());
        doc.insert(
            "title".into(),
            catalog.format_id(l, self.kind.title_id(), &[]).into(),
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
                    let mut member = Map::new();
                    member.insert("field".into(), e.field.clone().into());
                    member.insert("code".into(), e.reason.id.to_string().into());
                    member.insert("reason".into(), catalog.format(l, &e.reason).into());
                    Value::Object(member)
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

    /// 422: the country does not allow its personal data in the chosen zone; `field` names
    /// what chose it (`region` for a branch, `country_of_employment` for an employee).
    pub fn residency(v: &cadre_jurisdictions::ResidencyViolation, field: &str) -> Self {
        let zones = Arg::OrList(v.allowed_zones.clone());
        let mut e = Self::of(
            ProblemKind::DataResidency,
            msg!(
                "problem-data-residency",
                country = v.country.as_str(),
                zones = zones.clone(),
                source = v.citation.source.as_str(),
                zone = v.zone.as_str()
            ),
        );
        e.errors.push(FieldError::new(
            field,
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
        let mut e = Self::of(
            ProblemKind::BelowStatute,
            msg!("problem-below-statute", count = errors.len()),
        );
        e.errors = errors;
        e.with("violations", violations)
    }

    /// 400: the request is malformed (syntax, not content).
    pub fn bad_request(detail: Message) -> Self {
        Self::of(ProblemKind::BadRequest, detail)
    }

    /// 400 naming one field (query parameters, cursors).
    pub fn bad_parameter(field: &str, reason: Message) -> Self {
        let mut e = Self::of(
            ProblemKind::BadParameter,
            msg!("problem-bad-parameter", parameter = field),
        );
        e.errors.push(FieldError::new(field, reason));
        e
    }

    /// 422: the body is well-formed but fields break rules.
    pub fn validation(errors: Vec<FieldError>) -> Self {
        let first = errors.first().map(|e| e.field.clone()).unwrap_or_default();
        let mut e = Self::of(
            ProblemKind::Validation,
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
        Self::of(ProblemKind::Unauthenticated, detail)
    }

    /// 403: authenticated, but the key lacks a scope.
    pub fn forbidden(detail: Message) -> Self {
        Self::of(ProblemKind::Forbidden, detail)
    }

    /// 404.
    pub fn not_found(detail: Message) -> Self {
        Self::of(ProblemKind::NotFound, detail)
    }

    /// 409: conflicts with existing data.
    pub fn conflict(detail: Message) -> Self {
        Self::of(ProblemKind::Conflict, detail)
    }

    /// 412: If-Match does not match.
    pub fn precondition_failed(detail: Message) -> Self {
        Self::of(ProblemKind::StaleVersion, detail)
    }

    /// 428: a write needs If-Match.
    pub fn precondition_required() -> Self {
        Self::of(
            ProblemKind::IfMatchRequired,
            msg!("problem-if-match-required"),
        )
    }

    /// 413.
    pub fn too_large(limit: usize) -> Self {
        Self::of(
            ProblemKind::TooLarge,
            msg!("problem-too-large", limit = limit),
        )
    }

    /// 415.
    pub fn unsupported_media_type() -> Self {
        Self::of(
            ProblemKind::UnsupportedMediaType,
            msg!("problem-unsupported-media-type"),
        )
    }

    /// 503: a dependency (shard, directory) is unavailable.
    pub fn unavailable(detail: Message) -> Self {
        Self::of(ProblemKind::Unavailable, detail)
    }

    /// Too many requests; `detail` says whose limit and when to retry.
    pub fn rate_limited(detail: Message) -> Self {
        Self::of(ProblemKind::RateLimited, detail)
    }

    /// The same problem, marked as answered by `region`'s shard.
    pub fn in_region(mut self, region: cadre_topology::RegionId) -> Self {
        self.region = Some(region);
        self
    }

    /// 500: our fault; the detail never leaks internals (they go to the log).
    pub fn internal() -> Self {
        Self::of(ProblemKind::Internal, msg!("problem-internal"))
    }

    /// Any other status axum produced on its own.
    fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => Self::not_found(msg!("problem-not-found-resource")),
            StatusCode::METHOD_NOT_ALLOWED => Self::of(
                ProblemKind::MethodNotAllowed,
                msg!("problem-method-not-allowed"),
            ),
            // The request timeout (tower-http's TimeoutLayer) answers a bare 503.
            StatusCode::SERVICE_UNAVAILABLE => Self::unavailable(msg!(
                "problem-unavailable-timeout",
                seconds = u32::try_from(crate::REQUEST_TIMEOUT.as_secs()).unwrap_or(u32::MAX)
            )),
            s if s.is_server_error() => Self::internal(),
            // Any other client error keeps its status under the generic kind.
            _ => Self {
                status: status.as_u16(),
                ..Self::of(ProblemKind::BadRequest, msg!("problem-bad-request"))
            },
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
            E::NoFact { code, kind, on } => Self::of(
                ProblemKind::NotRegulated,
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
            } => Self::of(
                ProblemKind::OutOfCoverage,
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

    /// One problem of every kind, as the code builds them (with their own details).
    fn samples() -> Vec<ApiError> {
        vec![
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
            ApiError::from_status(StatusCode::SERVICE_UNAVAILABLE),
            ApiError::rate_limited(msg!("problem-rate-limited-key", quota = 100, retry = 1)),
            ApiError::rate_limited(msg!("problem-rate-limited-tenant", quota = 300, retry = 2)),
            ApiError::rate_limited(msg!("problem-rate-limited-auth", retry = 21)),
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
            ApiError::residency(
                &cadre_jurisdictions::ResidencyViolation {
                    country: "CN".into(),
                    zone: "eu".into(),
                    allowed_zones: vec!["cn".into()],
                    citation: cadre_jurisdictions::Citation {
                        jurisdiction: "CN".into(),
                        fact: "data_residency",
                        effective_from: chrono::NaiveDate::MIN,
                        effective_to: None,
                        source: "PIPL".into(),
                        source_url: None,
                        verified: true,
                    },
                },
                "region",
            ),
        ]
    }

    #[test]
    fn every_kind_has_a_title_and_renders_in_every_language() {
        let catalog = Catalog::global();
        let problems = samples();
        for kind in ProblemKind::ALL {
            assert!(
                problems.iter().any(|p| p.kind == *kind),
                "no sample problem of kind {kind:?}: add one to samples()"
            );
        }
        for l in catalog.locales() {
            for kind in ProblemKind::ALL {
                let title = catalog.format_id(l, kind.title_id(), &[]);
                assert!(
                    !title.is_empty() && !title.starts_with("problem-"),
                    "{} {kind:?}: {title}",
                    catalog.tag(l)
                );
            }
            for p in &problems {
                let doc = p.document(catalog, l, None);
                assert_eq!(doc["type"], p.kind.type_uri());
                assert_eq!(doc["status"], p.status);
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

    #[test]
    fn slugs_are_unique_and_statuses_are_errors() {
        let mut slugs: Vec<_> = ProblemKind::ALL.iter().map(|k| k.slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), ProblemKind::ALL.len());
        for k in ProblemKind::ALL {
            assert!(
                k.status().is_client_error() || k.status().is_server_error(),
                "{k:?}"
            );
        }
    }
}

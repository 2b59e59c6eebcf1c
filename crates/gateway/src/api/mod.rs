//! The API's contract: the OpenAPI 3.1 document made from the handlers' `#[utoipa::path]`
//! attributes and the wire types, the shared wire types (`Items`, `Problem`), and the two
//! routes that publish it (`GET /openapi.json`, `GET /docs`).
//!
//! Conventions every operation follows are added here once, by [`Conventions`], instead of in
//! each attribute: the `Accept-Language` parameter, the problem responses implied by how the
//! operation is called (401/403 when it needs a token, 400/413/415/422 for a JSON body, 404 for
//! a path id, 400 for query parameters, 500 and 503 always), and the problem body with its
//! `Content-Language` and `Vary` headers on every 4xx/5xx response. Operation-specific problems
//! (409, 412, 428, ...) are listed in the handler's attribute with their own description.

mod docs;

use std::sync::OnceLock;

use axum::http::header;
use axum::response::IntoResponse;
use cadre_directory::Scope;
use serde::Serialize;
use utoipa::openapi::path::{Operation, Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{
    ContentBuilder, HeaderBuilder, ObjectBuilder, OpenApi as Document, Ref, RefOr, Required,
    Response, ResponseBuilder, Schema, Type,
};
use utoipa::{Modify, OpenApi, PartialSchema, ToSchema};

use crate::problem::{PROBLEM_JSON, ProblemKind};
use crate::routes;

pub(crate) use docs::{docs, redoc_js};

/// A list response: `{"items": [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Items<T> {
    /// The items.
    pub items: Vec<T>,
}

impl<T> From<Vec<T>> for Items<T> {
    fn from(items: Vec<T>) -> Self {
        Self { items }
    }
}

/// The name of the bearer scheme for tenant API keys.
pub(crate) const API_KEY: &str = "api_key";
/// The name of the bearer scheme for the platform operator's token.
pub(crate) const OPERATOR: &str = "operator";

/// A scope name, as granted to API keys (the schema of `Scope`).
#[derive(Debug)]
pub(crate) struct ScopeName;

impl PartialSchema for ScopeName {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(Scope::ALL.iter().map(|s| s.as_str())))
            .description(Some("What an API key may do."))
            .into()
    }
}

impl ToSchema for ScopeName {
    fn name() -> std::borrow::Cow<'static, str> {
        "Scope".into()
    }
}

/// One invalid field of a problem.
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // documentation only: problems are written by `ApiError::document`
pub(crate) struct FieldProblem {
    /// The field, query parameter or header (`scopes[1]`, `inner.flag`, `Time-Zone`).
    field: String,
    /// A stable message id saying what is wrong (`field-required`).
    code: String,
    /// The reason in the negotiated language.
    reason: String,
}

/// The schema of problem documents (RFC 9457), built from [`ProblemKind::ALL`].
#[derive(Debug)]
pub(crate) struct Problem;

impl PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        let kinds = ProblemKind::ALL.iter().map(|k| k.type_uri());
        let string = |d: &str| {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(d.to_owned()))
        };
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "A problem (RFC 9457). `title`, `detail` and `errors[].reason` are in the \
                 negotiated language (API key locale, then Accept-Language, then the tenant's \
                 default), named by Content-Language. Kinds may carry extension members.",
            ))
            .property(
                "type",
                string("`urn:cadre:problem:<kind>`: what went wrong; stable, match on it.")
                    .enum_values(Some(kinds)),
            )
            .required("type")
            .property("title", string("The kind's title."))
            .required("title")
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(400))
                    .maximum(Some(599)),
            )
            .required("status")
            .property("detail", string("What happened in this case."))
            .required("detail")
            .property(
                "instance",
                string("`urn:cadre:request:<X-Request-Id>`: this occurrence."),
            )
            .property(
                "errors",
                utoipa::openapi::ArrayBuilder::new()
                    .items(Ref::from_schema_name("FieldProblem"))
                    .description(Some("The invalid fields (validation and parameter kinds).")),
            )
            .property(
                "residency",
                utoipa::openapi::schema::AllOfBuilder::new()
                    .item(Ref::from_schema_name("ResidencyViolation"))
                    .description(Some("`data-residency`: the rule the placement broke.")),
            )
            .property(
                "violations",
                utoipa::openapi::ArrayBuilder::new()
                    .items(Ref::from_schema_name("PolicyViolation"))
                    .description(Some("`below-statute`: each term below the statute.")),
            )
            .into()
    }
}

impl ToSchema for Problem {
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push(("FieldProblem".into(), FieldProblem::schema()));
        schemas.push((
            "ResidencyViolation".into(),
            cadre_jurisdictions::ResidencyViolation::schema(),
        ));
        <cadre_jurisdictions::ResidencyViolation as ToSchema>::schemas(schemas);
        schemas.push((
            "PolicyViolation".into(),
            cadre_jurisdictions::leave::PolicyViolation::schema(),
        ));
        <cadre_jurisdictions::leave::PolicyViolation as ToSchema>::schemas(schemas);
    }
}

/// The OpenAPI document: every handler of the route table in `lib.rs` (a test holds the two
/// to each other).
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Cadre API",
        description = "Multi-tenant HR platform. Authenticate with `Authorization: Bearer \
            cadre_<key id>_<secret>` (a tenant API key; each operation names the scope it needs) \
            or, for `/v1/tenants` and `/v1/ops/...`, the operator token. Errors are RFC 9457 \
            problems (`application/problem+json`) in the negotiated language. Instants are \
            UTC unless the request sends `Time-Zone: <IANA zone>`.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    servers((url = "/", description = "This gateway")),
    paths(
        routes::admin::create_tenant,
        routes::admin::get_tenant,
        routes::admin::create_legal_entity,
        routes::admin::list_legal_entities,
        routes::admin::get_policy,
        routes::admin::set_policy,
        routes::admin::create_api_key,
        routes::admin::list_api_keys,
        routes::admin::revoke_api_key,
        routes::ops::tenant_incidents,
        routes::ops::all_incidents,
        routes::ops::add_event,
        routes::ops::shard_map,
        routes::reports::create,
        routes::reports::list,
        routes::reports::get,
        routes::reports::create_region,
        routes::reports::list_regions,
        routes::reports::get_region,
        routes::jurisdictions::list,
        routes::jurisdictions::show,
        routes::jurisdictions::holidays,
        routes::jurisdictions::annual_leave,
        routes::jurisdictions::overtime,
        routes::jurisdictions::working_time,
        routes::jurisdictions::contract_check,
        routes::jurisdictions::minimum_wage_check,
        routes::jurisdictions::business_days,
        routes::employees::create,
        routes::employees::list,
        routes::employees::get,
        routes::employees::update,
        routes::employees::delete,
        routes::jobs::get,
        routes::jobs::cancel,
        routes::time::local,
        routes::time::weekly_window,
        routes::health::livez,
        routes::health::readyz,
        routes::health::metrics,
        openapi_json,
        docs::docs,
        docs::redoc_js,
    ),
    components(schemas(Problem, FieldProblem, ScopeName)),
    modifiers(&Conventions),
    tags(
        (name = "tenants", description = "Tenants, legal entities, API keys and branch policies."),
        (name = "employees", description = "Employee records, routed to the shard of their legal entity."),
        (name = "jobs", description = "Background jobs of the tenant."),
        (name = "jurisdictions", description = "Compliance packs: facts in force and evaluations as of a date."),
        (name = "time", description = "Local time in IANA zones."),
        (name = "reports", description = "Quarterly health reports."),
        (name = "operations", description = "Incidents and the shard map."),
        (name = "meta", description = "Health, metrics and this document."),
    ),
)]
pub(crate) struct ApiDoc;

/// The document, built once.
pub fn openapi() -> &'static Document {
    static DOC: OnceLock<Document> = OnceLock::new();
    DOC.get_or_init(ApiDoc::openapi)
}

/// `GET /openapi.json`.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "meta",
    operation_id = "getOpenApi",
    summary = "This OpenAPI 3.1 document",
    security(()),
    responses((status = 200, description = "The OpenAPI document.", content_type = "application/json", body = Object)),
)]
pub(crate) async fn openapi_json() -> impl IntoResponse {
    static JSON: OnceLock<String> = OnceLock::new();
    let body = JSON.get_or_init(|| openapi().to_pretty_json().unwrap_or_default());
    ([(header::CONTENT_TYPE, "application/json")], body.as_str())
}

/// Adds what every operation has in common (see the module header).
struct Conventions;

impl Modify for Conventions {
    fn modify(&self, doc: &mut Document) {
        let components = doc.components.get_or_insert_default();
        components.add_security_scheme(
            API_KEY,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("cadre_<key id>_<secret>")
                    .description(Some(format!(
                        "A tenant API key. Operations list the scope they need: {}.",
                        Scope::ALL.map(|s| format!("`{}`", s.as_str())).join(", ")
                    )))
                    .build(),
            ),
        );
        components.add_security_scheme(
            OPERATOR,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "The platform operator's token (`CADRE_OPERATOR_TOKEN`): tenant \
                         creation and `/v1/ops/...`.",
                    ))
                    .build(),
            ),
        );
        // A fact in force is the pack file's fact flattened with `from`. The fact types deny
        // unknown fields (a misspelt key in a pack file is an error), which utoipa turns into
        // `additionalProperties: false` on the fact's half of the `allOf`, forbidding the
        // `from` beside it. On the wire that closure is wrong, so it is lifted here.
        for (name, schema) in components.schemas.iter_mut() {
            if let (true, RefOr::T(Schema::AllOf(all))) = (name.starts_with("InForce_"), schema) {
                for item in &mut all.items {
                    if let RefOr::T(Schema::Object(o)) = item {
                        o.additional_properties = None;
                    }
                }
            }
        }
        for (path, item) in doc.paths.paths.iter_mut() {
            let has_id = path.contains('{');
            for op in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                conventions(op, has_id);
            }
        }
    }
}

fn conventions(op: &mut Operation, has_id: bool) {
    let authenticated = op.security.as_ref().is_some_and(|reqs| {
        reqs.iter()
            .any(|r| *r != utoipa::openapi::security::SecurityRequirement::default())
    });
    if let Some(scopes) = required_scopes(op) {
        let note = format!("\n\nNeeds {scopes}.");
        op.description = Some(op.description.take().unwrap_or_default() + &note);
    }
    let params = op.parameters.get_or_insert_default();
    let has_query = params
        .iter()
        .any(|p| matches!(p, RefOr::T(p) if p.parameter_in == ParameterIn::Query));
    params.push(RefOr::T(accept_language()));
    let mut implied: Vec<(&str, &str)> = Vec::new();
    if authenticated {
        implied.push(("401", "No usable credentials."));
        implied.push((
            "403",
            "The key lacks the scope (or the token is not the operator's).",
        ));
        implied.push((
            "429",
            "Over the key's or the tenant's rate limit, or too many failed authentications \
             from this address; `Retry-After` says when to retry. Answers within the limits \
             carry `RateLimit-Policy` and `RateLimit` (IETF draft-ietf-httpapi-ratelimit-headers).",
        ));
    }
    if op.request_body.is_some() {
        implied.push(("400", "The body is not well-formed JSON."));
        implied.push(("413", "The body is larger than 64 KiB."));
        implied.push(("415", "The body is not JSON."));
        implied.push(("422", "Fields break rules; `errors` names them."));
    }
    if has_query {
        implied.push((
            "400",
            "A query parameter is unknown or invalid; `errors` names it.",
        ));
    }
    if has_id {
        implied.push(("404", "No such resource (or not the caller's)."));
    }
    implied.push(("500", "Our fault; the detail never leaks internals."));
    implied.push(("503", "A shard or the directory is unavailable; retry."));
    for (status, description) in implied {
        op.responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::T(Response::new(description)));
    }
    for (status, response) in op.responses.responses.iter_mut() {
        let is_error = status.starts_with('4') || status.starts_with('5');
        if let (true, RefOr::T(r)) = (is_error, response)
            && r.content.is_empty()
        {
            problem_response(r);
            if status == "429" {
                r.headers.insert(
                    "Retry-After".to_owned(),
                    RefOr::T(
                        HeaderBuilder::new()
                            .schema(Some(ObjectBuilder::new().schema_type(Type::Integer)))
                            .description(Some("Seconds to wait before trying again."))
                            .build(),
                    ),
                );
            }
        }
    }
}

/// The scopes the operation's security requirement names, as prose.
fn required_scopes(op: &Operation) -> Option<String> {
    let reqs = serde_json::to_value(op.security.as_ref()?).ok()?;
    let req = reqs.as_array()?.first()?.as_object()?;
    if let Some(scopes) = req.get(API_KEY).and_then(|s| s.as_array()) {
        let names: Vec<String> = scopes
            .iter()
            .filter_map(|s| s.as_str())
            .map(|s| format!("`{s}`"))
            .collect();
        return Some(if names.is_empty() {
            "a tenant API key (any scope)".to_owned()
        } else {
            format!("a tenant API key with scope {}", names.join(" and "))
        });
    }
    req.contains_key(OPERATOR)
        .then(|| "the operator token".to_owned())
}

fn accept_language() -> Parameter {
    ParameterBuilder::new()
        .name("Accept-Language")
        .parameter_in(ParameterIn::Header)
        .required(Required::False)
        .description(Some(
            "Languages for problem details (RFC 9110); the API key's own locale outranks it.",
        ))
        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
        .build()
}

fn problem_response(r: &mut Response) {
    let with = ResponseBuilder::new()
        .description(r.description.clone())
        .content(
            PROBLEM_JSON,
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("Problem")))
                .build(),
        )
        .header(
            "Content-Language",
            HeaderBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                .description(Some("The language the problem is written in."))
                .build(),
        )
        .header(
            "Vary",
            HeaderBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                .description(Some("`accept-language`."))
                .build(),
        )
        .build();
    *r = with;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn operations(doc: &Document) -> Vec<(String, String)> {
        let value = serde_json::to_value(doc).expect("document serializes");
        let mut out = Vec::new();
        for (path, item) in value["paths"].as_object().expect("paths") {
            for method in item.as_object().expect("path item").keys() {
                if ["get", "put", "post", "delete", "patch", "head", "options"]
                    .contains(&method.as_str())
                {
                    out.push((method.clone(), path.clone()));
                }
            }
        }
        out.sort();
        out
    }

    #[test]
    fn every_route_has_an_operation_and_every_operation_a_route() {
        let mut routes: Vec<(String, String)> = crate::ROUTES
            .iter()
            .map(|(m, p)| ((*m).to_owned(), (*p).to_owned()))
            .collect();
        routes.sort();
        let documented = operations(openapi());
        let missing: Vec<_> = routes.iter().filter(|r| !documented.contains(r)).collect();
        let extra: Vec<_> = documented.iter().filter(|r| !routes.contains(r)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "routes without an OpenAPI operation: {missing:?}; operations without a route: {extra:?}"
        );
    }

    #[test]
    fn the_document_is_openapi_3_1_with_unique_operation_ids() {
        let value = serde_json::to_value(openapi()).expect("document serializes");
        assert_eq!(value["openapi"], "3.1.0");
        let mut ids = Vec::new();
        for item in value["paths"].as_object().expect("paths").values() {
            for op in item.as_object().expect("item").values() {
                ids.push(op["operationId"].as_str().expect("operationId").to_owned());
            }
        }
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "operation ids repeat");
    }

    #[test]
    fn every_problem_kind_is_in_the_problem_schema() {
        let value = serde_json::to_value(openapi()).expect("document serializes");
        let kinds = &value["components"]["schemas"]["Problem"]["properties"]["type"]["enum"];
        for k in ProblemKind::ALL {
            assert!(
                kinds
                    .as_array()
                    .is_some_and(|a| a.contains(&k.type_uri().into())),
                "{k:?}"
            );
        }
    }

    #[test]
    fn authenticated_operations_name_their_scope_and_answer_401() {
        let value = serde_json::to_value(openapi()).expect("document serializes");
        let schemes = &value["components"]["securitySchemes"];
        assert_eq!(schemes[API_KEY]["scheme"], "bearer");
        assert_eq!(schemes[OPERATOR]["scheme"], "bearer");
        for (path, item) in value["paths"].as_object().expect("paths") {
            for (method, op) in item.as_object().expect("item") {
                let security = op["security"]
                    .as_array()
                    .expect("security on every operation");
                let public = security
                    .iter()
                    .all(|r| r.as_object().is_some_and(|o| o.is_empty()));
                if !public {
                    assert!(op["responses"]["401"].is_object(), "{method} {path}");
                }
                for (status, r) in op["responses"].as_object().expect("responses") {
                    if status.starts_with('4') || status.starts_with('5') {
                        let schema = &r["content"][PROBLEM_JSON]["schema"]["$ref"];
                        let own = r["content"].as_object().is_some_and(|c| !c.is_empty());
                        assert!(
                            schema == "#/components/schemas/Problem" || own,
                            "{method} {path} {status}"
                        );
                    }
                }
            }
        }
    }
}

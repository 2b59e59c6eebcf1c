//! Responses held to the OpenAPI document: `check` finds the operation a request reached
//! (method and path template), the response the document lists for the status, and validates
//! the body against that response's schema for the content type (JSON Schema 2020-12, with the
//! document's `#/components/schemas/...` resolvable). `Tenant::call` runs it on every
//! response the end-to-end tests receive, so a handler that drifts from its documented shape
//! fails the suites that call it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::{Context, anyhow, bail};
use serde_json::Value;

/// The gateway's document as JSON.
pub fn document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| serde_json::to_value(cadre_gateway::openapi()).unwrap_or_default())
}

/// The path template of the document that `path` (no query) matches, preferring templates
/// with more literal segments (`/docs/redoc.standalone.js` over a `{param}`).
pub fn template_of(path: &str) -> Option<String> {
    let path = path.split('?').next().unwrap_or(path);
    let segments: Vec<&str> = path.split('/').collect();
    let paths = document()["paths"].as_object()?;
    paths
        .keys()
        .filter_map(|t| {
            let parts: Vec<&str> = t.split('/').collect();
            if parts.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (p, s) in parts.iter().zip(&segments) {
                if p.starts_with('{') && p.ends_with('}') {
                    if s.is_empty() {
                        return None;
                    }
                } else if p == s {
                    literal += 1;
                } else {
                    return None;
                }
            }
            Some((literal, t))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, t)| t.clone())
}

fn validator(schema: &Value) -> anyhow::Result<Arc<jsonschema::Validator>> {
    type Cache = Mutex<HashMap<String, Arc<jsonschema::Validator>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let key = schema.to_string();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(v) = cache.lock().map_err(|_| anyhow!("poisoned"))?.get(&key) {
        return Ok(v.clone());
    }
    // The schema with the document's components beside it, so that its `$ref`s resolve.
    let mut root = serde_json::Map::new();
    root.insert(
        "$schema".into(),
        "https://json-schema.org/draft/2020-12/schema".into(),
    );
    root.insert("allOf".into(), Value::Array(vec![schema.clone()]));
    root.insert("components".into(), document()["components"].clone());
    let built = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&Value::Object(root))
        .map_err(|e| anyhow!("the document's schema {schema} does not compile: {e}"))?;
    let built = Arc::new(built);
    cache
        .lock()
        .map_err(|_| anyhow!("poisoned"))?
        .insert(key, built.clone());
    Ok(built)
}

/// Validates `body` against the schema named `#/components/schemas/<name>`.
pub fn check_schema(name: &str, body: &Value) -> anyhow::Result<()> {
    let schema = serde_json::json!({ "$ref": format!("#/components/schemas/{name}") });
    validate(&schema, body).with_context(|| format!("against schema {name}"))
}

fn validate(schema: &Value, body: &Value) -> anyhow::Result<()> {
    let v = validator(schema)?;
    let errors: Vec<String> = v
        .iter_errors(body)
        .map(|e| format!("at {}: {e}", e.instance_path()))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        bail!("{}\nbody: {body}", errors.join("\n"))
    }
}

/// Checks a response: `method` and `path` as sent, `content_type` as received, `body` parsed
/// (`Value::Null` when empty). Problems (4xx/5xx in `application/problem+json`) on paths or
/// methods the document does not have (axum's own 404 and 405) are held to the Problem schema.
pub fn check(
    method: &str,
    path: &str,
    status: u16,
    content_type: Option<&str>,
    body: &Value,
) -> anyhow::Result<()> {
    let media = content_type
        .map(|c| c.split(';').next().unwrap_or(c).trim().to_ascii_lowercase())
        .unwrap_or_default();
    let method = method.to_ascii_lowercase();
    let operation = template_of(path).and_then(|t| {
        let op = &document()["paths"][&t][&method];
        op.is_object().then(|| (t, op.clone()))
    });
    let Some((template, op)) = operation else {
        if status >= 400 {
            return check_schema("Problem", body)
                .with_context(|| format!("{method} {path} answered {status}"));
        }
        bail!("{method} {path} answered {status}, but the document has no such operation");
    };
    let what = || format!("{method} {template} answered {status} ({media})");
    let response = &op["responses"][status.to_string()];
    if !response.is_object() {
        bail!("{}, a status the document does not list", what());
    }
    let content = &response["content"];
    if body.is_null() {
        return match content.as_object() {
            None => Ok(()),
            Some(c) if c.is_empty() => Ok(()),
            Some(_) => bail!("{}: empty body, but the document gives one", what()),
        };
    }
    let schema = &content[&media]["schema"];
    if !schema.is_object() {
        bail!("{}: the document lists no `{media}` content for it", what());
    }
    validate(schema, body).with_context(what)
}

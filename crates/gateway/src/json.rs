//! The JSON body extractor: the same rules as `axum::Json`, but every rejection is a problem
//! document naming the field (via serde_path_to_error) or the byte position.

use axum::extract::{FromRequest, Request};
use axum::http::header;
use bytes::Bytes;
use serde::de::DeserializeOwned;

use cadre_i18n::{Arg, Message, msg};

use crate::problem::ApiError;

/// Largest accepted request body.
pub const BODY_LIMIT: usize = 64 * 1024;

/// A JSON request body.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|m| {
                let m = m.trim();
                m.eq_ignore_ascii_case("application/json")
                    || (m.starts_with("application/") && m.ends_with("+json"))
            });
        if !is_json {
            return Err(ApiError::unsupported_media_type());
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::too_large(BODY_LIMIT)
            } else {
                ApiError::bad_request(msg!("problem-body-unreadable"))
            }
        })?;
        parse(&bytes).map(ApiJson)
    }
}

/// Parses a JSON document into `T`, reporting where it failed.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        use serde_json::error::Category;
        match inner.classify() {
            Category::Syntax | Category::Eof | Category::Io => ApiError::bad_request(msg!(
                "problem-malformed-json",
                line = inner.line(),
                column = inner.column()
            )),
            Category::Data => {
                let message = strip_position(&inner.to_string());
                let (field, reason) = reason(&message);
                // serde reports a missing field at its parent's path; name the field itself.
                let field = match field {
                    Some(f) if path == "." => f.to_owned(),
                    Some(f) => format!("{path}.{f}"),
                    None if path == "." => "body".to_owned(),
                    None => path,
                };
                ApiError::invalid_field(&field, reason)
            }
        }
    })?;
    // Trailing garbage after the document is malformed input, not something to ignore.
    de.end().map_err(|e| {
        ApiError::bad_request(msg!(
            "problem-trailing-json",
            line = e.line(),
            column = e.column()
        ))
    })?;
    Ok(value)
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// serde's English data errors as messages: the shapes serde_json produces, each with its
/// values as arguments; anything else keeps serde's words as an argument. A missing field is
/// reported at the field, so its name comes back too.
fn reason(message: &str) -> (Option<&str>, Message) {
    if let Some(rest) = message.strip_prefix("missing field `") {
        return (rest.split('`').next(), msg!("field-required"));
    }
    if message.starts_with("unknown field `") {
        return (
            None,
            msg!("json-unknown-field", expected = choices(message)),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or_default();
        return (
            None,
            msg!(
                "json-unknown-variant",
                value = value,
                expected = choices(message)
            ),
        );
    }
    for (prefix, id) in [
        ("invalid type: ", "json-wrong-type"),
        ("invalid value: ", "json-wrong-value"),
    ] {
        if let Some((found, expected)) = message
            .strip_prefix(prefix)
            .and_then(|rest| rest.rsplit_once(", expected "))
        {
            let m = Message::new(id)
                .arg("found", found)
                .arg("expected", expected);
            return (None, m);
        }
    }
    (None, msg!("json-invalid", reason = message))
}

/// The names after "expected" in serde's message: `` `a`, `b` `` or "there are no fields".
fn choices(message: &str) -> Arg {
    let names: Vec<String> = message
        .split_once("expected")
        .map(|(_, list)| {
            list.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    if names.is_empty() {
        Arg::Text("—".to_owned())
    } else {
        Arg::OrList(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        count: u32,
        inner: Option<Inner>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        flag: bool,
    }

    fn err(json: &str) -> ApiError {
        parse::<Body>(json.as_bytes()).expect_err("should fail")
    }

    #[test]
    fn problems_name_the_field() {
        let e = err(r#"{"name":"a","count":"x"}"#);
        assert_eq!((e.status, e.errors[0].field.as_str()), (422, "count"));
        let e = err(r#"{"name":"a"}"#);
        assert_eq!(e.errors[0].field, "count");
        let e = err(r#"{"name":"a","count":1,"colour":"red"}"#);
        assert_eq!(e.errors[0].field, "colour");
        let e = err(r#"{"name":"a","count":1,"inner":{"flag":1}}"#);
        assert_eq!(e.errors[0].field, "inner.flag");
        let e = err(r#"{"name":"a","count":1,"inner":{"flag":true,"x":1}}"#);
        assert_eq!(e.errors[0].field, "inner.x");
    }

    #[test]
    fn malformed_json_is_a_400_with_position() {
        let e = err("{\"name\": \"a\",\n \"count\": }");
        assert_eq!(e.status, 400);
        assert_eq!(e.detail.get("line"), Some(&Arg::Int(2)));
        assert_eq!(err(r#"{"name":"a","count":1} trailing"#).status, 400);
        assert_eq!(err("").status, 400);
    }
}

//! The viewer's time zone: instants are stored and sent in UTC unless the request names a zone
//! in the `Time-Zone` header (an IANA name), in which case they come back as RFC 3339 with that
//! zone's offset at each instant.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use cadre_hr::FieldError;
use cadre_i18n::msg;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::Value;

use crate::problem::ApiError;

/// The request header naming the viewer's zone (as GitHub's API does).
pub const TIME_ZONE_HEADER: &str = "time-zone";

/// The zone a client asked instants to be shown in, if any.
#[derive(Debug, Clone, Copy)]
pub struct ViewerZone(pub Option<Tz>);

impl<S: Send + Sync> FromRequestParts<S> for ViewerZone {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let Some(v) = parts.headers.get(TIME_ZONE_HEADER) else {
            return Ok(ViewerZone(None));
        };
        let text = v.to_str().unwrap_or_default().trim();
        text.parse::<Tz>()
            .map(|tz| ViewerZone(Some(tz)))
            .map_err(|_| {
                let mut e = ApiError::bad_request(msg!("problem-bad-header", header = "Time-Zone"));
                e.errors.push(FieldError::new(
                    "Time-Zone",
                    msg!("field-time-zone", value = text),
                ));
                e
            })
    }
}

/// Sets the top-level members `instants` of `doc` to RFC 3339 with `tz`'s offset at each instant.
pub fn show_in(doc: &mut Value, tz: Tz, instants: &[(&str, DateTime<Utc>)]) {
    if let Some(map) = doc.as_object_mut() {
        for (key, at) in instants {
            map.insert(
                (*key).to_owned(),
                Value::String(cadre_localtime::in_zone(*at, tz).to_rfc3339()),
            );
        }
    }
}

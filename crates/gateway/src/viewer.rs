//! The viewer's time zone: instants are stored and sent in UTC unless the request names a zone
//! in the `Time-Zone` header (an IANA name), in which case they come back as RFC 3339 with that
//! zone's offset at each instant.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use cadre_hr::FieldError;
use cadre_i18n::msg;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
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

/// A record's instants, by field name, for re-rendering in the viewer's zone.
pub(crate) trait Instants {
    /// The top-level fields that hold instants.
    fn instants(&self) -> Vec<(&'static str, DateTime<Utc>)>;
}

/// A response record shown in the viewer's zone: serialized straight from the record when
/// the request named no zone (the hot path), through a `Value` with its instants re-rendered
/// otherwise.
#[derive(Debug)]
pub(crate) struct Zoned<T> {
    /// The record.
    pub value: T,
    /// The viewer's zone, if the request named one.
    pub zone: ViewerZone,
}

impl<T: Serialize + Instants> Serialize for Zoned<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.zone {
            ViewerZone(None) => self.value.serialize(s),
            ViewerZone(Some(tz)) => {
                let mut doc =
                    serde_json::to_value(&self.value).map_err(serde::ser::Error::custom)?;
                show_in(&mut doc, tz, &self.value.instants());
                doc.serialize(s)
            }
        }
    }
}

//! Conditional requests (RFC 9110 §13): a record's version is its strong ETag (`"3"`);
//! `If-Match` guards changes (412 on a stale version, 428 where a change requires it);
//! `If-None-Match` on reads answers 304 when the client already has the version.

use axum::http::{HeaderMap, HeaderValue, header};
use cadre_i18n::msg;

use crate::problem::ApiError;

/// The ETag of a version.
pub(crate) fn etag(version: i64) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{version}\"")).unwrap_or(HeaderValue::from_static("\"0\""))
}

/// What `If-Match` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IfMatch {
    /// No header.
    Absent,
    /// `*`: any current version.
    Any,
    /// This version (`"3"`, or weak `W/"3"`).
    Version(i64),
}

impl IfMatch {
    /// Reads the header; a value that names no version of ours is a 412.
    pub(crate) fn from_headers(headers: &HeaderMap) -> Result<Self, ApiError> {
        let Some(v) = headers.get(header::IF_MATCH) else {
            return Ok(Self::Absent);
        };
        let v = v.to_str().unwrap_or("").trim();
        if v == "*" {
            return Ok(Self::Any);
        }
        version_of(v).map(Self::Version).ok_or_else(|| {
            ApiError::precondition_failed(msg!("problem-stale-version-unknown", value = v))
        })
    }

    /// The version a change must find (`None`: any), or 428 when the header is required
    /// and absent.
    pub(crate) fn required(self) -> Result<Option<i64>, ApiError> {
        match self {
            Self::Absent => Err(ApiError::precondition_required()),
            other => Ok(other.expected()),
        }
    }

    /// The version a change must find, if the client named one.
    pub(crate) fn expected(self) -> Option<i64> {
        match self {
            Self::Version(v) => Some(v),
            Self::Absent | Self::Any => None,
        }
    }
}

/// Whether `If-None-Match` names `version` (or `*`): the client's copy is current.
pub(crate) fn not_modified(headers: &HeaderMap, version: i64) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|tag| tag == "*" || version_of(tag) == Some(version))
}

fn version_of(tag: &str) -> Option<i64> {
    let tag = tag.strip_prefix("W/").unwrap_or(tag);
    tag.strip_prefix('"')?.strip_suffix('"')?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(name: header::HeaderName, value: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(name, HeaderValue::from_static(value));
        h
    }

    #[test]
    fn if_match_accepts_strong_weak_and_any() {
        assert_eq!(
            IfMatch::from_headers(&HeaderMap::new()).ok(),
            Some(IfMatch::Absent)
        );
        let read = |v| IfMatch::from_headers(&headers(header::IF_MATCH, v)).ok();
        assert_eq!(read("\"3\""), Some(IfMatch::Version(3)));
        assert_eq!(read("W/\"4\""), Some(IfMatch::Version(4)));
        assert_eq!(read("*"), Some(IfMatch::Any));
        assert_eq!(read("3"), None);
        assert!(IfMatch::Absent.required().is_err());
        assert_eq!(IfMatch::Any.required().ok(), Some(None));
    }

    #[test]
    fn if_none_match_matches_listed_versions() {
        assert!(not_modified(
            &headers(header::IF_NONE_MATCH, "\"2\", \"3\""),
            3
        ));
        assert!(not_modified(&headers(header::IF_NONE_MATCH, "*"), 9));
        assert!(!not_modified(&headers(header::IF_NONE_MATCH, "\"2\""), 3));
        assert!(!not_modified(&HeaderMap::new(), 3));
    }
}

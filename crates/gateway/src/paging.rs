//! List requests, the same for every resource: `limit` (1..=200, default 50), an opaque
//! `cursor`, `updated_after` (RFC 3339), plus the resource's own filter parameters. The
//! cursor is base64url JSON of where the last page ended *and* the filter it was made
//! under, so a client cannot continue one list with another list's cursor. The fan-out over
//! shards and the merge are `cadre_hr::paging`'s.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cadre_hr::paging::{Keyed, Page, Window};
use cadre_i18n::{Arg, msg};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::problem::ApiError;

/// Default and largest page sizes.
pub(crate) const DEFAULT_LIMIT: i64 = 50;
pub(crate) const MAX_LIMIT: i64 = 200;

/// A resource's list filter: its query parameters beyond the common ones.
pub(crate) trait ListFilter: Default + PartialEq + Serialize + DeserializeOwned {
    /// The parameter names it takes.
    const PARAMS: &'static [&'static str];
    /// Takes one of its parameters.
    fn set(&mut self, name: &str, value: &str) -> Result<(), ApiError>;
}

/// A parsed list request.
#[derive(Debug, Clone)]
pub(crate) struct ListRequest<F> {
    /// The resource's filter.
    pub filter: F,
    /// Which slice to read.
    pub window: Window,
}

/// What a cursor carries.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Cursor<F> {
    after: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated_after: Option<DateTime<Utc>>,
    #[serde(flatten)]
    filter: F,
}

impl<F: Serialize + DeserializeOwned> Cursor<F> {
    fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    fn decode(s: &str) -> Option<Self> {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(s).ok()?).ok()
    }
}

/// Parses a list query string.
pub(crate) fn parse<F: ListFilter>(raw: Option<&str>) -> Result<ListRequest<F>, ApiError> {
    const COMMON: [&str; 3] = ["limit", "cursor", "updated_after"];
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|_| ApiError::bad_request(msg!("problem-query-malformed")))?;
    let mut filter = F::default();
    let mut window = Window {
        after: None,
        updated_after: None,
        limit: DEFAULT_LIMIT,
    };
    let mut cursor = None;
    for (k, v) in pairs {
        match k.as_str() {
            "limit" => {
                window.limit = v
                    .parse()
                    .ok()
                    .filter(|n| (1..=MAX_LIMIT).contains(n))
                    .ok_or_else(|| {
                        ApiError::bad_parameter("limit", msg!("field-limit", max = MAX_LIMIT))
                    })?;
            }
            "cursor" => {
                cursor = Some(
                    Cursor::<F>::decode(&v)
                        .ok_or_else(|| ApiError::bad_parameter("cursor", msg!("field-cursor")))?,
                );
            }
            "updated_after" => {
                let at = DateTime::parse_from_rfc3339(&v)
                    .map_err(|_| ApiError::bad_parameter("updated_after", msg!("field-instant")))?;
                window.updated_after = Some(at.with_timezone(&Utc));
            }
            name if F::PARAMS.contains(&name) => filter.set(name, &v)?,
            other => {
                let known = COMMON.iter().chain(F::PARAMS).map(|k| (*k).to_owned());
                return Err(ApiError::bad_parameter(
                    other,
                    msg!(
                        "field-unknown-parameter",
                        known = Arg::OrList(known.collect())
                    ),
                ));
            }
        }
    }
    if let Some(c) = cursor {
        if c.filter != filter || c.updated_after != window.updated_after {
            return Err(ApiError::bad_parameter(
                "cursor",
                msg!("field-cursor-other-list"),
            ));
        }
        window.after = Some(c.after);
    }
    Ok(ListRequest { filter, window })
}

/// A page as clients see it.
#[derive(Debug, Serialize)]
pub(crate) struct ListBody<T> {
    /// The items, in id order.
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

impl<F: ListFilter + Clone> ListRequest<F> {
    /// The page as a body, its items shown through `view`.
    pub(crate) fn body<'p, T: Keyed, V>(
        &self,
        page: &'p Page<T>,
        view: impl Fn(&'p T) -> V,
    ) -> ListBody<V> {
        let next_cursor = match (page.more, page.items.last()) {
            (true, Some(last)) => Some(
                Cursor {
                    after: last.key(),
                    updated_after: self.window.updated_after,
                    filter: self.filter.clone(),
                }
                .encode(),
            ),
            _ => None,
        };
        ListBody {
            items: page.items.iter().map(view).collect(),
            next_cursor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    struct ByTeam {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        team: Option<String>,
    }

    impl ListFilter for ByTeam {
        const PARAMS: &'static [&'static str] = &["team"];
        fn set(&mut self, _: &str, value: &str) -> Result<(), ApiError> {
            self.team = Some(value.to_owned());
            Ok(())
        }
    }

    fn cursor(team: Option<&str>) -> String {
        Cursor {
            after: Uuid::now_v7(),
            updated_after: None,
            filter: ByTeam {
                team: team.map(str::to_owned),
            },
        }
        .encode()
    }

    #[test]
    fn parameters_are_checked() {
        assert!(parse::<ByTeam>(Some("cursor=abc")).is_err());
        assert!(parse::<ByTeam>(Some("limit=0")).is_err());
        assert!(parse::<ByTeam>(Some("limit=201")).is_err());
        assert!(parse::<ByTeam>(Some("colour=red")).is_err());
        assert!(parse::<ByTeam>(Some("updated_after=yesterday")).is_err());
        let q = parse::<ByTeam>(Some(
            "limit=5&team=a&updated_after=2026-01-02T03:04:05%2B01:00",
        ))
        .expect("valid");
        assert_eq!(q.window.limit, 5);
        assert_eq!(q.filter.team.as_deref(), Some("a"));
        assert_eq!(
            q.window.updated_after.map(|t| t.to_rfc3339()),
            Some("2026-01-02T02:04:05+00:00".to_owned())
        );
    }

    #[test]
    fn a_cursor_continues_only_its_own_list() {
        let same = format!("team=a&cursor={}", cursor(Some("a")));
        assert!(
            parse::<ByTeam>(Some(&same))
                .expect("same list")
                .window
                .after
                .is_some()
        );
        assert!(parse::<ByTeam>(Some(&format!("team=b&cursor={}", cursor(Some("a"))))).is_err());
        assert!(parse::<ByTeam>(Some(&format!("cursor={}", cursor(Some("a"))))).is_err());
        let since = format!("updated_after=2026-01-01T00:00:00Z&cursor={}", cursor(None));
        assert!(parse::<ByTeam>(Some(&since)).is_err());
    }
}

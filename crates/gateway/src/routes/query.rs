//! Query strings: `name=value` pairs, only the names a route knows.

use cadre_i18n::{Arg, msg};

use crate::problem::ApiError;

/// Parses `name=value` query parameters, allowing only `known`.
pub(crate) fn query(raw: Option<&str>, known: &[&str]) -> Result<Vec<(String, String)>, ApiError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|_| ApiError::bad_request(msg!("problem-query-malformed")))?;
    if let Some((k, _)) = pairs.iter().find(|(k, _)| !known.contains(&k.as_str())) {
        return Err(ApiError::bad_parameter(
            k,
            msg!(
                "field-unknown-parameter",
                known = Arg::OrList(known.iter().map(|k| (*k).to_owned()).collect())
            ),
        ));
    }
    Ok(pairs)
}

/// The value of parameter `name`, if given.
pub(crate) fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

//! Identifiers of the deployment: zones, regions, shards and shard epochs.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Why an identifier was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidId(pub String);

/// Slug identifiers share one syntax: lowercase ASCII letters, digits and dashes, starting
/// with a letter, at most 40 characters. They appear in URLs, bucket names and metric labels.
fn check_slug(kind: &str, s: &str) -> Result<(), InvalidId> {
    let ok = !s.is_empty()
        && s.len() <= 40
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-');
    if ok {
        Ok(())
    } else {
        Err(InvalidId(format!(
            "{kind} {s:?} must be 1-40 lowercase letters, digits or dashes, starting with a letter"
        )))
    }
}

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The identifier as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = InvalidId;
            fn from_str(s: &str) -> Result<Self, InvalidId> {
                check_slug($kind, s)?;
                Ok(Self(s.to_owned()))
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidId;
            fn try_from(s: String) -> Result<Self, InvalidId> {
                check_slug($kind, &s)?;
                Ok(Self(s))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(&self.0)
            }
        }
    };
}

slug_id!(
    /// A sovereignty zone (`eu`, `us`, `cn`, `apac`): personal data never leaves its zone.
    ZoneId,
    "zone"
);
slug_id!(
    /// A region (`eu-central`): one data-plane location inside exactly one zone.
    RegionId,
    "region"
);

/// A logical shard number, unique across the whole deployment.
///
/// It is embedded in every entity id (see `cadre_ids`), so it must fit in 12 bits
/// and is never reused or renumbered: physical endpoints may move, the number does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct ShardId(u16);

impl ShardId {
    /// Largest shard number that fits in the 12 bits an id reserves for it.
    pub const MAX: u16 = 0x0FFF;

    /// Validates a shard number (1..=4095; 0 is reserved as "no shard").
    pub fn new(n: u16) -> Result<Self, InvalidId> {
        if (1..=Self::MAX).contains(&n) {
            Ok(Self(n))
        } else {
            Err(InvalidId(format!(
                "shard id {n} must be between 1 and {}",
                Self::MAX
            )))
        }
    }

    /// The shard number.
    pub fn get(self) -> u16 {
        self.0
    }
}

impl TryFrom<u16> for ShardId {
    type Error = InvalidId;
    fn try_from(n: u16) -> Result<Self, InvalidId> {
        Self::new(n)
    }
}

impl From<ShardId> for u16 {
    fn from(id: ShardId) -> u16 {
        id.0
    }
}

impl fmt::Display for ShardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The generation of a shard's primary: bumped on every failover or switchover so that a
/// stale primary can be recognised and fenced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ShardEpoch(pub i64);

impl fmt::Display for ShardEpoch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_reject_uppercase_spaces_and_trailing_dash() {
        assert!("eu-central".parse::<RegionId>().is_ok());
        assert!("EU".parse::<ZoneId>().is_err());
        assert!("eu central".parse::<RegionId>().is_err());
        assert!("eu-".parse::<RegionId>().is_err());
        assert!("1eu".parse::<RegionId>().is_err());
        assert!("".parse::<ZoneId>().is_err());
    }

    #[test]
    fn shard_ids_fit_in_twelve_bits_and_zero_is_reserved() {
        assert!(ShardId::new(0).is_err());
        assert!(ShardId::new(1).is_ok());
        assert!(ShardId::new(4095).is_ok());
        assert!(ShardId::new(4096).is_err());
    }
}

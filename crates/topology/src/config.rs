//! The region configuration file: zones, regions, shards and buckets.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::{RegionId, ShardId, ZoneId};

/// A configuration file that could not be loaded; the message names the key and the reason.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{file}: {source}")]
    Read {
        /// Path of the file.
        file: String,
        /// The IO error.
        source: std::io::Error,
    },
    /// The TOML is malformed or a value has the wrong type (the message carries line and key).
    #[error("{file}: {message}")]
    Parse {
        /// Path of the file.
        file: String,
        /// The parser's message, with line, column and key.
        message: String,
    },
    /// The values parse but break a rule.
    #[error("{file}: {key}: {reason}")]
    Invalid {
        /// Path of the file.
        file: String,
        /// The offending key, e.g. `regions[2].shards[0].id`.
        key: String,
        /// Why it is wrong.
        reason: String,
    },
}

/// A sovereignty zone.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZoneSpec {
    /// Zone id (`eu`).
    pub id: ZoneId,
    /// Human-readable name.
    pub name: String,
}

/// One shard: a PostgreSQL primary and, optionally, its standby in the same zone.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShardSpec {
    /// Logical shard number, unique across the deployment.
    pub id: ShardId,
    /// Primary endpoint, `postgres://host:port/dbname` without credentials. Absent in the local
    /// deployment's file, where `cadre dev` starts the clusters and fills it in.
    #[serde(default)]
    pub primary: Option<String>,
    /// Standby endpoint in the same zone.
    #[serde(default)]
    pub standby: Option<String>,
    /// Region of the standby when it is not the shard's own region; it must be in the same
    /// zone (a standby is what a failover promotes, and data never leaves its zone).
    #[serde(default)]
    pub standby_region: Option<RegionId>,
}

/// How shards replicate to their standbys.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReplicationSpec {
    /// `true` (the default): a commit is acknowledged only once the standby has it, so an
    /// acknowledged write survives the loss of the primary, at the price that writes wait
    /// while the standby is unreachable. `false`: commits return at once and the last
    /// moments of writes before a failover can be lost.
    pub synchronous: bool,
}

impl Default for ReplicationSpec {
    fn default() -> Self {
        Self { synchronous: true }
    }
}

/// A region: one data-plane location inside one zone.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionSpec {
    /// Region id (`eu-central`).
    pub id: RegionId,
    /// The zone it belongs to.
    pub zone: ZoneId,
    /// Human-readable name.
    pub name: String,
    /// The S3 bucket that holds this region's documents and reports.
    pub bucket: String,
    /// Its shards.
    pub shards: Vec<ShardSpec>,
}

/// The validated region configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionConfig {
    /// All zones.
    pub zones: Vec<ZoneSpec>,
    /// All regions.
    pub regions: Vec<RegionSpec>,
    /// Replication between each shard's primary and standby.
    #[serde(default)]
    pub replication: ReplicationSpec,
}

impl RegionConfig {
    /// Reads and validates a region configuration file.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            file: file.clone(),
            source,
        })?;
        Self::parse(&file, &text)
    }

    /// Parses and validates configuration text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Self, ConfigError> {
        let config: RegionConfig = toml::from_str(text).map_err(|e| ConfigError::Parse {
            file: file.to_owned(),
            message: e.to_string().trim_end().replace('\n', " "),
        })?;
        config
            .validate()
            .map_err(|(key, reason)| ConfigError::Invalid {
                file: file.to_owned(),
                key,
                reason,
            })?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), (String, String)> {
        if self.zones.is_empty() {
            return Err(("zones".into(), "at least one zone is required".into()));
        }
        if self.regions.is_empty() {
            return Err(("regions".into(), "at least one region is required".into()));
        }
        let mut zones = HashSet::new();
        for (i, z) in self.zones.iter().enumerate() {
            if !zones.insert(&z.id) {
                return Err((
                    format!("zones[{i}].id"),
                    format!("zone {:?} is declared twice", z.id.as_str()),
                ));
            }
        }
        let mut regions = HashSet::new();
        let mut buckets = HashSet::new();
        let mut shards: HashMap<ShardId, String> = HashMap::new();
        for (i, r) in self.regions.iter().enumerate() {
            let at = |k: &str| format!("regions[{i}].{k}");
            if !regions.insert(&r.id) {
                return Err((
                    at("id"),
                    format!("region {:?} is declared twice", r.id.as_str()),
                ));
            }
            if !zones.contains(&r.zone) {
                return Err((
                    at("zone"),
                    format!("zone {:?} is not declared in [[zones]]", r.zone.as_str()),
                ));
            }
            check_bucket(&r.bucket).map_err(|reason| (at("bucket"), reason))?;
            if !buckets.insert(&r.bucket) {
                return Err((
                    at("bucket"),
                    format!("bucket {:?} is used by two regions", r.bucket),
                ));
            }
            if r.shards.is_empty() {
                return Err((at("shards"), "a region needs at least one shard".into()));
            }
            for (j, s) in r.shards.iter().enumerate() {
                let key = format!("regions[{i}].shards[{j}]");
                if let Some(prev) = shards.insert(s.id, key.clone()) {
                    return Err((
                        format!("{key}.id"),
                        format!("shard id {} is already used by {prev}", s.id),
                    ));
                }
                for (name, url) in [("primary", &s.primary), ("standby", &s.standby)] {
                    if let Some(url) = url {
                        check_endpoint(url).map_err(|reason| (format!("{key}.{name}"), reason))?;
                    }
                }
                if let Some(other) = &s.standby_region {
                    let same_zone = self
                        .regions
                        .iter()
                        .find(|o| &o.id == other)
                        .map(|o| o.zone == r.zone);
                    match same_zone {
                        None => {
                            return Err((
                                format!("{key}.standby_region"),
                                format!("region {:?} is not declared", other.as_str()),
                            ));
                        }
                        Some(false) => {
                            return Err((
                                format!("{key}.standby_region"),
                                format!(
                                    "region {:?} is outside zone {:?}: a standby must stay in its shard's zone",
                                    other.as_str(),
                                    r.zone.as_str()
                                ),
                            ));
                        }
                        Some(true) => {}
                    }
                }
                if s.primary.is_some() && s.primary == s.standby {
                    return Err((
                        format!("{key}.standby"),
                        "standby must differ from primary".into(),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Fails unless every shard names its primary endpoint (required to serve).
    pub fn require_endpoints(&self) -> Result<(), String> {
        for r in &self.regions {
            for s in &r.shards {
                if s.primary.is_none() {
                    return Err(format!(
                        "region {} shard {} has no primary endpoint",
                        r.id, s.id
                    ));
                }
            }
        }
        Ok(())
    }

    /// Looks up a region.
    pub fn region(&self, id: &RegionId) -> Option<&RegionSpec> {
        self.regions.iter().find(|r| &r.id == id)
    }

    /// The zone of a shard's standby: its `standby_region`'s, else its own region's.
    pub fn standby_zone(&self, region: &RegionSpec, shard: &ShardSpec) -> Option<ZoneId> {
        match &shard.standby_region {
            Some(other) => self.region(other).map(|o| o.zone.clone()),
            None => Some(region.zone.clone()),
        }
    }

    /// Every shard with the region that holds it.
    pub fn shards(&self) -> impl Iterator<Item = (&RegionSpec, &ShardSpec)> {
        self.regions
            .iter()
            .flat_map(|r| r.shards.iter().map(move |s| (r, s)))
    }
}

fn check_bucket(name: &str) -> Result<(), String> {
    let ok = (3..=63).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{name:?} is not a valid S3 bucket name (3-63 lowercase letters, digits, dots, dashes)"
        ))
    }
}

fn check_endpoint(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))
        .ok_or_else(|| format!("{url:?} must start with postgres://"))?;
    if rest.contains('@') {
        return Err("endpoints carry no credentials; set them in the database settings".into());
    }
    let (host, db) = rest
        .split_once('/')
        .ok_or_else(|| format!("{url:?} must name a database: postgres://host:port/dbname"))?;
    if host.is_empty() || db.is_empty() {
        return Err(format!("{url:?} must name a host and a database"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[zones]]
id = "eu"
name = "EU"
[[zones]]
id = "cn"
name = "China"

[[regions]]
id = "eu-central"
zone = "eu"
name = "Frankfurt"
bucket = "cadre-eu-central"
[[regions.shards]]
id = 1
primary = "postgres://10.0.0.1:5432/cadre"
standby = "postgres://10.0.0.2:5432/cadre"

[[regions]]
id = "cn-north"
zone = "cn"
name = "Beijing"
bucket = "cadre-cn-north"
[[regions.shards]]
id = 2
"#;

    fn err(text: &str) -> String {
        match RegionConfig::parse("regions.toml", text) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_valid_file_loads() {
        let c = RegionConfig::parse("regions.toml", GOOD).expect("valid");
        assert_eq!(c.shards().count(), 2);
        assert!(
            c.require_endpoints().is_err(),
            "cn-north shard 2 has no primary"
        );
    }

    #[test]
    fn unknown_zone_names_the_key() {
        let e = err(&GOOD.replace("zone = \"cn\"", "zone = \"mars\""));
        assert_eq!(
            e,
            "regions.toml: regions[1].zone: zone \"mars\" is not declared in [[zones]]"
        );
    }

    #[test]
    fn duplicate_shard_ids_name_both_places() {
        let e = err(&GOOD.replace("id = 2", "id = 1"));
        assert!(
            e.contains(
                "regions[1].shards[0].id: shard id 1 is already used by regions[0].shards[0]"
            ),
            "{e}"
        );
    }

    #[test]
    fn a_standby_outside_the_zone_is_refused() {
        let text = GOOD.replace(
            "standby = \"postgres://10.0.0.2:5432/cadre\"",
            "standby = \"postgres://10.9.0.2:5432/cadre\"\nstandby_region = \"cn-north\"",
        );
        let e = err(&text);
        assert!(
            e.contains(
                "regions[0].shards[0].standby_region: region \"cn-north\" is outside zone \"eu\""
            ),
            "{e}"
        );
        let c = RegionConfig::parse("regions.toml", GOOD).expect("valid");
        assert!(
            c.replication.synchronous,
            "synchronous replication is the default"
        );
        let (r, s) = c.shards().next().expect("a shard");
        assert_eq!(
            c.standby_zone(r, s).map(|z| z.as_str().to_owned()),
            Some("eu".into())
        );
    }

    #[test]
    fn credentials_in_endpoints_are_rejected() {
        let e = err(&GOOD.replace("10.0.0.1", "admin:secret@10.0.0.1"));
        assert!(e.contains("regions[0].shards[0].primary"), "{e}");
    }

    #[test]
    fn unknown_keys_and_wrong_types_report_line_and_key() {
        let e = err(&GOOD.replace(
            "bucket = \"cadre-cn-north\"",
            "bucket = \"cadre-cn-north\"\nbukket = 1",
        ));
        assert!(e.contains("bukket") && e.contains("line"), "{e}");
        let e = err(&GOOD.replace("id = 2", "id = \"two\""));
        assert!(e.contains("line") && e.contains("id"), "{e}");
    }

    #[test]
    fn bad_bucket_names_are_rejected() {
        let e = err(&GOOD.replace("cadre-eu-central", "Cadre_EU"));
        assert!(e.contains("regions[0].bucket"), "{e}");
    }
}

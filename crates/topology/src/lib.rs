//! Where data lives: ISO countries, sovereignty zones, regions and shards, and the validated
//! region configuration that names them.
//!
//! Everything here is pure (no IO beyond reading the config file) so the gateway, the jobs and
//! the local deployment all agree on one typed picture of the deployment.

mod config;
mod country;
mod ids;

pub use config::{ConfigError, RegionConfig, RegionSpec, ReplicationSpec, ShardSpec, ZoneSpec};
pub use country::{CountryCode, ISO_3166_ALPHA2, InvalidCountry};
pub use ids::{InvalidId, RegionId, ShardEpoch, ShardId, ZoneId};

//! Identifiers every layer shares.
//!
//! Glossary:
//! - [`TenantId`]: one customer company. Random (v4); routing data, not personal data.
//! - [`LegalEntityId`]: a tenant's branch in one country; decides zone, region and shard.
//! - [`ApiKeyId`]: the public part of an API key (the secret is stored only as a hash).
//! - Shard-carrying ids ([`EmployeeId`], [`JobId`], and every per-employee resource added
//!   later): a UUIDv7 whose 12 `rand_a` bits hold the logical shard number, so a request for
//!   one resource goes to exactly one shard with no lookup ([`ShardRouted`]). They stay valid,
//!   time-ordered RFC 9562 UUIDv7s, so ids sort by creation time on every shard and serve as
//!   list cursors. A new resource adds one line to the `sharded_id!` list below.

mod sharded;

use sharded::sharded_id;
pub use sharded::{ShardRouted, new_on_shard, shard_of};

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! random_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(transparent))]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new random id.
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

random_id!(
    /// A tenant: one customer company.
    TenantId
);
random_id!(
    /// A legal entity (branch) of a tenant in one country.
    LegalEntityId
);
random_id!(
    /// An API key's public id (the part of the token that is not secret).
    ApiKeyId
);

sharded_id!(
    /// An employee record.
    EmployeeId
);
sharded_id!(
    /// A durable background job, on the shard whose data it touches.
    JobId
);

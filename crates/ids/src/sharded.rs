//! The shard-carrying id layout and the macro that makes one id type per resource.

use cadre_topology::ShardId;
use rand::RngCore;
use uuid::Uuid;

/// An id that names the shard its resource lives on.
pub trait ShardRouted: Copy + std::str::FromStr + std::fmt::Display {
    /// The shard this id lives on, if it is one of our ids at all.
    fn shard(&self) -> Option<ShardId>;
    /// The id as a UUID.
    fn uuid(&self) -> Uuid;
}

/// A new UUIDv7 at the current time with `shard` in its 12 `rand_a` bits.
pub fn new_on_shard(shard: ShardId) -> Uuid {
    let mut bytes = *Uuid::now_v7().as_bytes();
    // Bytes 6..8 are version (4 bits) + rand_a (12 bits); keep the version, put the shard.
    let shard = shard.get();
    bytes[6] = 0x70 | ((shard >> 8) as u8 & 0x0F);
    bytes[7] = (shard & 0xFF) as u8;
    // Refresh rand_b so two ids in the same millisecond stay distinct.
    let mut tail = [0u8; 8];
    rand::rng().fill_bytes(&mut tail);
    bytes[8] = 0x80 | (tail[0] & 0x3F);
    bytes[9..16].copy_from_slice(&tail[1..8]);
    Uuid::from_bytes(bytes)
}

/// The shard a UUID names, if it is a v7 made by [`new_on_shard`] (any other UUID routes
/// nowhere: shard 0 is not a shard).
pub fn shard_of(id: &Uuid) -> Option<ShardId> {
    let b = id.as_bytes();
    if b[6] >> 4 != 7 {
        return None;
    }
    let n = (u16::from(b[6] & 0x0F) << 8) | u16::from(b[7]);
    ShardId::new(n).ok()
}

/// Declares a shard-carrying id type (see the crate glossary).
macro_rules! sharded_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        #[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(transparent))]
        #[serde(transparent)]
        pub struct $name(pub uuid::Uuid);

        impl $name {
            /// A new id on `shard`, at the current time.
            pub fn new(shard: cadre_topology::ShardId) -> Self {
                Self($crate::new_on_shard(shard))
            }

            /// The shard this id lives on, if it is one of our ids at all.
            pub fn shard(&self) -> Option<cadre_topology::ShardId> {
                $crate::shard_of(&self.0)
            }
        }

        impl $crate::ShardRouted for $name {
            fn shard(&self) -> Option<cadre_topology::ShardId> {
                $crate::shard_of(&self.0)
            }

            fn uuid(&self) -> uuid::Uuid {
                self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, uuid::Error> {
                uuid::Uuid::try_parse(s).map(Self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}
pub(crate) use sharded_id;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EmployeeId, JobId};

    #[test]
    fn an_id_carries_its_shard_and_stays_a_v7_uuid() {
        for n in [1u16, 2, 255, 256, 4095] {
            let shard = ShardId::new(n).expect("valid");
            let id = EmployeeId::new(shard);
            assert_eq!(id.shard(), Some(shard));
            assert_eq!(JobId::new(shard).shard(), Some(shard));
            assert_eq!(id.0.get_version_num(), 7);
            assert_eq!(id.0.get_variant(), uuid::Variant::RFC4122);
        }
    }

    #[test]
    fn ids_are_unique_and_ordered_by_time() {
        let shard = ShardId::new(3).expect("valid");
        let a = EmployeeId::new(shard);
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = EmployeeId::new(shard);
        assert!(a < b);
        let many: std::collections::HashSet<_> =
            (0..10_000).map(|_| EmployeeId::new(shard)).collect();
        assert_eq!(many.len(), 10_000);
    }

    #[test]
    fn foreign_uuids_route_nowhere() {
        assert_eq!(EmployeeId(Uuid::new_v4()).shard(), None);
        assert_eq!(EmployeeId(Uuid::nil()).shard(), None);
    }

    #[test]
    fn ids_are_plain_uuid_strings_on_the_wire() {
        let id = JobId::new(ShardId::new(7).expect("valid"));
        let json = serde_json::to_string(&id).expect("serializes");
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(id.to_string().parse::<JobId>().ok(), Some(id));
    }
}

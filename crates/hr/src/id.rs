use std::fmt;
use std::str::FromStr;

use cadre_topology::ShardId;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// An employee id: a UUIDv7 whose 12 `rand_a` bits hold the logical shard number.
///
/// Routing an id is therefore arithmetic, not a lookup: the gateway reads the shard from the
/// id and sends the request there, never scattering a single-employee request. The id stays a
/// valid, time-ordered RFC 9562 UUIDv7, so ids sort by creation time on every shard.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, sqlx::Type,
)]
#[serde(transparent)]
#[sqlx(transparent)]
pub struct EmployeeId(pub Uuid);

impl EmployeeId {
    /// A new id on `shard`, at the current time.
    pub fn new(shard: ShardId) -> Self {
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
        Self(Uuid::from_bytes(bytes))
    }

    /// The shard this id lives on, if it is one of our ids at all.
    pub fn shard(&self) -> Option<ShardId> {
        let b = self.0.as_bytes();
        if b[6] >> 4 != 7 {
            return None;
        }
        let n = (u16::from(b[6] & 0x0F) << 8) | u16::from(b[7]);
        ShardId::new(n).ok()
    }
}

impl FromStr for EmployeeId {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<Self, uuid::Error> {
        Uuid::try_parse(s).map(Self)
    }
}

impl fmt::Display for EmployeeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_carries_its_shard_and_stays_a_v7_uuid() {
        for n in [1u16, 2, 255, 256, 4095] {
            let shard = ShardId::new(n).expect("valid");
            let id = EmployeeId::new(shard);
            assert_eq!(id.shard(), Some(shard));
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
}

//! Optimistic concurrency: every record carries a version (its ETag), bumped by each change;
//! a change states the version it was based on and is refused if the record moved on.

/// The record changed since the caller read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("version {expected} is stale; the current version is {current}")]
pub struct VersionMismatch {
    /// What the caller based its change on.
    pub expected: i64,
    /// What is stored.
    pub current: i64,
}

/// Checks the version a change was based on; `None` means the caller accepts any version.
pub fn check(expected: Option<i64>, current: i64) -> Result<(), VersionMismatch> {
    match expected {
        Some(expected) if expected != current => Err(VersionMismatch { expected, current }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_named_other_version_is_refused() {
        assert_eq!(check(None, 4), Ok(()));
        assert_eq!(check(Some(4), 4), Ok(()));
        assert_eq!(
            check(Some(3), 4),
            Err(VersionMismatch {
                expected: 3,
                current: 4
            })
        );
    }
}

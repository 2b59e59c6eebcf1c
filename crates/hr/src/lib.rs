//! The HR domains on the shards, one folder per domain (`employees/` now). Each domain has
//! its records and request types (`model`), field rules (`validate`), SQL over a
//! tenant-scoped transaction (`repo`), and a service: the rules of creating, changing and
//! erasing records, which HTTP handlers, imports and jobs all call. Shared: keyset paging
//! with the cross-shard merge, versions for optimistic concurrency, field errors.
//!
//! Architecture invariant: nothing here knows HTTP (no axum, no status codes); errors are
//! enums the callers map.

pub mod employees;
mod fields;
pub mod paging;
pub mod version;

pub use cadre_ids::EmployeeId;
pub use employees::{
    Defaults, Employee, EmployeeFilter, EmployeePatch, EmployeeStatus, NewEmployee, Validated,
    is_language_tag,
};
pub use fields::FieldError;

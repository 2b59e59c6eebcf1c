//! Employee records: ids that carry their shard, validation of what clients send, and the
//! repository that reads and writes them inside a tenant-scoped shard transaction.

mod id;
mod model;
mod repo;
mod validate;

pub use id::EmployeeId;
pub use model::{Employee, EmployeePatch, EmployeeStatus, NewEmployee};
pub use repo::{EmployeeFilter, Page, RepoError};
pub use validate::{Defaults, FieldError, Validated, is_language_tag};

pub mod employees {
    //! Repository functions over a tenant-scoped transaction.
    pub use crate::repo::{delete, fetch, insert, list, update};
}

//! Jurisdiction compliance packs: labor-law facts for every country, loaded from
//! `jurisdictions/` (embedded at build time), validated, and evaluated as of a date.
//!
//! - [`Library::load`] / [`Library::embedded`]: parse and validate every pack and holiday file;
//!   errors name file, line, field and reason.
//! - Evaluations, each citing the fact version it applied: annual leave
//!   ([`Library::annual_leave`]), overtime ([`Library::overtime`]), working-time violations
//!   ([`Library::working_time`]), contract terms ([`Library::check_contract`]), minimum wage
//!   ([`Library::check_minimum_wage`]), tenant policies ([`Library::check_policy`]), business days
//!   ([`Calendar`]), and data residency ([`Library::check_residency`]).

pub mod calendar;
pub mod contract;
pub mod error;
pub mod eval;
pub mod hours;
mod iso4217;
pub mod leave;
pub mod library;
pub mod load;
pub mod model;
pub mod national_id;
pub mod residency;
pub mod snapshot;
mod validate;

pub use calendar::{Calendar, Deadline};
pub use error::{LoadError, PackError};
pub use eval::{Citation, EvalError};
pub use library::{HOLIDAY_YEARS, Library};
pub use load::Sources;
pub use residency::{Residency, ResidencyViolation};
pub use validate::KNOWN_ZONES;

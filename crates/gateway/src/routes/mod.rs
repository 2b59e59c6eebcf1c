//! HTTP routes.

pub(crate) mod admin;
pub(crate) mod employees;
pub(crate) mod health;
pub(crate) mod jobs;
pub(crate) mod jurisdictions;
pub(crate) mod ops;
pub(crate) mod query;
pub(crate) mod reports;
pub(crate) mod time;

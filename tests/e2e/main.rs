//! The end-to-end suites that leave the shared clusters as they found them, as modules of one
//! test binary: one link, and one boot of the test clusters (the testkit starts them once per
//! process) for all of them. Suites that kill, stop or promote a shared cluster (`chaos`,
//! `late_standby`, `resumed_failover`, `switchover`) stay test binaries of their own.

mod abuse;
mod bad_input;
mod dev_restart;
mod employees;
mod i18n;
mod infra;
mod isolation;
mod jobs;
mod jurisdictions;
mod openapi;
mod operations;
mod reports;
mod sovereignty;

//! The `cadre` command's building blocks, kept in a library so end-to-end tests drive exactly
//! what the command runs.

pub mod dev;
pub mod lang;
pub mod packs;
pub mod seed;
pub mod serve;

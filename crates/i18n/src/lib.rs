//! Cadre in many languages: Fluent messages under `locales/<tag>/`, language negotiation,
//! CLDR formatting of numbers, dates, money and lists (ICU4X), and local-time rules.
//!
//! English (`locales/en`) is the reference; adding a language is adding a folder with the same
//! messages. [`lint::check`] (run by the tests and by `cadre locales lint`) refuses a syntax
//! error, a missing or extra message, a message whose variables differ from English, and plural
//! variants that are not the language's CLDR categories.

mod catalog;
mod format;
pub mod lint;
mod locale;
mod message;

pub use catalog::{Catalog, Preferences, SourceFile, embedded_sources, sources_from_dir};
pub use locale::{Direction, Locale};
pub use message::{Arg, Message};

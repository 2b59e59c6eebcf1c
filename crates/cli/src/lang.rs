//! The language of the command's messages: `CADRE_LANG`, then the POSIX locale variables
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. `de_DE.UTF-8` reads as `de-DE`; `C` and
//! `POSIX` mean English.

use cadre_i18n::{Catalog, Locale, Message};

/// The language to print in.
pub fn locale() -> Locale {
    let catalog = Catalog::global();
    ["CADRE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map(|v| v.split(['.', '@']).next().unwrap_or_default().to_owned())
        .filter(|v| v != "C" && v != "POSIX")
        .and_then(|v| catalog.lookup(&v))
        .unwrap_or(Locale::EN)
}

/// A message in the command's language.
pub fn say(m: &Message) -> String {
    Catalog::global().format(locale(), m)
}

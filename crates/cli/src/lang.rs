//! The language of the command's messages: `CADRE_LANG`, then the POSIX locale variables
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. `de_DE.UTF-8` reads as `de-DE`; `C` and
//! `POSIX` mean English.

use std::path::Path;

use cadre_i18n::{Catalog, Locale, Message, lint, msg};

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

/// `cadre locales lint`: checks a `locales/` folder (or the built-in one); `Err` lists every
/// problem as `file:line: message`.
pub fn lint_locales(dir: Option<&Path>) -> anyhow::Result<String> {
    let files = match dir {
        Some(d) => {
            cadre_i18n::sources_from_dir(d).map_err(|e| anyhow::anyhow!("{}: {e}", d.display()))?
        }
        None => cadre_i18n::embedded_sources(),
    };
    let report = lint::check(&files);
    if report.problems.is_empty() {
        Ok(say(&msg!(
            "cli-locales-lint-ok",
            locales = report.languages,
            messages = report.messages
        )))
    } else {
        let mut lines: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        lines.push(say(&msg!(
            "cli-locales-lint-failed",
            count = report.problems.len()
        )));
        anyhow::bail!("{}", lines.join("\n"))
    }
}

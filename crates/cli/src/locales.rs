//! `cadre locales lint`: checks every language of a `locales/` folder (or of the translations
//! built into the binary) against English.

use std::path::{Path, PathBuf};

use cadre_i18n::msg;

use crate::lang::say;

/// Runs the lint on `dir`, else on `./locales` if present, else on the built-in translations,
/// and prints its summary.
pub fn run_lint(dir: Option<PathBuf>) -> anyhow::Result<()> {
    let default = PathBuf::from("locales");
    let dir = dir.or_else(|| default.join("en").is_dir().then_some(default));
    println!("{}", lint(dir.as_deref())?);
    Ok(())
}

/// `cadre locales lint`: checks a `locales/` folder (or the built-in one); `Err` lists every
/// problem as `file:line: message`.
pub fn lint(dir: Option<&Path>) -> anyhow::Result<String> {
    let files = match dir {
        Some(d) => {
            cadre_i18n::sources_from_dir(d).map_err(|e| anyhow::anyhow!("{}: {e}", d.display()))?
        }
        None => cadre_i18n::embedded_sources(),
    };
    let report = cadre_i18n::lint::check(&files);
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

//! `cadre packs`: lint, show and list holidays of the jurisdiction packs.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use cadre_jurisdictions::{Library, Sources};
use chrono::NaiveDate;
use serde_json::Value;

/// `cadre packs lint`: checks `dir`, else `./jurisdictions` if present, else the built-in packs.
pub fn run_lint(dir: Option<PathBuf>) -> anyhow::Result<()> {
    let dir = dir.or_else(default_dir);
    print(&lint(dir.as_deref())?)
}

/// `cadre packs show`: the facts in force for `code` on `on` (default: today, UTC).
pub fn run_show(
    dir: Option<PathBuf>,
    code: &str,
    on: Option<NaiveDate>,
    json: bool,
) -> anyhow::Result<()> {
    let on = on.unwrap_or_else(|| chrono::Utc::now().date_naive());
    print(&show(dir.as_deref(), code, on, json)?)
}

/// `cadre packs holidays`: the public holidays of `code` in `year`.
pub fn run_holidays(dir: Option<PathBuf>, code: &str, year: i32, json: bool) -> anyhow::Result<()> {
    print(&holidays(dir.as_deref(), code, year, json)?)
}

fn default_dir() -> Option<PathBuf> {
    let default = PathBuf::from("jurisdictions");
    default.join("packs").is_dir().then_some(default)
}

fn print(out: &str) -> anyhow::Result<()> {
    // `cadre packs show DE | head` closes the pipe early; that is not an error.
    use std::io::Write as _;
    match writeln!(std::io::stdout().lock(), "{}", out.trim_end()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Loads the packs from `dir` (a `jurisdictions/` folder) or, without one, those built in.
pub fn load(dir: Option<&Path>) -> anyhow::Result<(Sources, String)> {
    match dir {
        Some(dir) => {
            let sources = Sources::from_dir(dir)
                .with_context(|| format!("reading packs from {}", dir.display()))?;
            Ok((sources, dir.display().to_string()))
        }
        None => Ok((
            Sources::embedded(),
            "the packs built into this binary".into(),
        )),
    }
}

/// Checks every file; `Err` carries one line per problem (file:line: field: reason).
pub fn lint(dir: Option<&Path>) -> anyhow::Result<String> {
    let (sources, origin) = load(dir)?;
    match Library::load(&sources) {
        Ok(_) => Ok(format!(
            "{origin}: {}",
            crate::lang::say(&cadre_i18n::msg!(
                "cli-packs-lint-ok",
                packs = sources.packs.len(),
                calendars = sources.holidays.len()
            ))
        )),
        Err(e) => {
            let mut lines: Vec<String> = e.errors.iter().map(ToString::to_string).collect();
            lines.push(crate::lang::say(&cadre_i18n::msg!(
                "cli-packs-lint-failed",
                count = e.errors.len()
            )));
            Err(anyhow!("{}", lines.join("\n")))
        }
    }
}

fn library(dir: Option<&Path>) -> anyhow::Result<Library> {
    let (sources, origin) = load(dir)?;
    Library::load(&sources).map_err(|e| anyhow!("{e}(in {origin}; run `cadre packs lint`)"))
}

fn unknown(code: &str) -> anyhow::Error {
    anyhow!(
        "no pack for {code:?}: codes are ISO 3166-1 alpha-2 (DE) or ISO 3166-2 subdivisions with a pack (US-CA)"
    )
}

/// The facts in force on `on`, as JSON or as text with each fact's source.
pub fn show(dir: Option<&Path>, code: &str, on: NaiveDate, json: bool) -> anyhow::Result<String> {
    let lib = library(dir)?;
    let code = code.to_ascii_uppercase();
    let snapshot = lib.snapshot(&code, on).ok_or_else(|| unknown(&code))?;
    let value = serde_json::to_value(&snapshot)?;
    if json {
        return Ok(serde_json::to_string_pretty(&value)?);
    }
    let mut out = String::new();
    writeln!(
        out,
        "{} — {} ({}), facts in force on {on}",
        snapshot.code, snapshot.name, snapshot.official_name
    )?;
    let Value::Object(map) = value else {
        bail!("snapshot is not an object")
    };
    for (kind, fact) in &map {
        let Value::Object(fact) = fact else {
            continue;
        };
        let from = fact.get("from").and_then(Value::as_str).unwrap_or_default();
        let inherited = if from == snapshot.code {
            String::new()
        } else {
            format!(", from {from}")
        };
        let verified = if fact.get("verified") == Some(&Value::Bool(true)) {
            "verified"
        } else {
            "UNVERIFIED"
        };
        let since = fact
            .get("effective_from")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let until = fact
            .get("effective_to")
            .and_then(Value::as_str)
            .map(|t| format!(" until {t}"))
            .unwrap_or_default();
        writeln!(
            out,
            "\n{kind} (since {since}{until}{inherited}; {verified})"
        )?;
        for (key, v) in fact {
            if matches!(
                key.as_str(),
                "from"
                    | "effective_from"
                    | "effective_to"
                    | "verified"
                    | "source"
                    | "source_url"
                    | "note"
            ) {
                continue;
            }
            writeln!(out, "  {key}: {}", compact(v))?;
        }
        for key in ["source", "source_url", "note"] {
            if let Some(v) = fact.get(key).and_then(Value::as_str) {
                writeln!(out, "  {key}: {v}")?;
            }
        }
    }
    let missing: Vec<&str> = map
        .iter()
        .filter(|(_, v)| v.is_null())
        .map(|(k, _)| k.as_str())
        .collect();
    if !missing.is_empty() {
        writeln!(
            out,
            "\nnot stated in this pack on {on}: {}",
            missing.join(", ")
        )?;
    }
    Ok(out)
}

fn compact(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The public holidays of one year.
pub fn holidays(dir: Option<&Path>, code: &str, year: i32, json: bool) -> anyhow::Result<String> {
    let lib = library(dir)?;
    let code = code.to_ascii_uppercase();
    lib.pack(&code).ok_or_else(|| unknown(&code))?;
    if !cadre_jurisdictions::HOLIDAY_YEARS.contains(&year) {
        let years = cadre_jurisdictions::HOLIDAY_YEARS;
        bail!(
            "no holiday data for {year}: the packs cover {}-{}",
            years.start(),
            years.end()
        );
    }
    let h = lib.holidays(&code).ok_or_else(|| unknown(&code))?;
    let list = h.year(year);
    if json {
        return Ok(serde_json::to_string_pretty(list)?);
    }
    let mut out = format!(
        "{code} public holidays in {year} ({} days; {}):\n",
        list.len(),
        h.generator
    );
    for day in list {
        writeln!(
            out,
            "  {} {}  {}",
            day.date,
            day.date.format("%a"),
            day.name
        )?;
    }
    Ok(out)
}

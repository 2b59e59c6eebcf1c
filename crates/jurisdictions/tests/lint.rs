//! The packs in the repository load with no problem (CI fails on any invalid pack), and a
//! broken pack is reported with its file, line, field and reason.

use std::borrow::Cow;

use cadre_jurisdictions::{Library, PackError, Sources};

#[test]
fn every_pack_in_the_repository_is_valid() {
    if let Err(e) = Library::load(&Sources::embedded()) {
        panic!("{e}");
    }
}

#[test]
fn the_repository_covers_every_country_and_the_labor_list() {
    let lib = Library::embedded().expect("packs load");
    assert_eq!(
        lib.packs().filter(|p| p.facts.parent.is_none()).count(),
        249
    );
    let labor: Vec<&str> = lib
        .packs()
        .filter(|p| !p.facts.annual_leave.is_empty() || !p.facts.overtime.is_empty())
        .map(|p| p.facts.code.as_str())
        .collect();
    assert!(labor.len() >= 60, "{} labor packs", labor.len());
    for code in ["US-CA", "US-NY", "CA-ON", "CA-QC", "AU-NSW", "CN-SH"] {
        assert!(lib.pack(code).is_some(), "{code}");
    }
}

/// Loads the repository's packs with `DE.toml` edited by `edit`, returning the problems.
fn errors_after(edit: impl Fn(&str) -> String) -> Vec<PackError> {
    let mut sources = Sources::embedded();
    let de = sources
        .packs
        .iter_mut()
        .find(|f| f.stem == "DE")
        .expect("DE");
    de.text = Cow::Owned(edit(&de.text));
    Library::load(&sources)
        .expect_err("the edit must be rejected")
        .errors
}

fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).expect("needle");
    text[..at].matches('\n').count() + 1
}

#[test]
fn unknown_key_names_line_and_field() {
    let errs = errors_after(|t| t.replacen("max_months = 6", "max_monthz = 6", 1));
    let de = Sources::embedded()
        .packs
        .into_iter()
        .find(|f| f.stem == "DE")
        .expect("DE");
    let e = &errs[0];
    assert_eq!(e.file, "jurisdictions/packs/DE.toml");
    assert_eq!(e.line, Some(line_of(&de.text, "max_months = 6")));
    assert!(e.field.starts_with("probation[0]"), "{e}");
    assert!(e.reason.contains("max_monthz"), "{e}");
}

#[test]
fn wrong_type_names_the_field() {
    let errs = errors_after(|t| t.replacen("days = 20", "days = \"twenty\"", 1));
    assert_eq!(errs[0].field, "annual_leave[0].days", "{}", errs[0]);
    assert!(errs[0].line.is_some());
}

#[test]
fn semantic_errors_are_all_reported_with_lines() {
    let errs = errors_after(|t| {
        t.replacen("\"Europe/Busingen\"", "\"Europe/Atlantis\"", 1)
            .replacen(
                "currency = \"EUR\"\nperiod = \"hour\"",
                "currency = \"EUX\"\nperiod = \"hour\"",
                1,
            )
            .replacen(
                "effective_from = \"2026-01-01\"\neffective_to = \"2027-01-01\"",
                "effective_from = \"2026-01-01\"\neffective_to = \"2027-06-01\"",
                1,
            )
    });
    let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
    let find = |field: &str| {
        errs.iter()
            .find(|e| e.field == field)
            .unwrap_or_else(|| panic!("no error on {field}: {text:#?}"))
    };
    assert!(
        find("time_zones[0].value[1]")
            .reason
            .contains("Europe/Atlantis")
    );
    assert!(find("minimum_wage[0].currency").reason.contains("EUX"));
    assert!(
        find("minimum_wage[2].effective_from")
            .reason
            .contains("overlaps")
    );
    assert!(errs.iter().all(|e| e.line.is_some()), "{text:#?}");
    assert_eq!(errs.len(), 3, "{text:#?}");
}

#[test]
fn syntax_error_names_the_line() {
    let errs = errors_after(|t| t.replacen("[[weekend]]", "[[weekend]", 1));
    let de = Sources::embedded()
        .packs
        .into_iter()
        .find(|f| f.stem == "DE")
        .expect("DE");
    assert_eq!(
        errs[0].line,
        Some(line_of(&de.text, "[[weekend]]")),
        "{}",
        errs[0]
    );
}

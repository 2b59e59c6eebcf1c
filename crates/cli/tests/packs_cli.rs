//! `cadre packs` as a user runs it: exit codes and what it prints.

use std::{path::Path, process::Command};

fn cadre(args: &[&str]) -> (i32, String, String) {
    cadre_in("en", args)
}

fn cadre_in(lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cadre"))
        .args(args)
        .env("CADRE_LANG", lang)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .expect("run cadre");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn lint_passes_on_the_repository_and_fails_on_a_broken_pack() {
    let (code, out, _) = cadre(&["packs", "lint"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("packs and 255 holiday calendars are valid"),
        "{out}"
    );

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../jurisdictions");
    let dir = tempfile::tempdir().expect("tempdir");
    for sub in ["packs", "holidays"] {
        std::fs::create_dir(dir.path().join(sub)).expect("mkdir");
        for entry in std::fs::read_dir(root.join(sub)).expect("read") {
            let path = entry.expect("entry").path();
            std::fs::copy(
                &path,
                dir.path().join(sub).join(path.file_name().expect("name")),
            )
            .expect("copy");
        }
    }
    let fr = dir.path().join("packs/FR.toml");
    let text = std::fs::read_to_string(&fr).expect("read");
    std::fs::write(&fr, text.replacen("value = \"EUR\"", "value = \"FRF\"", 1)).expect("write");
    let (code, _, err) = cadre(&[
        "packs",
        "lint",
        "--dir",
        dir.path().to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("FR.toml:") && err.contains("currency[0].value") && err.contains("FRF"),
        "{err}"
    );
}

#[test]
fn show_prints_the_facts_in_force_with_sources() {
    let (code, out, err) = cadre(&["packs", "show", "de", "--on", "2026-07-01", "--json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["minimum_wage"]["amount"], "13.90");
    assert_eq!(v["annual_leave"]["days"], 20.0);
    assert!(
        v["annual_leave"]["source"]
            .as_str()
            .expect("source")
            .contains("BUrlG")
    );

    let (code, out, _) = cadre(&["packs", "show", "US-CA", "--on", "2026-07-01"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("minimum_wage") && out.contains("16.90") && out.contains("from US"),
        "{out}"
    );

    let (code, _, err) = cadre(&["packs", "show", "ZZ"]);
    assert_eq!(code, 1);
    assert!(err.contains("no pack for \"ZZ\""), "{err}");
}

#[test]
fn holidays_lists_one_year() {
    let (code, out, err) = cadre(&["packs", "holidays", "JP", "2027"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("2027-05-03") && out.contains("Constitution Day"),
        "{out}"
    );
    assert!(!out.contains("2026-"), "{out}");
    let (code, _, err) = cadre(&["packs", "holidays", "JP", "2050"]);
    assert_eq!(code, 1);
    assert!(err.contains("2020-2035"), "{err}");
}

#[test]
fn locales_lint_passes_and_names_file_and_line_of_a_broken_translation() {
    let (code, out, err) = cadre(&["locales", "lint"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("12 languages"), "{out}");

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let dir = tempfile::tempdir().expect("tempdir");
    for tag in ["en", "de"] {
        let to = dir.path().join(tag);
        std::fs::create_dir(&to).expect("mkdir");
        for f in std::fs::read_dir(root.join(tag)).expect("read") {
            let f = f.expect("entry").path();
            std::fs::copy(&f, to.join(f.file_name().expect("name"))).expect("copy");
        }
    }
    // A renamed variable in German: the check names the file, the line and both sets.
    let file = dir.path().join("de/problems.ftl");
    let text = std::fs::read_to_string(&file).expect("read");
    let line = text
        .lines()
        .position(|l| l.starts_with("problem-too-large ="))
        .expect("message")
        + 1;
    std::fs::write(&file, text.replace("{ $limit }", "{ $limt }")).expect("write");
    let dir_arg = dir.path().to_string_lossy().into_owned();
    let (code, _, err) = cadre(&["locales", "lint", "--dir", &dir_arg]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("locales/de/problems.ftl:{line}: problem-too-large: uses variables limt but English uses limit")),
        "{err}"
    );
    assert!(err.contains("One problem in the translations."), "{err}");
    // The same report in German when the user's language is German.
    let (_, _, err) = cadre_in("de_DE.UTF-8", &["locales", "lint", "--dir", &dir_arg]);
    assert!(
        err.contains("Fehler:") || err.contains("Übersetzungen"),
        "{err}"
    );
}

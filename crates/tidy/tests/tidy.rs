//! The workspace keeps its structural rules (see `cadre_tidy::RULES`), and the checker finds
//! exactly what breaks them in a copy with planted violations.

use std::path::{Path, PathBuf};

use cadre_tidy::{Violation, check};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_workspace_is_tidy() {
    let violations = check(&workspace_root());
    let report: Vec<String> = violations.iter().map(ToString::to_string).collect();
    assert!(
        violations.is_empty(),
        "{} structural violation(s):\n{}",
        violations.len(),
        report.join("\n")
    );
}

/// Copies every manifest the checker reads (no sources) under `to`.
fn copy_manifests(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut manifests = vec![PathBuf::from("tests/Cargo.toml")];
    for e in std::fs::read_dir(from.join("crates"))? {
        let name = e?.file_name();
        manifests.push(Path::new("crates").join(name).join("Cargo.toml"));
    }
    for m in manifests {
        if from.join(&m).is_file() {
            std::fs::create_dir_all(to.join(&m).parent().expect("a parent"))?;
            std::fs::copy(from.join(&m), to.join(&m))?;
        }
    }
    Ok(())
}

/// Adds `dep = { workspace = true }` to the `section` of a manifest.
fn plant(manifest: &Path, section: &str, dep: &str) {
    let text = std::fs::read_to_string(manifest).expect("manifest");
    let mut table: toml::Table = text.parse().expect("valid manifest");
    let deps = table
        .entry(section)
        .or_insert_with(|| toml::Value::Table(toml::Table::new()))
        .as_table_mut()
        .expect("a table");
    let mut spec = toml::Table::new();
    spec.insert("workspace".into(), toml::Value::Boolean(true));
    deps.insert(dep.into(), toml::Value::Table(spec));
    std::fs::write(manifest, toml::to_string(&table).expect("serializable")).expect("write");
}

#[test]
fn planted_violations_are_reported_and_nothing_else() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    copy_manifests(&workspace_root(), root).expect("copy");
    // A clean copy has nothing to report (no sources, the manifests as they are).
    assert_eq!(check(root), Vec::new());

    // The planted edge: hr serving HTTP itself.
    let hr = root.join("crates/hr/Cargo.toml");
    std::fs::create_dir_all(hr.parent().expect("a parent")).expect("mkdir");
    if !hr.is_file() {
        std::fs::write(&hr, "[package]\nname = \"cadre-hr\"\n").expect("write");
    }
    plant(&hr, "dependencies", "axum");
    // Allowed: a test target may drive anything.
    plant(
        &root.join("crates/directory/Cargo.toml"),
        "dev-dependencies",
        "axum",
    );
    // A source file without a header, and one with.
    let src = root.join("crates/hr/src");
    std::fs::create_dir_all(&src).expect("mkdir");
    std::fs::write(src.join("planted.rs"), "\n// A plain comment.\nfn f() {}\n").expect("write");
    std::fs::write(src.join("fine.rs"), "\n//! Says what it is.\nfn f() {}\n").expect("write");
    // Build output is not ours to check.
    std::fs::create_dir_all(root.join("crates/hr/target")).expect("mkdir");
    std::fs::write(root.join("crates/hr/target/out.rs"), "fn f() {}\n").expect("write");

    let found = check(root);
    let dependency = |rule: &str| Violation::Dependency {
        manifest: PathBuf::from("crates/hr/Cargo.toml"),
        krate: "cadre-hr".into(),
        dependency: "axum".into(),
        rule: cadre_tidy::RULES
            .iter()
            .find(|r| r.name.starts_with(rule))
            .expect("a rule")
            .name,
    };
    let mut expected = vec![
        dependency("only the gateway serves HTTP"),
        dependency("domain and data crates"),
        Violation::MissingHeader {
            file: PathBuf::from("crates/hr/src/planted.rs"),
        },
    ];
    expected.sort();
    assert_eq!(found, expected);
    let message = found[0].to_string();
    assert!(
        message.contains("cadre-hr") && message.contains("axum"),
        "{message}"
    );
}

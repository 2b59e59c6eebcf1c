//! The tidy checks: the architecture's structural rules, read from the workspace's files with
//! no build and no database. `check(root)` returns every violation; `tests/tidy.rs` fails on
//! any. Two kinds:
//!
//! - **Dependency edges** in `crates/*/Cargo.toml` and `tests/Cargo.toml` (see [`RULES`]).
//!   Only `[dependencies]` and `[build-dependencies]` (also per target) count: tests,
//!   benches and examples may link whatever they drive. A rule naming a crate that does not
//!   exist (yet) checks nothing.
//! - **Module headers**: every `.rs` file under `crates/` and `tests/` (outside `target/`)
//!   opens with a `//!` comment saying what it is.

use std::fmt;
use std::path::{Path, PathBuf};

/// One structural rule about dependency edges.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// What the rule says, as the violation message quotes it.
    pub name: &'static str,
    /// The crates it applies to; empty means every crate except those in `except`.
    pub crates: &'static [&'static str],
    /// Crates exempt from it (used with an empty `crates`).
    pub except: &'static [&'static str],
    /// The dependencies they must not have.
    pub forbidden: &'static [&'static str],
}

/// The I/O dependencies that pure crates never have.
const IO: &[&str] = &[
    "sqlx",
    "tokio",
    "reqwest",
    "hyper",
    "axum",
    "aws-sdk-s3",
    "s3s",
];

/// The dependency rules of the architecture.
pub const RULES: &[Rule] = &[
    Rule {
        name: "only the gateway serves HTTP: no other crate depends on axum",
        crates: &[],
        except: &["cadre-gateway"],
        forbidden: &["axum"],
    },
    Rule {
        name: "domain and data crates know nothing of HTTP or the gateway",
        crates: &["cadre-hr", "cadre-directory", "cadre-jobs", "cadre-shards"],
        except: &[],
        forbidden: &["axum", "tower", "hyper", "cadre-gateway"],
    },
    Rule {
        name: "the jobs runner does not depend on the gateway",
        crates: &["cadre-ops"],
        except: &[],
        forbidden: &["cadre-gateway"],
    },
    Rule {
        name: "the gateway does not depend on the jobs runner",
        crates: &["cadre-gateway"],
        except: &[],
        forbidden: &["cadre-ops"],
    },
    Rule {
        name: "pure crates do no I/O",
        crates: &[
            "cadre-topology",
            "cadre-localtime",
            "cadre-jurisdictions",
            "cadre-i18n",
        ],
        except: &[],
        forbidden: IO,
    },
];

/// Something that breaks a structural rule.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Violation {
    /// A crate depends on something a rule forbids.
    Dependency {
        /// The manifest, relative to the root.
        manifest: PathBuf,
        /// The crate (package name).
        krate: String,
        /// The forbidden dependency (package name).
        dependency: String,
        /// The rule it breaks.
        rule: &'static str,
    },
    /// A source file does not open with a `//!` module header.
    MissingHeader {
        /// The file, relative to the root.
        file: PathBuf,
    },
    /// A manifest or source file could not be read or parsed.
    Unreadable {
        /// The file, relative to the root.
        file: PathBuf,
        /// Why.
        error: String,
    },
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::Dependency {
                manifest,
                krate,
                dependency,
                rule,
            } => write!(
                f,
                "{}: {krate} depends on {dependency}, but {rule}",
                manifest.display()
            ),
            Violation::MissingHeader { file } => write!(
                f,
                "{}: the first non-blank line is not a `//!` module header saying what the file is",
                file.display()
            ),
            Violation::Unreadable { file, error } => {
                write!(f, "{}: cannot check: {error}", file.display())
            }
        }
    }
}

/// Every violation under the workspace `root`, sorted.
pub fn check(root: &Path) -> Vec<Violation> {
    let mut out = check_dependencies(root);
    out.extend(check_headers(root));
    out.sort();
    out
}

/// The manifests the dependency rules read: `crates/*/Cargo.toml` and `tests/Cargo.toml`.
fn manifests(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root.join("crates")) {
        for e in entries.flatten() {
            let m = e.path().join("Cargo.toml");
            if m.is_file() {
                found.push(m);
            }
        }
    }
    let tests = root.join("tests/Cargo.toml");
    if tests.is_file() {
        found.push(tests);
    }
    found.sort();
    found
}

/// Violations of [`RULES`].
pub fn check_dependencies(root: &Path) -> Vec<Violation> {
    let mut out = Vec::new();
    for manifest in manifests(root) {
        let rel = relative(root, &manifest);
        let parsed = std::fs::read_to_string(&manifest)
            .map_err(|e| e.to_string())
            .and_then(|text| text.parse::<toml::Table>().map_err(|e| e.to_string()));
        let table = match parsed {
            Ok(t) => t,
            Err(error) => {
                out.push(Violation::Unreadable { file: rel, error });
                continue;
            }
        };
        let Some(krate) = table
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(toml::Value::as_str)
        else {
            continue;
        };
        let deps = runtime_dependencies(&table);
        for rule in RULES {
            let applies = if rule.crates.is_empty() {
                !rule.except.contains(&krate)
            } else {
                rule.crates.contains(&krate)
            };
            if !applies {
                continue;
            }
            for dep in &deps {
                if rule.forbidden.contains(&dep.as_str()) {
                    out.push(Violation::Dependency {
                        manifest: rel.clone(),
                        krate: krate.to_owned(),
                        dependency: dep.clone(),
                        rule: rule.name,
                    });
                }
            }
        }
    }
    out
}

/// The package names in `[dependencies]` and `[build-dependencies]`, also under
/// `[target.'cfg(..)']`; a renamed dependency counts by its `package`.
fn runtime_dependencies(manifest: &toml::Table) -> Vec<String> {
    const SECTIONS: &[&str] = &["dependencies", "build-dependencies"];
    let mut tables: Vec<&toml::Table> = SECTIONS
        .iter()
        .filter_map(|s| manifest.get(*s).and_then(toml::Value::as_table))
        .collect();
    if let Some(targets) = manifest.get("target").and_then(toml::Value::as_table) {
        for target in targets.values().filter_map(toml::Value::as_table) {
            tables.extend(
                SECTIONS
                    .iter()
                    .filter_map(|s| target.get(*s).and_then(toml::Value::as_table)),
            );
        }
    }
    let mut names: Vec<String> = tables
        .into_iter()
        .flat_map(|t| t.iter())
        .map(|(key, spec)| {
            spec.get("package")
                .and_then(toml::Value::as_str)
                .unwrap_or(key)
                .to_owned()
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// `.rs` files under `crates/` and `tests/` whose first non-blank line is not a `//!` header.
pub fn check_headers(root: &Path) -> Vec<Violation> {
    let mut files = Vec::new();
    for dir in ["crates", "tests"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut out = Vec::new();
    for file in files {
        let rel = relative(root, &file);
        match std::fs::read_to_string(&file) {
            Ok(text) => {
                let first = text.lines().map(str::trim).find(|l| !l.is_empty());
                if !first.is_some_and(|l| l.starts_with("//!")) {
                    out.push(Violation::MissingHeader { file: rel });
                }
            }
            Err(e) => out.push(Violation::Unreadable {
                file: rel,
                error: e.to_string(),
            }),
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name();
        if path.is_dir() {
            // Build output and hidden folders hold no source of ours.
            if name != "target" && !name.to_string_lossy().starts_with('.') {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

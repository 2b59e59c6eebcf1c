//! Every message the code builds exists in English with exactly the arguments it is given, so
//! no language can be asked for a message or a variable it does not have.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `msg!("id", a = x, b = f(y, z))` → ("id", {a, b}): names before a top-level `=`.
fn msg_calls(src: &str) -> Vec<(String, BTreeSet<String>, usize)> {
    let mut out = Vec::new();
    let mut rest = src;
    let mut offset = 0;
    while let Some(i) = rest.find("msg!(") {
        let body = &rest[i + 5..];
        let line = src[..offset + i].matches('\n').count() + 1;
        let (mut depth, mut end) = (1, body.len());
        for (j, c) in body.char_indices() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let inner = &body[..end];
        let mut parts = Vec::new();
        let (mut depth, mut start) = (0, 0);
        for (j, c) in inner.char_indices() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(&inner[start..j]);
                    start = j + 1;
                }
                _ => {}
            }
        }
        parts.push(&inner[start..]);
        let id = parts[0].trim();
        if let Some(id) = id.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
            let args = parts[1..]
                .iter()
                .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim().to_owned()))
                .filter(|n| !n.is_empty())
                .collect();
            out.push((id.to_owned(), args, line));
        }
        offset += i + 5;
        rest = &rest[i + 5..];
    }
    out
}

#[test]
fn every_msg_in_the_code_matches_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    rust_files(&root.join("crates"), &mut files);
    rust_files(&root.join("tests"), &mut files);
    let english = english_variables();
    let mut problems = Vec::new();
    let mut seen = 0;
    // This crate's own tests build throw-away catalogs; everything else uses the real one.
    files.retain(|f| !f.starts_with(root.join("crates/i18n/tests")));
    for file in files {
        let src = std::fs::read_to_string(&file).expect("read source");
        for (id, args, line) in msg_calls(&src) {
            seen += 1;
            let place = format!(
                "{}:{line}",
                file.strip_prefix(&root).unwrap_or(&file).display()
            );
            match english.get(&id) {
                None => problems.push(format!("{place}: {id} is not in locales/en")),
                Some(vars) if *vars != args => problems.push(format!(
                    "{place}: {id} is given {args:?} but English uses {vars:?}"
                )),
                Some(_) => {}
            }
        }
    }
    assert!(seen > 50, "found only {seen} msg! calls");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Variables of each English message, read from its source (`{ $name`). The lint compares the
/// same sets across languages.
fn english_variables() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for f in cadre_i18n::embedded_sources()
        .iter()
        .filter(|f| f.tag == "en")
    {
        for line in f.text.lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            if id.is_empty() || id.starts_with(['#', ' ', '-']) {
                continue;
            }
            let text = block(&f.text, id);
            let vars = text
                .split("{ $")
                .skip(1)
                .filter_map(|s| s.split([' ', '}']).next())
                .map(str::to_owned)
                .collect();
            out.insert(id.to_owned(), vars);
        }
    }
    out
}

/// The source of message `id`: its first line and the indented lines after it.
fn block(text: &str, id: &str) -> String {
    let mut lines = text
        .lines()
        .skip_while(|l| !l.starts_with(&format!("{id} =")));
    let mut out = lines.next().unwrap_or_default().to_owned();
    for l in lines.take_while(|l| l.starts_with(' ')) {
        out.push_str(l);
    }
    out
}

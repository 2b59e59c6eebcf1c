//! Embeds every `locales/<tag>/*.ftl` file, so the binary needs no locales directory at run time.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for dir in fs::read_dir(&root).unwrap_or_else(|e| panic!("read {}: {e}", root.display())) {
        let dir = dir.expect("locales entry").path();
        if !dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        for file in fs::read_dir(&dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())) {
            let path = file.expect("locale file").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                files.push(path.canonicalize().expect("canonical path"));
            }
        }
    }
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let tag = path.parent().and_then(Path::file_name).expect("tag folder");
        let name = path.file_name().expect("file name");
        let _ = writeln!(
            out,
            "    ({:?}, {:?}, include_str!({:?})),",
            tag.to_string_lossy(),
            name.to_string_lossy(),
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("embedded.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("write {}: {e}", dest.display()));
}

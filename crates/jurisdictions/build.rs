//! Embeds every pack and holiday file so the binary needs no data directory at run time.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../jurisdictions");
    let mut out = String::new();
    for dir in ["packs", "holidays"] {
        let folder = root.join(dir);
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut names: Vec<String> = fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("read {}: {e}", folder.display()))
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".toml"))
            .collect();
        names.sort();
        writeln!(out, "pub static {}: &[(&str, &str)] = &[", dir.to_uppercase()).unwrap();
        for name in names {
            let path = folder.join(&name).canonicalize().unwrap();
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(out, "    ({name:?}, include_str!({:?})),", path.display().to_string()).unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs");
    fs::write(dest, out).unwrap();
}

//! Finding the PostgreSQL server binaries: `$CADRE_PG_BIN`, the newest Debian
//! `/usr/lib/postgresql/*/bin`, or the folder of `postgres` on `PATH`.

use std::path::{Path, PathBuf};

use crate::Error;

/// The folder holding `initdb`, `pg_ctl` and `postgres`.
#[derive(Debug, Clone)]
pub struct PgBinaries {
    dir: PathBuf,
}

impl PgBinaries {
    /// Finds the server binaries: `$CADRE_PG_BIN`, then the newest `/usr/lib/postgresql/*/bin`
    /// (Debian), then the folder of `postgres` on `PATH`.
    pub fn locate() -> Result<Self, Error> {
        let mut candidates = Vec::new();
        if let Some(dir) = std::env::var_os("CADRE_PG_BIN") {
            candidates.push(PathBuf::from(dir));
        }
        if let Ok(entries) = std::fs::read_dir("/usr/lib/postgresql") {
            let mut versions: Vec<(u32, PathBuf)> = entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let v = e.file_name().to_str()?.parse::<u32>().ok()?;
                    Some((v, e.path().join("bin")))
                })
                .collect();
            versions.sort();
            candidates.extend(versions.into_iter().rev().map(|(_, p)| p));
        }
        if let Some(path) = std::env::var_os("PATH") {
            candidates.extend(std::env::split_paths(&path));
        }
        Self::first_of(candidates)
    }

    /// The first of `candidates` that holds the server binaries.
    pub fn first_of(candidates: Vec<PathBuf>) -> Result<Self, Error> {
        let mut searched = Vec::new();
        for dir in candidates {
            if is_server_dir(&dir) {
                return Ok(Self { dir });
            }
            searched.push(dir.display().to_string());
        }
        Err(Error::MissingBinaries {
            searched: format!(
                "looked in CADRE_PG_BIN, /usr/lib/postgresql/*/bin and PATH: {}",
                searched.join(", ")
            ),
        })
    }

    /// Path of one tool in the folder.
    pub fn tool(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The folder itself.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

fn is_server_dir(dir: &Path) -> bool {
    ["initdb", "pg_ctl", "postgres"]
        .iter()
        .all(|t| dir.join(t).is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_binaries_say_what_to_install() {
        let empty = tempfile::tempdir().expect("tempdir");
        let err = PgBinaries::first_of(vec![empty.path().to_owned()]).expect_err("nothing there");
        let msg = err.to_string();
        assert!(
            msg.contains("apt-get install postgresql") && msg.contains("CADRE_PG_BIN"),
            "{msg}"
        );
        assert!(
            msg.contains(&empty.path().display().to_string()),
            "names where it looked: {msg}"
        );
    }
}

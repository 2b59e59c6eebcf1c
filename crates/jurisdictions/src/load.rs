//! Reading pack and holiday files: embedded in the binary, or from a directory being edited.

use std::{borrow::Cow, fs, io, path::Path};

use serde::de::DeserializeOwned;

use crate::error::{FieldPath, PackError, Seg, line_of, locate};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// One file's text and the path used in error messages.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    /// The file name without `.toml`: the code the file must declare.
    pub stem: String,
    pub text: Cow<'static, str>,
}

/// The pack and holiday files to load.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub packs: Vec<SourceFile>,
    pub holidays: Vec<SourceFile>,
}

impl Sources {
    /// The files compiled into this binary from `jurisdictions/`.
    pub fn embedded() -> Self {
        let files = |dir: &str, list: &[(&'static str, &'static str)]| {
            list.iter()
                .map(|(name, text)| SourceFile {
                    path: format!("jurisdictions/{dir}/{name}"),
                    stem: name.trim_end_matches(".toml").to_owned(),
                    text: Cow::Borrowed(*text),
                })
                .collect()
        };
        Sources {
            packs: files("packs", embedded::PACKS),
            holidays: files("holidays", embedded::HOLIDAYS),
        }
    }

    /// The files under `root/packs` and `root/holidays` (a `jurisdictions/` checkout).
    pub fn from_dir(root: &Path) -> io::Result<Self> {
        let read = |dir: &str| -> io::Result<Vec<SourceFile>> {
            let folder = root.join(dir);
            let mut out = Vec::new();
            for entry in fs::read_dir(&folder)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", folder.display())))?
            {
                let path = entry?.path();
                let Some(stem) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                let Some(stem) = stem.strip_suffix(".toml") else {
                    continue;
                };
                out.push(SourceFile {
                    stem: stem.to_owned(),
                    text: Cow::Owned(fs::read_to_string(&path)?),
                    path: path.display().to_string(),
                });
            }
            out.sort_by(|a, b| a.stem.cmp(&b.stem));
            Ok(out)
        };
        Ok(Sources {
            packs: read("packs")?,
            holidays: read("holidays")?,
        })
    }
}

/// Deserializes one file; a failure names the line (from the parser's span) and the field path.
pub fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<T, PackError> {
    let fail = |line: Option<usize>, field: String, reason: String| PackError {
        file: file.path.clone(),
        line,
        field,
        reason,
    };
    let de = toml::Deserializer::parse(&file.text).map_err(|e| {
        let line = e.span().map(|s| line_of(&file.text, s.start));
        fail(line, String::new(), e.message().trim().to_owned())
    })?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        let field = e.path().to_string();
        let inner = e.into_inner();
        let line = inner.span().map(|s| line_of(&file.text, s.start));
        let field = if field == "." { String::new() } else { field };
        fail(line, field, inner.message().trim().to_owned())
    })
}

/// Collects semantic problems of one file by field path; lines are looked up only if any.
#[derive(Debug)]
pub struct Problems<'a> {
    file: &'a SourceFile,
    found: Vec<(FieldPath, String)>,
}

impl<'a> Problems<'a> {
    pub fn new(file: &'a SourceFile) -> Self {
        Problems {
            file,
            found: Vec::new(),
        }
    }

    pub fn add(&mut self, path: FieldPath, reason: impl Into<String>) {
        self.found.push((path, reason.into()));
    }

    pub fn into_errors(self, out: &mut Vec<PackError>) {
        for (path, reason) in self.found {
            // An index past the end (a missing fact) is located at its parent key.
            let mut probe = path.clone();
            let mut line = locate(&self.file.text, &probe);
            while line.is_none() && !probe.0.is_empty() {
                probe.0.pop();
                line = locate(&self.file.text, &probe);
            }
            out.push(PackError {
                file: self.file.path.clone(),
                line,
                field: path.to_string(),
                reason,
            });
        }
    }
}

/// The path of the `index`-th version of fact `kind`, plus an optional field.
pub fn at(kind: &str, index: usize, field: Option<&str>) -> FieldPath {
    let mut path = FieldPath(vec![Seg::Key(kind.to_owned()), Seg::Index(index)]);
    if let Some(field) = field {
        path = path.key(field);
    }
    path
}

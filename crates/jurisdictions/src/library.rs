//! The loaded, validated set of packs and the fact lookups every evaluation starts from.

use std::collections::BTreeMap;

use cadre_topology::ISO_3166_ALPHA2;
use chrono::{Datelike, NaiveDate};

use crate::{
    error::{FieldPath, LoadError, PackError},
    load::{Problems, SourceFile, Sources, parse},
    model::*,
    validate,
};

/// Years covered by the generated holiday files; business-day arithmetic outside them is an
/// error rather than a calendar silently missing its holidays.
pub const HOLIDAY_YEARS: std::ops::RangeInclusive<i32> = 2020..=2035;

/// One jurisdiction: its pack and, if it has a holiday file, its holidays.
#[derive(Debug, Clone)]
pub struct Pack {
    pub facts: PackFile,
    pub holidays: Option<Holidays>,
}

/// A holiday file, sorted by date, for lookups by binary search.
#[derive(Debug, Clone)]
pub struct Holidays {
    pub generator: String,
    pub list: Vec<Holiday>,
}

impl Holidays {
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.list.binary_search_by_key(&date, |h| h.date).is_ok()
    }

    /// The holidays of one year, in date order.
    pub fn year(&self, year: i32) -> &[Holiday] {
        let start = self.list.partition_point(|h| h.date.year() < year);
        let end = self.list.partition_point(|h| h.date.year() <= year);
        &self.list[start..end]
    }
}

/// A fact version found for a jurisdiction, and the pack it came from (a subdivision falls
/// back to its parent country for facts it does not state).
#[derive(Debug, Clone, Copy)]
pub struct Found<'a, T> {
    pub fact: &'a T,
    pub from: &'a str,
}

/// All packs, validated. Cheap to share: build once at start, then read-only.
#[derive(Debug, Clone)]
pub struct Library {
    packs: BTreeMap<String, Pack>,
}

impl Library {
    /// The packs compiled into this binary.
    pub fn embedded() -> Result<Self, LoadError> {
        Self::load(&Sources::embedded())
    }

    /// Parses and validates every file, reporting all problems rather than the first.
    pub fn load(sources: &Sources) -> Result<Self, LoadError> {
        let mut errors = Vec::new();
        let (packs, holidays) = parse_all(sources);
        let mut by_code: BTreeMap<String, Pack> = BTreeMap::new();
        for (file, parsed) in sources.packs.iter().zip(packs) {
            match parsed {
                Ok(facts) => {
                    let mut problems = Problems::new(file);
                    validate::pack(&facts, &file.stem, &mut problems);
                    problems.into_errors(&mut errors);
                    by_code.insert(
                        file.stem.clone(),
                        Pack {
                            facts,
                            holidays: None,
                        },
                    );
                }
                Err(e) => errors.push(e),
            }
        }
        for (file, parsed) in sources.holidays.iter().zip(holidays) {
            let parsed = match parsed {
                Ok(h) => h,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            let mut problems = Problems::new(file);
            check_holidays(&parsed, file, &mut problems);
            problems.into_errors(&mut errors);
            match by_code.get_mut(&file.stem) {
                Some(pack) => {
                    pack.holidays = Some(Holidays {
                        generator: parsed.generator,
                        list: parsed.holiday,
                    })
                }
                None => errors.push(whole_file(
                    file,
                    "a holiday file without a pack of the same code",
                )),
            }
        }
        cross_check(&by_code, sources, &mut errors);
        if errors.is_empty() {
            Ok(Library { packs: by_code })
        } else {
            Err(LoadError { errors })
        }
    }

    pub fn pack(&self, code: &str) -> Option<&Pack> {
        self.packs.get(code)
    }

    pub fn packs(&self) -> impl Iterator<Item = &Pack> {
        self.packs.values()
    }

    /// The chain of packs to consult for `code`: itself, then its parent country.
    fn chain<'a>(&'a self, code: &str) -> impl Iterator<Item = &'a Pack> + 'a {
        let first = self.packs.get(code);
        let parent = first
            .and_then(|p| p.facts.parent.as_deref())
            .and_then(|parent| self.packs.get(parent));
        first.into_iter().chain(parent)
    }

    /// The version of a fact in force on `on`, from the jurisdiction or, for a subdivision
    /// that does not state it, from its country.
    pub fn fact<'a, T: Versioned>(
        &'a self,
        code: &str,
        on: NaiveDate,
        select: impl Fn(&'a PackFile) -> &'a [T],
    ) -> Option<Found<'a, T>> {
        self.chain(code).find_map(|pack| {
            in_force(select(&pack.facts), on).map(|fact| Found {
                fact,
                from: pack.facts.code.as_str(),
            })
        })
    }

    /// Like [`Library::fact`], for evaluations: an unknown code or a fact the pack does not
    /// state is an error naming what is missing.
    pub fn require<'a, T: Versioned>(
        &'a self,
        code: &str,
        on: NaiveDate,
        select: impl Fn(&'a PackFile) -> &'a [T],
    ) -> Result<Found<'a, T>, crate::eval::EvalError> {
        use crate::eval::EvalError;
        self.pack(code)
            .ok_or_else(|| EvalError::UnknownJurisdiction(code.to_owned()))?;
        self.fact(code, on, select)
            .ok_or_else(|| EvalError::NoFact {
                code: code.to_owned(),
                kind: T::KIND,
                on,
            })
    }

    /// Holidays in force in `code` (a subdivision's own file includes the national ones).
    pub fn holidays(&self, code: &str) -> Option<&Holidays> {
        self.chain(code).find_map(|p| p.holidays.as_ref())
    }
}

/// Parses all files, on every core: the holiday files are most of the bytes.
#[allow(clippy::type_complexity)]
fn parse_all(
    sources: &Sources,
) -> (
    Vec<Result<PackFile, PackError>>,
    Vec<Result<HolidayFile, PackError>>,
) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    std::thread::scope(|scope| {
        let packs = scope.spawn(|| sources.packs.iter().map(parse).collect::<Vec<_>>());
        let chunk = sources.holidays.len().div_ceil(threads).max(1);
        let handles: Vec<_> = sources
            .holidays
            .chunks(chunk)
            .map(|files| scope.spawn(move || files.iter().map(parse).collect::<Vec<_>>()))
            .collect();
        let holidays = handles
            .into_iter()
            .flat_map(|h| h.join().expect("holiday parser thread panicked"))
            .collect();
        (packs.join().expect("pack parser thread panicked"), holidays)
    })
}

fn whole_file(file: &SourceFile, reason: &str) -> PackError {
    PackError {
        file: file.path.clone(),
        line: None,
        field: String::new(),
        reason: reason.to_owned(),
    }
}

fn check_holidays(file: &HolidayFile, source: &SourceFile, problems: &mut Problems<'_>) {
    let top = |k: &str| FieldPath::default().key(k);
    if file.code != source.stem {
        problems.add(
            top("code"),
            format!(
                "code {:?} does not match the file name {}.toml",
                file.code, source.stem
            ),
        );
    }
    if file.generator.trim().is_empty() {
        problems.add(top("generator"), "names the generator and its version");
    }
    for (i, h) in file.holiday.iter().enumerate() {
        let path = top("holiday").index(i);
        if !HOLIDAY_YEARS.contains(&h.date.year()) {
            problems.add(
                path.clone().key("date"),
                format!(
                    "{} is outside the covered years {}-{}",
                    h.date,
                    HOLIDAY_YEARS.start(),
                    HOLIDAY_YEARS.end()
                ),
            );
        }
        if h.name.trim().is_empty() {
            problems.add(path.clone().key("name"), "must not be empty");
        }
        if i > 0 && file.holiday[i - 1].date > h.date {
            problems.add(path.key("date"), "holidays must be sorted by date");
        }
    }
}

fn cross_check(packs: &BTreeMap<String, Pack>, sources: &Sources, errors: &mut Vec<PackError>) {
    let file_of = |code: &str| {
        sources
            .packs
            .iter()
            .find(|f| f.stem == code)
            .map(|f| f.path.clone())
            .unwrap_or_else(|| format!("jurisdictions/packs/{code}.toml"))
    };
    for code in ISO_3166_ALPHA2 {
        if !packs.contains_key(code) {
            errors.push(PackError {
                file: file_of(code),
                line: None,
                field: String::new(),
                reason: format!("missing: every ISO 3166-1 code has a pack, {code} has none"),
            });
        }
    }
    for (code, pack) in packs {
        if let Some(parent) = &pack.facts.parent {
            let parent_is_country = packs
                .get(parent)
                .is_some_and(|p| p.facts.kind == PackKind::Country);
            if !parent_is_country {
                errors.push(PackError {
                    file: file_of(code),
                    line: None,
                    field: "parent".into(),
                    reason: format!("parent {parent:?} is not a country pack"),
                });
            }
        }
        if pack.facts.kind == PackKind::Country && pack.holidays.is_none() {
            errors.push(PackError {
                file: format!("jurisdictions/holidays/{code}.toml"),
                line: None,
                field: String::new(),
                reason: format!("missing: the country pack {code} has no holiday file (run tools/gen_holidays.py)"),
            });
        }
    }
}

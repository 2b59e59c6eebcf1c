//! The catalog: one Fluent bundle per language, built once at start and shared by every
//! request, with per-message fallback to English.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::format::{self, Localized};
use crate::lint::{self, Problem};
use crate::locale::{self, Direction, Locale, Subtags};
use crate::message::{Arg, Message};

/// One `.ftl` file: its language folder, file name and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Language tag (the folder name), e.g. `pt-BR`.
    pub tag: String,
    /// File name, e.g. `problems.ftl`.
    pub name: String,
    /// The Fluent source.
    pub text: String,
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The files compiled into the binary from `locales/`.
pub fn embedded_sources() -> Vec<SourceFile> {
    embedded::FILES
        .iter()
        .map(|(tag, name, text)| SourceFile {
            tag: (*tag).to_owned(),
            name: (*name).to_owned(),
            text: (*text).to_owned(),
        })
        .collect()
}

/// Reads `<dir>/<tag>/*.ftl`.
pub fn sources_from_dir(dir: &std::path::Path) -> std::io::Result<Vec<SourceFile>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(tag) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if !path.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&path)? {
            let file = file?.path();
            if file.extension().is_some_and(|e| e == "ftl") {
                out.push(SourceFile {
                    tag: tag.clone(),
                    name: file
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    text: std::fs::read_to_string(&file)?,
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.tag, &a.name).cmp(&(&b.tag, &b.name)));
    Ok(out)
}

struct Language {
    tag: String,
    direction: Direction,
    bundle: FluentBundle<FluentResource>,
}

/// Every supported language, ready to format messages.
pub struct Catalog {
    /// English first.
    languages: Vec<Language>,
    /// Message count of the reference.
    messages: usize,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("languages", &self.tags().collect::<Vec<_>>())
            .field("messages", &self.messages)
            .finish()
    }
}

/// What the caller prefers, most important first.
#[derive(Debug, Clone, Copy, Default)]
pub struct Preferences<'a> {
    /// The user's explicit choice.
    pub user: Option<&'a str>,
    /// The request's `Accept-Language` header.
    pub accept_language: Option<&'a str>,
    /// The tenant's default language.
    pub tenant: Option<&'a str>,
}

impl Catalog {
    /// Builds the catalog, refusing files that fail [`lint::check`]: a syntax error, a missing
    /// or extra message, or a message whose variables differ from English.
    pub fn load(files: &[SourceFile]) -> Result<Catalog, Vec<Problem>> {
        let report = lint::check(files);
        if !report.problems.is_empty() {
            return Err(report.problems);
        }
        let mut by_tag: BTreeMap<&str, Vec<&SourceFile>> = BTreeMap::new();
        for f in files {
            by_tag.entry(&f.tag).or_default().push(f);
        }
        let mut languages = Vec::with_capacity(by_tag.len());
        let reference = by_tag.remove(lint::REFERENCE).unwrap_or_default();
        for (tag, files) in std::iter::once((lint::REFERENCE, reference)).chain(by_tag) {
            languages.push(Language::build(tag, &files)?);
        }
        Ok(Catalog {
            languages,
            messages: report.messages,
        })
    }

    /// The catalog compiled into the binary.
    pub fn embedded() -> Result<Catalog, Vec<Problem>> {
        Catalog::load(&embedded_sources())
    }

    /// The process-wide catalog, built on first use from the embedded files.
    ///
    /// # Panics
    /// If the embedded translations are broken, which `cargo test` (the locales lint) rules
    /// out before a build ships.
    pub fn global() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| match Catalog::embedded() {
            Ok(c) => c,
            Err(problems) => {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                panic!("embedded translations are invalid:\n{}", list.join("\n"))
            }
        })
    }

    /// Supported tags, English first.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.tag.as_str())
    }

    /// Supported languages, English first.
    pub fn locales(&self) -> impl Iterator<Item = Locale> + use<> {
        (0..self.languages.len()).map(|i| Locale(i as u8))
    }

    /// Number of messages every language has.
    pub fn message_count(&self) -> usize {
        self.messages
    }

    /// The tag of a language, e.g. `zh-TW`.
    pub fn tag(&self, l: Locale) -> &str {
        &self.lang(l).tag
    }

    /// Its writing direction.
    pub fn direction(&self, l: Locale) -> Direction {
        self.lang(l).direction
    }

    fn lang(&self, l: Locale) -> &Language {
        self.languages
            .get(usize::from(l.0))
            .unwrap_or(&self.languages[0])
    }

    /// The supported language that best serves one tag, if any does.
    pub fn lookup(&self, tag: &str) -> Option<Locale> {
        let wanted = Subtags::parse(tag)?;
        let mut best = (0, Locale::EN);
        for (i, l) in self.languages.iter().enumerate() {
            let Some(have) = Subtags::parse(&l.tag) else {
                continue;
            };
            let score = wanted.score(&have);
            if score > best.0 {
                best = (score, Locale(i as u8));
            }
        }
        (best.0 > 0).then_some(best.1)
    }

    /// The language to answer in.
    pub fn negotiate(&self, p: &Preferences<'_>) -> Locale {
        if let Some(l) = p.user.and_then(|t| self.lookup(t)) {
            return l;
        }
        if let Some(header) = p.accept_language {
            let mut best: Option<(u16, Locale)> = None;
            for (tag, q) in locale::accept_language(header) {
                if best.is_some_and(|(bq, _)| bq >= q) {
                    continue;
                }
                if let Some(l) = self.lookup(tag) {
                    best = Some((q, l));
                }
            }
            if let Some((_, l)) = best {
                return l;
            }
        }
        p.tenant.and_then(|t| self.lookup(t)).unwrap_or(Locale::EN)
    }

    /// Formats a message in `l`, falling back to English for a message `l` lacks.
    pub fn format(&self, l: Locale, m: &Message) -> String {
        self.format_id(l, m.id, &m.args)
    }

    /// Formats message `id` with `args` in `l`, falling back to English; an id no language has
    /// comes back as itself (the lint rules that out for ids written in code).
    pub fn format_id(&self, l: Locale, id: &str, args: &[(&'static str, Arg)]) -> String {
        let args = fluent_args(args);
        for lang in [self.lang(l), &self.languages[0]] {
            if let Some(pattern) = lang.bundle.get_message(id).and_then(|msg| msg.value()) {
                let mut errors = Vec::new();
                let text = lang
                    .bundle
                    .format_pattern(pattern, Some(&args), &mut errors);
                debug_assert!(errors.is_empty(), "{id}: {errors:?}");
                return text.into_owned();
            }
        }
        debug_assert!(false, "no message {id}");
        id.to_owned()
    }
}

impl Language {
    fn build(tag: &str, files: &[&SourceFile]) -> Result<Language, Vec<Problem>> {
        let langid: LanguageIdentifier = tag.parse().map_err(|_| {
            vec![Problem::new(
                format!("locales/{tag}"),
                0,
                "the folder name is not a language tag",
            )]
        })?;
        let direction = Subtags::parse(tag).map_or(Direction::Ltr, |s| s.direction());
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks keep placeables in their own direction inside right-to-left text;
        // left-to-right text gets none, so API clients see plain strings.
        bundle.set_use_isolating(direction == Direction::Rtl);
        bundle.set_formatter(Some(format::number));
        for f in files {
            let resource = FluentResource::try_new(f.text.clone())
                .map_err(|_| vec![Problem::new(lint::path(f), 0, "the file does not parse")])?;
            bundle.add_resource(resource).map_err(|errors| {
                vec![Problem::new(
                    lint::path(f),
                    0,
                    format!("messages defined twice: {errors:?}"),
                )]
            })?;
        }
        Ok(Language {
            tag: tag.to_owned(),
            direction,
            bundle,
        })
    }
}

fn fluent_args<'a>(args: &'a [(&'static str, Arg)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let v: FluentValue<'_> = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Decimal(d) => format::decimal_value(*d),
            Arg::Date(d) => FluentValue::Custom(Box::new(Localized::Date(*d))),
            Arg::Instant(at, tz) => FluentValue::Custom(Box::new(Localized::Instant(*at, *tz))),
            Arg::Money(a, c) => FluentValue::Custom(Box::new(Localized::Money(*a, c.clone()))),
            Arg::OrList(items) => FluentValue::Custom(Box::new(Localized::OrList(items.clone()))),
        };
        out.set(*name, v);
    }
    out
}

//! Checks every language against English: syntax, the message set, the variables of each
//! message, and plural variants per CLDR. Each problem names file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use icu_plurals::{PluralCategory, PluralRules};

use crate::catalog::SourceFile;

/// The reference language: every other must have exactly its messages and variables.
pub const REFERENCE: &str = "en";

/// One problem in a translation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `locales/<tag>/<file>.ftl`.
    pub file: String,
    /// 1-based line; 0 when the problem is about the whole file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    pub(crate) fn new(file: String, line: usize, message: impl Into<String>) -> Self {
        Problem {
            file,
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// What [`check`] found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Every problem, in file order.
    pub problems: Vec<Problem>,
    /// Languages checked, the reference included.
    pub languages: usize,
    /// Messages of the reference.
    pub messages: usize,
}

pub(crate) fn path(f: &SourceFile) -> String {
    format!("locales/{}/{}", f.tag, f.name)
}

/// A message's shape: where it is, the variables it uses, and its selectors' variant keys.
#[derive(Debug, Default)]
struct Shape {
    file: String,
    line: usize,
    variables: BTreeSet<String>,
    /// Selector variable → (identifier keys, default key).
    selects: Vec<(String, BTreeSet<String>, String)>,
}

const PLURAL_WORDS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Checks all files; English must be among them.
pub fn check(files: &[SourceFile]) -> Report {
    let mut problems = Vec::new();
    let mut shapes: BTreeMap<&str, BTreeMap<String, Shape>> = BTreeMap::new();
    for f in files {
        let messages = shapes.entry(f.tag.as_str()).or_default();
        parse(f, messages, &mut problems);
    }
    let Some(reference) = shapes.remove(REFERENCE) else {
        problems.push(Problem::new(
            format!("locales/{REFERENCE}"),
            0,
            "the reference language is missing",
        ));
        return Report {
            problems,
            ..Report::default()
        };
    };
    let languages = shapes.len() + 1;
    for (tag, messages) in &shapes {
        compare(tag, &reference, messages, &mut problems);
    }
    Report {
        problems,
        languages,
        messages: reference.len(),
    }
}

fn parse(f: &SourceFile, out: &mut BTreeMap<String, Shape>, problems: &mut Vec<Problem>) {
    let file = path(f);
    let resource = match fluent_syntax::parser::parse(f.text.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(Problem::new(
                    file.clone(),
                    line_at(&f.text, e.pos.start),
                    format!("syntax error: {:?}", e.kind),
                ));
            }
            r
        }
    };
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        let id = m.id.name.to_owned();
        let line = line_of(&f.text, &id);
        if let Some(first) = out.get(&id) {
            problems.push(Problem::new(
                file.clone(),
                line,
                format!(
                    "{id}: defined twice (also at {}:{})",
                    first.file, first.line
                ),
            ));
            continue;
        }
        let mut shape = Shape {
            file: file.clone(),
            line,
            ..Shape::default()
        };
        if let Some(v) = &m.value {
            walk(v, &mut shape);
        } else {
            problems.push(Problem::new(
                file.clone(),
                line,
                format!("{id}: has no value"),
            ));
        }
        for a in &m.attributes {
            walk(&a.value, &mut shape);
        }
        out.insert(id, shape);
    }
}

fn walk(p: &Pattern<&str>, shape: &mut Shape) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, shape);
        }
    }
}

fn expr(e: &Expression<&str>, shape: &mut Shape) {
    match e {
        Expression::Inline(i) => inline(i, shape),
        Expression::Select { selector, variants } => {
            inline(selector, shape);
            if let InlineExpression::VariableReference { id } = selector {
                let mut keys = BTreeSet::new();
                let mut default = String::new();
                for v in variants {
                    let key = match &v.key {
                        VariantKey::Identifier { name } => {
                            keys.insert((*name).to_owned());
                            (*name).to_owned()
                        }
                        VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    };
                    if v.default {
                        default = key;
                    }
                }
                shape.selects.push((id.name.to_owned(), keys, default));
            }
            for v in variants {
                walk(&v.value, shape);
            }
        }
    }
}

fn inline(i: &InlineExpression<&str>, shape: &mut Shape) {
    match i {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, shape);
            }
            for a in &arguments.named {
                inline(&a.value, shape);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline(a, shape);
            }
        }
        InlineExpression::Placeable { expression } => expr(expression, shape),
        _ => {}
    }
}

fn compare(
    tag: &str,
    reference: &BTreeMap<String, Shape>,
    messages: &BTreeMap<String, Shape>,
    problems: &mut Vec<Problem>,
) {
    let categories = plural_categories(tag);
    for (id, en) in reference {
        let Some(m) = messages.get(id) else {
            let file = en.file.replacen(
                &format!("locales/{REFERENCE}/"),
                &format!("locales/{tag}/"),
                1,
            );
            problems.push(Problem::new(
                file,
                0,
                format!("{id}: missing (English has it at {}:{})", en.file, en.line),
            ));
            continue;
        };
        if m.variables != en.variables {
            problems.push(Problem::new(
                m.file.clone(),
                m.line,
                format!(
                    "{id}: uses variables {} but English uses {}",
                    list(&m.variables),
                    list(&en.variables)
                ),
            ));
        }
        for (var, keys, default) in &m.selects {
            let Some((_, en_keys, en_default)) = en.selects.iter().find(|(v, ..)| v == var) else {
                continue;
            };
            let plural = en_keys.iter().all(|k| PLURAL_WORDS.contains(&k.as_str()));
            if plural {
                let Some(categories) = &categories else {
                    continue;
                };
                let stray: Vec<&String> = keys.difference(categories).collect();
                let absent: Vec<&String> = categories.difference(keys).collect();
                if !stray.is_empty() || !absent.is_empty() {
                    problems.push(Problem::new(
                        m.file.clone(),
                        m.line,
                        format!(
                            "{id}: plural variants of ${var} must be exactly the CLDR categories of {tag} ({}); found {}",
                            list(categories),
                            list(keys)
                        ),
                    ));
                }
            } else if keys != en_keys || default != en_default {
                problems.push(Problem::new(
                    m.file.clone(),
                    m.line,
                    format!(
                        "{id}: variants of ${var} must be English's ({}, default {en_default})",
                        list(en_keys)
                    ),
                ));
            }
        }
    }
    for (id, m) in messages {
        if !reference.contains_key(id) {
            problems.push(Problem::new(
                m.file.clone(),
                m.line,
                format!("{id}: not in English; remove it or add it to English first"),
            ));
        }
    }
}

/// The CLDR cardinal categories a language uses (ICU4X's current CLDR data).
///
/// Fluent selects variants with its own, older copy of the rules, which lacks the "many" that
/// CLDR 42 added for French, Spanish and Portuguese (1 000 000 de …); such variants are
/// written now and picked once Fluent catches up, with "other" meanwhile.
pub fn plural_categories(tag: &str) -> Option<BTreeSet<String>> {
    let locale: icu_locale_core::Locale = tag.parse().ok()?;
    let rules = PluralRules::try_new_cardinal((&locale).into()).ok()?;
    Some(
        rules
            .categories()
            .map(|c| {
                match c {
                    PluralCategory::Zero => "zero",
                    PluralCategory::One => "one",
                    PluralCategory::Two => "two",
                    PluralCategory::Few => "few",
                    PluralCategory::Many => "many",
                    PluralCategory::Other => "other",
                }
                .to_owned()
            })
            .collect(),
    )
}

fn list(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "none".to_owned()
    } else {
        set.iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn line_at(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// The line where message `id` starts (`id =` at the start of a line).
fn line_of(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

//! Language tags, matching and negotiation.
//!
//! Order of preference: the user's explicit choice, then `Accept-Language` (by quality, then
//! header order), then the tenant's default, then English. A requested tag matches a supported
//! one when language and script agree: exact tag first, then same region or no region, then
//! another region (`pt-PT` → `pt-BR`, `es-419` → `es`, `de-AT` → `de`). The script of Chinese
//! is implied by the region when not given (`zh-HK`, `zh-MO`, `zh-TW` → Hant; `zh`, `zh-SG`,
//! `zh-CN` → Hans), so Traditional and Simplified Chinese never stand in for each other.

/// A supported language: an index into the catalog's list (0 is English, the reference).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(pub(crate) u8);

impl Locale {
    /// English, the reference language and the end of every fallback chain.
    pub const EN: Locale = Locale(0);
}

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// Languages written right to left (CLDR character order).
const RTL: &[&str] = &["ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];

/// The parts of a tag that matching looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Subtags<'a> {
    pub lang: &'a str,
    pub script: &'a str,
    pub region: &'a str,
}

impl<'a> Subtags<'a> {
    /// Parses `lang[-Script][-REGION]…`, accepting `_` as separator; other subtags are ignored.
    pub fn parse(tag: &'a str) -> Option<Self> {
        let mut parts = tag.split(['-', '_']);
        let lang = parts.next()?;
        if !(2..=3).contains(&lang.len()) || !lang.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let mut script = "";
        let mut region = "";
        for p in parts {
            if p.len() == 4 && script.is_empty() && region.is_empty() {
                script = p;
            } else if (p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
            {
                region = p;
                break;
            } else {
                break;
            }
        }
        Some(Subtags {
            lang,
            script: implied_script(lang, script, region),
            region,
        })
    }

    pub fn direction(&self) -> Direction {
        if RTL.iter().any(|l| l.eq_ignore_ascii_case(self.lang)) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// How well a supported tag serves this requested one: 0 not at all, 3 exactly.
    pub fn score(&self, supported: &Subtags<'_>) -> u8 {
        if !self.lang.eq_ignore_ascii_case(supported.lang)
            || !self.script.eq_ignore_ascii_case(supported.script)
        {
            0
        } else if self.region.eq_ignore_ascii_case(supported.region) {
            3
        } else if supported.region.is_empty() {
            2
        } else {
            1
        }
    }
}

/// The script a tag implies where scripts matter for matching (Chinese only, among ours).
fn implied_script<'a>(lang: &str, script: &'a str, region: &str) -> &'a str {
    if !script.is_empty() || !lang.eq_ignore_ascii_case("zh") {
        return script;
    }
    if ["TW", "HK", "MO"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(region))
    {
        "Hant"
    } else {
        "Hans"
    }
}

/// Entries of an `Accept-Language` header (RFC 9110 §12.5.4) with quality above zero:
/// `(tag, quality in thousandths)` in header order. Malformed entries are skipped.
pub(crate) fn accept_language(header: &str) -> impl Iterator<Item = (&str, u16)> {
    header.split(',').filter_map(|entry| {
        let mut parts = entry.split(';');
        let tag = parts.next()?.trim();
        if tag.is_empty() || tag == "*" {
            return None;
        }
        let mut q = 1000;
        for p in parts {
            let p = p.trim();
            if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                q = quality(v.trim())?;
            }
        }
        (q > 0).then_some((tag, q))
    })
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
fn quality(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths = 0u16;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualities() {
        assert_eq!(quality("0.8"), Some(800));
        assert_eq!(quality("1"), Some(1000));
        assert_eq!(quality("0.123"), Some(123));
        assert_eq!(quality("1.5"), None);
        assert_eq!(quality("0.1234"), None);
        let entries: Vec<_> =
            accept_language("de-CH, fr;q=0.9, *;q=0.5, en;q=0, x;q=bad").collect();
        assert_eq!(entries, [("de-CH", 1000), ("fr", 900)]);
    }

    #[test]
    fn chinese_scripts_are_implied_by_region() {
        let s = |t| Subtags::parse(t).expect("tag").script;
        assert_eq!(s("zh-HK"), "Hant");
        assert_eq!(s("zh_TW"), "Hant");
        assert_eq!(s("zh"), "Hans");
        assert_eq!(s("zh-SG"), "Hans");
        assert_eq!(s("zh-Hant"), "Hant");
        assert_eq!(s("de-AT"), "");
    }
}

//! CLDR formatting of numbers, dates, instants, money and lists through ICU4X, plugged into
//! Fluent: numbers through the bundle's formatter hook, the rest as custom Fluent values.
//!
//! Formatters are built on first use per bundle and kept in the bundle's memoizer, so a
//! message costs one lookup per placeable. Dates use the Gregorian calendar in every locale:
//! HR and legal dates are Gregorian even where a locale's default calendar is not.

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use fixed_decimal::Decimal as FixedDecimal;
use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentType};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{self, zone::SpecificShort};
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::CurrencyCode;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_list::ListFormatter;
use icu_list::options::ListFormatterOptions;
use intl_memoizer::{Memoizable, concurrent::IntlLangMemoizer};
use rust_decimal::Decimal;
use unic_langid::LanguageIdentifier;
use writeable::Writeable;

/// The ICU locale for a Fluent language id, with the Gregorian calendar.
fn icu_locale(lang: &LanguageIdentifier) -> icu_locale_core::Locale {
    format!("{lang}-u-ca-gregory")
        .parse()
        .or_else(|_| lang.to_string().parse())
        .unwrap_or(icu_locale_core::locale!("und"))
}

/// Why an ICU formatter could not be built (missing CLDR data for the locale).
#[derive(Debug)]
pub struct NoData;

macro_rules! memoized {
    ($name:ident, $inner:ty, |$loc:ident| $build:expr) => {
        struct $name($inner);
        impl Memoizable for $name {
            type Args = ();
            type Error = NoData;
            fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, NoData> {
                let $loc = icu_locale(&lang);
                $build.map($name).map_err(|_| NoData)
            }
        }
    };
}

memoized!(Numbers, DecimalFormatter, |l| DecimalFormatter::try_new(
    (&l).into(),
    Default::default()
));
memoized!(Dates, DateTimeFormatter<fieldsets::YMD>, |l| {
    DateTimeFormatter::try_new((&l).into(), fieldsets::YMD::medium())
});
memoized!(
    Instants,
    DateTimeFormatter<fieldsets::Combo<fieldsets::YMDT, SpecificShort>>,
    |l| DateTimeFormatter::try_new(
        (&l).into(),
        fieldsets::YMD::medium()
            .with_time_hm()
            .with_zone(SpecificShort)
    )
);
memoized!(Currencies, CurrencyFormatter, |l| {
    CurrencyFormatter::try_new((&l).into(), Default::default())
});
memoized!(OrLists, ListFormatter, |l| ListFormatter::try_new_or(
    (&l).into(),
    ListFormatterOptions::default()
));

/// A number as CLDR writes it in the bundle's locale, honouring Fluent's fraction-digit options.
pub(crate) fn number(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let mut d = fixed(n)?;
    intls
        .with_try_get::<Numbers, _, _>((), |f| f.0.format(&d).write_to_string().into_owned())
        .ok()
        .or_else(|| {
            d.trim_end();
            Some(d.to_string())
        })
}

fn fixed(n: &FluentNumber) -> Option<FixedDecimal> {
    if !n.value.is_finite() {
        return None;
    }
    // f64's Display is the shortest round-trip decimal, never in exponent form.
    let mut d: FixedDecimal = n.value.to_string().parse().ok()?;
    if let Some(max) = n.options.maximum_fraction_digits {
        d.round(-i16::try_from(max).unwrap_or(i16::MAX));
    }
    if let Some(min) = n.options.minimum_fraction_digits {
        d.pad_end(-i16::try_from(min).unwrap_or(0));
    }
    Some(d)
}

/// A Fluent number for a decimal, keeping its scale as the minimum number of fraction digits.
pub(crate) fn decimal_value(d: Decimal) -> FluentValue<'static> {
    let mut n = FluentNumber::new(d.try_into().unwrap_or(f64::NAN), Default::default());
    n.options.minimum_fraction_digits = Some(d.scale() as usize);
    FluentValue::Number(n)
}

/// Values Fluent cannot format itself. Each renders with the bundle's locale.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Localized {
    Date(NaiveDate),
    Instant(DateTime<Utc>, Tz),
    Money(Decimal, String),
    OrList(Vec<String>),
}

impl Localized {
    fn render(&self, intls: &IntlLangMemoizer) -> String {
        let out = match self {
            Localized::Date(d) => {
                intls.with_try_get::<Dates, _, _>((), |f| f.0.format(d).write_to_string().into())
            }
            Localized::Instant(at, tz) => intls.with_try_get::<Instants, _, _>((), |f| {
                f.0.format(&at.with_timezone(tz)).write_to_string().into()
            }),
            Localized::Money(amount, code) => intls.with_try_get::<Currencies, _, _>((), |f| {
                let value: Option<FixedDecimal> = amount.to_string().parse().ok();
                let code = tinystr::TinyAsciiStr::<3>::try_from_str(code).ok();
                match (value, code) {
                    (Some(v), Some(c)) => {
                        f.0.format_fixed_decimal(&v, &CurrencyCode(c))
                            .write_to_string()
                            .into()
                    }
                    _ => format!("{amount} {code:?}"),
                }
            }),
            Localized::OrList(items) => intls.with_try_get::<OrLists, _, _>((), |f| {
                f.0.format(items.iter()).write_to_string().into()
            }),
        };
        out.unwrap_or_else(|_| self.plain())
    }

    /// Locale-neutral text, used only if CLDR has no data for the locale.
    fn plain(&self) -> String {
        match self {
            Localized::Date(d) => d.to_string(),
            Localized::Instant(at, tz) => at.with_timezone(tz).to_rfc3339(),
            Localized::Money(a, c) => format!("{a} {c}"),
            Localized::OrList(items) => items.join(", "),
        }
    }
}

impl FluentType for Localized {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        // Catalog bundles are all concurrent; a single-threaded bundle gets neutral text.
        self.plain().into()
    }

    fn as_string_threadsafe(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        self.render(intls).into()
    }
}

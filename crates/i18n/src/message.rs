//! A message to show a person: an id in the Fluent catalog plus typed arguments. Code builds
//! messages; only the catalog turns them into text, in the reader's language, at the edge.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;

/// One argument of a message. Numbers stay numbers so that plural rules can select on them,
/// and dates, instants, amounts and lists are formatted per locale (CLDR) when rendered.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is: a value the client sent, an identifier, a code.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A decimal number, shown with its own scale (`2.50` keeps two decimals).
    Decimal(Decimal),
    /// A calendar date.
    Date(NaiveDate),
    /// An instant, shown in a time zone.
    Instant(DateTime<Utc>, Tz),
    /// An amount of money in an ISO 4217 currency.
    Money(Decimal, String),
    /// Alternatives, joined with the locale's "or".
    OrList(Vec<String>),
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Int(i64::from(v))
            }
        }
    )*};
}
from_int!(i8, i16, i32, i64, u8, u16, u32);

impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Arg {
    fn from(v: f64) -> Self {
        Decimal::try_from(v)
            .map(|d| Arg::Decimal(d.normalize()))
            .unwrap_or_else(|_| Arg::Text(v.to_string()))
    }
}

impl From<Decimal> for Arg {
    fn from(v: Decimal) -> Self {
        Arg::Decimal(v)
    }
}

impl From<NaiveDate> for Arg {
    fn from(v: NaiveDate) -> Self {
        Arg::Date(v)
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}

/// A message id with its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The Fluent message id, e.g. `field-too-long`.
    pub id: &'static str,
    /// Named arguments, in the order given.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub const fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The argument named `name`, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// `msg!("field-too-long", max = 200)` builds a [`Message`].
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

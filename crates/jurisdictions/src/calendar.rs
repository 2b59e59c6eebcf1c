//! Business days and local days: weekends and public holidays of a jurisdiction, in a time zone.
//!
//! Dates are local calendar dates; instants convert through the time zone only at the edges,
//! so a DST change never shifts a day. A local day starts at its first valid local time:
//! midnight, or the end of the DST gap when a zone springs forward at midnight.

use cadre_i18n::msg;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::{
    eval::EvalError,
    library::{HOLIDAY_YEARS, Holidays, Library},
    model::PackFile,
};

/// Which days are off in a jurisdiction: its weekend (as in force on each date) and holidays.
#[derive(Debug, Clone, Copy)]
pub struct Calendar<'a> {
    library: &'a Library,
    code: &'a str,
    holidays: &'a Holidays,
}

/// The answer to "N business days after this instant, in this zone".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    /// The local date of the N-th business day.
    pub date: NaiveDate,
    /// The instant that day ends: the start of the next local day.
    pub ends_at: DateTime<Utc>,
    /// Weekend and holiday dates that were skipped.
    pub skipped: Vec<NaiveDate>,
}

impl<'a> Calendar<'a> {
    pub fn new(library: &'a Library, code: &'a str) -> Result<Self, EvalError> {
        library
            .pack(code)
            .ok_or_else(|| EvalError::UnknownJurisdiction(code.to_owned()))?;
        let holidays = library
            .holidays(code)
            .ok_or_else(|| EvalError::UnknownJurisdiction(code.to_owned()))?;
        Ok(Calendar {
            library,
            code,
            holidays,
        })
    }

    fn covered(&self, date: NaiveDate) -> Result<(), EvalError> {
        if HOLIDAY_YEARS.contains(&date.year()) {
            Ok(())
        } else {
            Err(EvalError::OutOfCoverage {
                code: self.code.to_owned(),
                date,
                first: *HOLIDAY_YEARS.start(),
                last: *HOLIDAY_YEARS.end(),
            })
        }
    }

    /// Whether `date` is a weekend day under the weekend rule in force on that date.
    pub fn is_weekend(&self, date: NaiveDate) -> Result<bool, EvalError> {
        let weekend = self
            .library
            .require(self.code, date, |p: &PackFile| &p.weekend)?;
        Ok(weekend
            .fact
            .value
            .iter()
            .any(|d| d.weekday() == date.weekday()))
    }

    pub fn is_holiday(&self, date: NaiveDate) -> Result<bool, EvalError> {
        self.covered(date)?;
        Ok(self.holidays.is_holiday(date))
    }

    pub fn is_business_day(&self, date: NaiveDate) -> Result<bool, EvalError> {
        Ok(!self.is_holiday(date)? && !self.is_weekend(date)?)
    }

    /// The `n`-th business day after `start` (not counting `start`); `n = 0` gives `start`.
    pub fn add_business_days(&self, start: NaiveDate, n: u32) -> Result<NaiveDate, EvalError> {
        self.add_with_skips(start, n, &mut Vec::new())
    }

    fn add_with_skips(
        &self,
        start: NaiveDate,
        n: u32,
        skipped: &mut Vec<NaiveDate>,
    ) -> Result<NaiveDate, EvalError> {
        self.covered(start)?;
        let mut date = start;
        let mut left = n;
        while left > 0 {
            date = date
                .succ_opt()
                .ok_or_else(|| EvalError::invalid("days", msg!("field-date-out-of-range")))?;
            if self.is_business_day(date)? {
                left -= 1;
            } else {
                skipped.push(date);
            }
        }
        Ok(date)
    }

    /// The deadline `n` business days after instant `from`, counted on local dates in `tz`;
    /// the deadline is the end of that local day.
    pub fn deadline(&self, tz: Tz, from: DateTime<Utc>, n: u32) -> Result<Deadline, EvalError> {
        let start = from.with_timezone(&tz).date_naive();
        let mut skipped = Vec::new();
        let date = self.add_with_skips(start, n, &mut skipped)?;
        let next = date
            .succ_opt()
            .ok_or_else(|| EvalError::invalid("days", msg!("field-date-out-of-range")))?;
        Ok(Deadline {
            date,
            ends_at: day_start(tz, next),
            skipped,
        })
    }
}

/// Local days start where `cadre-localtime` says (DST gaps and folds at midnight included).
pub use cadre_localtime::day_start;

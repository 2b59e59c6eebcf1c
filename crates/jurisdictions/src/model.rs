//! The pack file format (`jurisdictions/SCHEMA.md`) as Rust types.
//!
//! Every fact kind is a list of effective-dated versions. The version fields shared by all
//! kinds (dates and provenance) are written once by the `fact!` macro rather than through
//! `#[serde(flatten)]`, which would disable `deny_unknown_fields`: a misspelt key must be an
//! error, not a silently ignored line.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a fact version comes from and when it holds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Provenance<'a> {
    pub effective_from: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<NaiveDate>,
    pub source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<&'a str>,
    pub verified: bool,
}

impl Provenance<'_> {
    /// Whether this version is the one in force on `on` (ignoring later versions).
    pub fn covers(&self, on: NaiveDate) -> bool {
        self.effective_from <= on && self.effective_to.is_none_or(|to| on < to)
    }
}

/// One effective-dated version of a fact.
pub trait Versioned {
    /// The fact kind's key in a pack file, e.g. `annual_leave`.
    const KIND: &'static str;
    fn provenance(&self) -> Provenance<'_>;
}

macro_rules! fact {
    ($(#[$meta:meta])* $name:ident = $kind:literal {
        $($(#[$field_meta:meta])* $field:ident : $ty:ty),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            pub effective_from: NaiveDate,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub effective_to: Option<NaiveDate>,
            $($(#[$field_meta])* pub $field: $ty,)*
            pub source: String,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub source_url: Option<String>,
            pub verified: bool,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub note: Option<String>,
        }

        impl Versioned for $name {
            const KIND: &'static str = $kind;
            fn provenance(&self) -> Provenance<'_> {
                Provenance {
                    effective_from: self.effective_from,
                    effective_to: self.effective_to,
                    source: &self.source,
                    source_url: self.source_url.as_deref(),
                    verified: self.verified,
                }
            }
        }
    };
}

fact!(
    /// ISO 4217 code of the legal tender.
    Currency = "currency" { value: String }
);
fact!(
    /// IANA time zones in use.
    TimeZones = "time_zones" { value: Vec<String> }
);
fact!(
    /// Official languages (BCP 47).
    Languages = "languages" { value: Vec<String> }
);
fact!(
    /// The days of the weekly rest.
    Weekend = "weekend" { value: Vec<Day> }
);
fact!(
    /// Sovereignty zones allowed to hold the jurisdiction's personal data.
    DataResidency = "data_residency" { zones: Vec<String> }
);
fact!(
    /// Statutory minimum paid annual leave at full time.
    AnnualLeave = "annual_leave" {
        days: f64,
        unit: LeaveUnit,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        days_per_week_basis: Option<u8>,
        accrual: Accrual,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        qualifying_months: Option<f64>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        tenure_steps: Vec<TenureStep>,
    }
);
fact!(
    /// Limits on working time and minimum rest.
    WorkingTime = "working_time" {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_daily_hours: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_weekly_hours: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        averaging_weeks: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_daily_rest_hours: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_weekly_rest_hours: Option<f64>,
    }
);
fact!(
    /// Overtime thresholds and premiums.
    Overtime = "overtime" {
        statutory: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        daily_threshold_hours: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        weekly_threshold_hours: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        premium: Option<f64>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        tiers: Vec<OvertimeTier>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rest_day_premium: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        public_holiday_premium: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_overtime_hours_per_year: Option<f64>,
    }
);
fact!(
    /// Longest allowed probation period.
    Probation = "probation" { max_months: f64 }
);
fact!(
    /// Minimum notice periods by length of service.
    Notice = "notice" {
        by_employer: Vec<NoticeStep>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        by_employee: Vec<NoticeStep>,
    }
);
fact!(
    /// Statutory minimum wage.
    MinimumWage = "minimum_wage" {
        amount: String,
        currency: String,
        period: WagePeriod,
        scope: String,
    }
);
fact!(
    /// Required (or customary, when `verified = false` says so) pay frequency.
    PayrollFrequency = "payroll_frequency" { value: PayFrequency }
);
fact!(
    /// How long employee records must be kept.
    RecordRetention = "record_retention" { years: f64, what: String }
);
fact!(
    /// Format and checksum of the national identifier used in HR records.
    NationalId = "national_id" {
        name: String,
        pattern: String,
        checksum: Checksum,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        weights: Option<Vec<i32>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        modulus: Option<u32>,
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub fn weekday(self) -> chrono::Weekday {
        use chrono::Weekday::*;
        match self {
            Day::Mon => Mon,
            Day::Tue => Tue,
            Day::Wed => Wed,
            Day::Thu => Thu,
            Day::Fri => Fri,
            Day::Sat => Sat,
            Day::Sun => Sun,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LeaveUnit {
    WorkingDays,
    CalendarDays,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Accrual {
    Annual,
    Monthly,
    PerHoursWorked,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenureStep {
    /// Completed years of service; fractions are allowed (0.5 = six months).
    pub after_years: f64,
    pub days: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OvertimeTier {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_daily_hours: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_weekly_hours: Option<f64>,
    pub premium: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeStep {
    pub after_years: f64,
    pub amount: f64,
    pub unit: PeriodUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PeriodUnit {
    Days,
    Weeks,
    Months,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WagePeriod {
    Hour,
    Day,
    Week,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PayFrequency {
    Weekly,
    Biweekly,
    Semimonthly,
    Monthly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Checksum {
    None,
    Luhn,
    Iso7064Mod11_10,
    Iso7064Mod11_2,
    Iso7064Mod97_10,
    Verhoeff,
    Mod11Weighted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PackKind {
    Country,
    Subdivision,
}

/// One `packs/<CODE>.toml` file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    pub schema: u32,
    pub code: String,
    pub kind: PackKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub name: String,
    pub official_name: String,
    #[serde(default)]
    pub currency: Vec<Currency>,
    #[serde(default)]
    pub time_zones: Vec<TimeZones>,
    #[serde(default)]
    pub languages: Vec<Languages>,
    #[serde(default)]
    pub weekend: Vec<Weekend>,
    #[serde(default)]
    pub data_residency: Vec<DataResidency>,
    #[serde(default)]
    pub annual_leave: Vec<AnnualLeave>,
    #[serde(default)]
    pub working_time: Vec<WorkingTime>,
    #[serde(default)]
    pub overtime: Vec<Overtime>,
    #[serde(default)]
    pub probation: Vec<Probation>,
    #[serde(default)]
    pub notice: Vec<Notice>,
    #[serde(default)]
    pub minimum_wage: Vec<MinimumWage>,
    #[serde(default)]
    pub payroll_frequency: Vec<PayrollFrequency>,
    #[serde(default)]
    pub record_retention: Vec<RecordRetention>,
    #[serde(default)]
    pub national_id: Vec<NationalId>,
}

/// One `holidays/<CODE>.toml` file (generated).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayFile {
    pub code: String,
    pub generator: String,
    #[serde(default)]
    pub holiday: Vec<Holiday>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: String,
}

/// The version of a fact in force on `on`: the latest `effective_from <= on` whose
/// `effective_to` (if any) is after `on`.
pub fn in_force<T: Versioned>(versions: &[T], on: NaiveDate) -> Option<&T> {
    versions
        .iter()
        .filter(|v| v.provenance().covers(on))
        .max_by_key(|v| v.provenance().effective_from)
}

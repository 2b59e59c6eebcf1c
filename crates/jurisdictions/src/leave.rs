//! Annual-leave entitlement, and the check that a tenant's leave policy meets the statute.
//!
//! Rules (documented in SCHEMA.md, "Evaluations"):
//! - the leave year is the calendar year of the evaluation date;
//! - tenure is whole months of service on the evaluation date; the last tenure step whose
//!   `after_years * 12` months are reached applies;
//! - a working-day figure stated for a `days_per_week_basis` week is converted to the
//!   employee's week (`days * working_days_per_week / basis`), so 24 Werktage on a 6-day basis
//!   are 20 days on a 5-day week; calendar-day figures are not converted;
//! - pro rata: × FTE × (days employed in the leave year / days in the year);
//! - results are rounded to hundredths; statutory rounding rules (e.g. rounding half days up)
//!   are not applied.

use cadre_i18n::msg;
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{
    eval::{Citation, EvalError, round2},
    library::Library,
    model::{LeaveUnit, PackFile},
};

/// The working week a tenant's leave policy is stated on.
pub const POLICY_WEEK_DAYS: f64 = 5.0;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaveQuery {
    pub hire_date: NaiveDate,
    /// The evaluation date; the leave year is its calendar year.
    pub on: NaiveDate,
    /// Full-time equivalent, 0 < fte ≤ 1.
    #[serde(default = "one")]
    pub fte: f64,
    /// Days the employee works per week (default 5).
    #[serde(default = "five")]
    pub working_days_per_week: f64,
    /// The tenant's own full-year figure in working days on a 5-day week, if any.
    #[serde(default)]
    pub policy_days: Option<f64>,
}

fn one() -> f64 {
    1.0
}

fn five() -> f64 {
    POLICY_WEEK_DAYS
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct LeaveEntitlement {
    pub year: i32,
    pub unit: LeaveUnit,
    /// The statute's full-year, full-time figure after the tenure step, in its own terms.
    pub statutory_full_year: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statutory_basis_days_per_week: Option<u8>,
    pub tenure_months: u32,
    /// Share of the leave year employed (hire date pro rata).
    pub service_fraction: f64,
    /// The statutory minimum for this employee and year.
    pub statutory_days: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_days: Option<f64>,
    /// What the employee gets: the policy if it is more generous, else the statute.
    pub entitled_days: f64,
    /// End of the qualifying period, if the statute has one and it ends after the year starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_entitlement_from: Option<NaiveDate>,
    pub citation: Citation,
}

/// A tenant's policy terms that must not fall below the statute.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantPolicy {
    /// Full-year leave, working days on a 5-day week.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_leave_days: Option<f64>,
    /// Longest probation the tenant uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probation_months: Option<f64>,
}

/// A policy term below the statutory minimum (or above a statutory maximum).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PolicyViolation {
    pub field: &'static str,
    pub value: f64,
    /// The statutory bound in the policy's terms.
    pub statutory: f64,
    pub bound: Bound,
    pub citation: Citation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Minimum,
    Maximum,
}

/// Completed months from `from` to `to` (0 if `to` is earlier).
pub fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        months -= 1;
    }
    months.max(0) as u32
}

impl Library {
    pub fn annual_leave(&self, code: &str, q: &LeaveQuery) -> Result<LeaveEntitlement, EvalError> {
        if !(q.fte > 0.0 && q.fte <= 1.0) {
            return Err(EvalError::invalid(
                "fte",
                msg!("field-above-up-to", min = 0, max = 1),
            ));
        }
        if !(q.working_days_per_week > 0.0 && q.working_days_per_week <= 7.0) {
            return Err(EvalError::invalid(
                "working_days_per_week",
                msg!("field-above-up-to", min = 0, max = 7),
            ));
        }
        if q.policy_days.is_some_and(|d| !(d.is_finite() && d >= 0.0)) {
            return Err(EvalError::invalid(
                "policy_days",
                msg!("field-not-negative"),
            ));
        }
        if q.hire_date > q.on {
            return Err(EvalError::invalid(
                "hire_date",
                msg!("field-after-evaluation-date"),
            ));
        }
        let found = self.require(code, q.on, |p: &PackFile| &p.annual_leave)?;
        let fact = found.fact;
        let tenure_months = whole_months(q.hire_date, q.on);
        let full_year = fact
            .tenure_steps
            .iter()
            .rev()
            .find(|s| s.after_years * 12.0 <= f64::from(tenure_months) + 1e-9)
            .map_or(fact.days, |s| s.days);
        let week_factor = match (fact.unit, fact.days_per_week_basis) {
            (LeaveUnit::WorkingDays, Some(basis)) => q.working_days_per_week / f64::from(basis),
            _ => 1.0,
        };

        let year = q.on.year();
        let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("valid date");
        let last = NaiveDate::from_ymd_opt(year, 12, 31).expect("valid date");
        let days_in_year = f64::from(last.ordinal());
        let employed_from = q.hire_date.max(first);
        let service_fraction =
            f64::from((last - employed_from).num_days() as u32 + 1) / days_in_year;

        let statutory = full_year * week_factor * q.fte * service_fraction;
        let policy = q
            .policy_days
            .map(|d| d * (q.working_days_per_week / POLICY_WEEK_DAYS) * q.fte * service_fraction);
        let entitled = policy.map_or(statutory, |p| p.max(statutory));
        let full_entitlement_from = fact
            .qualifying_months
            .filter(|m| *m > 0.0)
            .and_then(|m| q.hire_date.checked_add_months(Months::new(m.ceil() as u32)))
            .filter(|d| *d > first);

        Ok(LeaveEntitlement {
            year,
            unit: fact.unit,
            statutory_full_year: full_year,
            statutory_basis_days_per_week: fact.days_per_week_basis,
            tenure_months,
            service_fraction: (service_fraction * 10_000.0).round() / 10_000.0,
            statutory_days: round2(statutory),
            policy_days: policy.map(round2),
            entitled_days: round2(entitled),
            full_entitlement_from,
            citation: found.into(),
        })
    }

    /// The statutory full-year, full-time leave expressed like a tenant policy: working days on
    /// a 5-day week (calendar days count 5 in 7).
    pub fn statutory_leave_on_policy_week(
        &self,
        code: &str,
        on: NaiveDate,
    ) -> Result<(f64, Citation), EvalError> {
        let found = self.require(code, on, |p: &PackFile| &p.annual_leave)?;
        let f = found.fact;
        let days = match (f.unit, f.days_per_week_basis) {
            (LeaveUnit::WorkingDays, Some(basis)) => f.days * POLICY_WEEK_DAYS / f64::from(basis),
            (LeaveUnit::WorkingDays, None) => f.days,
            (LeaveUnit::CalendarDays, _) => f.days * POLICY_WEEK_DAYS / 7.0,
        };
        Ok((round2(days), found.into()))
    }

    /// Checks a tenant policy against the statute in force on `on`. A term the statute does not
    /// regulate (no fact in the pack) passes.
    pub fn check_policy(
        &self,
        code: &str,
        on: NaiveDate,
        policy: &TenantPolicy,
    ) -> Result<Vec<PolicyViolation>, EvalError> {
        self.pack(code)
            .ok_or_else(|| EvalError::UnknownJurisdiction(code.to_owned()))?;
        let mut out = Vec::new();
        if let Some(days) = policy.annual_leave_days {
            if !(days.is_finite() && days >= 0.0) {
                return Err(EvalError::invalid(
                    "annual_leave_days",
                    msg!("field-not-negative"),
                ));
            }
            match self.statutory_leave_on_policy_week(code, on) {
                Ok((minimum, citation)) if days + 1e-9 < minimum => out.push(PolicyViolation {
                    field: "annual_leave_days",
                    value: days,
                    statutory: minimum,
                    bound: Bound::Minimum,
                    citation,
                }),
                Ok(_) | Err(EvalError::NoFact { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        if let Some(months) = policy.probation_months {
            if !(months.is_finite() && months >= 0.0) {
                return Err(EvalError::invalid(
                    "probation_months",
                    msg!("field-not-negative"),
                ));
            }
            if let Some(found) = self.fact(code, on, |p: &PackFile| &p.probation)
                && months > found.fact.max_months + 1e-9
            {
                out.push(PolicyViolation {
                    field: "probation_months",
                    value: months,
                    statutory: found.fact.max_months,
                    bound: Bound::Maximum,
                    citation: found.into(),
                });
            }
        }
        Ok(out)
    }
}

//! Contract terms (probation, notice) and minimum wage, checked against the statute.

use cadre_i18n::msg;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{
    eval::{Citation, EvalError},
    leave::whole_months,
    library::Library,
    model::{NoticeStep, PackFile, PeriodUnit, WagePeriod},
};

/// A mean Gregorian month in days, for comparing months with weeks or days.
pub const DAYS_PER_MONTH: f64 = 365.2425 / 12.0;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub amount: f64,
    pub unit: PeriodUnit,
}

impl Period {
    fn days(self) -> f64 {
        match self.unit {
            PeriodUnit::Days => self.amount,
            PeriodUnit::Weeks => self.amount * 7.0,
            PeriodUnit::Months => self.amount * DAYS_PER_MONTH,
        }
    }

    /// `self >= other`, exactly when both use the same unit.
    fn at_least(self, other: Period) -> bool {
        if self.unit == other.unit {
            self.amount + 1e-9 >= other.amount
        } else {
            self.days() + 1e-9 >= other.days()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContractTerms {
    pub on: NaiveDate,
    /// Start of service; the notice step is chosen by tenure on `on` (default: `on`, a new hire).
    #[serde(default)]
    pub hire_date: Option<NaiveDate>,
    #[serde(default)]
    pub probation_months: Option<f64>,
    #[serde(default)]
    pub notice_by_employer: Option<Period>,
    #[serde(default)]
    pub notice_by_employee: Option<Period>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ContractFinding {
    pub term: &'static str,
    pub ok: bool,
    /// The statutory bound the term was compared with (a maximum for probation, a minimum for
    /// notice).
    pub statutory: Period,
    pub citation: Citation,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ContractCheck {
    pub ok: bool,
    pub tenure_months: u32,
    pub findings: Vec<ContractFinding>,
}

fn step_for(steps: &[NoticeStep], tenure_months: u32) -> Option<Period> {
    steps
        .iter()
        .rev()
        .find(|s| s.after_years * 12.0 <= f64::from(tenure_months) + 1e-9)
        .map(|s| Period {
            amount: s.amount,
            unit: s.unit,
        })
}

#[derive(Debug, Clone, PartialEq, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WageQuery {
    pub on: NaiveDate,
    #[schema(value_type = String)]
    pub amount: Decimal,
    pub currency: String,
    pub period: WagePeriod,
    /// Contractual hours per week, for converting between periods (default 40).
    #[serde(default = "forty")]
    #[schema(value_type = String)]
    pub hours_per_week: Decimal,
}

fn forty() -> Decimal {
    Decimal::from(40)
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct WageCheck {
    pub ok: bool,
    #[schema(value_type = String)]
    pub minimum: Decimal,
    pub currency: String,
    pub period: WagePeriod,
    pub scope: String,
    /// The pay converted to the minimum wage's period.
    #[schema(value_type = String)]
    pub pay_in_period: Decimal,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub shortfall: Option<Decimal>,
    pub citation: Citation,
}

/// Hours in one pay period at `hours_per_week` (a month is 52/12 weeks; a day is a fifth of
/// the week).
/// The largest pay amount a check takes (a trillion in any currency).
const MAX_AMOUNT: i64 = 1_000_000_000_000;

fn hours_in(period: WagePeriod, hours_per_week: Decimal) -> Decimal {
    match period {
        WagePeriod::Hour => Decimal::ONE,
        WagePeriod::Day => hours_per_week / Decimal::from(5),
        WagePeriod::Week => hours_per_week,
        WagePeriod::Month => hours_per_week * Decimal::from(52) / Decimal::from(12),
    }
}

impl Library {
    pub fn check_contract(
        &self,
        code: &str,
        terms: &ContractTerms,
    ) -> Result<ContractCheck, EvalError> {
        self.pack(code)
            .ok_or_else(|| EvalError::UnknownJurisdiction(code.to_owned()))?;
        let hire = terms.hire_date.unwrap_or(terms.on);
        if hire > terms.on {
            return Err(EvalError::invalid(
                "hire_date",
                msg!("field-after-evaluation-date"),
            ));
        }
        let tenure_months = whole_months(hire, terms.on);
        let mut findings = Vec::new();
        if let Some(months) = terms.probation_months {
            if !(months.is_finite() && months >= 0.0) {
                return Err(EvalError::invalid(
                    "probation_months",
                    msg!("field-not-negative"),
                ));
            }
            let found = self.require(code, terms.on, |p: &PackFile| &p.probation)?;
            findings.push(ContractFinding {
                term: "probation_months",
                ok: months <= found.fact.max_months + 1e-9,
                statutory: Period {
                    amount: found.fact.max_months,
                    unit: PeriodUnit::Months,
                },
                citation: found.into(),
            });
        }
        for (term, given) in [
            ("notice_by_employer", terms.notice_by_employer),
            ("notice_by_employee", terms.notice_by_employee),
        ] {
            let Some(given) = given else { continue };
            if !(given.amount.is_finite() && given.amount >= 0.0) {
                return Err(EvalError::invalid("notice", msg!("field-not-negative")));
            }
            let found = self.require(code, terms.on, |p: &PackFile| &p.notice)?;
            let steps = if term == "notice_by_employer" {
                &found.fact.by_employer
            } else {
                &found.fact.by_employee
            };
            // A statute without an employee-side minimum imposes none.
            let Some(minimum) = step_for(steps, tenure_months) else {
                continue;
            };
            findings.push(ContractFinding {
                term,
                ok: given.at_least(minimum),
                statutory: minimum,
                citation: found.into(),
            });
        }
        Ok(ContractCheck {
            ok: findings.iter().all(|f| f.ok),
            tenure_months,
            findings,
        })
    }

    pub fn check_minimum_wage(&self, code: &str, q: &WageQuery) -> Result<WageCheck, EvalError> {
        // Bounded so that converting between periods cannot overflow a Decimal (at most
        // 10^12 / 0.1 * 728 hours a month), which would panic.
        if q.amount < Decimal::ZERO {
            return Err(EvalError::invalid("amount", msg!("field-not-negative")));
        }
        if q.amount > Decimal::from(MAX_AMOUNT) {
            return Err(EvalError::invalid(
                "amount",
                msg!("field-at-most", max = MAX_AMOUNT),
            ));
        }
        if q.hours_per_week <= Decimal::new(1, 1) || q.hours_per_week > Decimal::from(168) {
            return Err(EvalError::invalid(
                "hours_per_week",
                msg!("field-above-up-to", min = Decimal::new(1, 1), max = 168),
            ));
        }
        let found = self.require(code, q.on, |p: &PackFile| &p.minimum_wage)?;
        let mw = found.fact;
        if !q.currency.eq_ignore_ascii_case(&mw.currency) {
            return Err(EvalError::invalid(
                "currency",
                msg!(
                    "field-currency-mismatch",
                    expected = &mw.currency,
                    value = &q.currency
                ),
            ));
        }
        let minimum: Decimal = mw
            .amount
            .parse()
            .map_err(|_| EvalError::invalid("amount", msg!("field-pack-amount")))?;
        let hourly = q.amount / hours_in(q.period, q.hours_per_week);
        let exact = hourly * hours_in(mw.period, q.hours_per_week);
        let pay_in_period = exact.round_dp(2);
        let ok = exact >= minimum;
        Ok(WageCheck {
            ok,
            minimum,
            currency: mw.currency.clone(),
            period: mw.period,
            scope: mw.scope.clone(),
            pay_in_period,
            shortfall: (!ok).then(|| (minimum - exact).round_dp(2)),
            citation: found.into(),
        })
    }
}

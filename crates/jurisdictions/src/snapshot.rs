//! Everything in force for one jurisdiction on one date, for `cadre packs show` and the API.

use chrono::NaiveDate;
use serde::Serialize;

use crate::{
    library::{Found, Library},
    model::*,
};

/// One fact version and the pack it came from.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InForce<'a, T> {
    /// The pack that states it (a subdivision's parent, for facts it inherits).
    pub from: &'a str,
    #[serde(flatten)]
    pub fact: &'a T,
}

impl<'a, T> From<Found<'a, T>> for InForce<'a, T> {
    fn from(f: Found<'a, T>) -> Self {
        InForce {
            from: f.from,
            fact: f.fact,
        }
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Snapshot<'a> {
    pub code: &'a str,
    pub kind: PackKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<&'a str>,
    pub name: &'a str,
    pub official_name: &'a str,
    pub on: NaiveDate,
    pub currency: Option<InForce<'a, Currency>>,
    pub time_zones: Option<InForce<'a, TimeZones>>,
    pub languages: Option<InForce<'a, Languages>>,
    pub weekend: Option<InForce<'a, Weekend>>,
    pub data_residency: Option<InForce<'a, DataResidency>>,
    pub annual_leave: Option<InForce<'a, AnnualLeave>>,
    pub working_time: Option<InForce<'a, WorkingTime>>,
    pub overtime: Option<InForce<'a, Overtime>>,
    pub probation: Option<InForce<'a, Probation>>,
    pub notice: Option<InForce<'a, Notice>>,
    pub minimum_wage: Option<InForce<'a, MinimumWage>>,
    pub payroll_frequency: Option<InForce<'a, PayrollFrequency>>,
    pub record_retention: Option<InForce<'a, RecordRetention>>,
    pub national_id: Option<InForce<'a, NationalId>>,
}

impl Library {
    /// The facts in force in `code` on `on`, or `None` for an unknown code.
    pub fn snapshot(&self, code: &str, on: NaiveDate) -> Option<Snapshot<'_>> {
        let p = &self.pack(code)?.facts;
        macro_rules! get {
            ($kind:ident) => {
                self.fact(code, on, |f: &PackFile| &f.$kind)
                    .map(InForce::from)
            };
        }
        Some(Snapshot {
            code: &p.code,
            kind: p.kind,
            parent: p.parent.as_deref(),
            name: &p.name,
            official_name: &p.official_name,
            on,
            currency: get!(currency),
            time_zones: get!(time_zones),
            languages: get!(languages),
            weekend: get!(weekend),
            data_residency: get!(data_residency),
            annual_leave: get!(annual_leave),
            working_time: get!(working_time),
            overtime: get!(overtime),
            probation: get!(probation),
            notice: get!(notice),
            minimum_wage: get!(minimum_wage),
            payroll_frequency: get!(payroll_frequency),
            record_retention: get!(record_retention),
            national_id: get!(national_id),
        })
    }
}

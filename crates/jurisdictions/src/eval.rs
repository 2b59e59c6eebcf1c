//! Evaluation errors and citations shared by every evaluation.

use chrono::NaiveDate;
use serde::Serialize;

use crate::{library::Found, model::Versioned};

/// Why an evaluation could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EvalError {
    #[error("no jurisdiction pack for {0:?}")]
    UnknownJurisdiction(String),
    #[error("the {code} pack states no {kind} in force on {on}")]
    NoFact {
        code: String,
        kind: &'static str,
        on: NaiveDate,
    },
    #[error("{field}: {}", reason.id)]
    Invalid {
        field: &'static str,
        /// Why, as a message in the catalog (`locales/*/validation.ftl`).
        reason: cadre_i18n::Message,
    },
    #[error("{date} is outside the holiday data for {code} ({first}-{last})")]
    OutOfCoverage {
        code: String,
        date: NaiveDate,
        first: i32,
        last: i32,
    },
}

impl EvalError {
    pub fn invalid(field: &'static str, reason: cadre_i18n::Message) -> Self {
        EvalError::Invalid { field, reason }
    }
}

/// The rule an evaluation applied: which pack, which fact version, and its legal source.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Citation {
    pub jurisdiction: String,
    pub fact: &'static str,
    pub effective_from: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<NaiveDate>,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    pub verified: bool,
}

impl<T: Versioned> From<Found<'_, T>> for Citation {
    fn from(found: Found<'_, T>) -> Self {
        let p = found.fact.provenance();
        Citation {
            jurisdiction: found.from.to_owned(),
            fact: T::KIND,
            effective_from: p.effective_from,
            effective_to: p.effective_to,
            source: p.source.to_owned(),
            source_url: p.source_url.map(str::to_owned),
            verified: p.verified,
        }
    }
}

/// Rounds to hundredths for presentation; comparisons use unrounded values.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

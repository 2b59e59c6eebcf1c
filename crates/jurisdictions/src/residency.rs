//! Data residency: may a branch in this country keep its personal data in this zone?

use chrono::NaiveDate;
use serde::Serialize;

use crate::{
    eval::{Citation, EvalError},
    library::Library,
    model::PackFile,
};

/// A placement the jurisdiction's residency rule forbids.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ResidencyViolation {
    pub country: String,
    pub zone: String,
    pub allowed_zones: Vec<String>,
    pub citation: Citation,
}

/// Outcome of a residency check.
#[derive(Debug, Clone, PartialEq)]
pub enum Residency {
    Allowed(Citation),
    Forbidden(ResidencyViolation),
}

impl Library {
    /// Whether personal data of `country` may live in sovereignty zone `zone` on `on`.
    /// A country without a residency fact is an error, never an implicit "allowed".
    pub fn check_residency(
        &self,
        country: &str,
        zone: &str,
        on: NaiveDate,
    ) -> Result<Residency, EvalError> {
        let found = self.require(country, on, |p: &PackFile| &p.data_residency)?;
        let zones = &found.fact.zones;
        if zones.iter().any(|z| z == "any" || z == zone) {
            Ok(Residency::Allowed(found.into()))
        } else {
            Ok(Residency::Forbidden(ResidencyViolation {
                country: country.to_owned(),
                zone: zone.to_owned(),
                allowed_zones: zones.clone(),
                citation: found.into(),
            }))
        }
    }
}

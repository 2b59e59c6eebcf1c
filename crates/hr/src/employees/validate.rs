//! Field rules for employee records. Every violation is reported, not just the first.

use std::str::FromStr;

use cadre_i18n::msg;
use cadre_topology::CountryCode;
use chrono::{Datelike, NaiveDate, Utc};

use super::{Employee, EmployeePatch, EmployeeStatus, NewEmployee};
use crate::{EmployeeId, FieldError};

/// A record whose every field passed the rules, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    /// Given name, trimmed.
    pub given_name: String,
    /// Family name, trimmed.
    pub family_name: String,
    /// Work email, trimmed.
    pub work_email: String,
    /// Country of employment.
    pub country_of_employment: CountryCode,
    /// Job title.
    pub job_title: Option<String>,
    /// Manager.
    pub manager_id: Option<EmployeeId>,
    /// First day.
    pub hire_date: NaiveDate,
    /// Status.
    pub status: EmployeeStatus,
    /// Language tag.
    pub locale: String,
    /// IANA zone.
    pub time_zone: String,
    /// National id.
    pub national_id: Option<String>,
}

/// Values used where a new record leaves a field out.
#[derive(Debug, Clone)]
pub struct Defaults<'a> {
    /// The legal entity's country.
    pub country: CountryCode,
    /// The tenant's language.
    pub locale: &'a str,
    /// The tenant's time zone.
    pub time_zone: &'a str,
}

struct Check(Vec<FieldError>);

impl Check {
    fn text(&mut self, field: &str, value: &str, max: usize) -> String {
        let v = value.trim();
        if v.is_empty() {
            self.0.push(FieldError::new(field, msg!("field-empty")));
        } else if v.chars().count() > max {
            self.0
                .push(FieldError::new(field, msg!("field-too-long", max = max)));
        } else if v.chars().any(char::is_control) {
            self.0
                .push(FieldError::new(field, msg!("field-control-characters")));
        }
        v.to_owned()
    }

    fn email(&mut self, field: &str, value: &str) -> String {
        let v = self.text(field, value, 254);
        let ok = match v.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !v.chars().any(char::is_whitespace)
            }
            None => false,
        };
        if !v.is_empty() && !ok {
            self.0
                .push(FieldError::new(field, msg!("field-email", value = &v)));
        }
        v
    }

    fn country(&mut self, field: &str, value: &str) -> Option<CountryCode> {
        match CountryCode::from_str(value) {
            Ok(c) => Some(c),
            Err(_) => {
                self.0
                    .push(FieldError::new(field, msg!("field-country", value = value)));
                None
            }
        }
    }

    fn locale(&mut self, field: &str, value: &str) {
        if !is_language_tag(value) {
            self.0.push(FieldError::new(
                field,
                msg!("field-language-tag", value = value),
            ));
        }
    }

    fn time_zone(&mut self, field: &str, value: &str) {
        if chrono_tz::Tz::from_str(value).is_err() {
            self.0.push(FieldError::new(
                field,
                msg!("field-time-zone", value = value),
            ));
        }
    }

    fn hire_date(&mut self, field: &str, d: NaiveDate) {
        let latest = Utc::now().date_naive().year() + 1;
        if d.year() < 1900 || d.year() > latest {
            self.0.push(FieldError::new(
                field,
                msg!("field-year-between", min = "1900", max = latest.to_string()),
            ));
        }
    }

    fn national_id(&mut self, field: &str, v: &Option<String>) -> Option<String> {
        v.as_ref().map(|v| self.text(field, v, 64))
    }

    fn manager(&mut self, field: &str, m: Option<EmployeeId>, own: Option<EmployeeId>) {
        if let Some(m) = m {
            if m.shard().is_none() {
                self.0
                    .push(FieldError::new(field, msg!("field-employee-id")));
            } else if Some(m) == own {
                self.0
                    .push(FieldError::new(field, msg!("field-own-manager")));
            }
        }
    }

    fn done<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.0)
        }
    }
}

/// BCP 47 subset: language, optional script, optional region (`zh-Hant-TW`, `pt-BR`, `de`).
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang = parts.next().unwrap_or("");
    if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    let mut i = 0;
    if rest.get(i).is_some_and(|p| {
        p.len() == 4
            && p.starts_with(|c: char| c.is_ascii_uppercase())
            && p[1..].chars().all(|c| c.is_ascii_lowercase())
    }) {
        i += 1;
    }
    if let Some(r) = rest.get(i) {
        let region = (r.len() == 2 && r.chars().all(|c| c.is_ascii_uppercase()))
            || (r.len() == 3 && r.chars().all(|c| c.is_ascii_digit()));
        if !region {
            return false;
        }
        i += 1;
    }
    i == rest.len()
}

impl NewEmployee {
    /// Checks every field, filling left-out ones from `defaults`.
    pub fn validate(&self, defaults: &Defaults<'_>) -> Result<Validated, Vec<FieldError>> {
        let mut c = Check(Vec::new());
        let given_name = c.text("given_name", &self.given_name, 200);
        let family_name = c.text("family_name", &self.family_name, 200);
        let work_email = c.email("work_email", &self.work_email);
        let country = match &self.country_of_employment {
            Some(v) => c.country("country_of_employment", v),
            None => Some(defaults.country),
        };
        let job_title = self.job_title.as_ref().map(|t| c.text("job_title", t, 200));
        c.manager("manager_id", self.manager_id, None);
        c.hire_date("hire_date", self.hire_date);
        let locale = self
            .locale
            .clone()
            .unwrap_or_else(|| defaults.locale.to_owned());
        c.locale("locale", &locale);
        let time_zone = self
            .time_zone
            .clone()
            .unwrap_or_else(|| defaults.time_zone.to_owned());
        c.time_zone("time_zone", &time_zone);
        let national_id = c.national_id("national_id", &self.national_id);
        c.done(())?;
        Ok(Validated {
            given_name,
            family_name,
            work_email,
            country_of_employment: country.unwrap_or(defaults.country),
            job_title,
            manager_id: self.manager_id,
            hire_date: self.hire_date,
            status: self.status.unwrap_or(EmployeeStatus::Active),
            locale,
            time_zone,
            national_id,
        })
    }
}

impl EmployeePatch {
    /// Applies the patch to the current record and checks the result.
    pub fn apply(&self, current: &Employee) -> Result<Validated, Vec<FieldError>> {
        let mut c = Check(Vec::new());
        if self.legal_entity_id.is_some() {
            c.0.push(FieldError::new(
                "legal_entity_id",
                msg!("field-legal-entity-fixed"),
            ));
        }
        let given_name = c.text(
            "given_name",
            self.given_name.as_deref().unwrap_or(&current.given_name),
            200,
        );
        let family_name = c.text(
            "family_name",
            self.family_name.as_deref().unwrap_or(&current.family_name),
            200,
        );
        let work_email = c.email(
            "work_email",
            self.work_email.as_deref().unwrap_or(&current.work_email),
        );
        let country = c.country(
            "country_of_employment",
            self.country_of_employment
                .as_deref()
                .unwrap_or(&current.country_of_employment),
        );
        let job_title = match &self.job_title {
            Some(Some(t)) => Some(c.text("job_title", t, 200)),
            Some(None) => None,
            None => current.job_title.clone(),
        };
        let manager_id = self.manager_id.unwrap_or(current.manager_id);
        c.manager("manager_id", manager_id, Some(current.id));
        let hire_date = self.hire_date.unwrap_or(current.hire_date);
        c.hire_date("hire_date", hire_date);
        let locale = self
            .locale
            .clone()
            .unwrap_or_else(|| current.locale.clone());
        c.locale("locale", &locale);
        let time_zone = self
            .time_zone
            .clone()
            .unwrap_or_else(|| current.time_zone.clone());
        c.time_zone("time_zone", &time_zone);
        let national_id = match &self.national_id {
            Some(v) => c.national_id("national_id", v),
            None => current.national_id.clone(),
        };
        let Some(country) = country else {
            return Err(c.0);
        };
        c.done(Validated {
            given_name,
            family_name,
            work_email,
            country_of_employment: country,
            job_title,
            manager_id,
            hire_date,
            status: self.status.unwrap_or(current.status),
            locale,
            time_zone,
            national_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new() -> NewEmployee {
        serde_json::from_value(serde_json::json!({
            "legal_entity_id": "0195b1f0-0000-7000-8000-000000000001",
            "given_name": " Ada ", "family_name": "Lovelace", "work_email": "ada@example.com",
            "hire_date": "2024-03-01"
        }))
        .expect("valid json")
    }

    fn defaults() -> Defaults<'static> {
        Defaults {
            country: "DE".parse().expect("DE"),
            locale: "de",
            time_zone: "Europe/Berlin",
        }
    }

    #[test]
    fn defaults_fill_left_out_fields_and_names_are_trimmed() {
        let v = new().validate(&defaults()).expect("valid");
        assert_eq!(v.given_name, "Ada");
        assert_eq!(v.country_of_employment.as_str(), "DE");
        assert_eq!(
            (v.locale.as_str(), v.time_zone.as_str()),
            ("de", "Europe/Berlin")
        );
        assert_eq!(v.status, EmployeeStatus::Active);
    }

    #[test]
    fn every_bad_field_is_reported_by_name() {
        let mut e = new();
        e.given_name = "  ".into();
        e.work_email = "not-an-email".into();
        e.country_of_employment = Some("XX".into());
        e.time_zone = Some("Mars/Olympus".into());
        e.locale = Some("english".into());
        let errs = e.validate(&defaults()).expect_err("invalid");
        let fields: Vec<&str> = errs.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "given_name",
                "work_email",
                "country_of_employment",
                "locale",
                "time_zone"
            ]
        );
    }

    #[test]
    fn language_tags() {
        for ok in ["en", "pt-BR", "zh-Hant-TW", "es-419", "zh-Hans"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "EN", "english", "pt_BR", "pt-br", "zh-Hant-TW-x", "de-"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}

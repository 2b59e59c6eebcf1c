//! Semantic checks of one pack file: values valid, versions well-formed and not overlapping.

use std::str::FromStr;

use cadre_topology::CountryCode;
use rust_decimal::Decimal;

use crate::{
    iso4217,
    load::{Problems, at},
    model::*,
};

/// Sovereignty zones a pack may name (SCHEMA.md); `any` means no localization rule.
pub const KNOWN_ZONES: &[&str] = &[
    "any", "eu", "us", "cn", "apac", "ru", "me", "latam", "africa", "in",
];

pub fn pack(p: &PackFile, stem: &str, problems: &mut Problems<'_>) {
    use crate::error::FieldPath;
    let top = |key: &str| FieldPath::default().key(key);
    if p.schema != 1 {
        problems.add(
            top("schema"),
            format!("unsupported schema {}, expected 1", p.schema),
        );
    }
    if p.code != stem {
        problems.add(
            top("code"),
            format!("code {:?} does not match the file name {stem}.toml", p.code),
        );
    }
    match p.kind {
        PackKind::Country => {
            if CountryCode::from_str(&p.code).is_err() {
                problems.add(top("code"), format!("{:?} is not an ISO 3166-1 alpha-2 code", p.code));
            }
            if p.parent.is_some() {
                problems.add(top("parent"), "a country pack has no parent");
            }
            for (kind, present) in [
                ("time_zones", !p.time_zones.is_empty()),
                ("languages", !p.languages.is_empty()),
                ("weekend", !p.weekend.is_empty()),
                ("data_residency", !p.data_residency.is_empty()),
            ] {
                if !present {
                    problems.add(top(kind), "missing: every country pack states this baseline fact");
                }
            }
        }
        PackKind::Subdivision => match &p.parent {
            None => problems.add(top("parent"), "a subdivision pack names its parent country"),
            Some(parent) if !p.code.starts_with(&format!("{parent}-")) => problems.add(
                top("parent"),
                format!("code {:?} is not a subdivision of {parent:?} (ISO 3166-2 codes start with the country)", p.code),
            ),
            Some(_) => {}
        },
    }
    if p.name.trim().is_empty() {
        problems.add(top("name"), "must not be empty");
    }

    versions(&p.currency, problems, |v, i, pr| {
        if !iso4217::is_code(&v.value) {
            pr.add(
                at("currency", i, Some("value")),
                format!("{:?} is not an ISO 4217 currency code", v.value),
            );
        }
    });
    versions(&p.time_zones, problems, |v, i, pr| {
        // Uninhabited territories (BV, HM) have no IANA zone; an empty list must say why.
        if v.value.is_empty() && v.note.is_none() {
            pr.add(
                at("time_zones", i, Some("value")),
                "lists no time zone and has no note saying why",
            );
        }
        for (j, tz) in v.value.iter().enumerate() {
            if tz.parse::<chrono_tz::Tz>().is_err() {
                pr.add(
                    at("time_zones", i, Some("value")).index(j),
                    format!("{tz:?} is not an IANA time zone known to chrono-tz"),
                );
            }
        }
    });
    versions(&p.languages, problems, |v, i, pr| {
        for (j, tag) in v.value.iter().enumerate() {
            if !is_language_tag(tag) {
                pr.add(
                    at("languages", i, Some("value")).index(j),
                    format!("{tag:?} is not a BCP 47 language tag"),
                );
            }
        }
    });
    versions(&p.weekend, problems, |v, i, pr| {
        let mut seen = Vec::new();
        for d in &v.value {
            if seen.contains(d) {
                pr.add(
                    at("weekend", i, Some("value")),
                    format!("{d:?} is listed twice"),
                );
            }
            seen.push(*d);
        }
        if v.value.len() >= 7 {
            pr.add(
                at("weekend", i, Some("value")),
                "a weekend cannot cover the whole week",
            );
        }
    });
    versions(&p.data_residency, problems, |v, i, pr| {
        if v.zones.is_empty() {
            pr.add(
                at("data_residency", i, Some("zones")),
                "names no zone (use [\"any\"] for no localization rule)",
            );
        }
        for (j, z) in v.zones.iter().enumerate() {
            if !KNOWN_ZONES.contains(&z.as_str()) {
                pr.add(
                    at("data_residency", i, Some("zones")).index(j),
                    format!("unknown zone {z:?}; known: {}", KNOWN_ZONES.join(", ")),
                );
            }
        }
        if v.zones.len() > 1 && v.zones.iter().any(|z| z == "any") {
            pr.add(
                at("data_residency", i, Some("zones")),
                "\"any\" cannot be combined with other zones",
            );
        }
    });
    versions(&p.annual_leave, problems, |v, i, pr| {
        // 0 is a statement: the statute grants no paid leave (US federal law).
        non_negative(pr, at("annual_leave", i, Some("days")), v.days);
        match (v.unit, v.days_per_week_basis) {
            (LeaveUnit::WorkingDays, None) => pr.add(
                at("annual_leave", i, Some("days_per_week_basis")),
                "required when unit = \"working_days\"",
            ),
            (_, Some(b)) if !(1..=7).contains(&b) => pr.add(
                at("annual_leave", i, Some("days_per_week_basis")),
                format!("{b} is not a number of days per week (1-7)"),
            ),
            _ => {}
        }
        if let Some(q) = v.qualifying_months {
            non_negative(pr, at("annual_leave", i, Some("qualifying_months")), q);
        }
        let mut prev = (-1.0_f64, v.days);
        for (j, step) in v.tenure_steps.iter().enumerate() {
            let path = at("annual_leave", i, Some("tenure_steps")).index(j);
            if step.after_years <= prev.0 || step.after_years < 0.0 {
                pr.add(
                    path.clone().key("after_years"),
                    "tenure steps must be in increasing order of after_years",
                );
            }
            if step.days < prev.1 {
                pr.add(
                    path.key("days"),
                    format!(
                        "{} days is less than the {} days before this step",
                        step.days, prev.1
                    ),
                );
            }
            prev = (step.after_years, step.days);
        }
    });
    versions(&p.working_time, problems, |v, i, pr| {
        for (key, value, max) in [
            ("max_daily_hours", v.max_daily_hours, 24.0),
            ("max_weekly_hours", v.max_weekly_hours, 168.0),
            ("min_daily_rest_hours", v.min_daily_rest_hours, 24.0),
            ("min_weekly_rest_hours", v.min_weekly_rest_hours, 168.0),
        ] {
            if let Some(h) = value {
                bounded(pr, at("working_time", i, Some(key)), h, max);
            }
        }
        if v.averaging_weeks == Some(0) {
            pr.add(
                at("working_time", i, Some("averaging_weeks")),
                "must be at least 1",
            );
        }
    });
    versions(&p.overtime, problems, |v, i, pr| {
        for (key, value) in [
            ("daily_threshold_hours", v.daily_threshold_hours),
            ("weekly_threshold_hours", v.weekly_threshold_hours),
            ("max_overtime_hours_per_year", v.max_overtime_hours_per_year),
        ] {
            if let Some(h) = value {
                positive(pr, at("overtime", i, Some(key)), h);
            }
        }
        for (key, value) in [
            ("premium", v.premium),
            ("rest_day_premium", v.rest_day_premium),
            ("public_holiday_premium", v.public_holiday_premium),
        ] {
            if let Some(m) = value.filter(|m| !(1.0..=10.0).contains(m)) {
                pr.add(
                    at("overtime", i, Some(key)),
                    format!("{m} is not a pay multiplier between 1 and 10"),
                );
            }
        }
        let has_threshold = v.daily_threshold_hours.is_some() || v.weekly_threshold_hours.is_some();
        if v.statutory && has_threshold && v.premium.is_none() {
            pr.add(
                at("overtime", i, Some("premium")),
                "required when a statutory threshold is given",
            );
        }
        for (j, tier) in v.tiers.iter().enumerate() {
            let path = at("overtime", i, Some("tiers")).index(j);
            match (tier.after_daily_hours, tier.after_weekly_hours) {
                (Some(_), Some(_)) | (None, None) => pr.add(
                    path.clone(),
                    "a tier has exactly one of after_daily_hours and after_weekly_hours",
                ),
                (Some(h), None) if v.daily_threshold_hours.is_some_and(|t| h <= t) => pr.add(
                    path.clone().key("after_daily_hours"),
                    "must be above daily_threshold_hours",
                ),
                (None, Some(h)) if v.weekly_threshold_hours.is_some_and(|t| h <= t) => pr.add(
                    path.clone().key("after_weekly_hours"),
                    "must be above weekly_threshold_hours",
                ),
                _ => {}
            }
            if v.premium.is_some_and(|p| tier.premium < p) {
                pr.add(
                    path.key("premium"),
                    "a higher tier cannot pay less than the base premium",
                );
            }
        }
    });
    versions(&p.probation, problems, |v, i, pr| {
        non_negative(pr, at("probation", i, Some("max_months")), v.max_months);
    });
    versions(&p.notice, problems, |v, i, pr| {
        for (key, steps) in [
            ("by_employer", &v.by_employer),
            ("by_employee", &v.by_employee),
        ] {
            let mut prev = -1.0_f64;
            for (j, step) in steps.iter().enumerate() {
                let path = at("notice", i, Some(key)).index(j);
                if step.after_years <= prev || step.after_years < 0.0 {
                    pr.add(
                        path.clone().key("after_years"),
                        "steps must be in increasing order of after_years",
                    );
                }
                non_negative(pr, path.key("amount"), step.amount);
                prev = step.after_years;
            }
        }
    });
    versions(&p.minimum_wage, problems, |v, i, pr| {
        match Decimal::from_str(&v.amount) {
            Ok(d) if d > Decimal::ZERO => {}
            Ok(_) => pr.add(at("minimum_wage", i, Some("amount")), "must be positive"),
            Err(_) => pr.add(
                at("minimum_wage", i, Some("amount")),
                format!("{:?} is not a decimal amount", v.amount),
            ),
        }
        if !iso4217::is_code(&v.currency) {
            pr.add(
                at("minimum_wage", i, Some("currency")),
                format!("{:?} is not an ISO 4217 currency code", v.currency),
            );
        }
    });
    versions(&p.payroll_frequency, problems, |_, _, _| {});
    versions(&p.record_retention, problems, |v, i, pr| {
        positive(pr, at("record_retention", i, Some("years")), v.years);
    });
    versions(&p.national_id, problems, |v, i, pr| {
        if let Err(e) = crate::national_id::compile(&v.pattern) {
            pr.add(
                at("national_id", i, Some("pattern")),
                format!("invalid regular expression: {e}"),
            );
        }
        match (v.checksum, &v.weights, v.modulus) {
            (Checksum::Mod11Weighted, Some(w), Some(11)) if !w.is_empty() => {}
            (Checksum::Mod11Weighted, _, _) => pr.add(
                at("national_id", i, Some("weights")),
                "mod11_weighted needs non-empty weights and modulus = 11",
            ),
            (_, Some(_), _) | (_, _, Some(_)) => pr.add(
                at("national_id", i, Some("weights")),
                "weights and modulus apply only to mod11_weighted",
            ),
            _ => {}
        }
    });
}

/// Runs `check` on every version, then checks the version dates: each version's range is
/// non-empty and no two versions of one kind overlap.
fn versions<T: Versioned>(
    list: &[T],
    problems: &mut Problems<'_>,
    mut check: impl FnMut(&T, usize, &mut Problems<'_>),
) {
    for (i, v) in list.iter().enumerate() {
        check(v, i, problems);
        let p = v.provenance();
        if p.effective_to.is_some_and(|to| to <= p.effective_from) {
            problems.add(
                at(T::KIND, i, Some("effective_to")),
                "must be after effective_from",
            );
        }
        if p.source.trim().is_empty() {
            problems.add(
                at(T::KIND, i, Some("source")),
                "every fact cites its source",
            );
        }
    }
    let mut order: Vec<usize> = (0..list.len()).collect();
    order.sort_by_key(|&i| list[i].provenance().effective_from);
    for pair in order.windows(2) {
        let (a, b) = (list[pair[0]].provenance(), list[pair[1]].provenance());
        // Without an end date, a version lasts until the next one starts; two versions with the
        // same start leave it undefined which is in force.
        let overlaps = match a.effective_to {
            Some(to) => to > b.effective_from,
            None => a.effective_from == b.effective_from,
        };
        if overlaps {
            problems.add(
                at(T::KIND, pair[1], Some("effective_from")),
                format!(
                    "overlaps {}[{}] (from {}{})",
                    T::KIND,
                    pair[0],
                    a.effective_from,
                    a.effective_to
                        .map(|t| format!(" to {t}"))
                        .unwrap_or_default()
                ),
            );
        }
    }
}

fn positive(pr: &mut Problems<'_>, path: crate::error::FieldPath, v: f64) {
    if !(v.is_finite() && v > 0.0) {
        pr.add(path, format!("{v} must be positive"));
    }
}

fn non_negative(pr: &mut Problems<'_>, path: crate::error::FieldPath, v: f64) {
    if !(v.is_finite() && v >= 0.0) {
        pr.add(path, format!("{v} must not be negative"));
    }
}

fn bounded(pr: &mut Problems<'_>, path: crate::error::FieldPath, v: f64, max: f64) {
    if !(v.is_finite() && v > 0.0 && v <= max) {
        pr.add(path, format!("{v} must be more than 0 and at most {max}"));
    }
}

/// BCP 47 shape: a 2-3 letter language, then 2-8 character alphanumeric subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or_default();
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

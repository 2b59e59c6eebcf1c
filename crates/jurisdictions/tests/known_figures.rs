//! Known statutory figures, evaluated through the engine over the packs in the repository.
//! Each test cites the statute the figure comes from (the same source the pack cites).

use std::sync::LazyLock;

use cadre_jurisdictions::{
    Calendar, Library, Residency,
    contract::{ContractTerms, Period, WageQuery},
    hours::{Reason, Rule, Shift},
    leave::{LeaveQuery, TenantPolicy},
    model::{PeriodUnit, WagePeriod},
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

static LIB: LazyLock<Library> = LazyLock::new(|| Library::embedded().expect("packs load"));

fn d(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// Full-year, full-time statutory leave for someone hired years ago, on a `week`-day week.
fn leave_days(code: &str, hired: &str, on: &str, week: f64) -> f64 {
    let q = LeaveQuery {
        hire_date: d(hired),
        on: d(on),
        fte: 1.0,
        working_days_per_week: week,
        policy_days: None,
    };
    LIB.annual_leave(code, &q).expect("leave").statutory_days
}

fn local(tz: Tz, s: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("datetime");
    tz.from_local_datetime(&naive)
        .single()
        .expect("unambiguous")
        .with_timezone(&Utc)
}

fn shift(tz: Tz, start: &str, end: &str) -> Shift {
    Shift {
        start: local(tz, start),
        end: local(tz, end),
    }
}

fn hours(result: &cadre_jurisdictions::hours::OvertimeResult, reason: Reason, premium: f64) -> f64 {
    result
        .premium_hours
        .iter()
        .filter(|l| l.reason == reason && l.premium == premium)
        .map(|l| l.hours)
        .sum()
}

// DE: Bundesurlaubsgesetz §3(1): 24 Werktage on a 6-day week = 20 days on a 5-day week.
#[test]
fn de_annual_leave_is_20_days_on_a_five_day_week() {
    assert_eq!(leave_days("DE", "2020-01-01", "2026-07-01", 5.0), 20.0);
    assert_eq!(leave_days("DE", "2020-01-01", "2026-07-01", 6.0), 24.0);
}

// FR: Code du travail L3141-3: 2.5 jours ouvrables per month = 30 on a 6-day basis, 25 on 5 days.
#[test]
fn fr_annual_leave_is_30_jours_ouvrables() {
    assert_eq!(leave_days("FR", "2020-01-01", "2026-07-01", 6.0), 30.0);
    assert_eq!(leave_days("FR", "2020-01-01", "2026-07-01", 5.0), 25.0);
}

// GB: Working Time Regulations 1998 reg. 13 and 13A: 5.6 weeks = 28 days on a 5-day week.
#[test]
fn gb_annual_leave_is_28_days() {
    assert_eq!(leave_days("GB", "2020-01-01", "2026-07-01", 5.0), 28.0);
}

// JP: Labour Standards Act art. 39: 10 days after 6 months, 11 after 1.5 years, 20 after 6.5.
#[test]
fn jp_annual_leave_rises_with_tenure() {
    assert_eq!(leave_days("JP", "2026-01-01", "2026-07-01", 5.0), 10.0);
    let full = |hired| {
        let q = LeaveQuery {
            hire_date: d(hired),
            on: d("2026-07-01"),
            fte: 1.0,
            working_days_per_week: 5.0,
            policy_days: None,
        };
        LIB.annual_leave("JP", &q)
            .expect("leave")
            .statutory_full_year
    };
    assert_eq!(full("2025-01-01"), 11.0); // 18 months
    assert_eq!(full("2025-01-02"), 10.0); // 17 months
    assert_eq!(full("2019-12-01"), 20.0); // 6 years 7 months
}

// CN: Regulations on Paid Annual Leave of Employees art. 3: 5 days (1-10 years), 10 (10-20),
// 15 (20+).
#[test]
fn cn_annual_leave_steps_at_10_and_20_years() {
    assert_eq!(leave_days("CN", "2020-01-01", "2026-07-01", 5.0), 5.0);
    assert_eq!(leave_days("CN", "2015-01-01", "2026-07-01", 5.0), 10.0);
    assert_eq!(leave_days("CN", "2005-01-01", "2026-07-01", 5.0), 15.0);
}

// AT: Urlaubsgesetz §2: 30 Werktage (6-day basis), 36 after 25 years → 25 / 30 on 5 days.
#[test]
fn at_annual_leave_25_then_30_working_days() {
    assert_eq!(leave_days("AT", "2020-01-01", "2026-07-01", 5.0), 25.0);
    assert_eq!(leave_days("AT", "2000-01-01", "2026-07-01", 5.0), 30.0);
}

// PL: Kodeks pracy art. 154 §1: 20 days, 26 days from 10 years of service.
#[test]
fn pl_annual_leave_20_then_26() {
    assert_eq!(leave_days("PL", "2020-01-01", "2026-07-01", 5.0), 20.0);
    assert_eq!(leave_days("PL", "2010-01-01", "2026-07-01", 5.0), 26.0);
}

// SG: Employment Act s. 88A: 7 days in the first year, +1 per year of service up to 14.
#[test]
fn sg_annual_leave_7_to_14() {
    assert_eq!(leave_days("SG", "2025-06-01", "2026-12-31", 5.0), 8.0);
    assert_eq!(leave_days("SG", "2010-01-01", "2026-07-01", 5.0), 14.0);
}

// ES: Estatuto de los Trabajadores art. 38: 30 calendar days; RU: Labour Code art. 115: 28.
#[test]
fn es_and_ru_count_calendar_days() {
    assert_eq!(leave_days("ES", "2020-01-01", "2026-07-01", 5.0), 30.0);
    assert_eq!(leave_days("RU", "2020-01-01", "2026-07-01", 5.0), 28.0);
}

// US: no federal statutory paid leave (FLSA is silent); US-CA inherits it from the US pack.
#[test]
fn us_has_no_statutory_leave_and_ca_inherits_it() {
    assert_eq!(leave_days("US", "2020-01-01", "2026-07-01", 5.0), 0.0);
    let q = LeaveQuery {
        hire_date: d("2020-01-01"),
        on: d("2026-07-01"),
        fte: 1.0,
        working_days_per_week: 5.0,
        policy_days: Some(15.0),
    };
    let r = LIB.annual_leave("US-CA", &q).expect("leave");
    assert_eq!(
        (
            r.statutory_days,
            r.entitled_days,
            r.citation.jurisdiction.as_str()
        ),
        (0.0, 15.0, "US")
    );
}

// Pro rata by hire date and FTE: DE 20 days, hired 1 July, half time → 20 × 184/365 × 0.5.
#[test]
fn leave_is_pro_rata_by_hire_date_and_fte() {
    let q = LeaveQuery {
        hire_date: d("2026-07-01"),
        on: d("2026-07-01"),
        fte: 0.5,
        working_days_per_week: 5.0,
        policy_days: None,
    };
    let r = LIB.annual_leave("DE", &q).expect("leave");
    assert_eq!(r.statutory_days, 5.04);
    // BUrlG §4: full entitlement after a 6-month waiting period.
    assert_eq!(r.full_entitlement_from, Some(d("2027-01-01")));
}

// The example: a tenant policy of 10 days in a 20-day country is rejected, citing BUrlG.
#[test]
fn tenant_policy_below_statute_is_rejected_with_the_minimum() {
    let policy = TenantPolicy {
        annual_leave_days: Some(10.0),
        probation_months: None,
    };
    let v = LIB
        .check_policy("DE", d("2026-07-01"), &policy)
        .expect("check");
    assert_eq!(v.len(), 1);
    assert_eq!((v[0].field, v[0].statutory), ("annual_leave_days", 20.0));
    assert!(
        v[0].citation.source.contains("BUrlG"),
        "{}",
        v[0].citation.source
    );
    let generous = TenantPolicy {
        annual_leave_days: Some(30.0),
        probation_months: Some(3.0),
    };
    assert!(
        LIB.check_policy("DE", d("2026-07-01"), &generous)
            .expect("check")
            .is_empty()
    );
    // FR: 30 jours ouvrables = 25 days on the policy's 5-day week.
    let fr = TenantPolicy {
        annual_leave_days: Some(24.0),
        probation_months: None,
    };
    assert_eq!(
        LIB.check_policy("FR", d("2026-07-01"), &fr).expect("check")[0].statutory,
        25.0
    );
}

// US-CA: Labor Code §510(a): 1.5x over 8 hours a day, 2x over 12.
#[test]
fn california_daily_overtime_and_double_time() {
    let tz: Tz = "America/Los_Angeles".parse().expect("tz");
    let r = LIB
        .overtime(
            "US-CA",
            tz,
            &[shift(tz, "2026-07-08 06:00", "2026-07-08 19:00")],
        )
        .expect("overtime");
    assert_eq!(r.total_hours, 13.0);
    assert_eq!(r.straight_hours, 8.0);
    assert_eq!(hours(&r, Reason::Daily, 1.5), 4.0);
    assert_eq!(hours(&r, Reason::DailyTier, 2.0), 1.0);
}

// US: FLSA §7(a): 1.5x beyond 40 hours in a workweek; no daily threshold.
#[test]
fn us_weekly_overtime_after_40_hours() {
    let tz: Tz = "America/New_York".parse().expect("tz");
    let week: Vec<Shift> = (6..=10)
        .map(|day| {
            shift(
                tz,
                &format!("2026-07-{day:02} 08:00"),
                &format!("2026-07-{day:02} 17:00"),
            )
        })
        .collect();
    let r = LIB.overtime("US", tz, &week).expect("overtime");
    assert_eq!((r.total_hours, r.straight_hours), (45.0, 40.0));
    assert_eq!(hours(&r, Reason::Weekly, 1.5), 5.0);
}

// BR: Constituição art. 7 XVI (+50%) and CLT art. 59; Sunday rest (Lei 605/1949) paid double.
#[test]
fn brazil_daily_overtime_and_rest_day() {
    let tz: Tz = "America/Sao_Paulo".parse().expect("tz");
    let r = LIB
        .overtime(
            "BR",
            tz,
            &[
                shift(tz, "2026-07-06 08:00", "2026-07-06 18:00"),
                shift(tz, "2026-07-12 08:00", "2026-07-12 12:00"),
            ],
        )
        .expect("overtime");
    assert_eq!(hours(&r, Reason::Daily, 1.5), 2.0);
    assert_eq!(hours(&r, Reason::RestDay, 2.0), 4.0);
}

// CN: Labour Law art. 44: 150% overtime, 200% rest day, 300% statutory holiday (National Day).
#[test]
fn china_public_holiday_is_paid_triple() {
    let tz: Tz = "Asia/Shanghai".parse().expect("tz");
    let r = LIB
        .overtime(
            "CN",
            tz,
            &[shift(tz, "2026-10-01 09:00", "2026-10-01 17:00")],
        )
        .expect("overtime");
    assert_eq!(hours(&r, Reason::PublicHoliday, 3.0), 8.0);
    assert_eq!(r.straight_hours, 0.0);
}

// DE: ArbZG sets no overtime premium: every hour is straight time, and the result says so.
#[test]
fn germany_has_no_statutory_overtime_premium() {
    let tz: Tz = "Europe/Berlin".parse().expect("tz");
    let r = LIB
        .overtime(
            "DE",
            tz,
            &[shift(tz, "2026-07-08 07:00", "2026-07-08 19:00")],
        )
        .expect("overtime");
    assert!(!r.statutory && r.premium_hours.is_empty() && r.straight_hours == 12.0);
}

// DE: ArbZG §3 (10 hours a day at most) and §5(1) (11 hours' rest).
#[test]
fn germany_working_time_violations() {
    let tz: Tz = "Europe/Berlin".parse().expect("tz");
    let r = LIB
        .working_time(
            "DE",
            tz,
            &[
                shift(tz, "2026-07-07 08:00", "2026-07-07 19:00"),
                shift(tz, "2026-07-08 04:00", "2026-07-08 12:00"),
            ],
        )
        .expect("working time");
    let rules: Vec<Rule> = r.violations.iter().map(|v| v.rule).collect();
    assert_eq!(rules, vec![Rule::MaxDailyHours, Rule::MinDailyRest]);
    assert_eq!(
        (r.violations[0].actual_hours, r.violations[1].actual_hours),
        (11.0, 9.0)
    );
}

// A night shift across the DST change counts its real hours: 7 in spring, 9 in autumn.
#[test]
fn night_shifts_across_dst_count_real_hours() {
    let tz: Tz = "Europe/Berlin".parse().expect("tz");
    let spring = LIB
        .overtime(
            "DE",
            tz,
            &[shift(tz, "2026-03-28 22:00", "2026-03-29 06:00")],
        )
        .expect("ot");
    let autumn = LIB
        .overtime(
            "DE",
            tz,
            &[shift(tz, "2026-10-24 22:00", "2026-10-25 06:00")],
        )
        .expect("ot");
    assert_eq!((spring.total_hours, autumn.total_hours), (7.0, 9.0));
    assert_eq!(spring.days.len(), 2);
    assert_eq!(spring.days[1].hours, 5.0);
}

// DE: BGB §622(2): employer notice after 10 years is 4 months.
#[test]
fn germany_notice_by_tenure() {
    let terms = |months: f64| ContractTerms {
        on: d("2026-07-01"),
        hire_date: Some(d("2015-01-01")),
        probation_months: Some(6.0),
        notice_by_employer: Some(Period {
            amount: months,
            unit: PeriodUnit::Months,
        }),
        notice_by_employee: Some(Period {
            amount: 4.0,
            unit: PeriodUnit::Weeks,
        }),
    };
    let short = LIB.check_contract("DE", &terms(3.0)).expect("check");
    assert!(!short.ok);
    let f = short
        .findings
        .iter()
        .find(|f| f.term == "notice_by_employer")
        .expect("finding");
    assert_eq!(
        (f.statutory.amount, f.statutory.unit),
        (4.0, PeriodUnit::Months)
    );
    assert!(LIB.check_contract("DE", &terms(4.0)).expect("check").ok);
}

// BE: the Act of 26 December 2013 abolished the trial period: any probation is too long.
#[test]
fn belgium_allows_no_probation() {
    let terms = ContractTerms {
        on: d("2026-07-01"),
        hire_date: None,
        probation_months: Some(1.0),
        notice_by_employer: None,
        notice_by_employee: None,
    };
    assert!(!LIB.check_contract("BE", &terms).expect("check").ok);
}

// DE: Fünfte Mindestlohnanpassungsverordnung: 13.90 EUR/hour from 2026-01-01, 14.60 from 2027.
#[test]
fn germany_minimum_wage_by_date() {
    let q = |on: &str, amount: &str| WageQuery {
        on: d(on),
        amount: amount.parse().expect("decimal"),
        currency: "EUR".into(),
        period: WagePeriod::Month,
        hours_per_week: 40.into(),
    };
    let low = LIB
        .check_minimum_wage("DE", &q("2026-07-01", "2300"))
        .expect("check");
    assert!(!low.ok);
    assert_eq!(low.minimum.to_string(), "13.90");
    assert_eq!(low.pay_in_period.to_string(), "13.27");
    assert!(
        LIB.check_minimum_wage("DE", &q("2026-07-01", "2500"))
            .expect("check")
            .ok
    );
    assert_eq!(
        LIB.check_minimum_wage("DE", &q("2027-02-01", "2500"))
            .expect("check")
            .minimum
            .to_string(),
        "14.60"
    );
}

// KR: Minimum Wage Commission notice for 2026: 10,320 KRW/hour; US-CA Labor Code §1182.12:
// 16.90 USD/hour in 2026 (overriding the federal 7.25 of FLSA §6); MX: CONASAMI 2026 general
// zone 315.04 MXN/day; BR: Decreto for 2026, 1,621 BRL/month.
#[test]
fn minimum_wages_2026() {
    let min = |code: &str| {
        let lib = &*LIB;
        let f = lib
            .fact(code, d("2026-07-01"), |p| &p.minimum_wage)
            .expect("minimum wage");
        (f.fact.amount.clone(), f.fact.currency.clone())
    };
    assert_eq!(min("KR"), ("10320".into(), "KRW".into()));
    assert_eq!(min("US-CA"), ("16.90".into(), "USD".into()));
    assert_eq!(min("US"), ("7.25".into(), "USD".into()));
    assert_eq!(min("MX"), ("315.04".into(), "MXN".into()));
    assert_eq!(min("BR"), ("1621.00".into(), "BRL".into()));
}

// CN: PIPL art. 40 and RU: 152-FZ art. 18(5) localize personal data; GDPR keeps DE in the eu
// zone; US law sets no localization rule.
#[test]
fn data_residency_rules() {
    let on = d("2026-07-01");
    let allowed = |c: &str, z: &str| {
        matches!(
            LIB.check_residency(c, z, on).expect("residency"),
            Residency::Allowed(_)
        )
    };
    assert!(allowed("CN", "cn") && !allowed("CN", "eu") && !allowed("CN", "us"));
    assert!(allowed("RU", "ru") && !allowed("RU", "eu"));
    assert!(allowed("DE", "eu") && !allowed("DE", "us"));
    assert!(allowed("US", "us") && allowed("US", "eu"));
    let Residency::Forbidden(v) = LIB.check_residency("CN", "eu", on).expect("residency") else {
        panic!("CN data in eu must be forbidden");
    };
    assert_eq!(v.allowed_zones, vec!["cn".to_owned()]);
    assert!(
        v.citation
            .source
            .contains("Personal Information Protection Law")
    );
}

// DE holidays (holidays 0.109): 25 and 26 December; the weekend is Saturday and Sunday.
#[test]
fn germany_business_days_skip_christmas() {
    let cal = Calendar::new(&LIB, "DE").expect("calendar");
    assert_eq!(
        cal.add_business_days(d("2026-12-23"), 1).expect("add"),
        d("2026-12-24")
    );
    assert_eq!(
        cal.add_business_days(d("2026-12-23"), 3).expect("add"),
        d("2026-12-29")
    );
}

// AE: the weekend moved from Friday-Saturday to Saturday-Sunday on 2022-01-01.
#[test]
fn uae_weekend_follows_the_rule_in_force() {
    let cal = Calendar::new(&LIB, "AE").expect("calendar");
    assert!(cal.is_weekend(d("2021-12-24")).expect("weekend")); // a Friday, old rule
    assert!(!cal.is_weekend(d("2022-01-14")).expect("weekend")); // a Friday, new rule
    assert!(cal.is_weekend(d("2022-01-16")).expect("weekend")); // a Sunday, new rule
}

// JP: Golden Week 2027 (Act on National Holidays): 3, 4, 5 May are holidays.
#[test]
fn japan_golden_week() {
    let cal = Calendar::new(&LIB, "JP").expect("calendar");
    assert_eq!(
        cal.add_business_days(d("2027-04-30"), 1).expect("add"),
        d("2027-05-06")
    );
}

// Outside the generated years the calendar refuses rather than forgetting the holidays.
#[test]
fn business_days_outside_the_holiday_data_are_an_error() {
    let cal = Calendar::new(&LIB, "DE").expect("calendar");
    assert!(cal.add_business_days(d("2035-12-30"), 5).is_err());
}

// Full-year leave on a 5-day week, each row with the statute its pack cites:
// IT D.Lgs. 66/2003 art. 10 (4 weeks); NL Burgerlijk Wetboek 7:634 (4 × the weekly working
// days); AU Fair Work Act 2009 s. 87 (4 weeks); ZA BCEA s. 20(2) (21 consecutive days = 15 working
// days); SA Labor Law art. 109 (21 calendar days, 30 after 5 years); CA-ON Employment Standards Act
// s. 33 (2 weeks, 3 after 5 years); MX Ley Federal del Trabajo art. 76 as amended in 2023 (12
// days on a 6-day basis = 10 on 5); SE Semesterlagen §4 (25 days).
#[test]
fn annual_leave_table() {
    for (code, hired, days) in [
        ("IT", "2020-01-01", 20.0),
        ("NL", "2020-01-01", 20.0),
        ("AU", "2020-01-01", 20.0),
        ("ZA", "2020-01-01", 15.0),
        ("SA", "2024-01-01", 21.0),
        ("SA", "2020-01-01", 30.0),
        ("CA-ON", "2024-01-01", 10.0),
        ("CA-ON", "2020-01-01", 15.0),
        ("MX", "2025-01-01", 10.0),
        ("SE", "2020-01-01", 25.0),
    ] {
        let r = LIB
            .annual_leave(
                code,
                &LeaveQuery {
                    hire_date: d(hired),
                    on: d("2026-07-01"),
                    fte: 1.0,
                    working_days_per_week: 5.0,
                    policy_days: None,
                },
            )
            .expect("leave");
        assert_eq!(r.statutory_days, days, "{code} hired {hired}");
    }
}

//! Properties of the arithmetic, over the real packs.

use std::sync::LazyLock;

use cadre_jurisdictions::{
    Calendar, Library, calendar::day_start, hours::Shift, leave::LeaveQuery,
};
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

static LIB: LazyLock<Library> = LazyLock::new(|| Library::embedded().expect("packs load"));

const CODES: &[&str] = &[
    "DE", "FR", "US", "US-CA", "CN", "JP", "AE", "BR", "SG", "GB", "IN", "MX", "KR", "AU-NSW",
];
const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Shanghai",
    "Pacific/Apia",
    "America/Santiago",
];

fn date_in_coverage() -> impl Strategy<Value = NaiveDate> {
    // 2020-01-01 .. 2034-12-31, leaving a year of room for additions.
    (0i64..5478)
        .prop_map(|n| NaiveDate::from_ymd_opt(2020, 1, 1).expect("date") + Duration::days(n))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever the policy, hire date, FTE and week, the entitlement never falls below statute.
    #[test]
    fn entitlement_never_below_statute(
        code in prop::sample::select(CODES),
        hire_offset in 0i64..9000,
        fte in 0.05f64..=1.0,
        week in 1u8..=6,
        policy in prop::option::of(0f64..40.0),
    ) {
        let on = NaiveDate::from_ymd_opt(2026, 7, 1).expect("date");
        let q = LeaveQuery {
            hire_date: on - Duration::days(hire_offset),
            on,
            fte,
            working_days_per_week: f64::from(week),
            policy_days: policy,
        };
        let Ok(r) = LIB.annual_leave(code, &q) else { return Ok(()); };
        prop_assert!(r.entitled_days >= r.statutory_days);
        prop_assert!(r.statutory_days >= 0.0);
        // More service never lowers the full-year figure.
        let longer = LeaveQuery { hire_date: q.hire_date - Duration::days(400), ..q.clone() };
        let r2 = LIB.annual_leave(code, &longer).expect("leave");
        prop_assert!(r2.statutory_full_year >= r.statutory_full_year);
    }

    /// Adding business days is monotonic in n and in the start date, lands on a business day,
    /// and n + m days equal n days then m days.
    #[test]
    fn business_day_addition_is_monotonic(
        code in prop::sample::select(CODES),
        start in date_in_coverage(),
        n in 0u32..40,
        m in 0u32..40,
    ) {
        let cal = Calendar::new(&LIB, code).expect("calendar");
        let a = cal.add_business_days(start, n).expect("add");
        let b = cal.add_business_days(start, n + m).expect("add");
        prop_assert!(a <= b);
        prop_assert_eq!(cal.add_business_days(a, m).expect("add"), b);
        if n > 0 {
            prop_assert!(a > start && cal.is_business_day(a).expect("day"));
        }
        let later = cal.add_business_days(start + Duration::days(1), n).expect("add");
        prop_assert!(later >= a);
    }

    /// Deadlines end at the start of the next local day, whatever DST does that night: the
    /// instant is on that local date, no earlier valid local time exists on it, and the deadline
    /// is after the request.
    #[test]
    fn deadlines_are_dst_safe(
        code in prop::sample::select(CODES),
        zone in prop::sample::select(ZONES),
        start in date_in_coverage(),
        secs in 0i64..86_400,
        n in 0u32..30,
    ) {
        let tz: Tz = zone.parse().expect("tz");
        let from = Utc.from_utc_datetime(&start.and_hms_opt(0, 0, 0).expect("time")) + Duration::seconds(secs);
        let cal = Calendar::new(&LIB, code).expect("calendar");
        let deadline = cal.deadline(tz, from, n).expect("deadline");
        prop_assert!(deadline.ends_at > from);
        let end_local = deadline.ends_at.with_timezone(&tz);
        let next = deadline.date.succ_opt().expect("date");
        // Apia skipped 2011-12-30 entirely; outside such a jump the end is on the next date.
        prop_assert_eq!(end_local.date_naive(), next);
        let a_minute_earlier = (deadline.ends_at - Duration::minutes(1)).with_timezone(&tz);
        prop_assert!(a_minute_earlier.date_naive() <= deadline.date);
    }

    /// Cutting shifts at local midnights keeps every second: the hours by day add up to the
    /// elapsed time, across DST changes in every zone.
    #[test]
    fn local_day_split_preserves_elapsed_time(
        zone in prop::sample::select(ZONES),
        start in date_in_coverage(),
        offset_min in 0i64..1440,
        len_min in 1i64..(16 * 60),
    ) {
        let tz: Tz = zone.parse().expect("tz");
        let s = Utc.from_utc_datetime(&start.and_hms_opt(0, 0, 0).expect("time")) + Duration::minutes(offset_min);
        let shift = Shift { start: s, end: s + Duration::minutes(len_min) };
        let r = LIB.overtime("DE", tz, &[shift]).expect("overtime");
        let by_day: f64 = r.days.iter().map(|d| d.hours).sum();
        prop_assert!((by_day - len_min as f64 / 60.0).abs() < 0.02);
        prop_assert!((r.total_hours - len_min as f64 / 60.0).abs() < 0.01);
    }
}

/// Lord Howe moves its clocks by 30 minutes: the night of the change is 30 minutes shorter
/// or longer, and the local day still starts at 00:00.
#[test]
fn lord_howe_half_hour_dst() {
    let tz: Tz = "Australia/Lord_Howe".parse().expect("tz");
    // DST starts on the first Sunday of October 2026 (4 Oct) at 02:00 → 02:30.
    let day = NaiveDate::from_ymd_opt(2026, 10, 4).expect("date");
    let length = day_start(tz, day.succ_opt().expect("date")) - day_start(tz, day);
    assert_eq!(length, Duration::minutes(23 * 60 + 30));
}

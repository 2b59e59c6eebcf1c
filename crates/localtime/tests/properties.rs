//! Time-zone arithmetic across DST transitions, as properties over dates from 2000 to 2040 in
//! zones with one-hour DST (Berlin, New York), half-hour DST (Lord Howe) and none (Shanghai).

use cadre_localtime::{
    Reading, day_length, resolve, shift_instants, split_by_local_day, weekly_window,
};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use proptest::prelude::*;

const ZONES: [&str; 4] = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Shanghai",
];

/// The size of a zone's DST shift.
fn shift(tz: &str) -> Duration {
    match tz {
        "Australia/Lord_Howe" => Duration::minutes(30),
        "Asia/Shanghai" => Duration::zero(),
        _ => Duration::hours(1),
    }
}

fn zone() -> impl Strategy<Value = &'static str> {
    prop::sample::select(ZONES.to_vec())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..(41 * 365))
        .prop_map(|d| NaiveDate::from_ymd_opt(2000, 1, 1).expect("date") + Duration::days(d))
}

fn time() -> impl Strategy<Value = NaiveTime> {
    (0u32..24 * 60).prop_map(|m| NaiveTime::from_hms_opt(m / 60, m % 60, 0).expect("time"))
}

/// Dates near transitions are rare among random dates; half the cases land on one.
fn transition_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        date(),
        (
            2000i32..2040,
            prop::sample::select(vec![(3, 8), (3, 25), (4, 1), (10, 1), (10, 25), (11, 1)]),
            0u32..7
        )
            .prop_map(|(y, (m, d), k)| NaiveDate::from_ymd_opt(y, m, d + k).expect("date")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// A local time reads back as itself, or, in a gap, as itself plus the gap.
    #[test]
    fn resolving_reads_back_or_moves_forward_by_the_gap(z in zone(), d in transition_date(), t in time()) {
        let tz: Tz = z.parse().expect("zone");
        let local = d.and_time(t);
        let (at, reading) = resolve(tz, local);
        let back = at.naive_local();
        match reading {
            Reading::Exact => prop_assert_eq!(back, local),
            Reading::Fold => {
                prop_assert_eq!(back, local);
                // The earlier instant: the same wall time one shift later is also this local time.
                let later = at + shift(z);
                prop_assert_eq!(later.with_timezone(&tz).naive_local(), local);
            }
            Reading::Gap => prop_assert_eq!(back - local, shift(z)),
        }
        if z == "Asia/Shanghai" && d.year() > 1991 {
            prop_assert_eq!(reading, Reading::Exact);
        }
    }

    /// Days are 24 hours, or 24 hours plus or minus the zone's shift on transition days.
    #[test]
    fn days_are_24_hours_give_or_take_the_shift(z in zone(), d in transition_date()) {
        let tz: Tz = z.parse().expect("zone");
        let len = day_length(tz, d);
        let s = shift(z);
        prop_assert!(len == Duration::hours(24) || len == Duration::hours(24) + s || len == Duration::hours(24) - s, "{len}");
    }

    /// Cutting a span at local midnights keeps every second and never exceeds a day a piece.
    #[test]
    fn splitting_by_local_day_keeps_the_elapsed_time(z in zone(), d in transition_date(), t in time(), minutes in 1i64..(72 * 60)) {
        let tz: Tz = z.parse().expect("zone");
        let start = resolve(tz, d.and_time(t)).0.with_timezone(&Utc);
        let end = start + Duration::minutes(minutes);
        let pieces = split_by_local_day(tz, start, end);
        let total = pieces.iter().fold(Duration::zero(), |a, (_, p)| a + *p);
        prop_assert_eq!(total, end - start);
        for w in pieces.windows(2) {
            prop_assert_eq!(w[0].0.succ_opt(), Some(w[1].0));
        }
        for (day, piece) in &pieces {
            prop_assert!(*piece <= day_length(tz, *day));
        }
    }

    /// A 22:00–06:00 night shift lasts 8 hours, or 8 plus or minus the shift across a change.
    #[test]
    fn night_shifts_last_eight_hours_give_or_take_the_shift(z in zone(), d in transition_date()) {
        let tz: Tz = z.parse().expect("zone");
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("time");
        let (s, e) = shift_instants(tz, d, t(22), t(6));
        let len = e - s;
        let sh = shift(z);
        prop_assert!(len == Duration::hours(8) || len == Duration::hours(8) + sh || len == Duration::hours(8) - sh, "{len}");
    }

    /// Each weekly occurrence is one interval seen from two zones: same instants, the
    /// organiser's weekday, and a length off by at most one shift.
    #[test]
    fn weekly_windows_are_the_same_instants_in_both_zones(
        a in zone(), b in zone(), d in date(), start in time(), minutes in 15i64..240,
    ) {
        let (oz, vz): (Tz, Tz) = (a.parse().expect("zone"), b.parse().expect("zone"));
        let end = start + Duration::minutes(minutes);
        let occ = weekly_window(oz, Weekday::Thu, start, end, vz, d, 10);
        prop_assert_eq!(occ.len(), 10);
        for o in &occ {
            prop_assert_eq!(o.start, o.viewer_start);
            prop_assert_eq!(o.end, o.viewer_end);
            if o.start_reading == Reading::Exact {
                prop_assert_eq!(o.start.with_timezone(&oz).weekday(), Weekday::Thu);
            }
            let planned = (end - start + Duration::days(1)).num_minutes() % (24 * 60);
            prop_assert!((o.minutes - planned).abs() <= shift(a).num_minutes(), "{} vs {planned}", o.minutes);
        }
    }
}

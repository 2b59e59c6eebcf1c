//! Local time done right. Instants are stored in UTC; people and rules live in IANA zones.
//!
//! Local times that do not exist or exist twice get one defined reading:
//! - **Gap** (clocks jump forward, e.g. 02:30 on the night Berlin moves to summer time): the
//!   time is read with the offset in force before the jump, so it lands as far past the jump as
//!   it was past its start: 02:30 → 03:30 CEST. This is what a wall clock that was not changed
//!   would show, and what RFC 5545 prescribes for recurring events.
//! - **Fold** (clocks fall back, e.g. 02:30 on the night Berlin leaves summer time): the earlier
//!   of the two instants, the one with the offset in force before the change.
//!
//! Durations between local times are measured between the instants, so a night shift
//! 22:00–06:00 lasts 7 hours on the night clocks spring forward and 9 on the night they fall
//! back.
//!
//! Dates are expected within [`YEARS`] (callers check input with [`supported`]): far from
//! them chrono's arithmetic overflows and panics, and no zone's rules mean anything there.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;
use serde::Serialize;

/// The years this crate answers for: HR records start after 1900, and the time-zone rules
/// of the far future are only the current ones carried forward.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// Whether `date` lies within [`YEARS`].
pub fn supported(date: NaiveDate) -> bool {
    YEARS.contains(&date.year())
}

/// How a local time was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// The local time exists once.
    Exact,
    /// It fell in a gap and was moved forward by the gap's length.
    Gap,
    /// It exists twice; the earlier instant was taken.
    Fold,
}

/// The instant a local time denotes in `tz`, by the rules above.
pub fn resolve(tz: Tz, local: NaiveDateTime) -> (DateTime<Tz>, Reading) {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => (t, Reading::Exact),
        chrono::LocalResult::Ambiguous(a, b) => (a.min(b), Reading::Fold),
        chrono::LocalResult::None => {
            let offset = offset_before_gap(tz, local);
            let utc = local - offset;
            (Utc.from_utc_datetime(&utc).with_timezone(&tz), Reading::Gap)
        }
    }
}

/// The UTC offset in force just before the gap containing `local`.
fn offset_before_gap(tz: Tz, local: NaiveDateTime) -> Duration {
    // Gaps last at most a day (Pacific/Apia skipped 2011-12-30); step back to a time that exists.
    let mut probe = local;
    for _ in 0..(26 * 4) {
        probe -= Duration::minutes(15);
        if let Some(t) = tz.from_local_datetime(&probe).latest() {
            return t.naive_local() - t.naive_utc();
        }
    }
    Duration::zero()
}

/// The first instant of local date `date` in `tz`: midnight, the earlier of two midnights in a
/// fold, or the first valid local time after a gap that swallows midnight.
pub fn day_start(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    let mut local = date.and_time(NaiveTime::MIN);
    // Gaps are at most a few hours; step by a minute until a local time exists.
    for _ in 0..(24 * 60) {
        if let Some(t) = tz.from_local_datetime(&local).earliest() {
            return t.with_timezone(&Utc);
        }
        local += Duration::minutes(1);
    }
    // No zone has a day-long gap except date-line moves (Pacific/Apia skipped 2011-12-30):
    // that day has no start, so it begins where the next one does.
    day_start(tz, date.succ_opt().unwrap_or(date))
}

/// The length of local date `date` in `tz`: 24 hours, or 23, 25, 23.5 … on transition days.
pub fn day_length(tz: Tz, date: NaiveDate) -> Duration {
    match date.succ_opt() {
        Some(next) => day_start(tz, next) - day_start(tz, date),
        None => Duration::hours(24),
    }
}

/// Time worked on each local day: `[start, end)` cut at local midnights in `tz`.
/// Attendance and overtime count hours per local day, so this is where they start.
pub fn split_by_local_day(
    tz: Tz,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> Vec<(NaiveDate, Duration)> {
    let mut out: Vec<(NaiveDate, Duration)> = Vec::new();
    let mut cursor = start;
    while cursor < end {
        let date = cursor.with_timezone(&tz).date_naive();
        let Some(next) = date.succ_opt() else { break };
        let piece_end = day_start(tz, next).min(end);
        match out.last_mut() {
            Some((d, hours)) if *d == date => *hours += piece_end - cursor,
            _ => out.push((date, piece_end - cursor)),
        }
        cursor = piece_end;
    }
    out
}

/// A shift given in local wall-clock times: starts on `date` at `start`, ends at `end` on the
/// same date, or on the next date when `end` is not after `start` (a night shift).
pub fn shift_instants(
    tz: Tz,
    date: NaiveDate,
    start: NaiveTime,
    end: NaiveTime,
) -> (DateTime<Tz>, DateTime<Tz>) {
    let end_date = if end > start {
        date
    } else {
        date.succ_opt().unwrap_or(date)
    };
    (
        resolve(tz, date.and_time(start)).0,
        resolve(tz, end_date.and_time(end)).0,
    )
}

/// One occurrence of a weekly window, in the organiser's zone and in the viewer's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    /// Start, with the organiser's offset.
    pub start: DateTime<chrono::FixedOffset>,
    /// End, with the organiser's offset.
    pub end: DateTime<chrono::FixedOffset>,
    /// Start, with the viewer's offset.
    pub viewer_start: DateTime<chrono::FixedOffset>,
    /// End, with the viewer's offset.
    pub viewer_end: DateTime<chrono::FixedOffset>,
    /// The viewer's local weekday at the start (it can differ from the organiser's).
    pub viewer_weekday: Weekday,
    /// Length in minutes: can differ from week to week when a DST change falls inside.
    pub minutes: i64,
    /// How the organiser's start and end times were read.
    pub start_reading: Reading,
    pub end_reading: Reading,
}

/// A weekly window such as "Thursday 19:00–21:00 in the manager's zone", for the `weeks`
/// occurrences on or after `from`, shown in the viewer's zone too. Each week is resolved on its
/// own date, so the viewer's times move when only one of the two zones changes offset.
pub fn weekly_window(
    organiser: Tz,
    weekday: Weekday,
    start: NaiveTime,
    end: NaiveTime,
    viewer: Tz,
    from: NaiveDate,
    weeks: u32,
) -> Vec<Occurrence> {
    let ahead = (7 + weekday.num_days_from_monday() as i64
        - from.weekday().num_days_from_monday() as i64)
        % 7;
    let first = from + Duration::days(ahead);
    (0..i64::from(weeks))
        .filter_map(|w| {
            let date = first.checked_add_signed(Duration::weeks(w))?;
            let (s, start_reading) = resolve(organiser, date.and_time(start));
            let end_date = if end > start { date } else { date.succ_opt()? };
            let (e, end_reading) = resolve(organiser, end_date.and_time(end));
            let vs = s.with_timezone(&viewer);
            Some(Occurrence {
                start: s.fixed_offset(),
                end: e.fixed_offset(),
                viewer_start: vs.fixed_offset(),
                viewer_end: e.with_timezone(&viewer).fixed_offset(),
                viewer_weekday: vs.weekday(),
                minutes: (e - s).num_minutes(),
                start_reading,
                end_reading,
            })
        })
        .collect()
}

/// An instant shown in a zone, as RFC 3339 with that zone's offset.
pub fn in_zone(at: DateTime<Utc>, tz: Tz) -> DateTime<chrono::FixedOffset> {
    at.with_timezone(&tz).fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("datetime")
    }

    #[test]
    fn gap_moves_forward_by_the_gap_and_fold_takes_the_earlier() {
        let berlin: Tz = "Europe/Berlin".parse().expect("zone");
        let (t, r) = resolve(berlin, at("2026-03-29 02:30"));
        assert_eq!(
            (t.to_rfc3339().as_str(), r),
            ("2026-03-29T03:30:00+02:00", Reading::Gap)
        );
        let (t, r) = resolve(berlin, at("2026-10-25 02:30"));
        assert_eq!(
            (t.to_rfc3339().as_str(), r),
            ("2026-10-25T02:30:00+02:00", Reading::Fold)
        );
        let howe: Tz = "Australia/Lord_Howe".parse().expect("zone");
        // Lord Howe springs forward 30 minutes at 02:00 on the first Sunday of October.
        let (t, r) = resolve(howe, at("2026-10-04 02:15"));
        assert_eq!(
            (t.to_rfc3339().as_str(), r),
            ("2026-10-04T02:45:00+11:00", Reading::Gap)
        );
        let apia: Tz = "Pacific/Apia".parse().expect("zone");
        let (t, r) = resolve(apia, at("2011-12-30 12:00"));
        assert_eq!(
            (t.to_rfc3339().as_str(), r),
            ("2011-12-31T12:00:00+14:00", Reading::Gap)
        );
    }

    #[test]
    fn night_shifts_across_dst_last_seven_or_nine_hours() {
        let ny: Tz = "America/New_York".parse().expect("zone");
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
        let d = |s: &str| s.parse::<NaiveDate>().expect("date");
        let (s, e) = shift_instants(ny, d("2026-03-07"), t(22, 0), t(6, 0));
        assert_eq!(e - s, Duration::hours(7));
        let (s, e) = shift_instants(ny, d("2026-10-31"), t(22, 0), t(6, 0));
        assert_eq!(e - s, Duration::hours(9));
        let days = split_by_local_day(ny, s.with_timezone(&Utc), e.with_timezone(&Utc));
        assert_eq!(
            days,
            [
                (d("2026-10-31"), Duration::hours(2)),
                (d("2026-11-01"), Duration::hours(7))
            ]
        );
        assert_eq!(day_length(ny, d("2026-11-01")), Duration::hours(25));
    }

    #[test]
    fn a_berlin_thursday_evening_seen_from_new_york_moves_when_only_one_zone_changes() {
        let berlin: Tz = "Europe/Berlin".parse().expect("zone");
        let ny: Tz = "America/New_York".parse().expect("zone");
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("time");
        let from: NaiveDate = "2026-03-02".parse().expect("date");
        let w = weekly_window(berlin, Weekday::Thu, t(19), t(21), ny, from, 5);
        let starts: Vec<String> = w
            .iter()
            .map(|o| o.viewer_start.format("%m-%d %H:%M").to_string())
            .collect();
        // US moves on 8 March, Europe on 29 March: 13:00, then 14:00 for three weeks, then 13:00.
        assert_eq!(
            starts,
            [
                "03-05 13:00",
                "03-12 14:00",
                "03-19 14:00",
                "03-26 14:00",
                "04-02 13:00"
            ]
        );
        assert!(
            w.iter()
                .all(|o| o.minutes == 120 && o.viewer_weekday == Weekday::Thu)
        );
    }
}

//! Worked time: overtime classification and premiums, and working-time violations.
//!
//! Shifts are instants; they are cut at local midnights of the given time zone, so a night
//! shift across a DST change counts its real 7 or 9 hours, split over the two local dates.
//! Rules (SCHEMA.md, "Evaluations"):
//! - public-holiday hours are paid `public_holiday_premium` and rest-day (weekend) hours
//!   `rest_day_premium`, when the pack states one; such hours do not count toward thresholds;
//! - on other days, hours beyond `daily_threshold_hours` are overtime at `premium`, and beyond a
//!   daily tier at the tier's premium;
//! - within a local ISO week (Monday to Sunday), straight-time hours beyond
//!   `weekly_threshold_hours` are overtime too, in time order, so no hour is counted twice.

use cadre_i18n::msg;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::{
    calendar::{Calendar, day_start},
    eval::{Citation, EvalError, round2},
    library::Library,
    model::PackFile,
};

/// Longest period one evaluation may span: bounds the work a request can cause.
pub const MAX_SPAN_DAYS: i64 = 62;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Shift {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    Working,
    RestDay,
    PublicHoliday,
}

/// Hours worked on one local date.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct DayHours {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub hours: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = PremiumReason)]
pub enum Reason {
    Daily,
    DailyTier,
    Weekly,
    WeeklyTier,
    RestDay,
    PublicHoliday,
}

/// Hours paid at one premium for one reason.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PremiumLine {
    pub reason: Reason,
    pub premium: f64,
    pub hours: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OvertimeResult {
    /// False when the statute sets no premium (contracts and collective agreements do).
    pub statutory: bool,
    pub total_hours: f64,
    pub straight_hours: f64,
    pub premium_hours: Vec<PremiumLine>,
    pub days: Vec<DayHours>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_overtime_hours_per_year: Option<f64>,
    pub citation: Citation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = WorkingTimeRule)]
pub enum Rule {
    MaxDailyHours,
    MaxWeeklyHours,
    MinDailyRest,
    MinWeeklyRest,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = WorkingTimeViolation)]
pub struct Violation {
    pub rule: Rule,
    /// The local date (daily rules) or the Monday of the week (weekly rules).
    pub date: NaiveDate,
    pub actual_hours: f64,
    pub limit_hours: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub averaged_over_weeks: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct WorkingTimeResult {
    pub violations: Vec<Violation>,
    pub citation: Citation,
}

/// Checks the shifts and cuts them into local days.
fn local_days(
    calendar: &Calendar<'_>,
    tz: Tz,
    shifts: &[Shift],
) -> Result<Vec<DayHours>, EvalError> {
    if shifts.is_empty() {
        return Err(EvalError::invalid("shifts", msg!("field-shifts-empty")));
    }
    for (i, s) in shifts.iter().enumerate() {
        if s.end <= s.start {
            return Err(EvalError::invalid(
                "shifts",
                msg!("field-shift-ends-before-start", index = i),
            ));
        }
        if i > 0 && s.start < shifts[i - 1].end {
            return Err(EvalError::invalid(
                "shifts",
                msg!("field-shift-overlaps", index = i, previous = i - 1),
            ));
        }
    }
    let span = shifts[shifts.len() - 1].end - shifts[0].start;
    if span > Duration::days(MAX_SPAN_DAYS) {
        return Err(EvalError::invalid(
            "shifts",
            msg!("field-shifts-span", days = MAX_SPAN_DAYS),
        ));
    }
    let mut days: Vec<DayHours> = Vec::with_capacity(shifts.len() + 2);
    for s in shifts {
        let mut cursor = s.start;
        while cursor < s.end {
            let date = cursor.with_timezone(&tz).date_naive();
            let next_day = date
                .succ_opt()
                .ok_or_else(|| EvalError::invalid("shifts", msg!("field-date-out-of-range")))?;
            let piece_end = day_start(tz, next_day).min(s.end);
            let hours = (piece_end - cursor).num_seconds() as f64 / 3600.0;
            match days.last_mut() {
                Some(d) if d.date == date => d.hours += hours,
                _ => {
                    let kind = if calendar.is_holiday(date)? {
                        DayKind::PublicHoliday
                    } else if calendar.is_weekend(date)? {
                        DayKind::RestDay
                    } else {
                        DayKind::Working
                    };
                    days.push(DayHours { date, kind, hours });
                }
            }
            cursor = piece_end;
        }
    }
    Ok(days)
}

/// The Monday of `date`'s ISO week.
fn week_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

fn add(lines: &mut Vec<PremiumLine>, reason: Reason, premium: f64, hours: f64) {
    if hours <= 0.0 {
        return;
    }
    match lines
        .iter_mut()
        .find(|l| l.reason == reason && l.premium == premium)
    {
        Some(l) => l.hours += hours,
        None => lines.push(PremiumLine {
            reason,
            premium,
            hours,
        }),
    }
}

/// How hours beyond a threshold are paid: the base premium, then each tier past its hours.
struct Over<'a> {
    premium: f64,
    /// `(after_hours, premium)`, ascending.
    tiers: &'a [(f64, f64)],
    base: Reason,
    tier: Reason,
}

impl Over<'_> {
    /// Places `hours` worked after `level` hours were already counted.
    fn place(&self, lines: &mut Vec<PremiumLine>, mut hours: f64, mut level: f64) {
        let (mut reason, mut rate) = (self.base, self.premium);
        for &(after, tier_premium) in self.tiers {
            let at_rate = hours.min((after - level).max(0.0));
            add(lines, reason, rate, at_rate);
            hours -= at_rate;
            level = level.max(after);
            (reason, rate) = (self.tier, tier_premium);
        }
        add(lines, reason, rate, hours);
    }
}

impl Library {
    pub fn overtime(
        &self,
        code: &str,
        tz: Tz,
        shifts: &[Shift],
    ) -> Result<OvertimeResult, EvalError> {
        let calendar = Calendar::new(self, code)?;
        let mut days = local_days(&calendar, tz, shifts)?;
        let on = days[0].date;
        let found = self.require(code, on, |p: &PackFile| &p.overtime)?;
        let ot = found.fact;
        let total: f64 = days.iter().map(|d| d.hours).sum();
        let mut lines = Vec::new();
        let mut straight = total;
        if ot.statutory {
            straight = 0.0;
            let premium = ot.premium.unwrap_or(1.0);
            let tiers = |pick: fn(&crate::model::OvertimeTier) -> Option<f64>| {
                let mut t: Vec<(f64, f64)> = ot
                    .tiers
                    .iter()
                    .filter_map(|t| pick(t).map(|h| (h, t.premium)))
                    .collect();
                t.sort_by(|a, b| a.0.total_cmp(&b.0));
                t
            };
            let daily_tiers = tiers(|t| t.after_daily_hours);
            let weekly_tiers = tiers(|t| t.after_weekly_hours);
            let mut week = None;
            let mut week_straight = 0.0;
            for d in &days {
                match (d.kind, ot.public_holiday_premium, ot.rest_day_premium) {
                    (DayKind::PublicHoliday, Some(p), _) => {
                        add(&mut lines, Reason::PublicHoliday, p, d.hours);
                        continue;
                    }
                    (DayKind::RestDay, _, Some(p)) => {
                        add(&mut lines, Reason::RestDay, p, d.hours);
                        continue;
                    }
                    _ => {}
                }
                // Daily split: straight time up to the threshold, the rest at premium and tiers.
                let threshold = ot.daily_threshold_hours.unwrap_or(f64::INFINITY);
                let day_straight = d.hours.min(threshold);
                let over = Over {
                    premium,
                    tiers: &daily_tiers,
                    base: Reason::Daily,
                    tier: Reason::DailyTier,
                };
                over.place(&mut lines, d.hours - day_straight, threshold);

                // Weekly split of the day's straight time.
                let w = week_of(d.date);
                if week != Some(w) {
                    week = Some(w);
                    week_straight = 0.0;
                }
                match ot.weekly_threshold_hours {
                    Some(limit) => {
                        let under = day_straight.min((limit - week_straight).max(0.0));
                        straight += under;
                        week_straight += under;
                        let over = Over {
                            premium,
                            tiers: &weekly_tiers,
                            base: Reason::Weekly,
                            tier: Reason::WeeklyTier,
                        };
                        over.place(&mut lines, day_straight - under, week_straight);
                        week_straight += day_straight - under;
                    }
                    None => straight += day_straight,
                }
            }
        }
        for l in &mut lines {
            l.hours = round2(l.hours);
        }
        for d in &mut days {
            d.hours = round2(d.hours);
        }
        Ok(OvertimeResult {
            statutory: ot.statutory,
            total_hours: round2(total),
            straight_hours: round2(straight),
            premium_hours: lines,
            days,
            max_overtime_hours_per_year: ot.max_overtime_hours_per_year,
            citation: found.into(),
        })
    }

    /// Working-time limits and rest periods. The weekly limit is checked per ISO week, or, when
    /// the statute averages it, as the mean over the weeks from the first to the last shift in
    /// windows of `averaging_weeks` (shorter input: one window over what was given).
    pub fn working_time(
        &self,
        code: &str,
        tz: Tz,
        shifts: &[Shift],
    ) -> Result<WorkingTimeResult, EvalError> {
        let calendar = Calendar::new(self, code)?;
        let days = local_days(&calendar, tz, shifts)?;
        let on = days[0].date;
        let found = self.require(code, on, |p: &PackFile| &p.working_time)?;
        let wt = found.fact;
        let mut violations = Vec::new();

        if let Some(limit) = wt.max_daily_hours {
            for d in days.iter().filter(|d| d.hours > limit + 1e-9) {
                violations.push(Violation {
                    rule: Rule::MaxDailyHours,
                    date: d.date,
                    actual_hours: round2(d.hours),
                    limit_hours: limit,
                    averaged_over_weeks: None,
                });
            }
        }

        // Hours per ISO week, with empty weeks between the first and last kept as zero.
        let first_week = week_of(days[0].date);
        let last_week = week_of(days[days.len() - 1].date);
        let weeks = ((last_week - first_week).num_days() / 7 + 1) as usize;
        let mut per_week = vec![0.0; weeks];
        for d in &days {
            per_week[((week_of(d.date) - first_week).num_days() / 7) as usize] += d.hours;
        }
        if let Some(limit) = wt.max_weekly_hours {
            let window = wt
                .averaging_weeks
                .map_or(1, |n| (n as usize).min(weeks).max(1));
            for start in 0..=(weeks - window) {
                let mean = per_week[start..start + window].iter().sum::<f64>() / window as f64;
                if mean > limit + 1e-9 {
                    violations.push(Violation {
                        rule: Rule::MaxWeeklyHours,
                        date: first_week + Duration::weeks(start as i64),
                        actual_hours: round2(mean),
                        limit_hours: limit,
                        averaged_over_weeks: (window > 1).then_some(window as u32),
                    });
                }
            }
        }

        if let Some(limit) = wt.min_daily_rest_hours {
            for pair in shifts.windows(2) {
                let rest = (pair[1].start - pair[0].end).num_seconds() as f64 / 3600.0;
                let new_day = pair[1].start.with_timezone(&tz).date_naive()
                    != pair[0].start.with_timezone(&tz).date_naive();
                if new_day && rest + 1e-9 < limit {
                    violations.push(Violation {
                        rule: Rule::MinDailyRest,
                        date: pair[1].start.with_timezone(&tz).date_naive(),
                        actual_hours: round2(rest),
                        limit_hours: limit,
                        averaged_over_weeks: None,
                    });
                }
            }
        }

        if let Some(limit) = wt.min_weekly_rest_hours {
            for w in 0..weeks {
                let monday = first_week + Duration::weeks(w as i64);
                let (from, to) = (
                    day_start(tz, monday),
                    day_start(tz, monday + Duration::weeks(1)),
                );
                let mut longest = Duration::zero();
                let mut free_from = from;
                for s in shifts.iter().filter(|s| s.end > from && s.start < to) {
                    longest = longest.max(s.start.max(from) - free_from);
                    free_from = free_from.max(s.end.min(to));
                }
                longest = longest.max(to - free_from);
                let hours = longest.num_seconds() as f64 / 3600.0;
                if hours + 1e-9 < limit {
                    violations.push(Violation {
                        rule: Rule::MinWeeklyRest,
                        date: monday,
                        actual_hours: round2(hours),
                        limit_hours: limit,
                        averaged_over_weeks: None,
                    });
                }
            }
        }
        violations.sort_by_key(|v| v.date);
        Ok(WorkingTimeResult {
            violations,
            citation: found.into(),
        })
    }
}

//! Pack loading and evaluation speed. Prints a table; run with
//! `cargo bench -p cadre-jurisdictions`.
//!
//! Baselines, measured in the same run: parsing the same files into untyped `toml::Table`s on
//! one thread (the floor for any TOML-based load), and one `chrono-tz` UTC→local conversion.

use std::{hint::black_box, time::Instant};

use cadre_jurisdictions::{Calendar, Library, Sources, hours::Shift, leave::LeaveQuery};
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// Median of `runs` timings of `f`, in seconds per call, each timing over `inner` calls.
fn median(runs: usize, inner: u32, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..inner {
                f();
            }
            start.elapsed().as_secs_f64() / f64::from(inner)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[runs / 2]
}

fn main() {
    let sources = Sources::embedded();
    let bytes: usize = sources
        .packs
        .iter()
        .chain(&sources.holidays)
        .map(|f| f.text.len())
        .sum();

    let load = median(15, 1, || {
        black_box(Library::load(black_box(&sources)).expect("packs load"));
    });
    let raw = median(15, 1, || {
        for f in sources.packs.iter().chain(&sources.holidays) {
            black_box(toml::from_str::<toml::Table>(&f.text).expect("toml"));
        }
    });

    let lib = Library::embedded().expect("packs load");
    let on = NaiveDate::from_ymd_opt(2026, 7, 1).expect("date");
    let q = LeaveQuery {
        hire_date: NaiveDate::from_ymd_opt(2019, 3, 15).expect("date"),
        on,
        fte: 0.8,
        working_days_per_week: 4.0,
        policy_days: Some(22.0),
    };
    let leave = median(31, 20_000, || {
        black_box(
            lib.annual_leave(black_box("JP"), black_box(&q))
                .expect("leave"),
        );
    });

    let tz: Tz = "America/Los_Angeles".parse().expect("tz");
    let week: Vec<Shift> = (0..6)
        .map(|d| {
            let start = tz
                .with_ymd_and_hms(2026, 7, 6 + d, 7, 0, 0)
                .single()
                .expect("time")
                .with_timezone(&Utc);
            Shift {
                start,
                end: start + Duration::hours(10),
            }
        })
        .collect();
    let overtime = median(31, 5_000, || {
        black_box(
            lib.overtime(black_box("US-CA"), tz, black_box(&week))
                .expect("overtime"),
        );
    });
    let working_time = median(31, 5_000, || {
        black_box(
            lib.working_time(black_box("DE"), tz, black_box(&week))
                .expect("working time"),
        );
    });
    let cal = Calendar::new(&lib, "DE").expect("calendar");
    let business = median(31, 5_000, || {
        black_box(
            cal.add_business_days(black_box(on), black_box(10))
                .expect("add"),
        );
    });
    let instant = Utc::now();
    let tz_convert = median(31, 100_000, || {
        black_box(black_box(instant).with_timezone(&tz));
    });

    println!(
        "jurisdiction packs: {} packs + {} holiday files, {:.1} MiB",
        sources.packs.len(),
        sources.holidays.len(),
        bytes as f64 / 1_048_576.0
    );
    println!(
        "{:<48} {:>12} {:>10} {:>22}",
        "operation", "median", "target", "vs baseline"
    );
    println!(
        "{:<48} {:>9.1} ms {:>10} {:>22}",
        "load + validate all packs (all cores)",
        load * 1e3,
        "≤ 100 ms",
        format!("{:.2}× raw TOML parse", load / raw)
    );
    println!(
        "{:<48} {:>9.1} ms {:>10} {:>22}",
        "baseline: untyped TOML parse, one thread",
        raw * 1e3,
        "",
        ""
    );
    println!(
        "{:<48} {:>9.2} µs {:>10} {:>22}",
        "annual-leave entitlement (JP, tenure steps)",
        leave * 1e6,
        "≤ 10 µs",
        format!("{:.0}× tz conversion", leave / tz_convert)
    );
    println!(
        "{:<48} {:>9.2} µs {:>10} {:>22}",
        "overtime, 6 shifts of 10 h (US-CA)",
        overtime * 1e6,
        "≤ 10 µs",
        format!("{:.0}× tz conversion", overtime / tz_convert)
    );
    println!(
        "{:<48} {:>9.2} µs {:>10} {:>22}",
        "working-time violations, same week (DE rules)",
        working_time * 1e6,
        "",
        ""
    );
    println!(
        "{:<48} {:>9.2} µs {:>10} {:>22}",
        "add 10 business days (DE)",
        business * 1e6,
        "",
        ""
    );
    println!(
        "{:<48} {:>9.0} ns {:>10} {:>22}",
        "baseline: one chrono-tz UTC→local conversion",
        tz_convert * 1e9,
        "",
        ""
    );
}

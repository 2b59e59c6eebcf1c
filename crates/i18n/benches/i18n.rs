//! Message formatting and language negotiation speed. Prints a table; run with
//! `cargo bench -p cadre-i18n`.
//!
//! Baseline, measured in the same run: the same English sentence built with `format!`, which
//! is what the code did before messages were localized.

use std::{hint::black_box, time::Instant};

use cadre_i18n::{Catalog, Preferences, msg};

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
    let load = median(9, 1, || {
        black_box(Catalog::embedded().expect("catalog"));
    });
    let catalog = Catalog::global();
    let de = catalog.lookup("de").expect("de");
    let ar = catalog.lookup("ar").expect("ar");
    // Warm the formatter caches, as every message after the first finds them.
    let m = msg!("problem-stale-version", expected = 3, current = 4);
    black_box(catalog.format(de, &m));

    let two_vars_de = median(31, 20_000, || {
        let m = msg!(
            "problem-stale-version",
            expected = black_box(3),
            current = black_box(4)
        );
        black_box(catalog.format(de, &m));
    });
    let two_vars_ar = median(31, 20_000, || {
        let m = msg!(
            "problem-stale-version",
            expected = black_box(3),
            current = black_box(4)
        );
        black_box(catalog.format(ar, &m));
    });
    let text_vars = median(31, 20_000, || {
        let m = msg!("field-email", value = black_box("not-an-email"));
        black_box(catalog.format(de, &m));
    });
    let baseline = median(31, 20_000, || {
        black_box(format!(
            "The record is at version {}, not {}: fetch it again and retry.",
            black_box(4),
            black_box(3)
        ));
    });
    let header = "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7";
    let negotiate = median(31, 50_000, || {
        black_box(catalog.negotiate(&Preferences {
            user: None,
            accept_language: Some(black_box(header)),
            tenant: Some("en"),
        }));
    });
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let dates = median(31, 20_000, || {
        let m = msg!(
            "report-covers",
            from = black_box(date),
            to = black_box(date)
        );
        black_box(catalog.format(de, &m));
    });

    println!("| measurement | time | target |");
    println!("|---|---|---|");
    println!(
        "| build the catalog: 12 languages, {} messages each | {:.1} ms | once at start |",
        catalog.message_count(),
        load * 1e3
    );
    println!(
        "| format a message with two numbers (de) | {:.2} µs | ≤ 2 µs |",
        two_vars_de * 1e6
    );
    println!(
        "| same, Arabic (Arabic-Indic digits, isolation marks) | {:.2} µs | ≤ 2 µs |",
        two_vars_ar * 1e6
    );
    println!(
        "| format a message with one text value (de) | {:.2} µs | |",
        text_vars * 1e6
    );
    println!(
        "| format a message with two CLDR dates (de) | {:.2} µs | |",
        dates * 1e6
    );
    println!(
        "| baseline: the English sentence with format! | {:.3} µs | |",
        baseline * 1e6
    );
    println!(
        "| ratio: Fluent two numbers / format! | {:.1}× | |",
        two_vars_de / baseline
    );
    println!(
        "| negotiate `{header}` | {:.3} µs | ≤ 1 µs |",
        negotiate * 1e6
    );
}

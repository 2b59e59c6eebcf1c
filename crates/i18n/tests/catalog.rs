//! The embedded catalog: complete in every language, plural rules per CLDR, right-to-left
//! Arabic, negotiation and CLDR formatting.

use cadre_i18n::{Catalog, Direction, Locale, Message, Preferences, lint, msg};

fn catalog() -> &'static Catalog {
    Catalog::global()
}

fn locale(tag: &str) -> Locale {
    catalog()
        .lookup(tag)
        .unwrap_or_else(|| panic!("{tag} is supported"))
}

fn say(tag: &str, m: &Message) -> String {
    catalog().format(locale(tag), m)
}

#[test]
fn every_locale_is_complete_and_consistent_with_english() {
    let report = lint::check(&cadre_i18n::embedded_sources());
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let tags: Vec<&str> = catalog().tags().collect();
    assert_eq!(
        tags,
        [
            "en", "ar", "de", "es", "fr", "ja", "ko", "pt-BR", "ru", "vi", "zh-CN", "zh-TW"
        ]
    );
    assert!(report.messages > 150, "{}", report.messages);
}

/// A catalog whose one message names the plural category the runtime selected.
fn category_catalog() -> Catalog {
    let message = "category = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
    let en = "category = { $n ->\n    [one] one\n   *[other] other\n}\n";
    let file = |tag: &str, text: &str| cadre_i18n::SourceFile {
        tag: tag.into(),
        name: "t.ftl".into(),
        text: text.into(),
    };
    let ru = message
        .replace("    [zero] zero\n", "")
        .replace("    [two] two\n", "");
    Catalog::load(&[file("en", en), file("ar", message), file("ru", &ru)]).expect("test catalog")
}

fn categories(c: &Catalog, tag: &str, numbers: &[f64]) -> Vec<String> {
    let l = c.lookup(tag).expect("tag");
    numbers
        .iter()
        .map(|n| c.format(l, &msg!("category", n = *n)))
        .collect()
}

#[test]
fn russian_selects_one_few_many_and_other() {
    let c = category_catalog();
    assert_eq!(
        categories(&c, "ru", &[1.0, 21.0, 3.0, 22.0, 5.0, 11.0, 25.0, 1.5]),
        ["one", "one", "few", "few", "many", "many", "many", "other"]
    );
    // And the real translation declines the noun: инцидент, инцидента, инцидентов.
    let say_ru = |n: i32| say("ru", &msg!("report-incidents-count", count = n));
    assert!(say_ru(21).ends_with("21 инцидент."), "{}", say_ru(21));
    assert!(say_ru(3).ends_with("3 инцидента."), "{}", say_ru(3));
    assert!(say_ru(5).ends_with("5 инцидентов."), "{}", say_ru(5));
}

#[test]
fn arabic_selects_all_six_categories() {
    let c = category_catalog();
    assert_eq!(
        categories(
            &c,
            "ar",
            &[0.0, 1.0, 2.0, 3.0, 10.0, 11.0, 99.0, 100.0, 102.0]
        ),
        [
            "zero", "one", "two", "few", "few", "many", "many", "other", "other"
        ]
    );
    // The real translation uses the dual for two and the plural for three to ten.
    let say_ar = |n: i32| say("ar", &msg!("report-failovers-count", count = n));
    assert!(say_ar(2).contains("عمليتا"), "{}", say_ar(2));
    assert!(say_ar(3).contains("عمليات"), "{}", say_ar(3));
    assert_eq!(lint::plural_categories("ar").expect("rules").len(), 6);
}

#[test]
fn arabic_is_right_to_left_with_isolated_placeables() {
    let ar = locale("ar");
    assert_eq!(catalog().direction(ar), Direction::Rtl);
    assert_eq!(catalog().direction(locale("de")), Direction::Ltr);
    let text = say(
        "ar",
        &msg!("problem-forbidden-scope", scope = "employees:write"),
    );
    // The scope name is left-to-right inside right-to-left text: wrapped in FSI … PDI so a
    // bidi renderer keeps it whole, and the sentence itself starts with an Arabic letter.
    assert!(text.contains("\u{2068}employees:write\u{2069}"), "{text:?}");
    let first = text.chars().find(|c| c.is_alphabetic()).expect("letters");
    assert!(('\u{0600}'..='\u{06FF}').contains(&first), "{text:?}");
    // Left-to-right languages get plain text.
    let en = say(
        "en",
        &msg!("problem-forbidden-scope", scope = "employees:write"),
    );
    assert_eq!(en, "This API key lacks the employees:write scope.");
}

#[test]
fn negotiation_follows_the_documented_order() {
    let c = catalog();
    let tag = |p: Preferences<'_>| c.tag(c.negotiate(&p)).to_owned();
    let header = Some("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5");
    assert_eq!(
        tag(Preferences {
            user: Some("ja"),
            accept_language: header,
            tenant: Some("de")
        }),
        "ja"
    );
    assert_eq!(
        tag(Preferences {
            user: None,
            accept_language: header,
            tenant: Some("de")
        }),
        "fr"
    );
    assert_eq!(
        tag(Preferences {
            user: Some("xx"),
            accept_language: Some("sw, tlh"),
            tenant: Some("de-AT")
        }),
        "de"
    );
    assert_eq!(tag(Preferences::default()), "en");
    // Quality beats order; a zero quality excludes.
    assert_eq!(
        tag(Preferences {
            accept_language: Some("de;q=0.5, ko"),
            ..Default::default()
        }),
        "ko"
    );
    assert_eq!(
        tag(Preferences {
            accept_language: Some("ko;q=0, es"),
            ..Default::default()
        }),
        "es"
    );
    // Chinese scripts never stand in for each other.
    for (asked, got) in [
        ("zh-HK", "zh-TW"),
        ("zh-Hant", "zh-TW"),
        ("zh-MO", "zh-TW"),
        ("zh", "zh-CN"),
        ("zh-SG", "zh-CN"),
        ("zh-Hans-CN", "zh-CN"),
    ] {
        assert_eq!(
            tag(Preferences {
                accept_language: Some(asked),
                ..Default::default()
            }),
            got,
            "{asked}"
        );
    }
    // Other regions of a language we have.
    for (asked, got) in [
        ("pt-PT", "pt-BR"),
        ("es-419", "es"),
        ("en-GB", "en"),
        ("ar-EG", "ar"),
        ("pt_BR", "pt-BR"),
    ] {
        assert_eq!(c.lookup(asked).map(|l| c.tag(l)), Some(got), "{asked}");
    }
}

#[test]
fn numbers_dates_money_and_lists_follow_cldr() {
    let date: chrono::NaiveDate = "2026-03-05".parse().expect("date");
    let m = |tag| say(tag, &msg!("report-covers", from = date, to = date));
    assert_eq!(m("en"), "From Mar 5, 2026 to Mar 5, 2026");
    assert!(m("de").contains("05.03.2026"), "{}", m("de"));
    assert!(m("ja").contains("2026/03/05"), "{}", m("ja"));
    let n = |tag| say(tag, &msg!("problem-too-large", limit = 65536));
    assert!(n("en").contains("65,536"), "{}", n("en"));
    assert!(n("de").contains("65.536"), "{}", n("de"));
    assert!(n("fr").contains("65\u{202f}536"), "{}", n("fr"));
    let d = |tag| {
        say(
            tag,
            &msg!(
                "report-latency-value",
                ms = rust_decimal::Decimal::new(1250, 2)
            ),
        )
    };
    assert_eq!(d("en"), "12.50 ms");
    assert!(d("de").starts_with("12,50"), "{}", d("de"));
    let choices = vec![
        "eu-central".to_owned(),
        "us-east".to_owned(),
        "cn-north".to_owned(),
    ];
    let l = |tag| {
        say(
            tag,
            &msg!(
                "field-unknown-region",
                value = "mars",
                known = cadre_i18n::Arg::OrList(choices.clone())
            ),
        )
    };
    assert!(
        l("en").contains("eu-central, us-east, or cn-north"),
        "{}",
        l("en")
    );
    assert!(
        l("de").contains("eu-central, us-east oder cn-north"),
        "{}",
        l("de")
    );
}

#[test]
fn money_and_instants_are_localized() {
    use cadre_i18n::Arg;
    let at = chrono::DateTime::parse_from_rfc3339("2026-07-01T12:30:00Z")
        .expect("instant")
        .to_utc();
    let berlin: chrono_tz::Tz = "Europe/Berlin".parse().expect("zone");
    let en = say(
        "en",
        &msg!("report-generated", at = Arg::Instant(at, berlin)),
    );
    assert!(en.contains("2:30") && en.contains("2026"), "{en}");
    let de = say(
        "de",
        &msg!("report-generated", at = Arg::Instant(at, berlin)),
    );
    assert!(de.contains("14:30") && de.contains("MESZ"), "{de}");
    // Money goes through the same path; amounts keep their currency's symbol per locale.
    let c = catalog();
    let m = Message::new("report-availability-value").arg(
        "value",
        Arg::Money(rust_decimal::Decimal::new(123450, 2), "EUR".into()),
    );
    let text = c.format(locale("de"), &m);
    assert!(text.contains("1.234,50") && text.contains('€'), "{text}");
}

#[test]
fn a_message_missing_in_one_language_falls_back_to_english_only() {
    let mut files = cadre_i18n::embedded_sources();
    files.retain(|f| f.tag == "en" || f.tag == "zh-TW" || f.tag == "zh-CN");
    // Drop a message from zh-TW: the catalog refuses to load, naming file and message.
    let f = files
        .iter_mut()
        .find(|f| f.tag == "zh-TW" && f.name == "problems.ftl")
        .expect("zh-TW problems");
    let start = f.text.find("\nproblem-internal =").expect("message") + 1;
    let end = start + f.text[start..].find('\n').expect("line end") + 1;
    f.text.replace_range(start..end, "");
    let problems = Catalog::load(&files).expect_err("incomplete");
    assert!(
        problems.iter().any(|p| p.to_string().starts_with("locales/zh-TW/problems.ftl: problem-internal: missing (English has it at locales/en/problems.ftl:")),
        "{problems:#?}"
    );
}

//! Languages and time zones through the gateway: problem details in the negotiated language
//! (key holder's choice > Accept-Language > tenant default > English), `Content-Language`,
//! right-to-left Arabic, instants in the viewer's zone, and the local-time services.

use cadre_testkit::{OPERATOR_TOKEN, TestStack};
use reqwest::Method;
use serde_json::{Value, json};

/// An employee with a bad work email: a 422 whose language and body come back.
async fn problem(
    t: &cadre_testkit::Tenant,
    accept_language: Option<&str>,
) -> anyhow::Result<(String, Value)> {
    let (_, entities) = t.call(Method::GET, "/v1/legal-entities", None).await?;
    let entity = entities["items"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let mut req = t
        .request(Method::POST, "/v1/employees")
        .json(&json!({"legal_entity_id": entity,
                      "given_name": "Ada", "family_name": "Lovelace",
                      "work_email": "not-an-email", "hire_date": "2024-01-15"}));
    if let Some(l) = accept_language {
        req = req.header("accept-language", l);
    }
    let res = req.send().await?;
    assert_eq!(res.status(), 422);
    let lang = res
        .headers()
        .get("content-language")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    Ok((lang, res.json().await?))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn problem_details_come_in_the_negotiated_language() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("sprachen").await?;
    t.legal_entity("Sprachen GmbH", "DE", "eu-central").await?;

    // No preference anywhere: English.
    let (lang, en) = problem(&t, None).await?;
    assert_eq!(lang, "en");
    assert_eq!(en["title"], "Invalid fields");
    assert_eq!(en["errors"][0]["field"], "work_email");
    assert_eq!(en["errors"][0]["code"], "field-email");
    assert_eq!(
        en["errors"][0]["reason"],
        "not-an-email is not an email address"
    );

    // Accept-Language by quality; the field and value stay as sent.
    let (lang, de) = problem(&t, Some("fr;q=0.5, de-CH, en;q=0.1")).await?;
    assert_eq!(lang, "de");
    assert_eq!(de["type"], en["type"]);
    assert_ne!(de["title"], en["title"]);
    let reason = de["errors"][0]["reason"].as_str().unwrap_or_default();
    assert!(
        reason.contains("not-an-email") && reason != en["errors"][0]["reason"],
        "{de}"
    );
    let detail = de["detail"].as_str().unwrap_or_default();
    assert!(detail.contains("work_email"), "{de}");

    // Traditional Chinese is never answered in Simplified, and the reverse.
    assert_eq!(problem(&t, Some("zh-HK")).await?.0, "zh-TW");
    assert_eq!(problem(&t, Some("zh-SG")).await?.0, "zh-CN");

    // Arabic: right to left, placeables isolated so the Latin value keeps its direction.
    let (lang, ar) = problem(&t, Some("ar-EG")).await?;
    assert_eq!(lang, "ar");
    let reason = ar["errors"][0]["reason"].as_str().unwrap_or_default();
    assert!(reason.contains("\u{2068}not-an-email\u{2069}"), "{ar}");

    // The key holder's own language outranks Accept-Language.
    let (status, key) = t
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "Tanaka", "scopes": ["employees:write", "employees:read"], "locale": "ja"})),
        )
        .await?;
    assert_eq!(status, 201, "{key}");
    assert_eq!(key["key"]["locale"], "ja");
    let tanaka = t.with_token(key["token"].as_str().unwrap_or_default());
    assert_eq!(problem(&tanaka, Some("de")).await?.0, "ja");

    // A malformed language preference is a validation problem itself.
    let (status, bad) = t
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "x", "scopes": ["employees:read"], "locale": "english"})),
        )
        .await?;
    assert_eq!(
        (status, bad["errors"][0]["field"].as_str()),
        (422, Some("locale"))
    );

    // Without a key there is no tenant: Accept-Language alone decides.
    let res = stack
        .http
        .get(stack.url("/v1/employees"))
        .header("accept-language", "ru")
        .send()
        .await?;
    assert_eq!(res.status(), 401);
    assert_eq!(res.headers()["content-language"], "ru");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tenant_default_applies_when_the_request_states_nothing() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let res = stack
        .http
        .post(stack.url("/v1/tenants"))
        .bearer_auth(OPERATOR_TOKEN)
        .json(
            &json!({"slug": "societe", "name": "Société SA", "home_region": "eu-west",
                      "default_locale": "fr-CA", "time_zone": "Europe/Paris"}),
        )
        .send()
        .await?;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await?;
    let t = stack
        .tenant("placeholder")
        .await?
        .with_token(body["admin_key"]["token"].as_str().unwrap_or_default());
    t.legal_entity("Société SA", "FR", "eu-west").await?;
    let (lang, fr) = problem(&t, None).await?;
    assert_eq!(lang, "fr");
    assert_eq!(fr["title"], "Champs non valides", "{fr}");
    // An Accept-Language we cannot serve falls through to the tenant's default.
    assert_eq!(problem(&t, Some("sw, tlh;q=0.5")).await?.0, "fr");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instants_are_utc_unless_the_viewer_names_a_zone() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("zones").await?;
    let de = t.legal_entity("Zonen GmbH", "DE", "eu-central").await?;
    // A branch takes its country's zone unless given one.
    let (_, entities) = t.call(Method::GET, "/v1/legal-entities", None).await?;
    assert_eq!(entities["items"][0]["time_zone"], "Europe/Berlin");
    let (status, au) = t
        .call(
            Method::POST,
            "/v1/legal-entities",
            Some(json!({"name": "Howe Pty", "country": "AU", "region": "ap-southeast", "time_zone": "Australia/Lord_Howe"})),
        )
        .await?;
    assert_eq!(
        (status, au["time_zone"].as_str()),
        (201, Some("Australia/Lord_Howe"))
    );

    let e = t.employee(&de, "Kenji", "Sato").await?;
    let id = e["id"].as_str().unwrap_or_default();
    let utc = e["created_at"].as_str().unwrap_or_default().to_owned();
    assert!(utc.ends_with('Z') || utc.ends_with("+00:00"), "{utc}");
    let res = t
        .request(Method::GET, &format!("/v1/employees/{id}"))
        .header("time-zone", "Asia/Tokyo")
        .send()
        .await?;
    let tokyo: Value = res.json().await?;
    let local = tokyo["created_at"].as_str().unwrap_or_default();
    assert!(local.ends_with("+09:00"), "{local}");
    let same = |s: &str| {
        chrono::DateTime::parse_from_rfc3339(s)
            .map(|d| d.to_utc())
            .ok()
    };
    assert_eq!(same(local), same(&utc));
    let res = t
        .request(Method::GET, &format!("/v1/employees/{id}"))
        .header("time-zone", "Mars/Olympus")
        .header("accept-language", "es")
        .send()
        .await?;
    assert_eq!(res.status(), 400);
    let p: Value = res.json().await?;
    assert_eq!(p["errors"][0]["field"], "Time-Zone");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn local_times_and_weekly_windows_across_dst() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("clocks").await?;
    // A time in the spring gap moves forward; one in the autumn fold takes the earlier instant.
    let (_, gap) = t
        .call(
            Method::GET,
            "/v1/time/local?at=2026-03-29T02:30&zone=Europe/Berlin",
            None,
        )
        .await?;
    assert_eq!(
        (gap["instant"].as_str(), gap["reading"].as_str()),
        (Some("2026-03-29T03:30:00+02:00"), Some("gap"))
    );
    assert_eq!(gap["day_length_hours"], 23.0);
    let (_, fold) = t
        .call(
            Method::GET,
            "/v1/time/local?at=2026-10-25T02:30&zone=Europe/Berlin",
            None,
        )
        .await?;
    assert_eq!(
        (fold["instant"].as_str(), fold["reading"].as_str()),
        (Some("2026-10-25T02:30:00+02:00"), Some("fold"))
    );

    // Thursday 19:00–21:00 in Berlin, seen from New York: 13:00 until the US changes clocks,
    // 14:00 while only the US is on summer time, 13:00 again once Europe follows.
    let res = t
        .request(Method::GET, "/v1/time/weekly-window?weekday=thu&start=19:00&end=21:00&zone=Europe/Berlin&from=2026-03-02&weeks=5")
        .header("time-zone", "America/New_York")
        .send()
        .await?;
    let w: Value = res.json().await?;
    let starts: Vec<&str> = w["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .filter_map(|o| o["viewer_start"].as_str())
        .collect();
    assert_eq!(
        starts,
        [
            "2026-03-05T13:00:00-05:00",
            "2026-03-12T14:00:00-04:00",
            "2026-03-19T14:00:00-04:00",
            "2026-03-26T14:00:00-04:00",
            "2026-04-02T13:00:00-04:00"
        ]
    );
    let (status, bad) = t
        .call(
            Method::GET,
            "/v1/time/weekly-window?weekday=someday&start=19:00&end=21:00",
            None,
        )
        .await?;
    assert_eq!(
        (status, bad["errors"][0]["field"].as_str()),
        (400, Some("weekday"))
    );
    Ok(())
}

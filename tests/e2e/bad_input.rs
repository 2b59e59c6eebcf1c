//! Bad input gets a 4xx problem document naming the field, and nothing is half-written.

use cadre_e2e::employees_per_shard;
use cadre_testkit::TestStack;
use reqwest::Method;
use serde_json::{Value, json};

fn valid(le: &str) -> Value {
    json!({ "legal_entity_id": le, "given_name": "Grace", "family_name": "Hopper",
            "work_email": "grace@example.com", "hire_date": "2024-02-01" })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_employee_bodies_are_rejected_with_the_field_named_and_nothing_written()
-> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("strict").await?;
    let le = t.legal_entity("Strict GmbH", "DE", "eu-central").await?;
    let before = employees_per_shard(&stack.shards).await?;

    let post_raw = |body: Vec<u8>, ct: &'static str| {
        t.request(Method::POST, "/v1/employees")
            .header("content-type", ct)
            .body(body)
            .send()
    };
    // Malformed JSON: 400 with the position.
    let res = post_raw(b"{\"given_name\": \"Grace\",".to_vec(), "application/json").await?;
    assert_eq!(res.status(), 400);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let p: Value = res.json().await?;
    assert!(
        p["detail"].as_str().expect("detail").contains("line 1"),
        "{p}"
    );
    assert!(
        p["instance"]
            .as_str()
            .expect("instance")
            .starts_with("urn:cadre:request:"),
        "{p}"
    );

    // Not JSON at all.
    let res = post_raw(
        b"given_name=Grace".to_vec(),
        "application/x-www-form-urlencoded",
    )
    .await?;
    assert_eq!(res.status(), 415);

    let cases: Vec<(Value, &str)> = vec![
        (
            {
                let mut v = valid(&le);
                v["favourite_colour"] = json!("red");
                v
            },
            "favourite_colour",
        ),
        (
            {
                let mut v = valid(&le);
                v["hire_date"] = json!(20240201);
                v
            },
            "hire_date",
        ),
        (
            {
                let mut v = valid(&le);
                v["hire_date"] = json!("01/02/2024");
                v
            },
            "hire_date",
        ),
        (
            {
                let mut v = valid(&le);
                v.as_object_mut().expect("obj").remove("family_name");
                v
            },
            "family_name",
        ),
        (
            {
                let mut v = valid(&le);
                v["work_email"] = json!("grace at example");
                v
            },
            "work_email",
        ),
        (
            {
                let mut v = valid(&le);
                v["country_of_employment"] = json!("XX");
                v
            },
            "country_of_employment",
        ),
        (
            {
                let mut v = valid(&le);
                v["time_zone"] = json!("Europe/Atlantis");
                v
            },
            "time_zone",
        ),
        (
            {
                let mut v = valid(&le);
                v["status"] = json!("retired");
                v
            },
            "status",
        ),
        (
            {
                let mut v = valid(&le);
                v["legal_entity_id"] = json!(uuid::Uuid::new_v4());
                v
            },
            "legal_entity_id",
        ),
        (
            {
                let mut v = valid(&le);
                v["manager_id"] = json!(uuid::Uuid::new_v4());
                v
            },
            "manager_id",
        ),
        (
            {
                let mut v = valid(&le);
                v["given_name"] = json!("   ");
                v
            },
            "given_name",
        ),
    ];
    for (body, field) in cases {
        let (status, p) = t.call(Method::POST, "/v1/employees", Some(body)).await?;
        assert_eq!(status, 422, "{field}: {p}");
        assert_eq!(p["type"], "urn:cadre:problem:validation");
        let fields: Vec<&str> = p["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .filter_map(|e| e["field"].as_str())
            .collect();
        assert!(fields.contains(&field), "expected {field} in {p}");
    }

    // Oversized body: 413.
    let mut big = valid(&le);
    big["job_title"] = json!("x".repeat(cadre_gateway::BODY_LIMIT + 1));
    let res = post_raw(serde_json::to_vec(&big)?, "application/json").await?;
    assert_eq!(res.status(), 413);
    let p: Value = res.json().await?;
    assert_eq!(p["type"], "urn:cadre:problem:too-large");

    assert_eq!(
        employees_per_shard(&stack.shards).await?,
        before,
        "no rejected request wrote anything"
    );

    // Duplicate work email: 409, and still only one row.
    let (status, _) = t
        .call(Method::POST, "/v1/employees", Some(valid(&le)))
        .await?;
    assert_eq!(status, 201);
    let mut dup = valid(&le);
    dup["work_email"] = json!("GRACE@example.com");
    let (status, p) = t.call(Method::POST, "/v1/employees", Some(dup)).await?;
    assert_eq!(
        (status, p["type"].as_str()),
        (409, Some("urn:cadre:problem:conflict"))
    );
    assert_eq!(
        employees_per_shard(&stack.shards)
            .await?
            .iter()
            .sum::<i64>(),
        before.iter().sum::<i64>() + 1
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn updates_need_a_current_if_match_and_failed_updates_change_nothing() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("etags").await?;
    let le = t.legal_entity("Etag GmbH", "DE", "eu-central").await?;
    let e = t.employee(&le, "Alan", "Turing").await?;
    let path = format!("/v1/employees/{}", e["id"].as_str().expect("id"));

    let patch = |if_match: Option<&'static str>, body: Value| {
        let mut r = t.request(Method::PATCH, &path).json(&body);
        if let Some(m) = if_match {
            r = r.header("if-match", m);
        }
        r.send()
    };
    let res = patch(None, json!({"job_title": "Lead"})).await?;
    assert_eq!(res.status(), 428);
    let res = patch(Some("\"1\""), json!({"job_title": "Lead"})).await?;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["etag"], "\"2\"");
    // Version 1 is stale now.
    let res = patch(Some("\"1\""), json!({"job_title": "Chief"})).await?;
    assert_eq!(res.status(), 412);
    let p: Value = res.json().await?;
    assert_eq!(p["type"], "urn:cadre:problem:stale-version");
    // Invalid fields in a patch: 422, record unchanged.
    let res = patch(
        Some("\"2\""),
        json!({"work_email": "nope", "time_zone": "Nowhere/City"}),
    )
    .await?;
    assert_eq!(res.status(), 422);
    let res = patch(
        Some("\"2\""),
        json!({"legal_entity_id": uuid::Uuid::new_v4()}),
    )
    .await?;
    assert_eq!(res.status(), 422);
    let res = patch(Some("\"2\""), json!({"job_title": 5})).await?;
    assert_eq!(res.status(), 422);
    let (status, cur) = t.call(Method::GET, &path, None).await?;
    assert_eq!(
        (status, cur["version"].as_i64(), cur["job_title"].as_str()),
        (200, Some(2), Some("Lead"))
    );
    // null clears an optional field.
    let res = patch(Some("W/\"2\""), json!({"job_title": null})).await?;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await?;
    assert!(body["job_title"].is_null());
    // Stale delete is refused; current delete works; then it is gone.
    let res = t
        .request(Method::DELETE, &path)
        .header("if-match", "\"2\"")
        .send()
        .await?;
    assert_eq!(res.status(), 412);
    let res = t
        .request(Method::DELETE, &path)
        .header("if-match", "\"3\"")
        .send()
        .await?;
    assert_eq!(res.status(), 204);
    let (status, _) = t.call(Method::GET, &path, None).await?;
    assert_eq!(status, 404);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_query_parameters_and_unknown_routes_are_problems() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("queries").await?;
    for (q, field) in [
        ("cursor=bogus", "cursor"),
        ("limit=0", "limit"),
        ("limit=ten", "limit"),
        ("sort=name", "sort"),
        ("legal_entity_id=7", "legal_entity_id"),
    ] {
        let (status, p) = t
            .call(Method::GET, &format!("/v1/employees?{q}"), None)
            .await?;
        assert_eq!(status, 400, "{q}: {p}");
        assert_eq!(p["errors"][0]["field"], field, "{q}: {p}");
    }
    let (status, p) = t.call(Method::GET, "/v1/nothing-here", None).await?;
    assert_eq!(
        (status, p["type"].as_str()),
        (404, Some("urn:cadre:problem:not-found"))
    );
    let (status, p) = t.call(Method::PUT, "/v1/employees", None).await?;
    assert_eq!(
        (status, p["type"].as_str()),
        (405, Some("urn:cadre:problem:method-not-allowed"))
    );
    let (status, _) = t
        .call(Method::GET, "/v1/employees/not-a-uuid", None)
        .await?;
    assert_eq!(status, 404);
    Ok(())
}

/// Each of these panicked the gateway (security review, issue 12): now a problem naming the
/// field.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inputs_at_the_limits_of_arithmetic_are_problems_not_panics() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("limits").await?;
    for (path, field) in [
        (
            "/v1/time/local?at=%2B262142-12-31T23:59&zone=America/New_York",
            "at",
        ),
        ("/v1/time/local?at=1800-01-01T00:00&zone=UTC", "at"),
        (
            "/v1/time/weekly-window?weekday=thu&start=19:00&end=21:00&from=%2B262142-12-25",
            "from",
        ),
    ] {
        let (status, p) = t.call(Method::GET, path, None).await?;
        assert_eq!(status, 400, "{path}: {p}");
        assert_eq!(p["errors"][0]["field"], field, "{path}: {p}");
    }
    for (body, field) in [
        (
            json!({"on": "2026-07-01", "amount": "79228162514264337593543950335",
                   "currency": "EUR", "period": "hour"}),
            "amount",
        ),
        (
            json!({"on": "2026-07-01", "amount": "3000", "currency": "EUR", "period": "month",
                   "hours_per_week": "0.0000000000000000000000000001"}),
            "hours_per_week",
        ),
    ] {
        let (status, p) = t
            .call(
                Method::POST,
                "/v1/jurisdictions/DE/minimum-wage-check",
                Some(body.clone()),
            )
            .await?;
        assert_eq!(status, 422, "{body}: {p}");
        assert_eq!(p["errors"][0]["field"], field, "{body}: {p}");
    }
    // The limits still let every real case through.
    let (status, p) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/DE/minimum-wage-check",
            Some(
                json!({"on": "2026-07-01", "amount": "999999999999", "currency": "EUR",
                        "period": "month", "hours_per_week": "0.5"}),
            ),
        )
        .await?;
    assert_eq!((status, p["ok"].as_bool()), (200, Some(true)), "{p}");
    Ok(())
}

//! Employee records end to end: create, read, list across shards with cursors, metrics.

use std::collections::HashSet;

use cadre_testkit::TestStack;
use reqwest::Method;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lists_merge_the_tenants_shards_in_id_order_and_paginate_without_gaps() -> anyhow::Result<()>
{
    let stack = TestStack::start().await?;
    let t = stack.tenant("pager").await?;
    let de = t.legal_entity("P GmbH", "DE", "eu-central").await?;
    let us = t.legal_entity("P Inc", "US", "us-east").await?;
    let sg = t.legal_entity("P Pte", "SG", "ap-southeast").await?;
    let mut created = Vec::new();
    for i in 0..7 {
        let le = [&de, &us, &sg][i % 3];
        created.push(
            t.employee(le, "Emp", &format!("N{i}")).await?["id"]
                .as_str()
                .expect("id")
                .to_owned(),
        );
    }
    let mut seen = Vec::new();
    let mut path = "/v1/employees?limit=3".to_owned();
    let mut pages = 0;
    loop {
        let (status, body) = t.call(Method::GET, &path, None).await?;
        assert_eq!(status, 200, "{body}");
        pages += 1;
        seen.extend(
            body["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|e| e["id"].as_str().expect("id").to_owned()),
        );
        match body["next_cursor"].as_str() {
            Some(c) => path = format!("/v1/employees?limit=3&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    let mut sorted = created.clone();
    sorted.sort();
    assert_eq!(seen, sorted, "every employee once, in id order");

    let (status, body) = t
        .call(
            Method::GET,
            &format!("/v1/employees?legal_entity_id={us}"),
            None,
        )
        .await?;
    assert_eq!(status, 200);
    let items = body["items"].as_array().expect("items");
    assert_eq!(items.len(), 2);
    assert!(
        items
            .iter()
            .all(|e| e["legal_entity_id"] == us.as_str() && e["country_of_employment"] == "US")
    );
    // A cursor from the unfiltered list is not valid for the filtered one.
    let (_, first) = t.call(Method::GET, "/v1/employees?limit=1", None).await?;
    let c = first["next_cursor"].as_str().expect("cursor");
    let (status, _) = t
        .call(
            Method::GET,
            &format!("/v1/employees?legal_entity_id={us}&cursor={c}"),
            None,
        )
        .await?;
    assert_eq!(status, 400);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_employee_round_trips_with_defaults_manager_and_etag() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("roundtrip").await?;
    let fr = t.legal_entity("R SAS", "FR", "eu-west").await?;
    let de = t.legal_entity("R GmbH", "DE", "eu-central").await?;
    let boss = t.employee(&de, "Berta", "Boss").await?;
    let body = serde_json::json!({
        "legal_entity_id": fr, "given_name": "Émile", "family_name": "Durand", "work_email": "emile@example.fr",
        "hire_date": "2023-09-01", "manager_id": boss["id"], "locale": "fr", "time_zone": "Europe/Paris"
    });
    let res = t
        .request(Method::POST, "/v1/employees")
        .json(&body)
        .send()
        .await?;
    assert_eq!(res.status(), 201);
    let location = res.headers()["location"].to_str()?.to_owned();
    assert_eq!(res.headers()["etag"], "\"1\"");
    let created: Value = res.json().await?;
    assert_eq!(
        location,
        format!("/v1/employees/{}", created["id"].as_str().expect("id"))
    );
    assert_eq!(
        created["country_of_employment"], "FR",
        "defaults to the legal entity's country"
    );
    assert_eq!(created["status"], "active");
    assert_eq!(
        created["manager_id"], boss["id"],
        "a manager on another shard is found by id"
    );
    let (status, got) = t.call(Method::GET, &location, None).await?;
    assert_eq!(status, 200);
    assert_eq!(got["given_name"], "Émile");
    assert_eq!(
        got["national_id"],
        Value::Null,
        "admin keys see the (empty) sensitive field"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_metrics_are_served() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("metrics").await?;
    let de = t.legal_entity("M GmbH", "DE", "eu-central").await?;
    let e = t.employee(&de, "Mia", "Metric").await?;
    t.call(
        Method::GET,
        &format!("/v1/employees/{}", e["id"].as_str().expect("id")),
        None,
    )
    .await?;

    assert_eq!(
        stack.http.get(stack.url("/livez")).send().await?.status(),
        200
    );
    let ready = stack.http.get(stack.url("/readyz")).send().await?;
    assert_eq!(ready.status(), 200);
    let ready: Value = ready.json().await?;
    assert_eq!(ready["shards"].as_object().expect("shards").len(), 5);

    let text = stack
        .http
        .get(stack.url("/metrics"))
        .send()
        .await?
        .text()
        .await?;
    // Counters are process-wide and other suites of this binary add lines for the route
    // (404s, 412s): look for the one this request counts in.
    let counted = text.lines().any(|l| {
        l.starts_with("cadre_http_requests_total")
            && l.contains("route=\"/v1/employees/{id}\"")
            && l.contains("method=\"GET\"")
            && l.contains("status=\"200\"")
            && l.contains("region=\"eu-central\"")
    });
    assert!(
        counted,
        "no request counter for GET /v1/employees/{{id}} 200 in eu-central:\n{text}"
    );
    assert!(
        text.contains("cadre_http_request_duration_seconds_bucket"),
        "latency histogram present"
    );
    let ids: HashSet<&str> = text
        .lines()
        .filter(|l| l.starts_with("cadre_http_requests_total"))
        .collect();
    assert!(!ids.is_empty());
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_survive_the_shard_ending_the_gateways_sessions() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("sessions").await?;
    let le = t.legal_entity("S GmbH", "DE", "eu-central").await?;
    let id = t.employee(&le, "Ses", "Sion").await?["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let path = format!("/v1/employees/{id}");
    // Warm the read connections, then have the server end every session of the gateway's
    // role (as a restart or an operator's pg_terminate_backend would).
    for _ in 0..3 {
        assert_eq!(t.call(Method::GET, &path, None).await?.0, 200);
    }
    let shard = stack.shard_in("eu-central")?;
    let mut admin = shard.connect_admin().await?;
    let ended: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE usename = 'cadre_app' AND datname = current_database()) t",
    )
    .fetch_one(&mut admin)
    .await?;
    assert!(ended >= 1, "the gateway had sessions open");
    // Every read still answers: a kept connection found dead is replaced and the read rerun.
    for _ in 0..8 {
        let (status, body) = t.call(Method::GET, &path, None).await?;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["id"], id);
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conditional_reads_and_lists_of_what_changed_since() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("since").await?;
    let de = t.legal_entity("S GmbH", "DE", "eu-central").await?;
    let us = t.legal_entity("S Inc", "US", "us-east").await?;
    let kept = t.employee(&de, "Kept", "As-is").await?;
    let changed = t.employee(&us, "Will", "Change").await?;
    let id = changed["id"].as_str().unwrap_or_default().to_owned();

    // If-None-Match with the current ETag: 304, no body; any other version: the record.
    let path = format!("/v1/employees/{id}");
    let res = t
        .request(Method::GET, &path)
        .header("if-none-match", "\"1\"")
        .send()
        .await?;
    assert_eq!(res.status().as_u16(), 304);
    assert_eq!(res.headers()["etag"], "\"1\"");
    assert!(res.bytes().await?.is_empty());

    // Everything so far happened before `since`; then one record changes and one is new.
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let since = chrono::Utc::now();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let res = t
        .request(Method::PATCH, &path)
        .header("if-match", "\"1\"")
        .json(&serde_json::json!({ "job_title": "Lead" }))
        .send()
        .await?;
    assert_eq!(res.status().as_u16(), 200);
    let new = t.employee(&de, "New", "Hire").await?;
    let res = t
        .request(Method::GET, &path)
        .header("if-none-match", "\"1\"")
        .send()
        .await?;
    assert_eq!(res.status().as_u16(), 200, "version 2 is not the client's");

    let query = format!(
        "/v1/employees?limit=1&updated_after={}",
        since
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
            .replace('+', "%2B")
    );
    let mut seen = HashSet::new();
    let mut next = query.clone();
    loop {
        let (status, body) = t.call(Method::GET, &next, None).await?;
        assert_eq!(status, 200, "{body}");
        for e in body["items"].as_array().into_iter().flatten() {
            seen.insert(e["id"].as_str().unwrap_or_default().to_owned());
        }
        match body["next_cursor"].as_str() {
            Some(c) => next = format!("{query}&cursor={c}"),
            None => break,
        }
    }
    let expected: HashSet<String> = [&id, new["id"].as_str().unwrap_or_default()]
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(seen, expected, "kept: {}", kept["id"]);
    Ok(())
}

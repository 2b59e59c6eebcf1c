//! The OpenAPI document against the running gateway: it is served without a token, lists
//! exactly the routes the router serves, passes a real OpenAPI 3.1 linter (Redocly CLI), and
//! real responses match its schemas (`Tenant::call` checks every response through
//! `cadre_testkit::openapi`; the tests here make sure the main resources go through it, and
//! that the check rejects a body that breaks its schema).

use std::path::{Path, PathBuf};
use std::process::Command;

use cadre_testkit::{TestStack, openapi};
use reqwest::Method;
use serde_json::{Value, json};

/// The Redocly CLI version `.ci/run` installs (keep the two equal).
const REDOCLY_CLI: &str = "2.77.0";

fn operations(doc: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for method in item.as_object().into_iter().flatten().map(|(m, _)| m) {
            out.push((method.clone(), path.clone()));
        }
    }
    out.sort();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_served_document_lists_exactly_the_routes_the_router_serves() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let res = stack.http.get(stack.url("/openapi.json")).send().await?;
    assert_eq!(res.status(), 200);
    let doc: Value = res.json().await?;
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(
        &doc,
        openapi::document(),
        "served document differs from the built one"
    );

    let mut routes: Vec<(String, String)> = cadre_gateway::ROUTES
        .iter()
        .map(|(m, p)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    routes.sort();
    assert_eq!(routes, operations(&doc), "route table and document differ");

    // Every documented operation is served: without a token it is refused (401) or answered,
    // but never the router's own 404 or 405.
    for (method, path) in &routes {
        let concrete = path
            .replace("{id}", "0190b3c4-0000-7000-8000-000000000000")
            .replace("{code}", "DE");
        let method = Method::from_bytes(method.to_uppercase().as_bytes())?;
        let res = stack
            .http
            .request(method.clone(), stack.url(&concrete))
            .send()
            .await?;
        let status = res.status().as_u16();
        assert!(
            status != 404 && status != 405,
            "{method} {concrete}: {status}; the router does not serve a documented route"
        );
    }
    // The probe itself can fail: an undocumented path is the router's 404.
    let res = stack.http.get(stack.url("/v1/not-a-route")).send().await?;
    assert_eq!(res.status(), 404);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_docs_page_is_served_with_its_script() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let page = stack.http.get(stack.url("/docs")).send().await?;
    assert_eq!(page.status(), 200);
    let html = page.text().await?;
    assert!(html.contains(r#"spec-url="/openapi.json""#), "{html}");
    assert!(
        html.contains(r#"src="/docs/redoc.standalone.js""#),
        "{html}"
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "{html}"
    );
    let script = stack
        .http
        .get(stack.url("/docs/redoc.standalone.js"))
        .send()
        .await?;
    assert_eq!(script.status(), 200);
    assert!(script.text().await?.len() > 500_000);
    Ok(())
}

/// `redocly` from the workspace's `node_modules` (installed by `.ci/run`), or from PATH.
fn redocly(root: &Path) -> Option<Command> {
    let local = root.join("node_modules/.bin/redocly");
    if local.exists() {
        return Some(Command::new(local));
    }
    let on_path = Command::new("redocly").arg("--version").output();
    if on_path.is_ok_and(|o| o.status.success()) {
        return Some(Command::new("redocly"));
    }
    let npx = Command::new("npx").arg("--version").output();
    if npx.is_ok_and(|o| o.status.success()) {
        let mut c = Command::new("npx");
        c.args(["--yes", &format!("@redocly/cli@{REDOCLY_CLI}")]);
        return Some(c);
    }
    None
}

#[test]
fn the_document_passes_redocly_lint() -> anyhow::Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let Some(mut lint) = redocly(&root) else {
        eprintln!(
            "\n\n!!!!!!!!!! SKIPPED: the_document_passes_redocly_lint: neither node_modules/.bin/redocly, \
             `redocly` nor `npx` is available; run .ci/run (it installs @redocly/cli@{REDOCLY_CLI}) \
             to lint the OpenAPI document !!!!!!!!!!\n\n"
        );
        return Ok(());
    };
    // The document, the config and the ignore file side by side: Redocly reads the ignore
    // file next to the config, with paths relative to it.
    let dir = tempfile::tempdir()?;
    std::fs::write(
        dir.path().join("openapi.json"),
        serde_json::to_vec_pretty(openapi::document())?,
    )?;
    let gateway = root.join("crates/gateway");
    std::fs::copy(
        gateway.join("redocly.yaml"),
        dir.path().join("redocly.yaml"),
    )?;
    std::fs::copy(
        gateway.join("redocly-lint-ignore.yaml"),
        dir.path().join(".redocly.lint-ignore.yaml"),
    )?;
    let out = lint
        .current_dir(dir.path())
        .args([
            "lint",
            "openapi.json",
            "--config",
            "redocly.yaml",
            "--format=stylish",
        ])
        .output()?;
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "redocly lint failed:\n{report}");
    // Warnings count too: the document should be clean, not merely valid. Problem lines
    // read `  <line>:<column>  warning|error  <rule>  <message>`.
    let problems: Vec<&str> = report
        .lines()
        .filter(|l| {
            let mut words = l.split_whitespace();
            let at = words.next().unwrap_or_default();
            at.contains(':')
                && at.chars().all(|c| c.is_ascii_digit() || c == ':')
                && matches!(words.next(), Some("warning" | "error"))
        })
        .collect();
    assert!(problems.is_empty(), "redocly lint reports:\n{report}");
    assert!(report.contains("valid"), "{report}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_match_their_documented_schemas() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("contract").await?;
    // Every `call` below is checked against the document (Tenant::call runs the check);
    // a mismatch is an error, which `?` turns into a failure.
    let entity = t.legal_entity("Contract GmbH", "DE", "eu-central").await?;
    let (status, entities) = t.call(Method::GET, "/v1/legal-entities", None).await?;
    assert_eq!(
        (status, entities["items"][0]["id"].as_str()),
        (200, Some(entity.as_str()))
    );

    let (status, _) = t.call(Method::GET, "/v1/tenant", None).await?;
    assert_eq!(status, 200);

    let employee = t.employee(&entity, "Grace", "Hopper").await?;
    let id = employee["id"].as_str().unwrap_or_default().to_owned();
    let (status, got) = t
        .call(Method::GET, &format!("/v1/employees/{id}"), None)
        .await?;
    assert_eq!((status, &got["id"]), (200, &employee["id"]));
    let (status, page) = t.call(Method::GET, "/v1/employees?limit=1", None).await?;
    assert_eq!(status, 200);
    assert!(page["items"].is_array());
    let patched = t
        .request(Method::PATCH, &format!("/v1/employees/{id}"))
        .header("if-match", "\"1\"")
        .header("time-zone", "Asia/Tokyo")
        .json(&json!({ "job_title": null }))
        .send()
        .await?;
    assert_eq!(patched.status(), 200);
    let patched: Value = patched.json().await?;
    openapi::check(
        "PATCH",
        &format!("/v1/employees/{id}"),
        200,
        Some("application/json"),
        &patched,
    )?;

    // Problems: a validation problem (with `errors`), a 404, a 428.
    let (status, problem) = t
        .call(
            Method::POST,
            "/v1/employees",
            Some(json!({ "legal_entity_id": entity })),
        )
        .await?;
    assert_eq!((status, &problem["status"]), (422, &json!(422)));
    let (status, _) = t
        .call(
            Method::GET,
            "/v1/employees/0190b3c4-0000-7000-8000-000000000000",
            None,
        )
        .await?;
    assert_eq!(status, 404);
    let (status, _) = t
        .call(
            Method::PATCH,
            &format!("/v1/employees/{id}"),
            Some(json!({})),
        )
        .await?;
    assert_eq!(status, 428);

    // API keys.
    let (status, issued) = t
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({ "name": "reader", "scopes": ["employees:read"], "locale": "de" })),
        )
        .await?;
    assert_eq!(status, 201);
    let (status, keys) = t.call(Method::GET, "/v1/api-keys", None).await?;
    assert_eq!(
        (status, keys["items"].as_array().map(Vec::len)),
        (200, Some(2))
    );
    let reader = t.with_token(issued["token"].as_str().unwrap_or_default());
    let (status, _) = reader.call(Method::GET, "/v1/api-keys", None).await?;
    assert_eq!(status, 403);

    // Jurisdictions.
    let (status, snapshot) = t
        .call(Method::GET, "/v1/jurisdictions/DE?on=2026-01-15", None)
        .await?;
    assert_eq!((status, &snapshot["code"]), (200, &json!("DE")));
    let (status, _) = t.call(Method::GET, "/v1/jurisdictions", None).await?;
    assert_eq!(status, 200);
    let (status, _) = t
        .call(Method::GET, "/v1/jurisdictions/FR/holidays?year=2026", None)
        .await?;
    assert_eq!(status, 200);
    let (status, _) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/DE/annual-leave",
            Some(json!({ "hire_date": "2025-04-01", "on": "2026-01-15" })),
        )
        .await?;
    assert_eq!(status, 200);
    let (status, _) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/DE/business-days",
            Some(json!({ "from": "2026-12-23T10:00:00+01:00", "days": 3 })),
        )
        .await?;
    assert_eq!(status, 200);

    // Jobs: one enqueued on the entity's shard the way domains do it.
    let shard_id = entities["items"][0]["shard_id"]
        .as_u64()
        .unwrap_or_default();
    let shard_id = cadre_topology::ShardId::new(u16::try_from(shard_id)?)?;
    let tenant: uuid::Uuid = t.id.parse()?;
    let shard = stack.state().shards.serving(shard_id)?;
    let mut tx = shard.begin_for(tenant).await?;
    let job = cadre_jobs::repo::enqueue(
        &mut tx,
        tenant,
        shard_id,
        &cadre_jobs::NewJob::new("contract-demo", json!({})),
    )
    .await?;
    tx.commit().await?;
    let (status, got) = t
        .call(Method::GET, &format!("/v1/jobs/{job}"), None)
        .await?;
    assert_eq!((status, &got["state"]), (200, &json!("queued")));
    let (status, cancelled) = t
        .call(Method::POST, &format!("/v1/jobs/{job}/cancel"), None)
        .await?;
    assert_eq!((status, &cancelled["state"]), (200, &json!("cancelled")));
    let (status, _) = t
        .call(Method::POST, &format!("/v1/jobs/{job}/cancel"), None)
        .await?;
    assert_eq!(status, 409);

    // The check is not a formality: a body that breaks the schema is rejected.
    let mut broken = got.clone();
    broken["attempts"] = json!("none");
    assert!(
        openapi::check(
            "GET",
            &format!("/v1/jobs/{job}"),
            200,
            Some("application/json"),
            &broken
        )
        .is_err()
    );
    let mut broken = employee.clone();
    if let Some(o) = broken.as_object_mut() {
        o.remove("work_email");
    }
    assert!(
        openapi::check(
            "POST",
            "/v1/employees",
            201,
            Some("application/json"),
            &broken
        )
        .is_err()
    );
    assert!(
        openapi::check(
            "GET",
            "/v1/employees",
            200,
            Some("application/json"),
            &json!({"items": [{}]})
        )
        .is_err()
    );
    assert!(
        openapi::check(
            "GET",
            "/v1/tenant",
            418,
            Some("application/json"),
            &json!({})
        )
        .is_err(),
        "an undocumented status passes"
    );
    assert!(
        openapi::check_schema("Problem", &json!({ "type": "urn:cadre:problem:nope" })).is_err()
    );
    Ok(())
}

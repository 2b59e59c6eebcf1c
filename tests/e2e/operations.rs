//! Operations without killing shared clusters: one leader among runners; a primary that fails
//! with no standby in its zone makes its shard answer 503 with an incident (and a standby in
//! another zone is never promoted); a copy serving another epoch refuses writes; the metrics.

use std::time::Duration;

use cadre_testkit::{OPERATOR_TOKEN, TestStack, fast_jobs, wait_until};
use reqwest::Method;
use serde_json::{Value, json};
use sqlx::Row;

#[tokio::test]
async fn only_one_runner_leads_and_the_other_takes_over() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let mut first = stack.start_jobs(fast_jobs()).await?;
    tokio::time::timeout(Duration::from_secs(10), first.wait_leader()).await?;
    let mut second = stack.start_jobs(fast_jobs()).await?;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        first.is_leader() && !second.is_leader(),
        "exactly one leader"
    );
    first.stop().await;
    tokio::time::timeout(Duration::from_secs(10), second.wait_leader()).await?;
    assert!(second.is_leader());
    second.stop().await;
    Ok(())
}

#[tokio::test]
async fn a_failed_primary_without_a_standby_in_its_zone_means_503_and_an_incident()
-> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let tenant = stack.tenant("outage").await?;
    let sg = tenant
        .legal_entity("Outage Pte", "SG", "ap-southeast")
        .await?;
    let before = tenant.employee(&sg, "Mei", "Tan").await?;
    let id = before["id"].as_str().expect("id").to_owned();

    // Shard 5's standby is declared in zone cn (outside apac) and its primary points at a
    // port where nothing listens: the runner must not promote, only report.
    let mut directory = stack.connect_directory().await?;
    let row = sqlx::query("SELECT primary_endpoint, standby_endpoint FROM shards WHERE id = 5")
        .fetch_one(&mut directory)
        .await?;
    let primary: String = row.try_get("primary_endpoint")?;
    let standby: Option<String> = row.try_get("standby_endpoint")?;
    let dead = cadre_testkit::unreachable(&primary, 1);
    sqlx::query("UPDATE shards SET primary_endpoint = $1, standby_zone = 'cn' WHERE id = 5")
        .bind(&dead)
        .execute(&mut directory)
        .await?;
    let jobs = stack.start_jobs(fast_jobs()).await?;

    wait_until("the shard is marked unavailable", || {
        let tenant = tenant.clone();
        let id = id.clone();
        async move {
            let (status, body) = tenant
                .call(Method::GET, &format!("/v1/employees/{id}"), None)
                .await?;
            Ok(status == 503
                && body["type"] == "urn:cadre:problem:unavailable"
                && body["detail"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("Shard 5"))
        }
    })
    .await?;
    let (status, problem) = tenant
        .call(
            Method::POST,
            "/v1/employees",
            Some(
                json!({ "legal_entity_id": sg, "given_name": "Wei", "family_name": "Lim",
                         "work_email": "wei@example.com", "hire_date": "2026-01-05" }),
            ),
        )
        .await?;
    assert_eq!(status, 503, "{problem}");

    let (_, incidents) = tenant.call(Method::GET, "/v1/incidents", None).await?;
    let i = &incidents["items"][0];
    assert_eq!(i["kind"], "outage", "{incidents:#}");
    assert_eq!(i["severity"], "critical");
    // Tenants see when each stage was reached, never the operators' notes, which name
    // endpoints and raw errors.
    assert!(
        i["timeline"]
            .as_array()
            .expect("timeline")
            .iter()
            .all(|e| e.get("note").is_none() && e["stage"] != "note"),
        "{incidents:#}"
    );
    let tenant_view = incidents.to_string();
    for internal in ["postgres://", "127.0.0.1", "cadre_", "error communicating"] {
        assert!(
            !tenant_view.contains(internal),
            "{internal} in {tenant_view}"
        );
    }
    let operator = stack.operator_incidents().await?;
    let notes: Vec<&str> = operator["items"][0]["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .filter_map(|e| e["note"].as_str())
        .collect();
    assert!(
        notes.iter().any(|n| n.contains("outside zone apac")),
        "the refusal is on the operators' timeline: {notes:?}"
    );
    // Nothing was promoted: the standby is still a standby and the epoch did not move.
    let standby = standby.expect("shard 5 has a standby");
    let shard = stack.shard(5)?;
    let in_recovery: bool = sqlx::query_scalar("SELECT pg_is_in_recovery()")
        .fetch_one(&mut shard.connect_standby().await?)
        .await?;
    assert!(in_recovery, "{standby} must still be a standby");
    let (epoch, failovers): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT epoch FROM shards WHERE id = 5), (SELECT count(*) FROM failovers)",
    )
    .fetch_one(&mut directory)
    .await?;
    assert_eq!((epoch, failovers), (1, 0));

    // The primary comes back: the shard serves again and the incident is resolved.
    sqlx::query("UPDATE shards SET primary_endpoint = $1, standby_zone = 'apac' WHERE id = 5")
        .bind(&primary)
        .execute(&mut directory)
        .await?;
    wait_until("the shard serves again", || {
        let tenant = tenant.clone();
        let id = id.clone();
        async move {
            let (status, _) = tenant
                .call(Method::GET, &format!("/v1/employees/{id}"), None)
                .await?;
            Ok(status == 200)
        }
    })
    .await?;
    wait_until("the incident is resolved", || {
        let tenant = tenant.clone();
        async move {
            let (_, incidents) = tenant.call(Method::GET, "/v1/incidents", None).await?;
            Ok(incidents["items"][0]["status"] == "resolved")
        }
    })
    .await?;

    // The runner's metrics are exposed with Prometheus names.
    let metrics = stack
        .http
        .get(stack.url("/metrics"))
        .send()
        .await?
        .text()
        .await?;
    jobs.stop().await;
    for name in [
        "cadre_probes_total",
        "cadre_shard_up",
        "cadre_shard_available",
        "cadre_shard_epoch",
        "cadre_replication_lag_seconds",
        "cadre_probe_duration_seconds_bucket",
        "cadre_job_duration_seconds_bucket",
        "cadre_http_request_duration_seconds_bucket",
        "cadre_jobs_leader",
    ] {
        assert!(metrics.contains(name), "{name} missing from /metrics");
    }
    promtool_check(&metrics)?;
    Ok(())
}

#[tokio::test]
async fn a_copy_serving_another_epoch_refuses_writes() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let tenant = stack.tenant("fence").await?;
    let fr = tenant.legal_entity("Fence SAS", "FR", "eu-west").await?;
    tenant.employee(&fr, "Jean", "Dupont").await?;
    // The directory moves shard 2 to epoch 2 without the database knowing: exactly what a
    // gateway sees when it reaches a former primary after a failover.
    let mut directory = stack.connect_directory().await?;
    sqlx::query("UPDATE shards SET epoch = 2 WHERE id = 2")
        .execute(&mut directory)
        .await?;
    wait_until("the gateway follows epoch 2", || {
        let stack = &stack;
        async move {
            let map: Value = stack
                .http
                .get(stack.url("/v1/ops/shards"))
                .bearer_auth(OPERATOR_TOKEN)
                .send()
                .await?
                .json()
                .await?;
            Ok(map["items"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|s| s["id"] == 2 && s["gateway_epoch"] == 2))
        }
    })
    .await?;
    let shard = stack.shard(2)?;
    let count = || async {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM employees")
            .fetch_one(&mut shard.connect_admin().await?)
            .await?;
        anyhow::Ok(n)
    };
    let rows = count().await?;
    let (status, problem) = tenant
        .call(
            Method::POST,
            "/v1/employees",
            Some(
                json!({ "legal_entity_id": fr, "given_name": "Marie", "family_name": "Curie",
                         "work_email": "marie@example.com", "hire_date": "2026-01-05" }),
            ),
        )
        .await?;
    assert_eq!(status, 503, "{problem}");
    assert_eq!(problem["type"], "urn:cadre:problem:unavailable");
    assert_eq!(count().await?, rows, "nothing written to the stale copy");
    Ok(())
}

/// `promtool check metrics` on the exposition, when promtool is installed (`.ci/run` installs
/// it); it enforces Prometheus naming conventions and HELP texts.
fn promtool_check(metrics: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let child = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("promtool is not installed; skipping the exposition check");
        return Ok(());
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(metrics.as_bytes())?;
    let out = child.wait_with_output()?;
    anyhow::ensure!(
        out.status.success(),
        "promtool check metrics: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

//! Health reports: made on demand and on schedule, localized, stored with aws-sdk-s3 in the
//! bucket of the tenant's home region (or of the region an operator report covers) and in no
//! other bucket, listed and downloaded through the API.

use std::time::Duration;

use cadre_directory::{HealthMinute, IncidentKind, Severity, Stage};
use cadre_i18n::{Catalog, Preferences, msg};
use cadre_testkit::{OPERATOR_TOKEN, TestStack};
use cadre_topology::ShardId;
use chrono::{DurationRound, Utc};
use reqwest::Method;
use serde_json::{Value, json};

async fn keys_by_bucket(stack: &TestStack) -> anyhow::Result<Vec<(String, Vec<String>)>> {
    let mut out = Vec::new();
    for r in &stack.regions.regions {
        let client = stack.s3_client(r.id.as_str());
        out.push((
            r.bucket.clone(),
            cadre_objects::list_keys(&client, &r.bucket).await?,
        ));
    }
    Ok(out)
}

#[tokio::test]
async fn a_tenant_report_lives_in_its_home_region_bucket_only() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    // A tenant at home in eu-west that writes German, with branches in DE and US.
    let res: Value = stack
        .http
        .post(stack.url("/v1/tenants"))
        .bearer_auth(OPERATOR_TOKEN)
        .json(
            &json!({ "slug": "acme", "name": "Acme SE", "home_region": "eu-west",
                       "default_locale": "de", "time_zone": "Europe/Paris" }),
        )
        .send()
        .await?
        .json()
        .await?;
    let token = res["admin_key"]["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let plain = stack.tenant("other").await?;
    let acme = plain.with_token(&token);
    let de = acme.legal_entity("Acme GmbH", "DE", "eu-central").await?;
    let us = acme.legal_entity("Acme Inc", "US", "us-east").await?;
    let mut first = String::new();
    for (i, entity) in [&de, &us, &de].into_iter().enumerate() {
        let e = acme.employee(entity, "Rep", &format!("Ort{i}")).await?;
        let id = e["id"].as_str().expect("id");
        if first.is_empty() {
            first = id.to_owned();
        }
        let (status, _) = acme
            .call(Method::GET, &format!("/v1/employees/{id}"), None)
            .await?;
        assert_eq!(status, 200);
    }
    // A client error on a DE employee counts for eu-central too.
    let (status, _) = acme
        .call(
            Method::PATCH,
            &format!("/v1/employees/{first}"),
            Some(json!({ "job_title": "X" })),
        )
        .await?;
    assert_eq!(status, 428, "an update without If-Match");
    stack.state().flush_usage().await;

    // An incident on shard 1 (eu-central), diagnosed in 30 min, mitigated after 5 h.
    let directory = stack.directory().await?;
    let shard = directory.shard(ShardId::new(1)?).await?.expect("shard 1");
    let t0 = Utc::now() - chrono::Duration::hours(6);
    let (incident, _) = directory
        .open_incident(
            &shard,
            IncidentKind::Failover,
            Severity::Major,
            t0,
            "test outage",
        )
        .await?;
    directory
        .incident_stage(
            incident,
            Stage::Diagnosed,
            t0 + chrono::Duration::minutes(30),
            "cause known",
        )
        .await?;
    directory
        .incident_stage(
            incident,
            Stage::Mitigated,
            t0 + chrono::Duration::hours(5),
            "standby promoted",
        )
        .await?;
    let minute = Utc::now().duration_trunc(chrono::Duration::minutes(1))?;
    let probes = HealthMinute {
        probes: 1000,
        failures: 1,
        latency_ms_sum: 500.0,
        lag_bytes_max: Some(4096),
        lag_seconds_max: Some(0.01),
    };
    directory
        .add_health_minute(shard.id, "primary", minute, &probes)
        .await?;

    // Bad requests first: nothing is stored for them.
    for (body, reason) in [
        (json!({ "quarter": "2099-Q1" }), "not started"),
        (json!({ "quarter": "Q3/2026" }), "malformed"),
        (
            json!({ "quarter": "2026-Q3", "format": "pdf" }),
            "unknown field",
        ),
    ] {
        let (status, problem) = acme.call(Method::POST, "/v1/reports", Some(body)).await?;
        assert!(
            status == 422 || status == 400,
            "{reason}: {status} {problem}"
        );
    }
    assert!(
        keys_by_bucket(&stack)
            .await?
            .iter()
            .all(|(_, k)| k.is_empty())
    );

    let (status, made) = acme
        .call(Method::POST, "/v1/reports", Some(json!({})))
        .await?;
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["region"], "eu-west");
    assert_eq!(made["trigger"], "on_demand");
    let id = made["id"].as_str().expect("report id").to_owned();

    // Stored in eu-west's bucket, under the documented keys, and in no other bucket.
    let tenant_id = res["tenant"]["id"].as_str().expect("tenant id");
    for (bucket, keys) in keys_by_bucket(&stack).await? {
        if bucket == "cadre-eu-west" {
            let mut keys = keys.clone();
            keys.sort();
            let base = format!("reports/tenants/{tenant_id}/");
            assert_eq!(keys.len(), 2, "{keys:?}");
            assert!(keys[0].starts_with(&base) && keys[0].ends_with(&format!("{id}.html")));
            assert!(keys[1].starts_with(&base) && keys[1].ends_with(&format!("{id}.json")));
        } else {
            assert!(keys.is_empty(), "{bucket} holds {keys:?}");
        }
    }

    // Listed and downloadable; JSON has the numbers, HTML is German and self-contained.
    let (_, list) = acme.call(Method::GET, "/v1/reports", None).await?;
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));
    let (status, report) = acme
        .call(Method::GET, &format!("/v1/reports/{id}?format=json"), None)
        .await?;
    assert_eq!(status, 200);
    let regions: Vec<&str> = report["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .filter_map(|r| r["region"].as_str())
        .collect();
    assert_eq!(regions, ["eu-central", "us-east"]);
    let eu = &report["regions"][0];
    // Two creates, two reads and the refused update.
    assert_eq!(eu["requests"], 5, "{eu}");
    assert_eq!(eu["client_errors"], 1);
    assert_eq!(eu["availability_percent"], 99.9);
    assert!(eu["latency_ms"]["p99"].is_number());
    assert_eq!(report["incidents"].as_array().map(Vec::len), Some(1));
    let ladder: Vec<&str> = report["incidents"][0]["ladder"]
        .as_array()
        .expect("ladder")
        .iter()
        .filter_map(|d| d["status"].as_str())
        .collect();
    assert_eq!(
        ladder,
        ["met", "missed", "open"],
        "diagnosed in 30 min, mitigated after 5 h"
    );

    let res = acme
        .request(Method::GET, &format!("/v1/reports/{id}?format=html"))
        .send()
        .await?;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()?
            .starts_with("text/html")
    );
    // A download whose page may run nothing, and is never sniffed as another type.
    let h = res.headers();
    assert!(
        h["content-disposition"]
            .to_str()?
            .starts_with("attachment; filename=")
    );
    assert!(
        h["content-security-policy"]
            .to_str()?
            .starts_with("default-src 'none'")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    let html = res.text().await?;
    let catalog = Catalog::global();
    let de_locale = catalog.negotiate(&Preferences {
        user: Some("de"),
        ..Preferences::default()
    });
    let heading = catalog.format(de_locale, &msg!("report-section-availability"));
    assert!(
        html.contains(&heading),
        "German heading {heading:?} missing"
    );
    assert!(html.contains("<html lang=\"de\""));
    assert!(html.contains("<svg"), "charts are inline SVG");
    for fetch in ["<script", "<link", "src=", "https://", "url("] {
        assert!(
            !html.contains(fetch),
            "the page must not fetch anything ({fetch})"
        );
    }

    // Another tenant cannot see it; bad formats are refused.
    let (status, _) = plain
        .call(Method::GET, &format!("/v1/reports/{id}?format=html"), None)
        .await?;
    assert_eq!(status, 404);
    let (status, problem) = acme
        .call(Method::GET, &format!("/v1/reports/{id}?format=pdf"), None)
        .await?;
    assert_eq!(status, 400, "{problem}");
    Ok(())
}

#[tokio::test]
async fn the_jobs_runner_stores_each_regions_operator_report_in_that_region() -> anyhow::Result<()>
{
    let stack = TestStack::start().await?;
    let jobs = stack
        .start_jobs(cadre_ops::JobsSettings {
            probe_interval: Duration::from_millis(200),
            report_check: Duration::from_secs(60),
            ..cadre_ops::JobsSettings::default()
        })
        .await?;
    let mut items = Vec::new();
    for _ in 0..100 {
        let list: Value = stack
            .http
            .get(stack.url("/v1/ops/reports"))
            .bearer_auth(OPERATOR_TOKEN)
            .send()
            .await?
            .json()
            .await?;
        items = list["items"].as_array().cloned().unwrap_or_default();
        if items.len() == stack.regions.regions.len() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    jobs.stop().await;
    assert_eq!(items.len(), 5, "one scheduled report per region: {items:?}");
    let buckets = keys_by_bucket(&stack).await?;
    for item in &items {
        assert_eq!(item["trigger"], "schedule");
        let region = item["region"].as_str().expect("region");
        let id = item["id"].as_str().expect("id");
        for (bucket, keys) in &buckets {
            let here = keys.iter().filter(|k| k.contains(id)).count();
            let expected = if *bucket == format!("cadre-{region}") {
                2
            } else {
                0
            };
            assert_eq!(here, expected, "report {id} of {region} in {bucket}");
        }
        let res = stack
            .http
            .get(stack.url(&format!("/v1/ops/reports/{id}?format=html")))
            .bearer_auth(OPERATOR_TOKEN)
            .send()
            .await?;
        assert_eq!(res.status(), 200);
    }
    Ok(())
}

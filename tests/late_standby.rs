//! A failover that has to wait: the shard's in-zone standby does not answer when its primary
//! fails, so the shard answers 503; once the standby answers, the runner promotes it. Then the
//! former primary shows up again as a primary, with synchronous replication to a standby that
//! no longer follows it, and is fenced all the same (read-only, epoch row fenced). Last, the
//! new primary fails as well: the incident is an outage again, and only mitigated (not
//! resolved) when that primary returns without a standby.
//!
//! Its own test binary: promoting a standby changes the clusters that the other tests share.

use cadre_testkit::{TestStack, fast_jobs, unreachable, wait_until};
use reqwest::Method;
use sqlx::Row;

/// Whether the employee at `path` is served (200).
async fn serves(tenant: &cadre_testkit::Tenant, path: &str) -> anyhow::Result<bool> {
    Ok(tenant.call(Method::GET, path, None).await?.0 == 200)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_late_standby_is_promoted_the_old_primary_fenced_and_a_second_outage_reopens_the_incident()
-> anyhow::Result<()> {
    let stack = TestStack::start_limited(cadre_testkit::no_practical_limit()).await?;
    let tenant = stack.tenant("late").await?;
    let sg = tenant
        .legal_entity("Late Pte", "SG", "ap-southeast")
        .await?;
    let id = tenant.employee(&sg, "Mei", "Tan").await?["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let path = format!("/v1/employees/{id}");

    // Shard 5's primary and standby both point where nothing listens.
    let mut directory = stack.connect_directory().await?;
    let row = sqlx::query("SELECT primary_endpoint, standby_endpoint FROM shards WHERE id = 5")
        .fetch_one(&mut directory)
        .await?;
    let primary: String = row.try_get("primary_endpoint")?;
    let standby: String = row
        .try_get::<Option<String>, _>("standby_endpoint")?
        .expect("shard 5 has a standby");
    sqlx::query("UPDATE shards SET primary_endpoint = $1, standby_endpoint = $2 WHERE id = 5")
        .bind(unreachable(&primary, 1))
        .bind(unreachable(&primary, 2))
        .execute(&mut directory)
        .await?;
    let _jobs = stack.start_jobs(fast_jobs()).await?;
    // The notes are the operators' (tenants see only the stages).
    wait_until("the runner gives up on the silent standby", || async {
        let incidents = stack.operator_incidents().await?;
        Ok(incidents["items"][0]["timeline"]
            .to_string()
            .contains("does not answer as a standby"))
    })
    .await?;
    assert_eq!(tenant.call(Method::GET, &path, None).await?.0, 503);

    // The standby answers again: it is promoted, and the employee is served from it.
    sqlx::query("UPDATE shards SET standby_endpoint = $1 WHERE id = 5")
        .bind(&standby)
        .execute(&mut directory)
        .await?;
    wait_until("the standby serves the shard", || serves(&tenant, &path)).await?;
    let (epoch, serving): (i64, String) =
        sqlx::query_as("SELECT epoch, primary_endpoint FROM shards WHERE id = 5")
            .fetch_one(&mut directory)
            .await?;
    assert_eq!((epoch, serving.as_str()), (2, standby.as_str()));
    let shard = stack.shard(5)?;
    let in_recovery: bool = sqlx::query_scalar("SELECT pg_is_in_recovery()")
        .fetch_one(&mut shard.connect_standby().await?)
        .await?;
    assert!(!in_recovery, "the standby was promoted");

    // The real former primary is still running as a primary, waiting for a synchronous
    // standby that no longer follows it. Once it is known as a fenced endpoint, the runner
    // must fence it without waiting for that standby.
    sqlx::query("UPDATE shards SET fenced_endpoints = fenced_endpoints || $1 WHERE id = 5")
        .bind(vec![primary.clone()])
        .execute(&mut directory)
        .await?;
    wait_until("the former primary is fenced", || async {
        let mut old = shard.connect_admin().await?;
        // A fence stuck at commit would hold its lock on the row: fail instead of hanging.
        sqlx::raw_sql("SET statement_timeout = '2s'")
            .execute(&mut old)
            .await?;
        let fenced: bool = sqlx::query_scalar("SELECT fenced FROM shard_epoch")
            .fetch_one(&mut old)
            .await?;
        let read_only: String = sqlx::query_scalar("SHOW default_transaction_read_only")
            .fetch_one(&mut old)
            .await?;
        Ok(fenced && read_only == "on")
    })
    .await?;
    // The fence is on the shard's incident, and the new primary takes writes.
    let incidents = stack.operator_incidents().await?;
    let timeline = incidents["items"][0]["timeline"].to_string();
    assert!(
        timeline.contains("came back as a primary; fenced"),
        "{incidents:#}"
    );
    let (status, body) = tenant
        .call(
            Method::POST,
            "/v1/employees",
            Some(
                serde_json::json!({ "legal_entity_id": sg, "given_name": "Wei",
                "family_name": "Lim", "work_email": "wei@example.com", "hire_date": "2026-01-05" }),
            ),
        )
        .await?;
    assert_eq!(status, 201, "{body}");

    // The new primary fails too, with no standby left: the mitigated incident is an outage
    // again; when that primary answers again, the service is back but the redundancy is
    // not, so the incident is mitigated, not resolved.
    let incident = |tenant: cadre_testkit::Tenant| async move {
        let (_, incidents) = tenant.call(Method::GET, "/v1/incidents", None).await?;
        anyhow::Ok(incidents["items"][0].clone())
    };
    sqlx::query("UPDATE shards SET primary_endpoint = $1 WHERE id = 5")
        .bind(unreachable(&primary, 1))
        .execute(&mut directory)
        .await?;
    wait_until("the incident is an outage again", || {
        let tenant = tenant.clone();
        async move {
            let i = incident(tenant).await?;
            Ok(i["kind"] == "outage" && i["severity"] == "critical" && i["mitigated_at"].is_null())
        }
    })
    .await?;
    sqlx::query("UPDATE shards SET primary_endpoint = $1 WHERE id = 5")
        .bind(&standby)
        .execute(&mut directory)
        .await?;
    wait_until("the shard serves again", || serves(&tenant, &path)).await?;
    wait_until("the incident is mitigated", || {
        let tenant = tenant.clone();
        async move { Ok(!incident(tenant).await?["mitigated_at"].is_null()) }
    })
    .await?;
    let i = incident(tenant.clone()).await?;
    assert_eq!(i["status"], "open", "no standby yet: {i:#}");
    Ok(())
}

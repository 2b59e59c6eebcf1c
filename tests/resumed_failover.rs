//! A failover cut short after `pg_promote`: the standby is already a primary but the shard
//! map still names the old one. When the old primary fails, the runner finishes the job
//! (epoch, shard map) instead of declaring the shard without a standby.
//!
//! Its own test binary: promoting a standby changes the clusters that the other tests share.

use std::time::Duration;

use cadre_testkit::{TestStack, fast_jobs};
use reqwest::Method;
use sqlx::Row;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_standby_promoted_before_the_map_moved_is_taken_over() -> anyhow::Result<()> {
    let stack = TestStack::start_limited(cadre_testkit::no_practical_limit()).await?;
    let tenant = stack.tenant("resume").await?;
    let us = tenant.legal_entity("Resume Inc", "US", "us-east").await?;
    let id = tenant.employee(&us, "Rae", "Sume").await?["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let shard = stack.shard(3)?;
    // The interrupted failover: the standby was promoted, nothing else happened.
    let promoted: bool = sqlx::query_scalar("SELECT pg_promote(true, 30)")
        .fetch_one(&mut shard.connect_standby().await?)
        .await?;
    assert!(promoted);
    // Then the old primary goes away.
    let mut directory = stack.connect_directory().await?;
    let row = sqlx::query("SELECT primary_endpoint, standby_endpoint FROM shards WHERE id = 3")
        .fetch_one(&mut directory)
        .await?;
    let primary: String = row.try_get("primary_endpoint")?;
    let standby: Option<String> = row.try_get("standby_endpoint")?;
    sqlx::query("UPDATE shards SET primary_endpoint = $1 WHERE id = 3")
        .bind(cadre_testkit::unreachable(&primary, 1))
        .execute(&mut directory)
        .await?;
    let _jobs = stack.start_jobs(fast_jobs()).await?;
    let mut moved = false;
    for _ in 0..150 {
        let (epoch, serving): (i64, String) =
            sqlx::query_as("SELECT epoch, primary_endpoint FROM shards WHERE id = 3")
                .fetch_one(&mut directory)
                .await?;
        if epoch == 2 && Some(&serving) == standby.as_ref() {
            moved = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        moved,
        "the shard map moved to the promoted standby in epoch 2"
    );
    let (status, body) = tenant
        .call(Method::GET, &format!("/v1/employees/{id}"), None)
        .await?;
    assert_eq!(status, 200, "{body}");
    let (status, body) = tenant
        .call(
            Method::POST,
            "/v1/employees",
            Some(serde_json::json!({ "legal_entity_id": us, "given_name": "Ann",
                "family_name": "Other", "work_email": "ann@example.com", "hire_date": "2026-01-05" })),
        )
        .await?;
    assert_eq!(status, 201, "{body}");
    Ok(())
}

//! A planned switchover under writes: the primary is fenced, the standby catches up and is
//! promoted into the next epoch, gateways follow, and every acknowledged write is there.
//!
//! Its own test binary: promoting a standby changes the clusters that the other tests share.

use std::time::Duration;

use cadre_testkit::TestStack;
use cadre_topology::ShardId;
use reqwest::Method;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_switchover_under_writes_loses_nothing_and_moves_every_gateway() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let tenant = stack.tenant("planned").await?;
    let us = tenant.legal_entity("Planned Inc", "US", "us-east").await?;

    // Writers keep creating employees on shard 3 while the switchover runs.
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let (tenant, us) = (tenant.clone(), us.clone());
            tokio::spawn(async move {
                let mut acknowledged = Vec::new();
                let mut rejected = 0;
                for i in 0..60 {
                    let body = json!({ "legal_entity_id": us, "given_name": "Pat",
                        "family_name": format!("W{w}N{i}"), "work_email": format!("w{w}n{i}@example.com"),
                        "hire_date": "2026-01-05" });
                    let (status, created) =
                        tenant.call(Method::POST, "/v1/employees", Some(body)).await?;
                    match status {
                        201 => acknowledged.push(created["id"].as_str().unwrap_or("").to_owned()),
                        503 => rejected += 1,
                        other => anyhow::bail!("unexpected {other}: {created}"),
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                anyhow::Ok((acknowledged, rejected))
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let directory = stack.directory().await?;
    let id = ShardId::new(3)?;
    let before = directory.shard(id).await?.expect("shard 3");
    let epoch = cadre_ops::switchover(&directory, &before, cadre_testkit::OPS_USER).await?;
    assert_eq!(epoch.0, before.epoch.0 + 1);
    let after = directory.shard(id).await?.expect("shard 3");
    assert_eq!(
        Some(&after.primary_endpoint),
        before.standby_endpoint.as_ref()
    );
    assert!(after.fenced_endpoints.contains(&before.primary_endpoint));

    let mut acknowledged = Vec::new();
    for w in writers {
        let (ids, _rejected) = w.await??;
        acknowledged.extend(ids);
    }
    assert!(
        acknowledged.len() >= 60,
        "writes went on: {}",
        acknowledged.len()
    );
    // Every acknowledged write is readable through the gateway, now served by the standby.
    for id in &acknowledged {
        let (status, body) = tenant
            .call(Method::GET, &format!("/v1/employees/{id}"), None)
            .await?;
        assert_eq!(status, 200, "{id}: {body}");
    }
    let shard = stack.shards.iter().find(|s| s.id == id).expect("shard 3");
    let mut promoted = shard.connect_standby().await?;
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM employees")
        .fetch_one(&mut promoted)
        .await?;
    assert_eq!(
        stored as usize,
        acknowledged.len(),
        "one row per acknowledged write"
    );
    // The former primary refuses writes: fenced and read-only.
    let mut former = shard.connect_admin().await?;
    let fenced: bool = sqlx::query_scalar("SELECT fenced FROM shard_epoch")
        .fetch_one(&mut former)
        .await?;
    assert!(fenced);
    Ok(())
}

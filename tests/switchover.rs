//! A planned switchover under writes: the primary is fenced, the standby catches up and is
//! promoted into the next epoch, gateways follow, and every acknowledged write is there.
//!
//! Its own test binary: promoting a standby changes the clusters that the other tests share.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use cadre_testkit::TestStack;
use cadre_topology::ShardId;
use reqwest::Method;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_switchover_under_writes_loses_nothing_and_moves_every_gateway() -> anyhow::Result<()> {
    let stack = TestStack::start_limited(cadre_testkit::no_practical_limit()).await?;
    let tenant = stack.tenant("planned").await?;
    let us = tenant.legal_entity("Planned Inc", "US", "us-east").await?;

    // Writers keep creating employees on shard 3 until told to stop, after the switchover.
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let (tenant, us, stop) = (tenant.clone(), us.clone(), stop.clone());
            tokio::spawn(async move {
                let mut acknowledged = Vec::new();
                let mut i = 0;
                while !stop.load(Ordering::Relaxed) {
                    i += 1;
                    let body = json!({ "legal_entity_id": us, "given_name": "Pat",
                        "family_name": format!("W{w}N{i}"), "work_email": format!("w{w}n{i}@example.com"),
                        "hire_date": "2026-01-05" });
                    let (status, created) =
                        tenant.call(Method::POST, "/v1/employees", Some(body)).await?;
                    match status {
                        201 => acknowledged.push((
                            created["id"].as_str().unwrap_or("").to_owned(),
                            Instant::now(),
                        )),
                        503 => {}
                        other => anyhow::bail!("unexpected {other}: {created}"),
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                anyhow::Ok(acknowledged)
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;

    // A jobs runner watches the shards meanwhile: it must leave the switchover alone.
    let _jobs = stack.start_jobs(cadre_testkit::fast_jobs()).await?;
    let directory = stack.directory().await?;
    let id = ShardId::new(3)?;
    let before = directory.shard(id).await?.expect("shard 3");

    // A long maintenance, done by hand: hold the shard's maintenance lock and fence its
    // primary. The runner sees a fenced primary for many rounds and does nothing, and a
    // switchover is refused while the lock is held elsewhere.
    let mut dir = stack.connect_directory().await?;
    sqlx::query("SELECT pg_advisory_lock($1, 3)")
        .bind(cadre_ops::MAINTENANCE_LOCK)
        .execute(&mut dir)
        .await?;
    cadre_ops::fence(&mut cadre_ops::Prober::new(
        &before.primary_endpoint,
        cadre_testkit::OPS_USER,
    ))
    .await?;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let incidents: i64 = sqlx::query_scalar("SELECT count(*) FROM incidents")
        .fetch_one(&mut dir)
        .await?;
    assert_eq!(incidents, 0, "a shard under maintenance is not failing");
    let refused = cadre_ops::switchover(&directory, &before, cadre_testkit::OPS_USER).await;
    assert!(refused.is_err(), "one switchover at a time");
    sqlx::query("SELECT pg_advisory_unlock($1, 3)")
        .bind(cadre_ops::MAINTENANCE_LOCK)
        .execute(&mut dir)
        .await?;

    let epoch = cadre_ops::switchover(&directory, &before, cadre_testkit::OPS_USER).await?;
    assert_eq!(epoch.0, before.epoch.0 + 1);
    let after = directory.shard(id).await?.expect("shard 3");
    assert_eq!(
        Some(&after.primary_endpoint),
        before.standby_endpoint.as_ref()
    );
    assert!(after.fenced_endpoints.contains(&before.primary_endpoint));

    let switched = Instant::now();
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    let mut acknowledged = Vec::new();
    for w in writers {
        acknowledged.extend(w.await??);
    }
    assert!(
        acknowledged.iter().any(|(_, at)| *at > switched),
        "writes are acknowledged again on the new primary"
    );
    let acknowledged: Vec<String> = acknowledged.into_iter().map(|(id, _)| id).collect();
    // Every acknowledged write is readable through the gateway, now served by the standby.
    for id in &acknowledged {
        let (status, body) = tenant
            .call(Method::GET, &format!("/v1/employees/{id}"), None)
            .await?;
        assert_eq!(status, 200, "{id}: {body}");
    }
    let shard = stack.shard(id.get())?;
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
    // One failover, the planned one, and no incident: the runner did not take the fenced
    // primary for a failure, nor race the switchover.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let kinds: Vec<String> = sqlx::query_scalar("SELECT kind FROM failovers")
        .fetch_all(&mut dir)
        .await?;
    assert_eq!(kinds, ["switchover"]);
    let incidents: i64 = sqlx::query_scalar("SELECT count(*) FROM incidents")
        .fetch_one(&mut dir)
        .await?;
    assert_eq!(incidents, 0);
    Ok(())
}

//! Chaos: the primary of one shard is killed with SIGKILL while writes flow through the
//! gateway to it and to another shard. The standby of the same zone takes over; every
//! acknowledged write is still there; the failover is an incident; nothing else moved.
//!
//! This binary holds this one test: it kills a cluster that the binary's tests share.

use cadre_testkit::TestStack;
use cadre_testkit::chaos::{ChaosPlan, run};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_a_primary_loses_no_acknowledged_write() -> anyhow::Result<()> {
    let stack = TestStack::start_limited(cadre_testkit::no_practical_limit()).await?;
    let standby_before: Vec<(u16, u16)> = stack
        .shards
        .iter()
        .map(|s| (s.id.get(), s.standby_port()))
        .collect();
    let out = run(&stack, &ChaosPlan::default()).await?;
    println!("{out:#?}");

    // Writes flowed before the kill and resumed after it, within the target.
    assert!(
        out.acknowledged > 0,
        "no write was acknowledged on the victim"
    );
    let resumed = out
        .kill_to_first_write
        .expect("no write succeeded on the killed shard after the failover");
    assert!(
        resumed.as_secs_f64() < 15.0,
        "writes resumed only after {resumed:?}"
    );
    // Zero lost acknowledged writes; the other shard never noticed.
    assert_eq!(out.lost, 0, "acknowledged writes lost");
    assert_eq!(out.other_failed, 0, "writes to the other shard failed");
    assert!(out.other_acknowledged > 0);
    assert_eq!(out.other_lost, 0);
    // Rejections during the switch are 503 problems, never a 500.
    assert!(
        out.rejected_statuses.iter().all(|s| *s == 503),
        "rejections: {:?}",
        out.rejected_statuses
    );

    // The shard map: shard 1 moved to its standby (same zone) in epoch 2; the others did not
    // move; nothing was promoted outside its zone.
    let items = out.shard_map["items"].as_array().expect("shard map items");
    for s in items {
        let id = s["id"].as_u64().expect("id") as u16;
        if id == out.victim.get() {
            let standby_port = standby_before
                .iter()
                .find(|(i, _)| *i == id)
                .map(|(_, p)| *p)
                .expect("standby port");
            assert_eq!(s["epoch"], 2, "{s}");
            assert!(
                s["primary"]
                    .as_str()
                    .expect("primary")
                    .contains(&format!(":{standby_port}/")),
                "shard 1 must now be served by its own standby: {s}"
            );
            assert_eq!(s["zone"], "eu");
            assert_eq!(s["status"], "serving");
            assert_eq!(s["gateway_epoch"], 2, "the gateway follows the new epoch");
            assert_eq!(s["fenced"].as_array().map(Vec::len), Some(1), "{s}");
        } else {
            assert_eq!(s["epoch"], 1, "shard {id} must not have moved: {s}");
        }
    }
    let mut directory = stack.connect_directory().await?;
    let cross_zone: i64 =
        sqlx::query_scalar("SELECT count(*) FROM failovers WHERE to_zone <> zone")
            .fetch_one(&mut directory)
            .await?;
    assert_eq!(cross_zone, 0);
    let failovers: Vec<(i32, String)> = sqlx::query_as("SELECT shard_id, kind FROM failovers")
        .fetch_all(&mut directory)
        .await?;
    assert_eq!(failovers, vec![(1, "automatic".to_owned())]);

    // The failover is an incident the tenant sees, with its timeline and the ladder.
    let incidents = out.incidents["items"].as_array().expect("incident items");
    assert_eq!(incidents.len(), 1, "{:#}", out.incidents);
    let i = &incidents[0];
    assert_eq!(i["kind"], "failover");
    assert_eq!(i["severity"], "major");
    assert_eq!(i["shard"], 1);
    assert!(
        i["diagnosed_at"].is_string() && i["mitigated_at"].is_string(),
        "{i:#}"
    );
    let stages: Vec<&str> = i["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .filter_map(|e| e["stage"].as_str())
        .collect();
    assert_eq!(
        &stages[..3],
        ["detected", "diagnosed", "mitigated"],
        "{i:#}"
    );
    let ladder: Vec<(&str, &str)> = i["ladder"]
        .as_array()
        .expect("ladder")
        .iter()
        .map(|d| {
            (
                d["stage"].as_str().unwrap_or_default(),
                d["status"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        ladder,
        [
            ("diagnosis", "met"),
            ("solution", "met"),
            ("resolution", "open")
        ]
    );
    Ok(())
}

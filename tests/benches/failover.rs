//! Chaos bench: writes through the gateway to two shards while the primary of one is killed
//! with SIGKILL; prints the detection settings, the time from the kill to the first
//! acknowledged write, acknowledged writes lost and writes rejected during the switch.
//!
//! `cargo bench -p cadre-e2e --bench failover`

use cadre_testkit::TestStack;
use cadre_testkit::chaos::{ChaosPlan, run};

fn main() -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async {
        let stack = TestStack::start_limited(cadre_testkit::no_practical_limit()).await?;
        let plan = ChaosPlan::default();
        let out = run(&stack, &plan).await?;
        let j = &plan.jobs;
        println!("failover under load (SIGKILL of shard {}'s primary)", out.victim);
        println!(
            "detection: probe every {} ms, timeout {} ms, {} failed probes; {} writers per shard; synchronous replication",
            j.probe_interval.as_millis(),
            j.probe_timeout.as_millis(),
            j.failure_threshold,
            plan.writers
        );
        println!("| measurement | result | target |");
        println!("|---|---|---|");
        if let Some(d) = out.kill_to_first_rejection {
            println!("| kill -> first rejected write | {} ms | |", d.as_millis());
        }
        match out.kill_to_first_write {
            Some(d) => println!("| kill -> first acknowledged write after the switch | {} ms | <= 5000 ms |", d.as_millis()),
            None => println!("| kill -> first acknowledged write | none within {:?} | <= 5000 ms |", plan.give_up),
        }
        println!("| acknowledged writes on the killed shard | {} | |", out.acknowledged);
        println!("| acknowledged writes lost | {} | 0 |", out.lost);
        println!("| writes rejected during the switch (503) | {} | |", out.rejected);
        println!(
            "| other shard: acknowledged / failed / lost | {} / {} / {} | - / 0 / 0 |",
            out.other_acknowledged, out.other_failed, out.other_lost
        );
        anyhow::ensure!(out.lost == 0 && out.other_failed == 0, "invariant broken");
        anyhow::Ok(())
    })
}

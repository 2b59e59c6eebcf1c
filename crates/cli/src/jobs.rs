//! `cadre jobs`: the operations runner (probes, failover within the zone, fencing, incidents,
//! scheduled health reports) and the durable-job runner of one region's shards (or all),
//! with their metrics on their own listener, until Ctrl-C or SIGTERM.

use std::path::Path;

use anyhow::Context;
use cadre_i18n::msg;
use cadre_topology::RegionId;

use crate::lang::say;
use crate::serve::ServeConfig;
use crate::shutdown_signal;

/// Runs the runners configured by `config` (the file `serve` reads) until asked to stop.
pub async fn run(config: &Path, region: Option<&str>) -> anyhow::Result<()> {
    let (c, regions) = ServeConfig::load(config)?;
    let region = match region {
        Some(r) => {
            let id: RegionId = r
                .parse()
                .map_err(|e| anyhow::anyhow!("--region {r:?}: {e}"))?;
            anyhow::ensure!(
                regions.regions.iter().any(|spec| spec.id == id),
                "--region {r:?}: not a region of {}",
                config.display()
            );
            Some(id)
        }
        None => None,
    };
    let directory = c.connect_directory().await?;
    let queue = cadre_jobs::Runner::spawn(
        directory.clone(),
        c.pool(),
        region,
        cadre_jobs::Registry::default(),
        cadre_jobs::RunnerSettings::default(),
    )
    .await?;
    let listener = tokio::net::TcpListener::bind(c.jobs.metrics_listen)
        .await
        .with_context(|| format!("listening on {}", c.jobs.metrics_listen))?;
    let metrics = tokio::spawn(cadre_gateway::serve_metrics(listener, shutdown_signal()));
    let settings = cadre_ops::JobsSettings {
        reports: c.report_store(&regions)?,
        ..c.jobs.settings()
    };
    let jobs = cadre_ops::JobsHandle::spawn(directory, settings);
    eprintln!("{}", say(&msg!("cli-jobs-started")));
    shutdown_signal().await;
    jobs.stop().await;
    drop(queue);
    metrics.abort();
    Ok(())
}

//! `cadre jobs`: the jobs runner (probes, failover within the zone, fencing, incidents,
//! scheduled health reports) with its metrics on their own listener, until Ctrl-C or SIGTERM.

use std::path::Path;

use anyhow::Context;
use cadre_i18n::msg;

use crate::lang::say;
use crate::serve::ServeConfig;
use crate::shutdown_signal;

/// Runs the jobs runner configured by `config` (the file `serve` reads) until asked to stop.
pub async fn run(config: &Path) -> anyhow::Result<()> {
    let (c, regions) = ServeConfig::load(config)?;
    let directory = c.connect_directory().await?;
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
    metrics.abort();
    Ok(())
}

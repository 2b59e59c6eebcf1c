//! The `cadre` command's building blocks, kept in a library so end-to-end tests drive exactly
//! what the command runs. One module per subcommand (`dev`, `serve`, `jobs`, `switchover`,
//! `migrate`, `packs`, `locales`), each with the `run` function that `main.rs` dispatches to.

pub mod dev;
pub mod jobs;
pub mod lang;
pub mod locales;
pub mod migrate;
pub mod packs;
pub mod seed;
pub mod serve;
pub mod switchover;

/// Resolves on Ctrl-C or SIGTERM: how every long-running subcommand is asked to stop.
pub async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(s) => s,
        Err(_) => {
            let _ = ctrl_c.await;
            return;
        }
    };
    tokio::select! {
        _ = ctrl_c => {}
        _ = term.recv() => {}
    }
}

//! Connections for single-statement reads, handed back without a round trip.
//!
//! sqlx's pool pings every connection it takes back (a Sync and a wait for ReadyForQuery), so
//! a one-statement request costs two round trips and four process wake-ups. A statement that
//! ran to completion leaves its connection ready for the next one, so this lane keeps such
//! connections and hands them out again as they are. A connection whose request was
//! cancelled mid-statement is closed, and one whose statement failed is kept only if it
//! still answers. Writes and transactions keep using the sqlx pool.

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, PgConnection};
use tokio::sync::Semaphore;

/// What a read does with its connection (boxed: it may run twice, and a plain async closure
/// would not let the gateway's handlers stay `Send`).
pub type ReadFuture<'c, T, E> = Pin<Box<dyn Future<Output = Result<T, E>> + Send + 'c>>;

/// A bounded set of reusable read connections to one endpoint.
#[derive(Debug)]
pub(crate) struct ReadLane {
    options: PgConnectOptions,
    idle: Mutex<Vec<(PgConnection, Instant)>>,
    permits: Semaphore,
    acquire_timeout: Duration,
    ping_after_idle: Duration,
}

impl ReadLane {
    pub(crate) fn new(
        options: PgConnectOptions,
        max_connections: u32,
        acquire_timeout: Duration,
        ping_after_idle: Duration,
    ) -> Self {
        Self {
            options,
            idle: Mutex::new(Vec::new()),
            permits: Semaphore::new(max_connections as usize),
            acquire_timeout,
            ping_after_idle,
        }
    }

    /// Runs `work` on a connection of the lane: an idle one (pinged first if it sat idle
    /// long enough for the server to have gone), else a new one. Reads are idempotent, so
    /// when a kept connection turns out to be dead (the server restarted, or ended the
    /// session), `work` runs once more on a new connection.
    pub(crate) async fn run<T, E: From<sqlx::Error>>(
        &self,
        work: impl for<'c> Fn(&'c mut PgConnection) -> ReadFuture<'c, T, E>,
    ) -> Result<T, E> {
        let _permit = tokio::time::timeout(self.acquire_timeout, self.permits.acquire())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
            .map_err(|_| sqlx::Error::PoolClosed)?;
        let (mut conn, kept) = self.checkout().await?;
        // Dropped with this future if `work` is cancelled: the connection closes with it.
        let out = work(&mut conn).await;
        if out.is_ok() || conn.ping().await.is_ok() {
            // Done, or the statement failed and left the connection ready for the next one.
            self.lock().push((conn, Instant::now()));
            return out;
        }
        drop(conn);
        if !kept {
            return out;
        }
        let mut conn = PgConnection::connect_with(&self.options).await?;
        let out = work(&mut conn).await;
        if out.is_ok() {
            self.lock().push((conn, Instant::now()));
        }
        out
    }

    /// An idle connection (`true`) or a new one.
    async fn checkout(&self) -> Result<(PgConnection, bool), sqlx::Error> {
        loop {
            let Some((mut conn, since)) = self.lock().pop() else {
                return Ok((PgConnection::connect_with(&self.options).await?, false));
            };
            if since.elapsed() <= self.ping_after_idle || conn.ping().await.is_ok() {
                return Ok((conn, true));
            }
        }
    }

    /// Closes the idle connections (the shard moved to another primary).
    pub(crate) fn clear(&self) {
        self.permits.close();
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(PgConnection, Instant)>> {
        self.idle.lock().unwrap_or_else(|p| p.into_inner())
    }
}

//! Regional shards: connection pools, the shard schema's migrations, and transactions scoped to
//! one tenant (the `cadre.tenant_id` setting that the row-level security policies read).

mod reads;

pub use reads::ReadFuture;

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;

use cadre_topology::{RegionId, ShardEpoch, ShardId, ZoneId};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{AssertSqlSafe, PgConnection, PgPool, Postgres, Transaction};
use uuid::Uuid;

/// Embedded migrations of every shard database.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The database role the gateway uses on shards and the directory (subject to RLS).
pub const APP_ROLE: &str = "cadre_app";

/// One shard as the gateway sees it: where it is and a pool on its current primary.
#[derive(Debug)]
pub struct Shard {
    /// Logical shard number.
    pub id: ShardId,
    /// Region.
    pub region: RegionId,
    /// Zone.
    pub zone: ZoneId,
    /// Epoch of the primary this pool points at.
    pub epoch: ShardEpoch,
    /// The primary's endpoint in this epoch.
    pub endpoint: String,
    /// Whether the shard can serve: `false` while its primary is down with no standby to
    /// take over (requests then get a 503 at once instead of waiting for a connection).
    pub available: bool,
    pool: PgPool,
    reads: Arc<reads::ReadLane>,
    retired: Arc<Retired>,
}

/// Set when the shard map replaced this entry's pool: requests still waiting on it give up
/// at once (their clients retry on the new primary) instead of waiting for a connection to
/// a server that is gone until the acquire timeout.
#[derive(Debug, Default)]
struct Retired {
    flag: std::sync::atomic::AtomicBool,
    wake: tokio::sync::Notify,
}

/// Pool settings for shard connections.
#[derive(Debug, Clone)]
pub struct PoolSettings {
    /// Database user.
    pub user: String,
    /// Connections per shard, for transactions; as many again for single-statement reads.
    pub max_connections: u32,
    /// How long a request waits for a connection before failing.
    pub acquire_timeout: Duration,
    /// A connection idle for longer than this is pinged before a request gets it.
    pub ping_after_idle: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            user: APP_ROLE.to_owned(),
            max_connections: 16,
            acquire_timeout: Duration::from_secs(5),
            ping_after_idle: Duration::from_secs(5),
        }
    }
}

/// Connect options for an endpoint (`postgres://host:port/db`) as `user`.
pub fn connect_options(endpoint: &str, user: &str) -> Result<PgConnectOptions, sqlx::Error> {
    let mut options = PgConnectOptions::from_str(endpoint)?
        .username(user)
        .application_name("cadre");
    // A role's own password (`CADRE_DB_PASSWORD_CADRE_RUNNER`) before the shared one.
    let own = format!("CADRE_DB_PASSWORD_{}", user.to_ascii_uppercase());
    if let Ok(password) = std::env::var(own).or_else(|_| std::env::var("CADRE_DB_PASSWORD")) {
        options = options.password(&password);
    }
    Ok(options)
}

impl Shard {
    /// Opens a lazily connecting pool on the shard's primary.
    pub fn connect(
        id: ShardId,
        region: RegionId,
        zone: ZoneId,
        epoch: ShardEpoch,
        endpoint: &str,
        settings: &PoolSettings,
    ) -> Result<Self, sqlx::Error> {
        // sqlx pings every connection it hands out by default: one extra round trip per
        // request, as costly as the query itself. A busy connection is known to be alive, so
        // only one that sat idle (the server may have gone meanwhile) is pinged.
        let ping_after_idle = settings.ping_after_idle;
        let options = connect_options(endpoint, &settings.user)?;
        let reads = reads::ReadLane::new(
            options.clone(),
            settings.max_connections,
            settings.acquire_timeout,
            ping_after_idle,
        );
        let pool = PgPoolOptions::new()
            .max_connections(settings.max_connections)
            .acquire_timeout(settings.acquire_timeout)
            .test_before_acquire(false)
            .before_acquire(move |conn, meta| {
                Box::pin(async move {
                    if meta.idle_for > ping_after_idle {
                        sqlx::Connection::ping(conn).await?;
                    }
                    Ok(true)
                })
            })
            .connect_lazy_with(options);
        Ok(Self {
            id,
            region,
            zone,
            epoch,
            endpoint: endpoint.to_owned(),
            available: true,
            pool,
            reads: Arc::new(reads),
            retired: Arc::default(),
        })
    }

    /// Begins a transaction in which row-level security admits only `tenant`'s rows, on a
    /// copy of the shard that serves this gateway's epoch (a fenced or stale copy refuses
    /// with SQLSTATE `CD001`, see [`is_fenced`]).
    ///
    /// `BEGIN`, the setting and the epoch check travel in one round trip; the setting is
    /// transaction-local, so a pooled connection never carries one tenant's scope into
    /// another's request.
    pub async fn begin_for(
        &self,
        tenant: Uuid,
    ) -> Result<Transaction<'static, Postgres>, sqlx::Error> {
        // `tenant` is a parsed Uuid and the epoch an integer: safe to splice into the statement.
        let begin = format!(
            "BEGIN; SELECT set_config('cadre.tenant_id', '{tenant}', true), cadre_check_epoch({})",
            self.epoch.0
        );
        self.guard(self.pool.begin_with(AssertSqlSafe(begin))).await
    }

    /// The same shard and pool, marked available or not.
    pub fn with_available(&self, available: bool) -> Shard {
        Shard {
            id: self.id,
            region: self.region.clone(),
            zone: self.zone.clone(),
            epoch: self.epoch,
            endpoint: self.endpoint.clone(),
            available,
            pool: self.pool.clone(),
            reads: self.reads.clone(),
            retired: self.retired.clone(),
        }
    }

    /// Marks this entry's pool as replaced: waiting and later requests on it fail with
    /// `PoolClosed` (a 503) at once.
    pub fn retire(&self) {
        use std::sync::atomic::Ordering;
        self.retired.flag.store(true, Ordering::Release);
        self.retired.wake.notify_waiters();
        self.reads.clear();
    }

    /// Runs one read-only statement that scopes itself to its tenant (as `employee_by_id`
    /// does) on a connection that returns to its lane without a round trip (see `reads.rs`);
    /// `work` may run twice (on a new connection if a kept one proves dead). Fails at once
    /// if the entry is or becomes retired.
    pub async fn read<T, E: From<sqlx::Error>>(
        &self,
        work: impl for<'c> Fn(&'c mut PgConnection) -> ReadFuture<'c, T, E>,
    ) -> Result<T, E> {
        self.guard(self.reads.run(work)).await
    }

    /// Runs `work` on this shard unless the entry is or becomes retired.
    pub async fn guard<T, E: From<sqlx::Error>>(
        &self,
        work: impl Future<Output = Result<T, E>>,
    ) -> Result<T, E> {
        use std::sync::atomic::Ordering;
        let woken = self.retired.wake.notified();
        if self.retired.flag.load(Ordering::Acquire) {
            return Err(sqlx::Error::PoolClosed.into());
        }
        tokio::select! {
            out = work => out,
            () = woken => Err(sqlx::Error::PoolClosed.into()),
        }
    }

    /// The pool, for health checks and for single statements that check the epoch
    /// themselves (an autocommit statement costs one round trip, a transaction three).
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

/// SQLSTATE of a write refused by a fenced or stale copy of a shard.
pub const FENCED_SQLSTATE: &str = "CD001";

/// SQLSTATE of a statement in a transaction that an earlier error aborted.
const ABORTED_SQLSTATE: &str = "25P02";

/// Whether a database error is a fenced or stale copy refusing a write.
///
/// sqlx's `begin_with` waits for the `BEGIN` string to finish but drops an error raised by
/// its later statements, here the epoch check, and hands out the aborted transaction; the
/// first statement in it then fails with 25P02. Every other statement's error ends our
/// transactions at once (`?`), so 25P02 in them means the epoch check refused.
pub fn is_fenced(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d)
        if matches!(d.code().as_deref(), Some(FENCED_SQLSTATE | ABORTED_SQLSTATE)))
}

/// Why a shard number cannot serve a request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RouteError {
    /// No shard of this deployment has the number (an id from elsewhere, or a
    /// misconfiguration).
    #[error("shard {0} is not part of this deployment")]
    Unknown(ShardId),
    /// The shard's primary is down and nothing took over yet.
    #[error("shard {shard} in {region} is unavailable")]
    Unavailable {
        /// The shard.
        shard: ShardId,
        /// Its region (errors are counted per region).
        region: RegionId,
    },
}

/// The routing table: every shard by number. The set of shards is fixed at start; each
/// entry is swapped whole when a failover moves the shard to another primary, so a request
/// holds one consistent (endpoint, epoch, pool) for its whole life.
#[derive(Debug, Default)]
pub struct ShardSet {
    shards: HashMap<ShardId, ArcSwap<Shard>>,
}

impl ShardSet {
    /// Builds the set from shards.
    pub fn new(shards: impl IntoIterator<Item = Shard>) -> Self {
        Self {
            shards: shards
                .into_iter()
                .map(|s| (s.id, ArcSwap::from_pointee(s)))
                .collect(),
        }
    }

    /// The shard with this number, as of now.
    pub fn get(&self, id: ShardId) -> Option<Arc<Shard>> {
        self.shards.get(&id).map(ArcSwap::load_full)
    }

    /// The shard with this number if it can serve now. A shard that is down with nothing to
    /// take over fails at once, rather than every request waiting for a connection that
    /// cannot come.
    pub fn serving(&self, id: ShardId) -> Result<Arc<Shard>, RouteError> {
        let shard = self.get(id).ok_or(RouteError::Unknown(id))?;
        if shard.available {
            Ok(shard)
        } else {
            Err(RouteError::Unavailable {
                shard: id,
                region: shard.region.clone(),
            })
        }
    }

    /// Every shard, as of now.
    pub fn iter(&self) -> impl Iterator<Item = Arc<Shard>> + '_ {
        self.shards.values().map(ArcSwap::load_full)
    }

    /// Replaces a shard's entry (a new epoch or availability); returns the entry it replaced.
    /// Unknown shard numbers are ignored: the set is fixed at start.
    pub fn replace(&self, shard: Shard) -> Option<Arc<Shard>> {
        self.shards
            .get(&shard.id)
            .map(|slot| slot.swap(Arc::new(shard)))
    }
}

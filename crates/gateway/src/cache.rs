//! What the gateway remembers from the directory: API keys and tenant contexts (tenant plus
//! its legal entities). Entries are dropped when the directory announces a change (LISTEN/
//! NOTIFY), and everything is dropped when the listener loses its connection, since
//! announcements may have been missed meanwhile. Both maps are bounded (moka), so made-up
//! key ids cannot grow memory.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cadre_directory::{
    ApiKeyId, ApiKeyRecord, Directory, LegalEntity, LegalEntityId, Tenant, TenantId,
};
use moka::sync::Cache;

/// A tenant and its legal entities.
#[derive(Debug)]
pub struct TenantContext {
    /// The tenant.
    pub tenant: Tenant,
    /// Its legal entities.
    pub entities: Vec<LegalEntity>,
}

impl TenantContext {
    /// One of its legal entities.
    pub fn entity(&self, id: LegalEntityId) -> Option<&LegalEntity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// How long an unknown key id is remembered as unknown (bounds directory load from garbage).
const NEGATIVE_TTL: Duration = Duration::from_secs(10);
/// Upper bound on staleness should an announcement ever be lost without a disconnect.
const POSITIVE_TTL: Duration = Duration::from_secs(300);
/// Entries kept at most per map: made-up key ids must not grow memory without bound (the
/// least recently and frequently used go first).
const KEY_CAPACITY: u64 = 100_000;
const TENANT_CAPACITY: u64 = 20_000;

/// A cached lookup: `None` remembers that the directory had nothing.
type Entry<T> = Option<Arc<T>>;

/// Known entries live long (announcements evict them), unknown ones briefly.
struct Ttl;

impl<K, T> moka::Expiry<K, Entry<T>> for Ttl {
    fn expire_after_create(
        &self,
        _: &K,
        value: &Entry<T>,
        _: std::time::Instant,
    ) -> Option<Duration> {
        Some(if value.is_some() {
            POSITIVE_TTL
        } else {
            NEGATIVE_TTL
        })
    }

    fn expire_after_update(
        &self,
        k: &K,
        value: &Entry<T>,
        at: std::time::Instant,
        _: Option<Duration>,
    ) -> Option<Duration> {
        self.expire_after_create(k, value, at)
    }
}

fn bounded<K, T>(capacity: u64) -> Cache<K, Entry<T>>
where
    K: std::hash::Hash + Eq + Send + Sync + 'static,
    T: Send + Sync + 'static,
{
    Cache::builder()
        .max_capacity(capacity)
        .expire_after(Ttl)
        .build()
}

/// The gateway's directory cache.
#[derive(Debug)]
pub struct DirectoryCache {
    keys: Cache<ApiKeyId, Entry<ApiKeyRecord>>,
    tenants: Cache<TenantId, Entry<TenantContext>>,
    /// Bumped by every eviction, under `gate`. A fill that read the directory before an
    /// eviction must not store its (possibly stale) result after it.
    generation: AtomicU64,
    gate: Mutex<()>,
    /// Woken on every shard map announcement (and whenever announcements may have been lost).
    pub shard_changes: tokio::sync::Notify,
}

impl Default for DirectoryCache {
    fn default() -> Self {
        Self {
            keys: bounded(KEY_CAPACITY),
            tenants: bounded(TENANT_CAPACITY),
            generation: AtomicU64::new(0),
            gate: Mutex::new(()),
            shard_changes: tokio::sync::Notify::new(),
        }
    }
}

impl DirectoryCache {
    /// A key by id, from memory or the directory.
    pub async fn api_key(
        &self,
        directory: &Directory,
        id: ApiKeyId,
    ) -> Result<Option<Arc<ApiKeyRecord>>, sqlx::Error> {
        if let Some(e) = self.keys.get(&id) {
            return Ok(e);
        }
        let generation = self.generation.load(Ordering::Acquire);
        let value = directory
            .api_key(id)
            .await
            .map_err(into_sqlx)?
            .map(Arc::new);
        self.store(&self.keys, id, value.clone(), generation);
        Ok(value)
    }

    /// A tenant's context, from memory or the directory.
    pub async fn tenant(
        &self,
        directory: &Directory,
        id: TenantId,
    ) -> Result<Option<Arc<TenantContext>>, sqlx::Error> {
        if let Some(e) = self.tenants.get(&id) {
            return Ok(e);
        }
        let generation = self.generation.load(Ordering::Acquire);
        let value = match directory.tenant(id).await.map_err(into_sqlx)? {
            Some(tenant) => {
                let entities = directory.legal_entities(id).await.map_err(into_sqlx)?;
                Some(Arc::new(TenantContext { tenant, entities }))
            }
            None => None,
        };
        self.store(&self.tenants, id, value.clone(), generation);
        Ok(value)
    }

    fn store<K, T>(&self, map: &Cache<K, Entry<T>>, k: K, value: Entry<T>, generation: u64)
    where
        K: std::hash::Hash + Eq + Send + Sync + 'static,
        T: Send + Sync + 'static,
    {
        // Checked under the gate: evictions also take it, so none can slip in between.
        let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
        if self.generation.load(Ordering::Acquire) == generation {
            map.insert(k, value);
        }
    }

    fn bump(&self) -> std::sync::MutexGuard<'_, ()> {
        let gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
        self.generation.fetch_add(1, Ordering::AcqRel);
        gate
    }

    /// Applies one directory announcement (`<table>:<id>`).
    pub fn evict(&self, payload: &str) {
        let (table, id) = payload.split_once(':').unwrap_or((payload, ""));
        let id = uuid::Uuid::try_parse(id).ok();
        match (table, id) {
            ("api_keys", Some(id)) => self.evict_key(ApiKeyId(id)),
            ("tenants" | "legal_entities", Some(id)) => self.evict_tenant(TenantId(id)),
            // Shard changes wake the shard map follower; anything unknown clears everything.
            ("shards", _) => self.shard_changes.notify_one(),
            _ => self.clear(),
        }
    }

    /// Forgets one key.
    pub fn evict_key(&self, id: ApiKeyId) {
        let _gate = self.bump();
        self.keys.invalidate(&id);
    }

    /// Forgets one tenant's context.
    pub fn evict_tenant(&self, id: TenantId) {
        let _gate = self.bump();
        self.tenants.invalidate(&id);
    }

    /// Forgets everything.
    pub fn clear(&self) {
        {
            let _gate = self.bump();
            self.keys.invalidate_all();
            self.tenants.invalidate_all();
        }
        self.shard_changes.notify_one();
    }

    /// Follows directory announcements until the task is dropped.
    pub async fn follow(self: Arc<Self>, directory: Directory) {
        loop {
            let mut listener =
                match sqlx::postgres::PgListener::connect_with(directory.pool()).await {
                    Ok(l) => l,
                    Err(e) => {
                        tracing::warn!(error = %e, "directory listener cannot connect; retrying");
                        self.clear();
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        continue;
                    }
                };
            if let Err(e) = listener.listen(cadre_directory::CHANGE_CHANNEL).await {
                tracing::warn!(error = %e, "LISTEN failed; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
            // Anything cached before LISTEN took effect may already be stale.
            self.clear();
            loop {
                match listener.try_recv().await {
                    Ok(Some(n)) => self.evict(n.payload()),
                    // The connection dropped: announcements may be lost, so forget everything.
                    Ok(None) => self.clear(),
                    Err(e) => {
                        tracing::warn!(error = %e, "directory listener failed; reconnecting");
                        self.clear();
                        break;
                    }
                }
            }
        }
    }
}

fn into_sqlx(e: cadre_directory::DirectoryError) -> sqlx::Error {
    match e {
        cadre_directory::DirectoryError::Database(e) => e,
        other => sqlx::Error::Protocol(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_up_key_ids_do_not_grow_the_cache_without_bound() {
        let cache = DirectoryCache::default();
        for _ in 0..(KEY_CAPACITY * 2) {
            cache.store(&cache.keys, ApiKeyId(uuid::Uuid::new_v4()), None, 0);
        }
        cache.keys.run_pending_tasks();
        assert!(
            cache.keys.entry_count() <= KEY_CAPACITY,
            "{} entries",
            cache.keys.entry_count()
        );
    }

    #[test]
    fn a_fill_that_read_before_an_eviction_is_not_stored() {
        let cache = DirectoryCache::default();
        let id = ApiKeyId(uuid::Uuid::new_v4());
        let before = cache.generation.load(Ordering::Acquire);
        cache.evict_key(id);
        cache.store(&cache.keys, id, None, before);
        assert!(cache.keys.get(&id).is_none());
    }
}

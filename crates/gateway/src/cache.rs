//! What the gateway remembers from the directory: API keys and tenant contexts (tenant plus
//! its legal entities). Entries are dropped when the directory announces a change (LISTEN/
//! NOTIFY), and everything is dropped when the listener loses its connection, since
//! announcements may have been missed meanwhile.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use cadre_directory::{
    ApiKeyId, ApiKeyRecord, Directory, LegalEntity, LegalEntityId, Tenant, TenantId,
};

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

#[derive(Debug)]
struct Entry<T> {
    value: Option<Arc<T>>,
    at: Instant,
}

impl<T> Entry<T> {
    fn fresh(&self) -> bool {
        let ttl = if self.value.is_some() {
            POSITIVE_TTL
        } else {
            NEGATIVE_TTL
        };
        self.at.elapsed() < ttl
    }
}

/// The gateway's directory cache.
#[derive(Debug, Default)]
pub struct DirectoryCache {
    keys: RwLock<HashMap<ApiKeyId, Entry<ApiKeyRecord>>>,
    tenants: RwLock<HashMap<TenantId, Entry<TenantContext>>>,
    /// Bumped by every eviction. A fill that read the directory before an eviction must not
    /// store its (possibly stale) result after it.
    generation: AtomicU64,
    /// Woken on every shard map announcement (and whenever announcements may have been lost).
    pub shard_changes: tokio::sync::Notify,
}

impl DirectoryCache {
    /// A key by id, from memory or the directory.
    pub async fn api_key(
        &self,
        directory: &Directory,
        id: ApiKeyId,
    ) -> Result<Option<Arc<ApiKeyRecord>>, sqlx::Error> {
        if let Some(e) = read(&self.keys).get(&id).filter(|e| e.fresh()) {
            return Ok(e.value.clone());
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
        if let Some(e) = read(&self.tenants).get(&id).filter(|e| e.fresh()) {
            return Ok(e.value.clone());
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

    fn store<K: std::hash::Hash + Eq, T>(
        &self,
        map: &RwLock<HashMap<K, Entry<T>>>,
        k: K,
        value: Option<Arc<T>>,
        generation: u64,
    ) {
        let mut map = map.write().unwrap_or_else(|p| p.into_inner());
        // Checked under the write lock: evictions also take it, so none can slip in between.
        if self.generation.load(Ordering::Acquire) == generation {
            map.insert(
                k,
                Entry {
                    value,
                    at: Instant::now(),
                },
            );
        }
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
        let mut map = self.keys.write().unwrap_or_else(|p| p.into_inner());
        self.generation.fetch_add(1, Ordering::AcqRel);
        map.remove(&id);
    }

    /// Forgets one tenant's context.
    pub fn evict_tenant(&self, id: TenantId) {
        let mut map = self.tenants.write().unwrap_or_else(|p| p.into_inner());
        self.generation.fetch_add(1, Ordering::AcqRel);
        map.remove(&id);
    }

    /// Forgets everything.
    pub fn clear(&self) {
        let mut keys = self.keys.write().unwrap_or_else(|p| p.into_inner());
        let mut tenants = self.tenants.write().unwrap_or_else(|p| p.into_inner());
        self.generation.fetch_add(1, Ordering::AcqRel);
        keys.clear();
        tenants.clear();
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

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|p| p.into_inner())
}

fn into_sqlx(e: cadre_directory::DirectoryError) -> sqlx::Error {
    match e {
        cadre_directory::DirectoryError::Database(e) => e,
        other => sqlx::Error::Protocol(other.to_string()),
    }
}

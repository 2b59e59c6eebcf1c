//! Rate limits: a token bucket per API key and per tenant (GCRA, `governor`), checked once a
//! caller is authenticated, and a limit on failed authentications per client address. Every
//! authenticated response says where the caller stands (`RateLimit-Policy`, `RateLimit`,
//! IETF draft-ietf-httpapi-ratelimit-headers); a refusal is a 429 problem with `Retry-After`.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use cadre_directory::{ApiKeyId, TenantId};
use cadre_i18n::msg;
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::{Quota, RateLimiter};

use crate::problem::ApiError;

/// Requests per second, with as many again allowed in a burst.
#[derive(Debug, Clone)]
pub struct RateLimits {
    /// Per API key.
    pub per_key: NonZeroU32,
    /// Per tenant, over all its keys.
    pub per_tenant: NonZeroU32,
    /// Failed authentications per client address and minute.
    pub failed_auth_per_minute: NonZeroU32,
}

impl Default for RateLimits {
    fn default() -> Self {
        Self {
            per_key: NonZeroU32::new(100).unwrap_or(NonZeroU32::MIN),
            per_tenant: NonZeroU32::new(300).unwrap_or(NonZeroU32::MIN),
            failed_auth_per_minute: NonZeroU32::new(30).unwrap_or(NonZeroU32::MIN),
        }
    }
}

type Keyed<K> = RateLimiter<
    K,
    governor::state::keyed::DefaultKeyedStateStore<K>,
    DefaultClock,
    StateInformationMiddleware,
>;

/// Keyed state beyond this many entries is pruned of buckets that are full again (an address
/// or key not seen for a while).
const PRUNE_ABOVE: usize = 100_000;

/// The gateway's limiters.
#[derive(Debug)]
pub struct Limiter {
    limits: RateLimits,
    /// `RateLimit-Policy`, the same on every answer: made once.
    policy: HeaderValue,
    keys: Keyed<ApiKeyId>,
    tenants: Keyed<TenantId>,
    failures: Keyed<IpAddr>,
    /// Addresses refused until an instant, after too many failures.
    blocked: moka::sync::Cache<IpAddr, Instant>,
    clock: DefaultClock,
}

fn keyed<K: std::hash::Hash + Eq + Clone>(quota: Quota) -> Keyed<K> {
    RateLimiter::dashmap(quota).with_middleware::<StateInformationMiddleware>()
}

fn per_second(n: NonZeroU32) -> Quota {
    // A burst of two seconds' worth: clients that batch a little are not refused.
    let two = NonZeroU32::MIN.saturating_add(1);
    Quota::per_second(n).allow_burst(n.saturating_mul(two))
}

impl Limiter {
    /// Limiters for `limits`.
    pub fn new(limits: RateLimits) -> Self {
        Self {
            keys: keyed(per_second(limits.per_key)),
            tenants: keyed(per_second(limits.per_tenant)),
            failures: keyed(Quota::per_minute(limits.failed_auth_per_minute)),
            blocked: moka::sync::Cache::builder()
                .max_capacity(PRUNE_ABOVE as u64)
                .time_to_live(Duration::from_secs(60))
                .build(),
            clock: DefaultClock::default(),
            policy: HeaderValue::from_str(&format!(
                "\"key\";q={};w=1, \"tenant\";q={};w=1",
                limits.per_key, limits.per_tenant
            ))
            .unwrap_or_else(|_| HeaderValue::from_static("")),
            limits,
        }
    }

    /// Counts one request of `key` of `tenant`: what the caller has left, or a 429.
    pub fn admit(&self, tenant: TenantId, key: ApiKeyId) -> Result<Standing, Refusal> {
        let now = self.clock.now();
        let refuse = |e: governor::NotUntil<_>, detail| Refusal {
            retry: e.wait_time_from(now),
            detail,
        };
        let tenant_left = self.tenants.check_key(&tenant).map_err(|e| {
            let quota = self.limits.per_tenant.get();
            refuse(e, Detail::Tenant(quota))
        })?;
        let key_left = self.keys.check_key(&key).map_err(|e| {
            let quota = self.limits.per_key.get();
            refuse(e, Detail::Key(quota))
        })?;
        if self.keys.len() > PRUNE_ABOVE {
            self.keys.retain_recent();
        }
        Ok(Standing {
            policy: self.policy.clone(),
            key_left: key_left.remaining_burst_capacity(),
            tenant_left: tenant_left.remaining_burst_capacity(),
        })
    }

    /// Refuses an address that failed to authenticate too often, for the rest of its wait.
    pub fn check_address(&self, ip: IpAddr) -> Result<(), Refusal> {
        match self.blocked.get(&ip) {
            Some(until) if until > Instant::now() => Err(Refusal {
                retry: until - Instant::now(),
                detail: Detail::Auth,
            }),
            _ => Ok(()),
        }
    }

    /// Counts a failed authentication from `ip`.
    pub fn failed(&self, ip: IpAddr) {
        if let Err(e) = self.failures.check_key(&ip) {
            let wait = e.wait_time_from(self.clock.now());
            self.blocked.insert(ip, Instant::now() + wait);
        }
        if self.failures.len() > PRUNE_ABOVE {
            self.failures.retain_recent();
        }
    }
}

/// Where a caller stands after a request.
#[derive(Debug, Clone)]
pub struct Standing {
    policy: HeaderValue,
    key_left: u32,
    tenant_left: u32,
}

/// Whose limit refused a request.
#[derive(Debug, Clone, Copy)]
pub enum Detail {
    /// The key's, with its quota per second.
    Key(u32),
    /// The tenant's, with its quota per second.
    Tenant(u32),
    /// Too many failed authentications from the address.
    Auth,
}

/// A refused request.
#[derive(Debug, Clone, Copy)]
pub struct Refusal {
    retry: Duration,
    detail: Detail,
}

impl Refusal {
    /// Whole seconds to wait, at least one.
    fn retry_secs(&self) -> u32 {
        let secs = self.retry.as_secs() + u64::from(self.retry.subsec_nanos() > 0);
        u32::try_from(secs).unwrap_or(u32::MAX)
    }
}

/// Filled by the `Caller` extractor, read by [`headers`] after the handler.
#[derive(Debug, Clone, Default)]
pub struct Slot(Arc<OnceLock<Result<Standing, Refusal>>>);

impl Slot {
    /// Records the outcome of the caller's check (first call wins).
    pub fn fill(&self, outcome: Result<Standing, Refusal>) {
        let _ = self.0.set(outcome);
    }
}

impl From<Refusal> for ApiError {
    fn from(r: Refusal) -> Self {
        let retry = r.retry_secs();
        ApiError::rate_limited(match r.detail {
            Detail::Key(quota) => msg!("problem-rate-limited-key", quota = quota, retry = retry),
            Detail::Tenant(quota) => {
                msg!("problem-rate-limited-tenant", quota = quota, retry = retry)
            }
            Detail::Auth => msg!("problem-rate-limited-auth", retry = retry),
        })
    }
}

/// The client address of a request, as the listener saw it.
pub fn client_address(req: &axum::http::request::Parts) -> Option<IpAddr> {
    req.extensions
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip())
}

/// Adds the rate-limit headers the caller's check left in its slot.
pub async fn headers(mut req: Request, next: Next) -> Response {
    let slot = Slot::default();
    req.extensions_mut().insert(slot.clone());
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    match slot.0.get() {
        Some(Ok(s)) => {
            // The tighter of the two is what the caller has left.
            let (name, left) = if s.key_left <= s.tenant_left {
                ("key", s.key_left)
            } else {
                ("tenant", s.tenant_left)
            };
            h.insert("ratelimit-policy", s.policy.clone());
            if let Ok(v) = HeaderValue::from_str(&format!("\"{name}\";r={left};t=1")) {
                h.insert("ratelimit", v);
            }
        }
        Some(Err(r)) => {
            h.insert(
                axum::http::header::RETRY_AFTER,
                HeaderValue::from(r.retry_secs()),
            );
        }
        None => {}
    }
    res
}

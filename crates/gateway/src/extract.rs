//! Typed path extractors: for a shard-carrying id in the path, authenticate the caller,
//! check the scope the access needs, parse the id, route it to its shard and check that the
//! shard serves, in that order (401, 403, 404, 503), before the handler runs.

use std::marker::PhantomData;
use std::sync::Arc;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use cadre_directory::Scope;
use cadre_ids::ShardRouted;
use cadre_shards::{RouteError, Shard};

use crate::AppState;
use crate::auth::Caller;
use crate::problem::ApiError;
use crate::telemetry::RegionSlot;

/// A resource whose id routes to a shard: the scopes that read and change it, and the
/// problem a missing one answers.
pub(crate) trait PathResource: ShardRouted + Send {
    /// The scope that reads it.
    const READ: Scope;
    /// The scope that changes it.
    const WRITE: Scope;
    /// The 404 for an id that names no such resource (or routes nowhere).
    fn not_found() -> ApiError;
}

/// What a route does with the resource, and so which scope it needs.
pub(crate) trait Access: Send {
    /// The scope needed on `T`.
    fn scope<T: PathResource>() -> Scope;
}

/// Reading: `T::READ`.
#[derive(Debug)]
pub(crate) struct Read;

/// Changing: `T::WRITE`.
#[derive(Debug)]
pub(crate) struct Write;

impl Access for Read {
    fn scope<T: PathResource>() -> Scope {
        T::READ
    }
}

impl Access for Write {
    fn scope<T: PathResource>() -> Scope {
        T::WRITE
    }
}

/// The caller, allowed `A` on `T`s; `{id}` from the path, parsed as `T`; and the shard it
/// lives on, serving. An id that does not parse or routes to no shard is simply not found; a
/// shard that is down answers 503 at once. The region is recorded for the request's metrics
/// and the tenant's reports.
#[derive(Debug)]
pub(crate) struct ShardPath<T, A = Read> {
    /// Who is asking.
    pub caller: Caller,
    /// The parsed id.
    pub id: T,
    /// Its shard.
    pub shard: Arc<Shard>,
    access: PhantomData<A>,
}

impl<T: PathResource, A: Access> FromRequestParts<AppState> for ShardPath<T, A> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let caller = Caller::from_request_parts(parts, state).await?;
        caller.require(A::scope::<T>())?;
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| T::not_found())?;
        let id: T = raw.parse().map_err(|_| T::not_found())?;
        let shard = id.shard().ok_or_else(T::not_found)?;
        let shard = state.shards.serving(shard).map_err(|e| match e {
            RouteError::Unknown(_) => T::not_found(),
            e => ApiError::from(e),
        })?;
        if let Some(slot) = parts.extensions.get::<RegionSlot>() {
            slot.set(&shard.region);
        }
        Ok(Self {
            caller,
            id,
            shard,
            access: PhantomData,
        })
    }
}

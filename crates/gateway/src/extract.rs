//! Typed path extractors: a shard-carrying id in the path, parsed, routed to its shard and
//! checked that the shard serves, before the handler runs.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use cadre_ids::ShardRouted;
use cadre_shards::{RouteError, Shard};

use crate::AppState;
use crate::problem::ApiError;
use crate::telemetry::RegionSlot;

/// A resource whose id routes to a shard, with the problem a missing one answers.
pub(crate) trait PathResource: ShardRouted + Send {
    /// The 404 for an id that names no such resource (or routes nowhere).
    fn not_found() -> ApiError;
}

/// `{id}` from the path, parsed as `T`, and the shard it lives on, serving. An id that does
/// not parse or routes to no shard is simply not found; a shard that is down answers 503 at
/// once. The region is recorded for the request's metrics and the tenant's reports.
#[derive(Debug)]
pub(crate) struct ShardPath<T> {
    /// The parsed id.
    pub id: T,
    /// Its shard.
    pub shard: Arc<Shard>,
}

impl<T: PathResource> FromRequestParts<AppState> for ShardPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
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
        Ok(Self { id, shard })
    }
}

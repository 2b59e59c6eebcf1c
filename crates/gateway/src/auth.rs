//! Who is calling: a tenant's API key (most routes) or the platform operator (tenant creation).

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use cadre_directory::{ApiKeyId, ApiKeyToken, Scope, TenantId};

use crate::AppState;
use crate::cache::TenantContext;
use crate::limits;
use crate::problem::{ApiError, CallerLanguage, LanguageSlot};
use cadre_i18n::msg;

/// An authenticated tenant caller.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The tenant and its legal entities.
    pub tenant: Arc<TenantContext>,
    /// The key used.
    pub key_id: ApiKeyId,
    /// What the key may do.
    pub scopes: Vec<Scope>,
    /// The language the key's holder chose.
    pub locale: Option<String>,
}

impl Caller {
    /// The tenant's id.
    pub fn tenant_id(&self) -> TenantId {
        self.tenant.tenant.id
    }

    /// Fails with 403 unless the key holds `scope`.
    pub fn require(&self, scope: Scope) -> Result<(), ApiError> {
        if self.has(scope) {
            Ok(())
        } else {
            Err(ApiError::forbidden(msg!(
                "problem-forbidden-scope",
                scope = scope.as_str()
            )))
        }
    }

    /// Whether the key holds `scope`.
    pub fn has(&self, scope: Scope) -> bool {
        self.scopes.contains(&scope)
    }
}

fn bearer(parts: &Parts) -> Result<&str, ApiError> {
    let value = parts
        .headers
        .get(header::AUTHORIZATION)
        .ok_or_else(|| ApiError::unauthenticated(msg!("problem-auth-missing")))?;
    let value = value
        .to_str()
        .map_err(|_| ApiError::unauthenticated(msg!("problem-auth-not-text")))?;
    match value.split_once(' ') {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => Ok(token.trim()),
        _ => Err(ApiError::unauthenticated(msg!("problem-auth-scheme"))),
    }
}

/// Resolves a bearer token to its tenant: parse, cached key lookup, constant-time secret check.
pub async fn resolve(state: &AppState, token: &str) -> Result<Caller, ApiError> {
    let token = ApiKeyToken::parse(token)
        .ok_or_else(|| ApiError::unauthenticated(msg!("problem-auth-malformed-key")))?;
    let key = state.cache.api_key(&state.directory, token.id()).await?;
    let key = key
        .filter(|k| k.accepts(&token))
        .ok_or_else(|| ApiError::unauthenticated(msg!("problem-auth-unknown-key")))?;
    let tenant = state
        .cache
        .tenant(&state.directory, key.tenant_id)
        .await?
        .ok_or_else(|| ApiError::unauthenticated(msg!("problem-auth-tenant-gone")))?;
    tracing::Span::current().record("tenant", tracing::field::display(key.tenant_id));
    Ok(Caller {
        tenant,
        key_id: key.id,
        scopes: key.scopes.clone(),
        locale: key.locale.clone(),
    })
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        // Extracted once per request (ShardPath extracts it too): counted once.
        if let Some(caller) = parts.extensions.get::<Caller>() {
            return Ok(caller.clone());
        }
        let address = limits::client_address(parts);
        if let Some(ip) = address {
            state.limiter.check_address(ip)?;
        }
        let caller = match resolve(state, bearer(parts)?).await {
            Ok(caller) => caller,
            Err(e) => {
                if let Some(ip) = address.filter(|_| e.status == 401) {
                    state.limiter.failed(ip);
                }
                return Err(e);
            }
        };
        let standing = state.limiter.admit(caller.tenant_id(), caller.key_id);
        if let Some(slot) = parts.extensions.get::<limits::Slot>() {
            slot.fill(standing.clone());
        }
        standing?;
        parts.extensions.insert(caller.clone());
        if let Some(slot) = parts.extensions.get::<LanguageSlot>() {
            slot.fill(CallerLanguage {
                user: caller.locale.clone(),
                tenant: caller.tenant.tenant.default_locale.clone(),
                tenant_id: caller.tenant_id(),
            });
        }
        Ok(caller)
    }
}

/// The platform operator.
#[derive(Debug, Clone, Copy)]
pub struct Operator;

impl FromRequestParts<AppState> for Operator {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if state.is_operator(bearer(parts)?) {
            Ok(Operator)
        } else {
            Err(ApiError::forbidden(msg!("problem-forbidden-operator")))
        }
    }
}

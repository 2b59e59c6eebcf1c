//! Tenant administration: tenants (operator), legal entities and API keys (tenant admins).

use std::str::FromStr;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use cadre_directory::{ApiKeyId, ApiKeyRecord, IssuedKey, NewLegalEntity, NewTenant, Scope};
use cadre_hr::FieldError;
use cadre_i18n::{Arg, msg};
use cadre_jurisdictions::{Residency, leave::TenantPolicy};
use cadre_topology::{CountryCode, RegionId};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::AppState;
use crate::auth::{Caller, Operator};
use crate::json::ApiJson;
use crate::problem::ApiError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateTenant {
    slug: String,
    name: String,
    home_region: String,
    default_locale: String,
    time_zone: String,
}

#[derive(Debug, Serialize)]
struct KeyView<'a> {
    id: ApiKeyId,
    name: &'a str,
    scopes: &'a [Scope],
    #[serde(skip_serializing_if = "Option::is_none")]
    locale: Option<&'a str>,
    created_at: chrono::DateTime<chrono::Utc>,
    revoked_at: Option<chrono::DateTime<chrono::Utc>>,
}

fn key_view(k: &ApiKeyRecord) -> KeyView<'_> {
    KeyView {
        id: k.id,
        name: &k.name,
        scopes: &k.scopes,
        locale: k.locale.as_deref(),
        created_at: k.created_at,
        revoked_at: k.revoked_at,
    }
}

fn issued(k: &IssuedKey) -> serde_json::Value {
    json!({ "key": key_view(&k.record), "token": k.token })
}

fn check_region(
    state: &AppState,
    field: &str,
    region: &str,
    errors: &mut Vec<FieldError>,
) -> Option<RegionId> {
    match RegionId::from_str(region) {
        Ok(r) if state.regions.region(&r).is_some() => Some(r),
        _ => {
            let known: Vec<String> = state
                .regions
                .regions
                .iter()
                .map(|r| r.id.to_string())
                .collect();
            errors.push(FieldError::new(
                field,
                msg!(
                    "field-unknown-region",
                    value = region,
                    known = Arg::OrList(known)
                ),
            ));
            None
        }
    }
}

fn check_name(field: &str, v: &str, errors: &mut Vec<FieldError>) {
    if v.trim().is_empty() || v.chars().count() > 200 || v.chars().any(char::is_control) {
        errors.push(FieldError::new(field, msg!("field-name")));
    }
}

/// `POST /v1/tenants` (operator): a tenant and its first admin key.
pub(crate) async fn create_tenant(
    State(state): State<AppState>,
    _: Operator,
    ApiJson(body): ApiJson<CreateTenant>,
) -> Result<impl IntoResponse, ApiError> {
    let mut errors = Vec::new();
    let slug_ok = body.slug.len() >= 2
        && body.slug.len() <= 63
        && body.slug.starts_with(|c: char| c.is_ascii_lowercase())
        && body
            .slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !slug_ok {
        errors.push(FieldError::new("slug", msg!("field-slug")));
    }
    check_name("name", &body.name, &mut errors);
    let region = check_region(&state, "home_region", &body.home_region, &mut errors);
    if chrono_tz::Tz::from_str(&body.time_zone).is_err() {
        errors.push(FieldError::new(
            "time_zone",
            msg!("field-time-zone", value = &body.time_zone),
        ));
    }
    if !cadre_hr::is_language_tag(&body.default_locale) {
        errors.push(FieldError::new(
            "default_locale",
            msg!("field-language-tag", value = &body.default_locale),
        ));
    }
    let (Some(home_region), true) = (region, errors.is_empty()) else {
        return Err(ApiError::validation(errors));
    };
    let (tenant, key) = state
        .directory
        .create_tenant(&NewTenant {
            slug: body.slug,
            name: body.name.trim().to_owned(),
            home_region,
            default_locale: body.default_locale,
            time_zone: body.time_zone,
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "tenant": tenant, "admin_key": issued(&key) })),
    ))
}

/// `GET /v1/tenant`: the caller's tenant.
pub(crate) async fn get_tenant(caller: Caller) -> Json<serde_json::Value> {
    Json(json!(caller.tenant.tenant))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateLegalEntity {
    name: String,
    country: String,
    region: String,
    /// IANA zone; defaults to the country's first zone in its jurisdiction pack.
    #[serde(default)]
    time_zone: Option<String>,
}

/// `POST /v1/legal-entities` (tenant:admin): a branch in a region the admin chooses.
pub(crate) async fn create_legal_entity(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<CreateLegalEntity>,
) -> Result<impl IntoResponse, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let mut errors = Vec::new();
    check_name("name", &body.name, &mut errors);
    let country = CountryCode::from_str(&body.country)
        .map_err(|_| {
            errors.push(FieldError::new(
                "country",
                msg!("field-country", value = &body.country),
            ))
        })
        .ok();
    let region = check_region(&state, "region", &body.region, &mut errors);
    let today = chrono::Utc::now().date_naive();
    let time_zone = match (&body.time_zone, &country) {
        (Some(tz), _) if tz.parse::<chrono_tz::Tz>().is_ok() => Some(tz.clone()),
        (Some(tz), _) => {
            errors.push(FieldError::new(
                "time_zone",
                msg!("field-time-zone", value = tz),
            ));
            None
        }
        (None, Some(c)) => {
            let first = state
                .jurisdictions
                .fact(c.as_str(), today, |p| &p.time_zones)
                .and_then(|f| f.fact.value.first().cloned());
            if first.is_none() {
                errors.push(FieldError::new(
                    "time_zone",
                    msg!("field-time-zone-needed", jurisdiction = c.as_str()),
                ));
            }
            first
        }
        (None, None) => None,
    };
    let (Some(country), Some(region), Some(time_zone), true) =
        (country, region, time_zone, errors.is_empty())
    else {
        return Err(ApiError::validation(errors));
    };
    // Sovereignty: the country's residency rule decides which zones may hold the branch's
    // personal data; the region's zone must be one of them.
    let zone = state
        .regions
        .region(&region)
        .map(|r| r.zone.to_string())
        .ok_or_else(ApiError::internal)?;
    if let Residency::Forbidden(v) =
        state
            .jurisdictions
            .check_residency(country.as_str(), &zone, today)?
    {
        return Err(ApiError::residency(&v));
    }
    let entity = state
        .directory
        .create_legal_entity(
            caller.tenant_id(),
            &NewLegalEntity {
                name: body.name.trim().to_owned(),
                country,
                region,
                time_zone,
            },
        )
        .await?;
    // This gateway's own writes are visible at once; others hear of it through NOTIFY.
    state.cache.evict_tenant(caller.tenant_id());
    Ok((StatusCode::CREATED, Json(json!(entity))))
}

/// `PUT /v1/legal-entities/{id}/policy` (tenant:admin): the tenant's own terms for a branch,
/// accepted only if at least as favourable to employees as the statute in force today.
pub(crate) async fn set_policy(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(policy): ApiJson<TenantPolicy>,
) -> Result<impl IntoResponse, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let entity = entity_of(&caller, &id)?;
    let today = chrono::Utc::now().date_naive();
    let violations = state
        .jurisdictions
        .check_policy(entity.country.as_str(), today, &policy)?;
    if !violations.is_empty() {
        return Err(ApiError::below_statute(&violations));
    }
    let stored = state
        .directory
        .set_entity_policy(caller.tenant_id(), entity.id, &json!(policy))
        .await?
        .ok_or_else(|| ApiError::not_found(msg!("problem-not-found-legal-entity")))?;
    state.cache.evict_tenant(caller.tenant_id());
    Ok(Json(stored.policy))
}

/// `GET /v1/legal-entities/{id}/policy`.
pub(crate) async fn get_policy(
    caller: Caller,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    Ok(Json(entity_of(&caller, &id)?.policy.clone()))
}

/// The caller's legal entity with this id (404 for another tenant's or a malformed id).
pub(crate) fn entity_of<'a>(
    caller: &'a Caller,
    id: &str,
) -> Result<&'a cadre_directory::LegalEntity, ApiError> {
    let id = Uuid::try_parse(id)
        .map_err(|_| ApiError::not_found(msg!("problem-not-found-legal-entity")))?;
    caller
        .tenant
        .entities
        .iter()
        .find(|e| e.id.0 == id)
        .ok_or_else(|| ApiError::not_found(msg!("problem-not-found-legal-entity")))
}

/// `GET /v1/legal-entities`.
pub(crate) async fn list_legal_entities(caller: Caller) -> Json<serde_json::Value> {
    Json(json!({ "items": caller.tenant.entities }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateKey {
    name: String,
    scopes: Vec<String>,
    /// The language of the key's holder: outranks Accept-Language in problem details.
    #[serde(default)]
    locale: Option<String>,
}

/// `POST /v1/api-keys` (tenant:admin).
pub(crate) async fn create_api_key(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<CreateKey>,
) -> Result<impl IntoResponse, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let mut errors = Vec::new();
    check_name("name", &body.name, &mut errors);
    let mut scopes = Vec::new();
    for (i, s) in body.scopes.iter().enumerate() {
        match Scope::from_str(s) {
            Ok(s) => scopes.push(s),
            Err(_) => errors.push(FieldError::new(
                format!("scopes[{i}]"),
                msg!(
                    "field-unknown-scope",
                    value = s,
                    known = Arg::OrList(Scope::ALL.iter().map(|s| s.as_str().to_owned()).collect())
                ),
            )),
        }
    }
    if body.scopes.is_empty() {
        errors.push(FieldError::new("scopes", msg!("field-no-scopes")));
    }
    if let Some(tag) = body
        .locale
        .as_deref()
        .filter(|t| !cadre_hr::is_language_tag(t))
    {
        errors.push(FieldError::new(
            "locale",
            msg!("field-language-tag", value = tag),
        ));
    }
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    let key = state
        .directory
        .create_api_key(
            caller.tenant_id(),
            body.name.trim(),
            &scopes,
            body.locale.as_deref(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(issued(&key))))
}

/// `GET /v1/api-keys` (tenant:admin).
pub(crate) async fn list_api_keys(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<impl IntoResponse, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let keys = state.directory.api_keys(caller.tenant_id()).await?;
    let items: Vec<KeyView<'_>> = keys.iter().map(key_view).collect();
    Ok(Json(json!({ "items": items })))
}

/// `DELETE /v1/api-keys/{id}` (tenant:admin): revokes at once on this gateway, within
/// milliseconds on the others.
pub(crate) async fn revoke_api_key(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let id = Uuid::try_parse(&id)
        .map(ApiKeyId)
        .map_err(|_| ApiError::not_found(msg!("problem-not-found-api-key")))?;
    if !state
        .directory
        .revoke_api_key(caller.tenant_id(), id)
        .await?
    {
        return Err(ApiError::not_found(msg!("problem-not-found-api-key")));
    }
    state.cache.evict_key(id);
    Ok(StatusCode::NO_CONTENT)
}

//! Tenant administration: tenants (operator), legal entities and API keys (tenant admins).

use std::str::FromStr;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use cadre_directory::{ApiKeyId, ApiKeyRecord, IssuedKey, NewLegalEntity, NewTenant, Scope};
use cadre_hr::FieldError;
use cadre_i18n::{Arg, msg};
use cadre_jurisdictions::{Residency, leave::TenantPolicy};
use cadre_topology::{CountryCode, RegionId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::api::{Items, ScopeName};
use crate::auth::{Caller, Operator};
use crate::json::ApiJson;
use crate::problem::ApiError;

/// A new tenant.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateTenant {
    /// Unique URL-safe name: 2-63 of `a-z0-9-`, starting with a letter.
    slug: String,
    /// Company name.
    name: String,
    /// The region that holds the tenant's own artefacts (reports).
    home_region: String,
    /// Default language (BCP 47).
    default_locale: String,
    /// Default IANA time zone.
    time_zone: String,
}

/// A tenant.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Tenant)]
pub(crate) struct TenantView<'a> {
    id: Uuid,
    /// Unique URL-safe name.
    slug: &'a str,
    /// Company name.
    name: &'a str,
    /// The region that holds the tenant's own (non-personal) artefacts such as reports.
    home_region: &'a str,
    /// Default language (BCP 47).
    default_locale: &'a str,
    /// Default IANA time zone.
    time_zone: &'a str,
    created_at: DateTime<Utc>,
}

impl<'a> From<&'a cadre_directory::Tenant> for TenantView<'a> {
    fn from(t: &'a cadre_directory::Tenant) -> Self {
        Self {
            id: t.id.0,
            slug: &t.slug,
            name: &t.name,
            home_region: t.home_region.as_str(),
            default_locale: &t.default_locale,
            time_zone: &t.time_zone,
            created_at: t.created_at,
        }
    }
}

/// A legal entity (branch) and where its employees' data lives.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = LegalEntity)]
pub(crate) struct LegalEntityView<'a> {
    id: Uuid,
    /// Registered name.
    name: &'a str,
    /// Country of incorporation (ISO 3166-1 alpha-2); its jurisdiction decides where personal
    /// data may live.
    country: &'a str,
    /// Sovereignty zone of the data.
    zone: &'a str,
    /// Region of the data.
    region: &'a str,
    /// Shard of the data.
    shard_id: u16,
    /// IANA zone its local days are counted in.
    time_zone: &'a str,
    /// The tenant's terms for this entity (`{}` when none are set).
    #[schema(value_type = TenantPolicy)]
    policy: &'a Value,
    created_at: DateTime<Utc>,
}

impl<'a> From<&'a cadre_directory::LegalEntity> for LegalEntityView<'a> {
    fn from(e: &'a cadre_directory::LegalEntity) -> Self {
        Self {
            id: e.id.0,
            name: &e.name,
            country: e.country.as_str(),
            zone: e.zone.as_str(),
            region: e.region.as_str(),
            shard_id: e.shard_id.get(),
            time_zone: &e.time_zone,
            policy: &e.policy,
            created_at: e.created_at,
        }
    }
}

/// A new tenant and its first admin key.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CreatedTenant<'a> {
    tenant: TenantView<'a>,
    admin_key: IssuedKeyView<'a>,
}

/// A key just issued: the only time its token is shown.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = IssuedApiKey)]
pub(crate) struct IssuedKeyView<'a> {
    key: KeyView<'a>,
    /// `cadre_<key id>_<secret>`: send as `Authorization: Bearer <token>`.
    token: &'a str,
}

/// An API key (never its secret).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = ApiKey)]
pub(crate) struct KeyView<'a> {
    /// The key's public id (part of its token).
    #[schema(value_type = Uuid)]
    id: ApiKeyId,
    /// Label chosen by the admin.
    name: &'a str,
    /// What it may do.
    #[schema(value_type = Vec<ScopeName>)]
    scopes: &'a [Scope],
    /// The language of its holder: outranks Accept-Language in problem details.
    #[serde(skip_serializing_if = "Option::is_none")]
    locale: Option<&'a str>,
    created_at: DateTime<Utc>,
    /// When it was revoked, if it was.
    revoked_at: Option<DateTime<Utc>>,
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

fn issued(k: &IssuedKey) -> IssuedKeyView<'_> {
    IssuedKeyView {
        key: key_view(&k.record),
        token: &k.token,
    }
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
#[utoipa::path(
    post,
    path = "/v1/tenants",
    tag = "tenants",
    operation_id = "createTenant",
    summary = "Create a tenant and its first admin key",
    security(("operator" = [])),
    request_body = CreateTenant,
    responses(
        (status = 201, description = "The tenant and an admin key with every scope.", body = CreatedTenant),
        (status = 409, description = "The slug is taken."),
    ),
)]
pub(crate) async fn create_tenant(
    State(state): State<AppState>,
    _: Operator,
    ApiJson(body): ApiJson<CreateTenant>,
) -> Result<Response, ApiError> {
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
    let created = CreatedTenant {
        tenant: TenantView::from(&tenant),
        admin_key: issued(&key),
    };
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

/// `GET /v1/tenant`: the caller's tenant.
#[utoipa::path(
    get,
    path = "/v1/tenant",
    tag = "tenants",
    operation_id = "getTenant",
    summary = "The caller's tenant",
    security(("api_key" = [])),
    responses((status = 200, description = "The tenant.", body = TenantView)),
)]
pub(crate) async fn get_tenant(caller: Caller) -> Response {
    Json(TenantView::from(&caller.tenant.tenant)).into_response()
}

/// A new legal entity (branch).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateLegalEntity {
    /// Registered name.
    name: String,
    /// Country of incorporation (ISO 3166-1 alpha-2).
    country: String,
    /// The region to hold its employees' data; its zone must be one the country allows.
    region: String,
    /// IANA zone; defaults to the country's first zone in its jurisdiction pack.
    #[serde(default)]
    time_zone: Option<String>,
}

/// `POST /v1/legal-entities` (tenant:admin): a branch in a region the admin chooses.
#[utoipa::path(
    post,
    path = "/v1/legal-entities",
    tag = "tenants",
    operation_id = "createLegalEntity",
    summary = "Create a legal entity in a region",
    security(("api_key" = ["tenant:admin"])),
    request_body = CreateLegalEntity,
    responses(
        (status = 201, description = "The legal entity, placed on a shard of the region.", body = LegalEntityView),
        (status = 409, description = "The name is taken."),
        (status = 422, description = "Fields break rules, or the country's residency rule forbids the region's zone (`data-residency`, with the rule in `residency`)."),
    ),
)]
pub(crate) async fn create_legal_entity(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<CreateLegalEntity>,
) -> Result<Response, ApiError> {
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
        return Err(ApiError::residency(&v, "region"));
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
    Ok((StatusCode::CREATED, Json(LegalEntityView::from(&entity))).into_response())
}

/// `PUT /v1/legal-entities/{id}/policy` (tenant:admin): the tenant's own terms for a branch,
/// accepted only if at least as favourable to employees as the statute in force today.
#[utoipa::path(
    put,
    path = "/v1/legal-entities/{id}/policy",
    tag = "tenants",
    operation_id = "setLegalEntityPolicy",
    summary = "Set a legal entity's employment terms",
    description = "Accepted only if at least as favourable to employees as the statute in force today.",
    security(("api_key" = ["tenant:admin"])),
    params(("id" = Uuid, Path, description = "The legal entity.")),
    request_body = TenantPolicy,
    responses(
        (status = 200, description = "The stored terms.", body = TenantPolicy),
        (status = 422, description = "A term is below the statute (`below-statute`, with `violations`)."),
    ),
)]
pub(crate) async fn set_policy(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(policy): ApiJson<TenantPolicy>,
) -> Result<Response, ApiError> {
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
        .set_entity_policy(caller.tenant_id(), entity.id, &stored_policy(&policy)?)
        .await?
        .ok_or_else(|| ApiError::not_found(msg!("problem-not-found-legal-entity")))?;
    state.cache.evict_tenant(caller.tenant_id());
    Ok(Json(stored.policy).into_response())
}

/// The policy as the directory stores it (a JSON object).
fn stored_policy(policy: &TenantPolicy) -> Result<Value, ApiError> {
    serde_json::to_value(policy).map_err(|e| {
        tracing::error!(error = %e, "serializing a tenant policy");
        ApiError::internal()
    })
}

/// `GET /v1/legal-entities/{id}/policy`.
#[utoipa::path(
    get,
    path = "/v1/legal-entities/{id}/policy",
    tag = "tenants",
    operation_id = "getLegalEntityPolicy",
    summary = "A legal entity's employment terms",
    security(("api_key" = [])),
    params(("id" = Uuid, Path, description = "The legal entity.")),
    responses((status = 200, description = "The terms (`{}` when none are set).", body = TenantPolicy)),
)]
pub(crate) async fn get_policy(
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    Ok(Json(entity_of(&caller, &id)?.policy.clone()).into_response())
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
#[utoipa::path(
    get,
    path = "/v1/legal-entities",
    tag = "tenants",
    operation_id = "listLegalEntities",
    summary = "The tenant's legal entities",
    security(("api_key" = [])),
    responses((status = 200, description = "Every legal entity of the tenant.", body = Items<LegalEntityView>)),
)]
pub(crate) async fn list_legal_entities(caller: Caller) -> Response {
    let items: Vec<LegalEntityView<'_>> = caller.tenant.entities.iter().map(Into::into).collect();
    Json(Items::from(items)).into_response()
}

/// A new API key.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateKey {
    /// A label.
    name: String,
    /// What the key may do (at least one).
    #[schema(value_type = Vec<ScopeName>)]
    scopes: Vec<String>,
    /// The language of the key's holder: outranks Accept-Language in problem details.
    #[serde(default)]
    locale: Option<String>,
}

/// `POST /v1/api-keys` (tenant:admin).
#[utoipa::path(
    post,
    path = "/v1/api-keys",
    tag = "tenants",
    operation_id = "createApiKey",
    summary = "Issue an API key",
    security(("api_key" = ["tenant:admin"])),
    request_body = CreateKey,
    responses(
        (status = 201, description = "The key and, this once, its token.", body = IssuedKeyView),
        (status = 403, description = "The calling key lacks `tenant:admin` or a scope it asks to grant."),
    ),
)]
pub(crate) async fn create_api_key(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<CreateKey>,
) -> Result<Response, ApiError> {
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
    // A key grants only what it holds: an admin key without employees:sensitive cannot mint
    // one with it.
    if let Some(missing) = scopes.iter().find(|s| !caller.has(**s)) {
        return Err(ApiError::forbidden(msg!(
            "problem-forbidden-scope",
            scope = missing.as_str()
        )));
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
    Ok((StatusCode::CREATED, Json(issued(&key))).into_response())
}

/// `GET /v1/api-keys` (tenant:admin).
#[utoipa::path(
    get,
    path = "/v1/api-keys",
    tag = "tenants",
    operation_id = "listApiKeys",
    summary = "The tenant's API keys",
    security(("api_key" = ["tenant:admin"])),
    responses((status = 200, description = "Every key, revoked ones included.", body = Items<KeyView>)),
)]
pub(crate) async fn list_api_keys(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    caller.require(Scope::TenantAdmin)?;
    let keys = state.directory.api_keys(caller.tenant_id()).await?;
    let items: Vec<KeyView<'_>> = keys.iter().map(key_view).collect();
    Ok(Json(Items::from(items)).into_response())
}

/// `DELETE /v1/api-keys/{id}` (tenant:admin): revokes at once on this gateway, within
/// milliseconds on the others.
#[utoipa::path(
    delete,
    path = "/v1/api-keys/{id}",
    tag = "tenants",
    operation_id = "revokeApiKey",
    summary = "Revoke an API key",
    description = "At once on this gateway, within milliseconds on the others.",
    security(("api_key" = ["tenant:admin"])),
    params(("id" = Uuid, Path, description = "The key's id.")),
    responses((status = 204, description = "Revoked.")),
)]
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

//! Reads and writes of the directory database.

use cadre_topology::{CountryCode, RegionConfig, RegionId, ShardEpoch, ShardId, ZoneId};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::postgres::PgRow;
use sqlx::{PgPool, Row};

use crate::{
    ApiKeyId, ApiKeyRecord, ApiKeyToken, DirectoryError, IssuedKey, LegalEntityId, Scope, TenantId,
};

/// The directory database.
#[derive(Debug, Clone)]
pub struct Directory {
    pool: PgPool,
}

/// A tenant.
#[derive(Debug, Clone, Serialize)]
pub struct Tenant {
    /// Id.
    pub id: TenantId,
    /// Unique URL-safe name.
    pub slug: String,
    /// Company name.
    pub name: String,
    /// The region that holds the tenant's own (non-personal) artefacts such as reports.
    pub home_region: RegionId,
    /// Default language (BCP 47).
    pub default_locale: String,
    /// Default IANA time zone.
    pub time_zone: String,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

/// What creating a tenant needs.
#[derive(Debug, Clone)]
pub struct NewTenant {
    /// Unique URL-safe name.
    pub slug: String,
    /// Company name.
    pub name: String,
    /// Home region.
    pub home_region: RegionId,
    /// Default language.
    pub default_locale: String,
    /// Default time zone.
    pub time_zone: String,
}

/// A legal entity (branch) and the shard its employees' data lives on.
#[derive(Debug, Clone, Serialize)]
pub struct LegalEntity {
    /// Id.
    pub id: LegalEntityId,
    /// Owning tenant.
    #[serde(skip)]
    pub tenant_id: TenantId,
    /// Registered name.
    pub name: String,
    /// Country of incorporation; its jurisdiction decides where personal data may live.
    pub country: CountryCode,
    /// Sovereignty zone of the data.
    pub zone: ZoneId,
    /// Region of the data.
    pub region: RegionId,
    /// Shard of the data.
    pub shard_id: ShardId,
    /// IANA zone its local days are counted in.
    pub time_zone: String,
    /// The tenant's employment terms for this entity (validated against the statute by the
    /// gateway; an empty object when none are set).
    pub policy: serde_json::Value,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

/// What creating a legal entity needs.
#[derive(Debug, Clone)]
pub struct NewLegalEntity {
    /// Registered name.
    pub name: String,
    /// Country.
    pub country: CountryCode,
    /// Region chosen by the admin.
    pub region: RegionId,
    /// IANA zone.
    pub time_zone: String,
}

/// One entry of the shard map.
#[derive(Debug, Clone)]
pub struct ShardRecord {
    /// Logical shard number.
    pub id: ShardId,
    /// Region.
    pub region: RegionId,
    /// Zone.
    pub zone: ZoneId,
    /// Where writes go in this epoch.
    pub primary_endpoint: String,
    /// The standby in the same zone.
    pub standby_endpoint: Option<String>,
    /// The standby's zone (its shard's zone unless the configuration says otherwise).
    pub standby_zone: Option<ZoneId>,
    /// Current epoch.
    pub epoch: ShardEpoch,
    /// `false` while the primary is down and no standby could take over.
    pub available: bool,
    /// Former primaries, never written to again until rebuilt as standbys.
    pub fenced_endpoints: Vec<String>,
}

fn bad_data(what: &str, e: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::Decode(format!("directory holds an invalid {what}: {e}").into())
}

pub(crate) fn shard_from_row(r: &PgRow) -> Result<ShardRecord, sqlx::Error> {
    let zone = |col: &str| -> Result<Option<ZoneId>, sqlx::Error> {
        r.try_get::<Option<String>, _>(col)?
            .map(|z| z.parse().map_err(|e| bad_data("zone", e)))
            .transpose()
    };
    Ok(ShardRecord {
        id: shard_id(r.try_get("id")?)?,
        region: r
            .try_get::<String, _>("region")?
            .parse()
            .map_err(|e| bad_data("region", e))?,
        zone: zone("zone")?.ok_or_else(|| bad_data("zone", "NULL"))?,
        primary_endpoint: r.try_get("primary_endpoint")?,
        standby_endpoint: r.try_get("standby_endpoint")?,
        standby_zone: zone("standby_zone")?,
        epoch: ShardEpoch(r.try_get("epoch")?),
        available: r.try_get::<String, _>("status")? == "serving",
        fenced_endpoints: r.try_get("fenced_endpoints")?,
    })
}

fn tenant_from_row(r: &PgRow) -> Result<Tenant, sqlx::Error> {
    Ok(Tenant {
        id: r.try_get("id")?,
        slug: r.try_get("slug")?,
        name: r.try_get("name")?,
        home_region: r
            .try_get::<String, _>("home_region")?
            .parse()
            .map_err(|e| bad_data("region", e))?,
        default_locale: r.try_get("default_locale")?,
        time_zone: r.try_get("time_zone")?,
        created_at: r.try_get("created_at")?,
    })
}

fn entity_from_row(r: &PgRow) -> Result<LegalEntity, sqlx::Error> {
    Ok(LegalEntity {
        id: r.try_get("id")?,
        tenant_id: r.try_get("tenant_id")?,
        name: r.try_get("name")?,
        country: r
            .try_get::<String, _>("country")?
            .parse()
            .map_err(|e| bad_data("country", e))?,
        zone: r
            .try_get::<String, _>("zone")?
            .parse()
            .map_err(|e| bad_data("zone", e))?,
        region: r
            .try_get::<String, _>("region")?
            .parse()
            .map_err(|e| bad_data("region", e))?,
        policy: r.try_get("policy")?,
        shard_id: shard_id(r.try_get("shard_id")?)?,
        time_zone: r.try_get("time_zone")?,
        created_at: r.try_get("created_at")?,
    })
}

fn shard_id(n: i32) -> Result<ShardId, sqlx::Error> {
    u16::try_from(n)
        .ok()
        .and_then(|n| ShardId::new(n).ok())
        .ok_or_else(|| bad_data("shard id", n))
}

fn key_from_row(r: &PgRow) -> Result<ApiKeyRecord, sqlx::Error> {
    let hash: Vec<u8> = r.try_get("secret_hash")?;
    let scopes: Vec<String> = r.try_get("scopes")?;
    Ok(ApiKeyRecord {
        id: r.try_get("id")?,
        tenant_id: r.try_get("tenant_id")?,
        name: r.try_get("name")?,
        secret_hash: hash
            .try_into()
            .map_err(|_| bad_data("key hash", "length"))?,
        scopes: scopes
            .iter()
            .map(|s| s.parse())
            .collect::<Result<_, _>>()
            .map_err(|e| bad_data("scope", e))?,
        locale: r.try_get("locale")?,
        created_at: r.try_get("created_at")?,
        revoked_at: r.try_get("revoked_at")?,
    })
}

fn unique_violation(e: &sqlx::Error) -> Option<String> {
    match e {
        sqlx::Error::Database(db) if db.code().as_deref() == Some("23505") => {
            db.constraint().map(str::to_owned)
        }
        _ => None,
    }
}

// Column lists as macros so that queries stay `&'static str` literals (sqlx refuses dynamic SQL).
macro_rules! entity_columns {
    () => {
        "id, tenant_id, name, country, zone, region, shard_id, time_zone, policy, created_at"
    };
}
macro_rules! key_columns {
    () => {
        "id, tenant_id, name, secret_hash, scopes, locale, created_at, revoked_at"
    };
}

impl Directory {
    /// Wraps a pool on the directory database.
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }

    /// The pool (for listeners and health checks).
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Makes the shard map match the region configuration: adds new shards, refreshes the
    /// region, zone and endpoints of known ones. Epochs are kept.
    pub async fn sync_shards(&self, config: &RegionConfig) -> Result<(), DirectoryError> {
        let mut tx = self.pool.begin().await?;
        for (region, shard) in config.shards() {
            let primary = shard
                .primary
                .as_deref()
                .ok_or_else(|| DirectoryError::NoPrimary(shard.id.get()))?;
            let standby_zone = shard
                .standby
                .as_ref()
                .and_then(|_| config.standby_zone(region, shard));
            // After a failover the directory, not the file, knows which endpoint is the
            // primary: when the file names the same two endpoints, their roles are kept.
            sqlx::query(
                "INSERT INTO shards (id, region, zone, primary_endpoint, standby_endpoint, standby_zone)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (id) DO UPDATE SET region = EXCLUDED.region, zone = EXCLUDED.zone,
                   primary_endpoint = EXCLUDED.primary_endpoint, standby_endpoint = EXCLUDED.standby_endpoint,
                   standby_zone = EXCLUDED.standby_zone, fenced_endpoints = '{}', updated_at = now()
                 WHERE (shards.region, shards.zone, shards.primary_endpoint, shards.standby_endpoint, shards.standby_zone)
                   IS DISTINCT FROM (EXCLUDED.region, EXCLUDED.zone, EXCLUDED.primary_endpoint, EXCLUDED.standby_endpoint, EXCLUDED.standby_zone)
                   AND NOT (shards.primary_endpoint = EXCLUDED.standby_endpoint
                            AND shards.standby_endpoint IS NOT DISTINCT FROM EXCLUDED.primary_endpoint)
                   AND NOT (shards.primary_endpoint = EXCLUDED.standby_endpoint
                            AND EXCLUDED.primary_endpoint = ANY (shards.fenced_endpoints))",
            )
            .bind(i32::from(shard.id.get()))
            .bind(region.id.as_str())
            .bind(region.zone.as_str())
            .bind(primary)
            .bind(shard.standby.as_deref())
            .bind(standby_zone.as_ref().map(ZoneId::as_str))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The whole shard map.
    pub async fn shards(&self) -> Result<Vec<ShardRecord>, DirectoryError> {
        let rows = sqlx::query(
            "SELECT id, region, zone, primary_endpoint, standby_endpoint, standby_zone, epoch, status,
                    fenced_endpoints
             FROM shards ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(shard_from_row(&r)?);
        }
        Ok(out)
    }

    /// Creates a tenant and its first admin key (with every scope), atomically.
    pub async fn create_tenant(
        &self,
        new: &NewTenant,
    ) -> Result<(Tenant, IssuedKey), DirectoryError> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "INSERT INTO tenants (id, slug, name, home_region, default_locale, time_zone)
             VALUES ($1, $2, $3, $4, $5, $6)
             RETURNING id, slug, name, home_region, default_locale, time_zone, created_at",
        )
        .bind(TenantId::random())
        .bind(&new.slug)
        .bind(&new.name)
        .bind(new.home_region.as_str())
        .bind(&new.default_locale)
        .bind(&new.time_zone)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match unique_violation(&e) {
            Some(_) => DirectoryError::SlugTaken(new.slug.clone()),
            None => e.into(),
        })?;
        let tenant = tenant_from_row(&row)?;
        let key = insert_key(&mut tx, tenant.id, "initial admin key", &Scope::ALL, None).await?;
        tx.commit().await?;
        Ok((tenant, key))
    }

    /// A tenant by id.
    pub async fn tenant(&self, id: TenantId) -> Result<Option<Tenant>, DirectoryError> {
        let row = sqlx::query("SELECT id, slug, name, home_region, default_locale, time_zone, created_at FROM tenants WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(tenant_from_row).transpose()?)
    }

    /// Creates a legal entity in the chosen region, placing it on that region's least-used
    /// shard. The caller has already checked that the country allows the region's zone.
    pub async fn create_legal_entity(
        &self,
        tenant: TenantId,
        new: &NewLegalEntity,
    ) -> Result<LegalEntity, DirectoryError> {
        let mut tx = self.pool.begin().await?;
        let shard = sqlx::query(
            "SELECT s.id, s.zone FROM shards s
             LEFT JOIN legal_entities e ON e.shard_id = s.id
             WHERE s.region = $1
             GROUP BY s.id, s.zone ORDER BY count(e.id), s.id LIMIT 1",
        )
        .bind(new.region.as_str())
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| DirectoryError::UnknownRegion(new.region.to_string()))?;
        let shard: i32 = shard.try_get("id")?;
        let row = sqlx::query(concat!(
            "INSERT INTO legal_entities (id, tenant_id, name, country, zone, region, shard_id, time_zone)
             SELECT $1, $2, $3, $4, zone, region, id, $6 FROM shards WHERE id = $5
             RETURNING ",
            entity_columns!()
        ))
        .bind(LegalEntityId::random())
        .bind(tenant)
        .bind(&new.name)
        .bind(new.country.as_str())
        .bind(shard)
        .bind(&new.time_zone)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match unique_violation(&e) {
            Some(_) => DirectoryError::EntityNameTaken(new.name.clone()),
            None => e.into(),
        })?;
        tx.commit().await?;
        Ok(entity_from_row(&row)?)
    }

    /// Replaces a legal entity's policy; `None` if the tenant has no such entity.
    pub async fn set_entity_policy(
        &self,
        tenant: TenantId,
        entity: LegalEntityId,
        policy: &serde_json::Value,
    ) -> Result<Option<LegalEntity>, DirectoryError> {
        let row = sqlx::query(concat!(
            "UPDATE legal_entities SET policy = $3 WHERE tenant_id = $1 AND id = $2 RETURNING ",
            entity_columns!()
        ))
        .bind(tenant)
        .bind(entity)
        .bind(policy)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(entity_from_row).transpose()?)
    }

    /// Every tenant, oldest first.
    pub async fn tenants(&self) -> Result<Vec<Tenant>, DirectoryError> {
        let rows = sqlx::query(
            "SELECT id, slug, name, home_region, default_locale, time_zone, created_at
             FROM tenants ORDER BY created_at, id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(tenant_from_row).collect::<Result<_, _>>()?)
    }

    /// A tenant's legal entities, oldest first.
    pub async fn legal_entities(
        &self,
        tenant: TenantId,
    ) -> Result<Vec<LegalEntity>, DirectoryError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            entity_columns!(),
            " FROM legal_entities WHERE tenant_id = $1 ORDER BY created_at, id"
        ))
        .bind(tenant)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(entity_from_row).collect::<Result<_, _>>()?)
    }

    /// Issues a new key for a tenant.
    pub async fn create_api_key(
        &self,
        tenant: TenantId,
        name: &str,
        scopes: &[Scope],
        locale: Option<&str>,
    ) -> Result<IssuedKey, DirectoryError> {
        let mut tx = self.pool.begin().await?;
        let key = insert_key(&mut tx, tenant, name, scopes, locale).await?;
        tx.commit().await?;
        Ok(key)
    }

    /// A key by id, live or revoked.
    pub async fn api_key(&self, id: ApiKeyId) -> Result<Option<ApiKeyRecord>, DirectoryError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            key_columns!(),
            " FROM api_keys WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(key_from_row).transpose()?)
    }

    /// A tenant's keys, newest first.
    pub async fn api_keys(&self, tenant: TenantId) -> Result<Vec<ApiKeyRecord>, DirectoryError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            key_columns!(),
            " FROM api_keys WHERE tenant_id = $1 ORDER BY created_at DESC, id"
        ))
        .bind(tenant)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(key_from_row).collect::<Result<_, _>>()?)
    }

    /// Revokes a tenant's key; false if the tenant has no such live key.
    pub async fn revoke_api_key(
        &self,
        tenant: TenantId,
        id: ApiKeyId,
    ) -> Result<bool, DirectoryError> {
        let done = sqlx::query("UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND tenant_id = $2 AND revoked_at IS NULL")
            .bind(id)
            .bind(tenant)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}

async fn insert_key(
    tx: &mut sqlx::PgConnection,
    tenant: TenantId,
    name: &str,
    scopes: &[Scope],
    locale: Option<&str>,
) -> Result<IssuedKey, DirectoryError> {
    let token = ApiKeyToken::generate();
    let mut scopes: Vec<Scope> = scopes.to_vec();
    scopes.sort();
    scopes.dedup();
    let names: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
    let row = sqlx::query(concat!("INSERT INTO api_keys (id, tenant_id, name, secret_hash, scopes, locale) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ", key_columns!()))
    .bind(token.id())
    .bind(tenant)
    .bind(name)
    .bind(token.secret_hash().as_slice())
    .bind(&names)
    .bind(locale)
    .fetch_one(&mut *tx)
    .await?;
    Ok(IssuedKey {
        record: key_from_row(&row)?,
        token: token.to_token_string(),
    })
}

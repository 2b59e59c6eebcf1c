//! The rules of creating, changing, reading and erasing employee records, for every caller
//! (HTTP handlers, imports, jobs): validation with the branch's defaults, the manager check
//! across shards, the sovereignty re-check before personal data is written, one transaction
//! per change.

use std::sync::Arc;

use cadre_i18n::msg;
use cadre_ids::{LegalEntityId, TenantId};
use cadre_jurisdictions::{Library, Residency};
use cadre_shards::{RouteError, Shard, ShardSet};
use cadre_topology::{CountryCode, ShardId, ZoneId};

use super::{Defaults, Employee, EmployeeFilter, EmployeePatch, Error, NewEmployee, repo};
use crate::paging::{self, Page, Window};
use crate::{EmployeeId, FieldError};

/// Where a new employee goes: the tenant, and the legal entity as the directory placed it.
#[derive(Debug, Clone)]
pub struct Placement<'a> {
    /// The tenant.
    pub tenant: TenantId,
    /// The employing legal entity.
    pub entity: LegalEntityId,
    /// Its country (the default country of employment).
    pub country: CountryCode,
    /// The zone its personal data must stay in.
    pub zone: &'a ZoneId,
    /// The shard it was placed on.
    pub shard: ShardId,
    /// The tenant's default language.
    pub locale: &'a str,
    /// The tenant's default time zone.
    pub time_zone: &'a str,
    /// The jurisdiction packs (residency rules).
    pub rules: &'a Library,
}

/// Creates an employee on the legal entity's shard; returns the record and that shard.
pub async fn create(
    shards: &ShardSet,
    at: &Placement<'_>,
    new: &NewEmployee,
) -> Result<(Employee, Arc<Shard>), Error> {
    let defaults = Defaults {
        country: at.country,
        locale: at.locale,
        time_zone: at.time_zone,
    };
    let valid = new.validate(&defaults).map_err(Error::Invalid)?;
    check_residency(at.rules, valid.country_of_employment, at.zone)?;
    let shard = shards.serving(at.shard)?;
    // Sovereignty, checked again at the last moment: personal data goes only to its zone.
    if shard.zone != *at.zone {
        return Err(Error::Misplaced {
            shard_zone: shard.zone.to_string(),
            entity_zone: at.zone.to_string(),
        });
    }
    check_manager(shards, at.tenant, valid.manager_id).await?;
    let mut tx = shard.begin_for(at.tenant.0).await?;
    let id = EmployeeId::new(shard.id);
    let employee = repo::insert(&mut tx, at.tenant.0, id, at.entity.0, &valid).await?;
    tx.commit().await?;
    Ok((employee, shard))
}

/// One employee, in a single round trip on the shard's read lane.
pub async fn get(shard: &Shard, tenant: TenantId, id: EmployeeId) -> Result<Employee, Error> {
    shard
        .read(|conn| Box::pin(repo::fetch(conn, tenant.0, id)))
        .await?
        .ok_or(Error::NotFound)
}

/// Applies a patch if the record is still at `expected` (`None`: any version).
pub async fn update(
    shards: &ShardSet,
    shard: &Shard,
    tenant: TenantId,
    id: EmployeeId,
    expected: Option<i64>,
    patch: &EmployeePatch,
    rules: &Library,
) -> Result<Employee, Error> {
    if let Some(Some(m)) = patch.manager_id {
        check_manager(shards, tenant, Some(m)).await?;
    }
    let mut tx = shard.begin_for(tenant.0).await?;
    let updated = repo::update(&mut tx, tenant.0, id, expected, |current| {
        let valid = patch.apply(current).map_err(Error::Invalid)?;
        if patch.country_of_employment.is_some() {
            check_residency(rules, valid.country_of_employment, &shard.zone)?;
        }
        Ok(valid)
    })
    .await?;
    tx.commit().await?;
    Ok(updated)
}

/// The packs' rule on where personal data of people employed in `country` may be kept, for
/// the record's `zone`: an employee of a German entity who works in China is CN personal data
/// and may not be kept in the EU zone.
fn check_residency(rules: &Library, country: CountryCode, zone: &ZoneId) -> Result<(), Error> {
    let today = chrono::Utc::now().date_naive();
    match rules.check_residency(country.as_str(), zone.as_str(), today)? {
        Residency::Allowed(_) => Ok(()),
        Residency::Forbidden(v) => Err(Error::Residency(Box::new(v))),
    }
}

/// Erases an employee (GDPR erasure), checking the version when the caller names one.
pub async fn delete(
    shard: &Shard,
    tenant: TenantId,
    id: EmployeeId,
    expected: Option<i64>,
) -> Result<(), Error> {
    let mut tx = shard.begin_for(tenant.0).await?;
    repo::delete(&mut tx, tenant.0, id, expected).await?;
    tx.commit().await?;
    Ok(())
}

/// A page of the tenant's employees across `shards`, merged in id order.
pub async fn list(
    shards: Vec<Arc<Shard>>,
    tenant: TenantId,
    filter: &EmployeeFilter,
    window: &Window,
) -> Result<Page<Employee>, Error> {
    paging::fan_out(shards, window, |shard, window| async move {
        let mut tx = shard.begin_for(tenant.0).await?;
        repo::list(&mut tx, tenant.0, filter, &window).await
    })
    .await
}

/// Checks that a manager is an employee of this tenant, on whatever shard their id names.
async fn check_manager(
    shards: &ShardSet,
    tenant: TenantId,
    manager: Option<EmployeeId>,
) -> Result<(), Error> {
    let Some(m) = manager else { return Ok(()) };
    let unknown = || {
        Error::Invalid(vec![FieldError::new(
            "manager_id",
            msg!("field-unknown-manager"),
        )])
    };
    let shard = match m.shard().map(|s| shards.serving(s)) {
        None | Some(Err(RouteError::Unknown(_))) => return Err(unknown()),
        Some(Err(e)) => return Err(e.into()),
        Some(Ok(shard)) => shard,
    };
    get(&shard, tenant, m).await.map_err(|e| match e {
        Error::NotFound => unknown(),
        e => e,
    })?;
    Ok(())
}

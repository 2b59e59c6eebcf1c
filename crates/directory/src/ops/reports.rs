//! The `reports` table: the index of stored health reports (the objects themselves are in the
//! bucket of the subject's region). A unique index keeps one scheduled report per subject and
//! period although several runners may race to write it.

use cadre_topology::RegionId;
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use super::row_parse;
use crate::{Directory, DirectoryError, TenantId};

/// A stored health report (the objects are in `bucket`).
#[derive(Debug, Clone, Serialize)]
pub struct ReportRecord {
    /// Id.
    pub id: Uuid,
    /// Tenant (none for a region's operator report).
    pub tenant: Option<TenantId>,
    /// Region whose bucket holds it.
    pub region: RegionId,
    /// `tenant` or `region`.
    pub scope: String,
    /// `schedule` or `on_demand`.
    pub trigger: String,
    /// Period start (inclusive).
    pub period_start: DateTime<Utc>,
    /// Period end (exclusive).
    pub period_end: DateTime<Utc>,
    /// Language it is written in.
    pub locale: String,
    /// Bucket.
    pub bucket: String,
    /// Key of the JSON rendering.
    pub json_key: String,
    /// Key of the HTML rendering.
    pub html_key: String,
    /// Stored at.
    pub created_at: DateTime<Utc>,
}

impl Directory {
    /// Indexes a stored report. A second scheduled report for the same subject and period
    /// is refused (returns false): several runners may race to write it.
    pub async fn insert_report(&self, r: &ReportRecord) -> Result<bool, DirectoryError> {
        let done = sqlx::query(
            "INSERT INTO reports (id, tenant_id, region, scope, trigger, period_start, period_end,
                                  locale, bucket, json_key, html_key, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT DO NOTHING",
        )
        .bind(r.id)
        .bind(r.tenant.map(|t| t.0))
        .bind(r.region.as_str())
        .bind(&r.scope)
        .bind(&r.trigger)
        .bind(r.period_start)
        .bind(r.period_end)
        .bind(&r.locale)
        .bind(&r.bucket)
        .bind(&r.json_key)
        .bind(&r.html_key)
        .bind(r.created_at)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Whether a scheduled report exists for a tenant (or, with `None`, a region) and period.
    pub async fn scheduled_report_exists(
        &self,
        tenant: Option<TenantId>,
        region: &RegionId,
        period_start: DateTime<Utc>,
    ) -> Result<bool, DirectoryError> {
        Ok(sqlx::query_scalar(
            "SELECT EXISTS (SELECT FROM reports WHERE trigger = 'schedule' AND period_start = $3
                 AND CASE WHEN $1::uuid IS NULL THEN scope = 'region' AND region = $2
                          ELSE scope = 'tenant' AND tenant_id = $1 END)",
        )
        .bind(tenant.map(|t| t.0))
        .bind(region.as_str())
        .bind(period_start)
        .fetch_one(self.pool())
        .await?)
    }

    /// Reports of a tenant (or, with `None`, the operator reports of every region), newest first.
    pub async fn reports(
        &self,
        tenant: Option<TenantId>,
    ) -> Result<Vec<ReportRecord>, DirectoryError> {
        let rows = sqlx::query(
            "SELECT id, tenant_id, region, scope, trigger, period_start, period_end, locale, bucket,
                    json_key, html_key, created_at
             FROM reports
             WHERE CASE WHEN $1::uuid IS NULL THEN scope = 'region' ELSE tenant_id = $1 END
             ORDER BY created_at DESC LIMIT 200",
        )
        .bind(tenant.map(|t| t.0))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(report_from_row)
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DirectoryError::from)
    }

    /// One report.
    pub async fn report(&self, id: Uuid) -> Result<Option<ReportRecord>, DirectoryError> {
        let row = sqlx::query(
            "SELECT id, tenant_id, region, scope, trigger, period_start, period_end, locale, bucket,
                    json_key, html_key, created_at
             FROM reports WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(report_from_row).transpose()?)
    }
}

fn report_from_row(r: &PgRow) -> Result<ReportRecord, sqlx::Error> {
    Ok(ReportRecord {
        id: r.try_get("id")?,
        tenant: r.try_get::<Option<Uuid>, _>("tenant_id")?.map(TenantId),
        region: row_parse(r, "region")?,
        scope: r.try_get("scope")?,
        trigger: r.try_get("trigger")?,
        period_start: r.try_get("period_start")?,
        period_end: r.try_get("period_end")?,
        locale: r.try_get("locale")?,
        bucket: r.try_get("bucket")?,
        json_key: r.try_get("json_key")?,
        html_key: r.try_get("html_key")?,
        created_at: r.try_get("created_at")?,
    })
}

//! The `request_minutes` table: the gateway's request counts per tenant, region and minute,
//! with a latency histogram, so a tenant's health report can show the service it received.
//! No request contents are kept.

use cadre_topology::RegionId;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::row_parse;
use crate::{Directory, DirectoryError, TenantId};

/// Upper bounds (seconds) of the request latency buckets, shared by the gateway's Prometheus
/// histogram and the per-tenant counts that health reports read; a last bucket counts the rest.
pub const LATENCY_BOUNDS_SECONDS: &[f64] = &[
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

/// Requests of one tenant in one region over one minute.
#[derive(Debug, Clone)]
pub struct RequestMinute {
    /// Tenant.
    pub tenant: TenantId,
    /// Region that served them.
    pub region: RegionId,
    /// Minute.
    pub minute: DateTime<Utc>,
    /// Requests.
    pub requests: i64,
    /// 5xx answers.
    pub server_errors: i64,
    /// 4xx answers.
    pub client_errors: i64,
    /// Requests per latency bucket (bounds are the gateway's).
    pub latency_buckets: Vec<i64>,
}

impl Directory {
    /// Adds request counts (one row per tenant, region and minute) in one statement.
    pub async fn add_request_minutes(&self, rows: &[RequestMinute]) -> Result<(), DirectoryError> {
        if rows.is_empty() {
            return Ok(());
        }
        // Histograms travel as JSON arrays: sqlx cannot bind an array of arrays.
        let buckets: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| serde_json::json!(r.latency_buckets))
            .collect();
        sqlx::query(
            "INSERT INTO request_minutes AS m
                 (tenant_id, region, minute, requests, server_errors, client_errors, latency_buckets)
             SELECT t, r, mi, q, s, c, ARRAY(SELECT jsonb_array_elements_text(b)::bigint)
             FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::bigint[], $5::bigint[],
                         $6::bigint[], $7::jsonb[]) AS u(t, r, mi, q, s, c, b)
             WHERE EXISTS (SELECT FROM tenants WHERE id = t)
             ON CONFLICT (tenant_id, region, minute) DO UPDATE SET
                 requests = m.requests + EXCLUDED.requests,
                 server_errors = m.server_errors + EXCLUDED.server_errors,
                 client_errors = m.client_errors + EXCLUDED.client_errors,
                 latency_buckets = ARRAY(
                     SELECT coalesce(a, 0) + coalesce(b, 0)
                     FROM unnest(m.latency_buckets, EXCLUDED.latency_buckets) AS x(a, b))",
        )
        .bind(rows.iter().map(|r| r.tenant.0).collect::<Vec<_>>())
        .bind(
            rows.iter()
                .map(|r| r.region.as_str().to_owned())
                .collect::<Vec<_>>(),
        )
        .bind(rows.iter().map(|r| r.minute).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.requests).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.server_errors).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.client_errors).collect::<Vec<_>>())
        .bind(buckets)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Request minutes of a tenant (all tenants when `None`) in `[from, to)`.
    pub async fn request_minutes(
        &self,
        tenant: Option<TenantId>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<RequestMinute>, DirectoryError> {
        let rows = sqlx::query(
            "SELECT tenant_id, region, minute, requests, server_errors, client_errors, latency_buckets
             FROM request_minutes
             WHERE ($1::uuid IS NULL OR tenant_id = $1) AND minute >= $2 AND minute < $3
             ORDER BY minute",
        )
        .bind(tenant.map(|t| t.0))
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(RequestMinute {
                    tenant: TenantId(r.try_get("tenant_id")?),
                    region: row_parse(r, "region")?,
                    minute: r.try_get("minute")?,
                    requests: r.try_get("requests")?,
                    server_errors: r.try_get("server_errors")?,
                    client_errors: r.try_get("client_errors")?,
                    latency_buckets: r.try_get("latency_buckets")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DirectoryError::from)
    }
}

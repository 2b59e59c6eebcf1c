//! Where reports live: the bucket of the subject's region (the tenant's home region, or the
//! region an operator report covers), and nowhere else.
//!
//! Key layout (documented in ARCHITECTURE.md):
//! `reports/tenants/<tenant id>/<YYYY-Qn>/<report id>.{json,html}` and
//! `reports/regions/<region>/<YYYY-Qn>/<report id>.{json,html}`.

use aws_sdk_s3::primitives::ByteStream;
use cadre_directory::{Directory, DirectoryError, ReportRecord};
use cadre_i18n::Catalog;
use cadre_objects::S3Credentials;
use cadre_topology::{RegionConfig, RegionId};
use chrono::{DateTime, Utc};

use super::html::render_html;
use super::model::{HealthReport, Quarter, Subject, collect};

/// Why a report could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The directory failed.
    #[error(transparent)]
    Directory(#[from] DirectoryError),
    /// The region has no bucket in the configuration.
    #[error("region {0} is not in the region configuration")]
    UnknownRegion(String),
    /// The object store failed.
    #[error("S3 {operation} {bucket}/{key}: {message}")]
    S3 {
        /// Operation.
        operation: &'static str,
        /// Bucket.
        bucket: String,
        /// Key.
        key: String,
        /// The SDK's message.
        message: String,
    },
}

/// The regional buckets, through one S3 endpoint (each region's client signs for its own
/// region name).
#[derive(Debug, Clone)]
pub struct ReportStore {
    endpoint: String,
    credentials: S3Credentials,
    regions: RegionConfig,
    /// Per region: its own endpoint and signing region (e.g. AWS China's `.com.cn`).
    overrides: std::collections::HashMap<RegionId, (String, String)>,
}

impl ReportStore {
    /// A store over `regions`' buckets at `endpoint`.
    pub fn new(endpoint: &str, credentials: S3Credentials, regions: RegionConfig) -> Self {
        Self {
            endpoint: endpoint.to_owned(),
            credentials,
            regions,
            overrides: Default::default(),
        }
    }

    /// Uses `endpoint`, signing for `signing_region`, for `region`'s bucket (by default every
    /// bucket is reached through the one endpoint, signing with the region id).
    pub fn with_region_endpoint(
        mut self,
        region: RegionId,
        endpoint: &str,
        signing_region: &str,
    ) -> Self {
        self.overrides
            .insert(region, (endpoint.to_owned(), signing_region.to_owned()));
        self
    }

    /// The regions whose buckets this store writes to.
    pub fn regions(&self) -> &RegionConfig {
        &self.regions
    }

    fn target(&self, region: &RegionId) -> Result<(aws_sdk_s3::Client, String), StoreError> {
        let spec = self
            .regions
            .region(region)
            .ok_or_else(|| StoreError::UnknownRegion(region.to_string()))?;
        let (endpoint, signing) = match self.overrides.get(region) {
            Some((e, s)) => (e.as_str(), s.as_str()),
            None => (self.endpoint.as_str(), region.as_str()),
        };
        let client = cadre_objects::client(endpoint, signing, &self.credentials);
        Ok((client, spec.bucket.clone()))
    }

    async fn put(
        &self,
        region: &RegionId,
        key: &str,
        body: Vec<u8>,
        content_type: &str,
    ) -> Result<(), StoreError> {
        let (client, bucket) = self.target(region)?;
        client
            .put_object()
            .bucket(&bucket)
            .key(key)
            .content_type(content_type)
            .body(ByteStream::from(body))
            .send()
            .await
            .map_err(|e| StoreError::S3 {
                operation: "PutObject",
                bucket: bucket.clone(),
                key: key.to_owned(),
                message: aws_sdk_s3::error::DisplayErrorContext(&e).to_string(),
            })?;
        Ok(())
    }

    /// Reads a stored object of `region`'s bucket.
    pub async fn get(&self, region: &RegionId, key: &str) -> Result<Vec<u8>, StoreError> {
        let (client, bucket) = self.target(region)?;
        let s3 = |operation, e: String| StoreError::S3 {
            operation,
            bucket: bucket.clone(),
            key: key.to_owned(),
            message: e,
        };
        let out = client
            .get_object()
            .bucket(&bucket)
            .key(key)
            .send()
            .await
            .map_err(|e| {
                s3(
                    "GetObject",
                    aws_sdk_s3::error::DisplayErrorContext(&e).to_string(),
                )
            })?;
        let bytes = out
            .body
            .collect()
            .await
            .map_err(|e| s3("GetObject", e.to_string()))?;
        Ok(bytes.into_bytes().to_vec())
    }

    async fn delete(&self, region: &RegionId, key: &str) {
        if let Ok((client, bucket)) = self.target(region) {
            let _ = client.delete_object().bucket(bucket).key(key).send().await;
        }
    }
}

/// The keys of a report's JSON and HTML objects.
pub fn object_keys(report: &HealthReport) -> (String, String) {
    let base = match (&report.tenant, &report.region) {
        (Some(t), _) => format!(
            "reports/tenants/{}/{}/{}",
            t["id"].as_str().unwrap_or_default(),
            report.period_label,
            report.id
        ),
        (None, Some(r)) => format!(
            "reports/regions/{}/{}/{}",
            r.as_str(),
            report.period_label,
            report.id
        ),
        (None, None) => format!("reports/{}", report.id),
    };
    (format!("{base}.json"), format!("{base}.html"))
}

/// Computes, renders and stores a report, then indexes it. A scheduled report that another
/// runner already stored is not stored twice (returns `None`, and the objects just written
/// are removed).
pub async fn generate(
    directory: &Directory,
    store: &ReportStore,
    subject: &Subject,
    period: Quarter,
    trigger: &'static str,
    now: DateTime<Utc>,
) -> Result<Option<ReportRecord>, StoreError> {
    let started = std::time::Instant::now();
    let report = collect(directory, subject, period, now).await?;
    let html = render_html(&report, Catalog::global());
    let json = serde_json::to_vec_pretty(&report).unwrap_or_default();
    let (json_key, html_key) = object_keys(&report);
    let home = subject.home();
    let bucket = store.target(home)?.1;
    store.put(home, &json_key, json, "application/json").await?;
    store
        .put(
            home,
            &html_key,
            html.into_bytes(),
            "text/html; charset=utf-8",
        )
        .await?;
    let record = ReportRecord {
        id: report.id,
        tenant: match subject {
            Subject::Tenant(t) => Some(t.id),
            Subject::Region(_) => None,
        },
        region: home.clone(),
        scope: report.scope.to_owned(),
        trigger: trigger.to_owned(),
        period_start: report.from,
        period_end: report.to,
        locale: report.locale.clone(),
        bucket,
        json_key,
        html_key,
        created_at: now,
    };
    let indexed = directory.insert_report(&record).await?;
    metrics::histogram!("cadre_job_duration_seconds", "job" => "health_report")
        .record(started.elapsed().as_secs_f64());
    if !indexed {
        store.delete(home, &record.json_key).await;
        store.delete(home, &record.html_key).await;
        return Ok(None);
    }
    Ok(Some(record))
}

//! Regional object storage: the aws-sdk-s3 client the platform uses everywhere, and the
//! in-process S3-compatible server (s3s + s3s-fs) that the local deployment and tests run, so
//! the real client talks real S3 HTTP without any outside service.

use std::net::SocketAddr;
use std::path::Path;

use aws_sdk_s3::Client;
use aws_sdk_s3::config::{Credentials, Region};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder as ConnBuilder;
use s3s::auth::SimpleAuth;
use s3s::service::S3ServiceBuilder;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// What went wrong with object storage.
#[derive(Debug, thiserror::Error)]
pub enum ObjectsError {
    /// The server could not start.
    #[error("starting the S3 server: {0}")]
    Start(String),
    /// An S3 call failed.
    #[error("S3 {operation} on bucket {bucket}: {message}")]
    S3 {
        /// The operation.
        operation: &'static str,
        /// The bucket.
        bucket: String,
        /// The SDK's message.
        message: String,
    },
}

/// Credentials for one S3 endpoint.
#[derive(Clone)]
pub struct S3Credentials {
    /// Access key id.
    pub access_key: String,
    /// Secret access key.
    pub secret_key: String,
}

// Secrets never reach logs.
impl std::fmt::Debug for S3Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Credentials")
            .field("access_key", &self.access_key)
            .field("secret_key", &"[redacted]")
            .finish()
    }
}

/// An S3-compatible server running in this process, storing objects under a folder.
#[derive(Debug)]
pub struct S3Server {
    addr: SocketAddr,
    task: JoinHandle<()>,
}

impl S3Server {
    /// Serves the objects under `root` on `addr` (port 0 picks a free one), requiring
    /// SigV4 requests signed with `credentials`.
    pub async fn start(
        root: &Path,
        addr: SocketAddr,
        credentials: &S3Credentials,
    ) -> Result<Self, ObjectsError> {
        std::fs::create_dir_all(root)
            .map_err(|e| ObjectsError::Start(format!("{}: {e}", root.display())))?;
        let fs =
            s3s_fs::FileSystem::new(root).map_err(|e| ObjectsError::Start(format!("{e:?}")))?;
        let mut builder = S3ServiceBuilder::new(fs);
        builder.set_auth(SimpleAuth::from_single(
            credentials.access_key.clone(),
            credentials.secret_key.clone(),
        ));
        let service = builder.build();
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|e| ObjectsError::Start(format!("{addr}: {e}")))?;
        let addr = listener
            .local_addr()
            .map_err(|e| ObjectsError::Start(e.to_string()))?;
        let task = tokio::spawn(async move {
            let http = ConnBuilder::new(TokioExecutor::new());
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    continue;
                };
                let conn = http
                    .serve_connection(TokioIo::new(socket), service.clone())
                    .into_owned();
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!(error = %e, "S3 connection ended with an error");
                    }
                });
            }
        });
        Ok(Self { addr, task })
    }

    /// The endpoint URL clients use.
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// An aws-sdk-s3 client for `endpoint` (path-style addressing, as S3-compatible servers need).
pub fn client(endpoint: &str, region: &str, credentials: &S3Credentials) -> Client {
    let creds = Credentials::new(
        &credentials.access_key,
        &credentials.secret_key,
        None,
        None,
        "cadre",
    );
    let config = aws_sdk_s3::Config::builder()
        .behavior_version_latest()
        .endpoint_url(endpoint)
        .region(Region::new(region.to_owned()))
        .credentials_provider(creds)
        .force_path_style(true)
        .build();
    Client::from_conf(config)
}

/// Creates `bucket` unless it exists.
pub async fn ensure_bucket(client: &Client, bucket: &str) -> Result<(), ObjectsError> {
    if client.head_bucket().bucket(bucket).send().await.is_ok() {
        return Ok(());
    }
    client
        .create_bucket()
        .bucket(bucket)
        .send()
        .await
        .map_err(|e| ObjectsError::S3 {
            operation: "CreateBucket",
            bucket: bucket.to_owned(),
            message: aws_sdk_s3::error::DisplayErrorContext(&e).to_string(),
        })?;
    Ok(())
}

/// The keys of every object in `bucket` (all pages).
pub async fn list_keys(client: &Client, bucket: &str) -> Result<Vec<String>, ObjectsError> {
    let mut keys = Vec::new();
    let mut pages = client
        .list_objects_v2()
        .bucket(bucket)
        .into_paginator()
        .send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| ObjectsError::S3 {
            operation: "ListObjectsV2",
            bucket: bucket.to_owned(),
            message: aws_sdk_s3::error::DisplayErrorContext(&e).to_string(),
        })?;
        keys.extend(
            page.contents()
                .iter()
                .filter_map(|o| o.key().map(str::to_owned)),
        );
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_s3::primitives::ByteStream;

    #[tokio::test]
    async fn the_real_sdk_round_trips_an_object_through_the_in_process_server() {
        let dir = tempfile::tempdir().expect("tempdir");
        let creds = S3Credentials {
            access_key: "test-key".into(),
            secret_key: "test-secret".into(),
        };
        let server = S3Server::start(dir.path(), "127.0.0.1:0".parse().expect("addr"), &creds)
            .await
            .expect("start");
        let s3 = client(&server.endpoint(), "eu-central", &creds);
        ensure_bucket(&s3, "cadre-eu-central")
            .await
            .expect("bucket");
        ensure_bucket(&s3, "cadre-eu-central")
            .await
            .expect("idempotent");
        s3.put_object()
            .bucket("cadre-eu-central")
            .key("reports/q1.json")
            .body(ByteStream::from_static(b"{\"ok\":true}"))
            .send()
            .await
            .expect("put");
        let got = s3
            .get_object()
            .bucket("cadre-eu-central")
            .key("reports/q1.json")
            .send()
            .await
            .expect("get");
        let body = got.body.collect().await.expect("body").into_bytes();
        assert_eq!(&body[..], b"{\"ok\":true}");
        assert_eq!(
            list_keys(&s3, "cadre-eu-central").await.expect("list"),
            ["reports/q1.json"]
        );

        let wrong = S3Credentials {
            access_key: "test-key".into(),
            secret_key: "nope".into(),
        };
        let bad = client(&server.endpoint(), "eu-central", &wrong);
        assert!(
            bad.list_objects_v2()
                .bucket("cadre-eu-central")
                .send()
                .await
                .is_err(),
            "bad signature refused"
        );
    }
}

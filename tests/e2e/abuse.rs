//! Clients that try to wear the gateway down: many slow connections (slowloris) do not stop
//! normal requests, and are closed once their headers are late.

use std::time::{Duration, Instant};

use cadre_testkit::TestStack;
use reqwest::Method;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_slow_connections_do_not_stop_normal_requests() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("slowloris").await?;
    let address = stack
        .base_url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    // Half send a request line and one header, then stall; half send nothing at all.
    let mut slow = Vec::new();
    for i in 0..1000 {
        let mut conn = TcpStream::connect(&address).await?;
        if i % 2 == 0 {
            conn.write_all(b"GET /v1/employees HTTP/1.1\r\nHost: cadre\r\n")
                .await?;
        }
        slow.push(conn);
    }

    let start = Instant::now();
    let (status, body) = t.call(Method::GET, "/v1/employees", None).await?;
    assert_eq!(status, 200, "{body}");
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "a normal request waited {:?}",
        start.elapsed()
    );

    // The server closes them once their headers are late (10 s): a read sees the end.
    let deadline = Duration::from_secs(25);
    for conn in &mut slow {
        let mut buf = [0u8; 512];
        let left = deadline.saturating_sub(start.elapsed());
        let read = tokio::time::timeout(left, async {
            loop {
                match conn.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    // A 408 or similar before the close is fine.
                    Ok(_) => continue,
                }
            }
        })
        .await;
        assert!(
            read.is_ok(),
            "a slow connection was still open after {deadline:?}"
        );
    }
    Ok(())
}

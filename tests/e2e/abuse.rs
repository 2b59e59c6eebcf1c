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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_over_its_limit_gets_429s_and_other_tenants_do_not() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let noisy = stack.tenant("noisy").await?;
    let quiet = stack.tenant("quiet").await?;

    // Answers within the limit say where the caller stands.
    let res = stack
        .http
        .get(stack.url("/v1/legal-entities"))
        .bearer_auth(&noisy.token)
        .send()
        .await?;
    assert_eq!(res.status(), 200);
    let policy = res.headers()["ratelimit-policy"].to_str()?.to_owned();
    assert!(policy.contains("\"key\";q=100;w=1"), "{policy}");
    assert!(res.headers().contains_key("ratelimit"));

    // 100 a second with a burst of 200: 400 at once must run into the limit.
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..400 {
        let call = stack
            .http
            .get(stack.url("/v1/legal-entities"))
            .bearer_auth(&noisy.token)
            .send();
        calls.spawn(call);
    }
    let mut refused = None;
    let mut served = 0;
    while let Some(res) = calls.join_next().await {
        let res = res??;
        match res.status().as_u16() {
            200 => served += 1,
            429 => refused = Some(res),
            other => anyhow::bail!("unexpected {other}"),
        }
    }
    let refused = refused.expect("some requests over the limit are refused");
    assert!(served >= 200, "the burst is served: {served}");
    let retry: u64 = refused.headers()["retry-after"].to_str()?.parse()?;
    assert!((1..=2).contains(&retry), "{retry}");
    let p: serde_json::Value = refused.json().await?;
    assert_eq!(p["type"], "urn:cadre:problem:rate-limited", "{p}");

    // Another tenant is not affected.
    let (status, _) = quiet.call(Method::GET, "/v1/legal-entities", None).await?;
    assert_eq!(status, 200);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_that_keeps_failing_to_authenticate_is_refused() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("guessing").await?;
    let mut last = 0;
    for i in 0..40 {
        let res = stack
            .http
            .get(stack.url("/v1/legal-entities"))
            .bearer_auth(format!("cadre_guess{i}"))
            .send()
            .await?;
        last = res.status().as_u16();
    }
    assert_eq!(last, 429, "the 40th wrong guess within a minute is refused");
    // Now even a good key from that address waits (the limit is on the address).
    let (status, p) = t.call(Method::GET, "/v1/legal-entities", None).await?;
    assert_eq!(
        (status, p["type"].as_str()),
        (429, Some("urn:cadre:problem:rate-limited"))
    );
    Ok(())
}

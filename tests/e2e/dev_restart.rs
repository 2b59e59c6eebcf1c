//! The local deployment keeps every employee across a restart.

use std::os::unix::fs::PermissionsExt;

use cadre_cli::dev::{DevDeployment, DevOptions};
use serde_json::{Value, json};

async fn all_employees(
    http: &reqwest::Client,
    base: &str,
    key: &str,
) -> anyhow::Result<Vec<Value>> {
    let mut out = Vec::new();
    let mut url = format!("{base}/v1/employees?limit=7");
    loop {
        let page: Value = http
            .get(&url)
            .bearer_auth(key)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        out.extend(page["items"].as_array().cloned().unwrap_or_default());
        match page["next_cursor"].as_str() {
            Some(c) => url = format!("{base}/v1/employees?limit=7&cursor={c}"),
            None => return Ok(out),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restarting_the_local_deployment_keeps_every_employee() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    // As root, PostgreSQL runs as `postgres`, which must be able to enter the folder.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))?;
    let opts = DevOptions {
        data_dir: dir.path().join("data"),
        listen: "127.0.0.1:0".parse()?,
        regions: None,
        seed: true,
    };
    let http = reqwest::Client::new();

    let dev = DevDeployment::start(opts.clone()).await?;
    let key = dev.secrets.demo_token.clone().expect("seeded");
    // The banner points at the key's file (owner-only) and never shows the key; neither do
    // the secrets' debug output.
    assert!(!dev.banner().contains(&key), "the banner prints no key");
    assert!(!format!("{:?}", dev.secrets).contains(&key));
    let file = cadre_cli::dev::demo_key_path(&opts.data_dir);
    assert_eq!(std::fs::read_to_string(&file)?.trim(), key);
    assert_eq!(
        std::fs::metadata(&file)?.permissions().mode() & 0o777,
        0o600
    );
    let before = all_employees(&http, &dev.base_url, &key).await?;
    assert_eq!(before.len(), 40, "the demo tenant has 40 people");
    // One more, written just before the stop.
    let entities: Value = http
        .get(format!("{}/v1/legal-entities", dev.base_url))
        .bearer_auth(&key)
        .send()
        .await?
        .json()
        .await?;
    let cn = entities["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|e| e["country"] == "CN")
        .expect("CN branch")["id"]
        .clone();
    let created: Value = http
        .post(format!("{}/v1/employees", dev.base_url))
        .bearer_auth(&key)
        .json(&json!({"legal_entity_id": cn, "given_name": "秀英", "family_name": "周", "work_email": "zhou.xiuying@acme.cn", "hire_date": "2026-11-02"}))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    dev.shutdown().await?;

    let dev = DevDeployment::start(opts).await?;
    assert_eq!(
        dev.secrets.demo_token.as_deref(),
        Some(key.as_str()),
        "same key after restart"
    );
    let after = all_employees(&http, &dev.base_url, &key).await?;
    let ids = |v: &[Value]| {
        v.iter()
            .map(|e| e["id"].as_str().unwrap_or_default().to_owned())
            .collect::<std::collections::BTreeSet<_>>()
    };
    let mut expected = ids(&before);
    expected.insert(created["id"].as_str().expect("id").to_owned());
    assert_eq!(ids(&after), expected, "every employee survived the restart");
    let zhou = after
        .iter()
        .find(|e| e["id"] == created["id"])
        .expect("created employee");
    assert_eq!(zhou["family_name"], "周");
    dev.shutdown().await?;
    Ok(())
}

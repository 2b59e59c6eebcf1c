//! Personal data is written only to shards of its allowed zone.

use cadre_e2e::rows_containing;
use cadre_testkit::TestStack;
use sqlx::Connection;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cn_employee_is_written_only_to_the_cn_shard() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("acme").await?;
    let de = t.legal_entity("Acme GmbH", "DE", "eu-central").await?;
    let fr = t.legal_entity("Acme SAS", "FR", "eu-west").await?;
    let us = t.legal_entity("Acme Inc.", "US", "us-east").await?;
    let cn = t
        .legal_entity("Acme (Beijing) Co., Ltd.", "CN", "cn-north")
        .await?;
    let sg = t
        .legal_entity("Acme Pte. Ltd.", "SG", "ap-southeast")
        .await?;
    for (i, le) in [&de, &fr, &us, &sg].into_iter().enumerate() {
        t.employee(le, "Other", &format!("Person{i}")).await?;
    }
    // Distinctive values, so that any copy of them anywhere is found by a text scan.
    let marker_name = "Xiuying";
    let marker_family = "Zhangmarker";
    let employee = t.employee(&cn, marker_name, marker_family).await?;
    let national_id = employee["national_id"]
        .as_str()
        .expect("admin key sees national id")
        .to_owned();

    for needle in [
        marker_family,
        national_id.as_str(),
        "xiuying.zhangmarker@example.com",
    ] {
        let mut found = Vec::new();
        for shard in &stack.shards {
            let mut conn = shard.connect_admin().await?;
            for (table, n) in rows_containing(&mut conn, needle).await? {
                found.push((shard.region.to_string(), shard.zone.to_string(), table, n));
            }
            conn.close().await?;
        }
        assert_eq!(
            found,
            vec![(
                "cn-north".to_owned(),
                "cn".to_owned(),
                "employees".to_owned(),
                1
            )],
            "{needle} must be stored exactly once, on the cn shard"
        );
        let mut dir = stack.connect_directory().await?;
        assert!(
            rows_containing(&mut dir, needle).await?.is_empty(),
            "the directory holds no personal data"
        );
    }
    // The CN employee's id routes to the cn shard by itself.
    let id = employee["id"].as_str().expect("id");
    let (status, body) = t
        .call(reqwest::Method::GET, &format!("/v1/employees/{id}"), None)
        .await?;
    assert_eq!(
        (status, body["family_name"].as_str()),
        (200, Some(marker_family))
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn legal_entities_are_placed_in_the_chosen_region_and_its_zone() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("globex").await?;
    t.legal_entity("Globex SG", "SG", "ap-southeast").await?;
    let (status, body) = t
        .call(reqwest::Method::GET, "/v1/legal-entities", None)
        .await?;
    assert_eq!(status, 200);
    let e = &body["items"][0];
    assert_eq!(
        (
            e["region"].as_str(),
            e["zone"].as_str(),
            e["shard_id"].as_u64()
        ),
        (Some("ap-southeast"), Some("apac"), Some(5))
    );

    let (status, body) = t
        .call(
            reqwest::Method::POST,
            "/v1/legal-entities",
            Some(serde_json::json!({"name": "X", "country": "DE", "region": "mars-1"})),
        )
        .await?;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "region");
    Ok(())
}

/// Residency follows the country of employment, not only the branch: a German branch's
/// employee who works in China is CN personal data, which may not be kept in the EU zone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_country_of_employment_must_allow_the_record_s_zone() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("abroad").await?;
    let de = t.legal_entity("D GmbH", "DE", "eu-central").await?;
    let in_cn = serde_json::json!({
        "legal_entity_id": de, "given_name": "Li", "family_name": "Wei",
        "work_email": "li.wei@example.com", "hire_date": "2025-03-01",
        "country_of_employment": "CN"
    });
    let (status, p) = t
        .call(reqwest::Method::POST, "/v1/employees", Some(in_cn))
        .await?;
    assert_eq!(status, 422, "{p}");
    assert_eq!(p["type"], "urn:cadre:problem:data-residency", "{p}");
    assert_eq!(p["errors"][0]["field"], "country_of_employment", "{p}");
    for shard in &stack.shards {
        let mut conn = shard.connect_admin().await?;
        let found = rows_containing(&mut conn, "li.wei@example.com").await?;
        assert!(found.is_empty(), "nothing written: {found:?}");
    }

    // Moving an existing record's country of employment is checked the same way; a country
    // whose data may stay in the EU is fine.
    let e = t.employee(&de, "Anna", "Berg").await?;
    let path = format!("/v1/employees/{}", e["id"].as_str().expect("id"));
    let patch = |country: &str| {
        t.request(reqwest::Method::PATCH, &path)
            .header("if-match", "\"1\"")
            .json(&serde_json::json!({ "country_of_employment": country }))
            .send()
    };
    let res = patch("CN").await?;
    assert_eq!(res.status(), 422);
    let p: serde_json::Value = res.json().await?;
    assert_eq!(p["errors"][0]["field"], "country_of_employment", "{p}");
    let res = patch("FR").await?;
    assert_eq!(res.status(), 200);
    let p: serde_json::Value = res.json().await?;
    assert_eq!(p["country_of_employment"], "FR", "{p}");
    Ok(())
}

//! Jurisdiction rules through the gateway: the residency check on branch creation, tenant
//! policies never below the statute, and the `/v1/jurisdictions` evaluations.

use cadre_testkit::TestStack;
use reqwest::Method;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_branch_outside_its_allowed_zone_is_rejected_citing_the_rule() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("residency").await?;
    // PIPL art. 40: Chinese personal data stays in the cn zone.
    let (status, body) = t
        .call(
            Method::POST,
            "/v1/legal-entities",
            Some(json!({"name": "Acme Beijing", "country": "CN", "region": "eu-central"})),
        )
        .await?;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["type"], "urn:cadre:problem:data-residency");
    assert_eq!(body["errors"][0]["field"], "region");
    assert_eq!(body["residency"]["allowed_zones"], json!(["cn"]));
    assert_eq!(body["residency"]["zone"], "eu");
    let source = body["residency"]["citation"]["source"]
        .as_str()
        .unwrap_or_default();
    assert!(
        source.contains("Personal Information Protection Law"),
        "{body}"
    );
    assert!(
        body["detail"].as_str().unwrap_or_default().contains("cn"),
        "{body}"
    );

    // GDPR keeps a German branch in the eu zone; the US sets no localization rule.
    let (status, _) = t
        .call(
            Method::POST,
            "/v1/legal-entities",
            Some(json!({"name": "Acme GmbH", "country": "DE", "region": "us-east"})),
        )
        .await?;
    assert_eq!(status, 422);
    t.legal_entity("Acme Inc", "US", "eu-central").await?;
    t.legal_entity("Acme China", "CN", "cn-north").await?;

    // Nothing was written for the rejected requests.
    let (_, list) = t.call(Method::GET, "/v1/legal-entities", None).await?;
    let names: Vec<&str> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert_eq!(names, vec!["Acme Inc", "Acme China"]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tenant_policy_may_be_more_generous_never_less() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("policy").await?;
    let de = t.legal_entity("Policy GmbH", "DE", "eu-central").await?;
    let id = de.as_str();
    let path = format!("/v1/legal-entities/{id}/policy");

    // 10 days in a 20-day country: rejected with the statutory minimum and its source.
    let (status, body) = t
        .call(Method::PUT, &path, Some(json!({"annual_leave_days": 10})))
        .await?;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["type"], "urn:cadre:problem:below-statute");
    assert_eq!(body["errors"][0]["field"], "annual_leave_days");
    assert_eq!(body["violations"][0]["statutory"], 20.0);
    assert!(
        body["violations"][0]["citation"]["source"]
            .as_str()
            .unwrap_or_default()
            .contains("BUrlG")
    );
    let (_, stored) = t.call(Method::GET, &path, None).await?;
    assert_eq!(stored, json!({}), "a rejected policy is not stored");

    // Probation longer than BGB §622(3)'s 6 months is rejected too.
    let (status, body) = t
        .call(
            Method::PUT,
            &path,
            Some(json!({"annual_leave_days": 30, "probation_months": 9})),
        )
        .await?;
    assert_eq!(
        (status, &body["errors"][0]["field"]),
        (422, &json!("probation_months"))
    );

    let (status, body) = t
        .call(
            Method::PUT,
            &path,
            Some(json!({"annual_leave_days": 30, "probation_months": 3})),
        )
        .await?;
    assert_eq!(status, 200, "{body}");
    let (_, stored) = t.call(Method::GET, &path, None).await?;
    assert_eq!(stored["annual_leave_days"], 30.0);

    // The entitlement applies the more generous policy.
    let (status, body) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/DE/annual-leave",
            Some(json!({"hire_date": "2020-01-01", "on": "2026-07-01", "legal_entity_id": id})),
        )
        .await?;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (
            body["statutory_days"].as_f64(),
            body["entitled_days"].as_f64()
        ),
        (Some(20.0), Some(30.0))
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn packs_and_evaluations_over_http() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("packs").await?;

    let (status, body) = t
        .call(Method::GET, "/v1/jurisdictions/de?on=2026-07-01", None)
        .await?;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["minimum_wage"]["amount"], "13.90");
    assert_eq!(body["minimum_wage"]["from"], "DE");

    let (status, body) = t
        .call(Method::GET, "/v1/jurisdictions/JP/holidays?year=2027", None)
        .await?;
    assert_eq!(status, 200);
    assert!(
        body["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|h| h["date"] == "2027-05-03")
    );

    let (status, body) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/US-CA/overtime",
            Some(json!({"shifts": [{"start": "2026-07-08T06:00:00-07:00", "end": "2026-07-08T19:00:00-07:00"}]})),
        )
        .await?;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["straight_hours"], 8.0);
    assert_eq!(body["citation"]["jurisdiction"], "US-CA");

    let (status, body) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/DE/business-days",
            Some(json!({"from": "2026-12-23T10:00:00+01:00", "days": 3})),
        )
        .await?;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["date"], "2026-12-29");
    assert_eq!(body["ends_at"], "2026-12-30T00:00:00+01:00");

    let (status, body) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/DE/minimum-wage-check",
            Some(
                json!({"on": "2026-07-01", "amount": "2300", "currency": "EUR", "period": "month"}),
            ),
        )
        .await?;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (body["ok"].as_bool(), body["shortfall"].as_str()),
        (Some(false), Some("0.63"))
    );

    // Problems: unknown code, bad parameter, invalid shift, unknown body field.
    let (status, body) = t.call(Method::GET, "/v1/jurisdictions/ZZ", None).await?;
    assert_eq!(
        (status, body["type"].as_str()),
        (404, Some("urn:cadre:problem:not-found"))
    );
    let (status, body) = t
        .call(Method::GET, "/v1/jurisdictions/DE?on=tomorrow", None)
        .await?;
    assert_eq!((status, &body["errors"][0]["field"]), (400, &json!("on")));
    let (status, body) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/DE/overtime",
            Some(json!({"shifts": [{"start": "2026-07-08T19:00:00Z", "end": "2026-07-08T06:00:00Z"}]})),
        )
        .await?;
    assert_eq!(
        (status, &body["errors"][0]["field"]),
        (422, &json!("shifts")),
        "{body}"
    );
    let (status, body) = t
        .call(
            Method::POST,
            "/v1/jurisdictions/DE/annual-leave",
            Some(json!({"hire_date": "2020-01-01", "bonus": 1})),
        )
        .await?;
    assert_eq!(status, 422, "{body}");

    // Evaluations are for tenant admins.
    let (_, key) = t
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "reader", "scopes": ["employees:read"]})),
        )
        .await?;
    let reader = t.with_token(key["token"].as_str().expect("token"));
    let (status, _) = reader
        .call(Method::GET, "/v1/jurisdictions/DE", None)
        .await?;
    assert_eq!(status, 403);
    Ok(())
}

//! No request can read another tenant's data: by id, by list, by update, by delete, and not
//! even raw SQL on the shard under the other tenant's setting (row-level security).

use cadre_testkit::TestStack;
use reqwest::Method;
use serde_json::json;
use sqlx::{Connection, Row};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tenant_a_cannot_reach_tenant_b_employees_through_the_api() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let a = stack.tenant("tenant-a").await?;
    let b = stack.tenant("tenant-b").await?;
    let a_de = a.legal_entity("A GmbH", "DE", "eu-central").await?;
    let b_de = b.legal_entity("B GmbH", "DE", "eu-central").await?;
    a.employee(&a_de, "Anna", "Alpha").await?;
    let b_emp = b.employee(&b_de, "Bert", "Beta").await?;
    let b_id = b_emp["id"].as_str().expect("id");
    let path = format!("/v1/employees/{b_id}");

    let (status, body) = a.call(Method::GET, &path, None).await?;
    assert_eq!(status, 404, "{body}");
    let res = a
        .request(Method::PATCH, &path)
        .header("if-match", "\"1\"")
        .json(&json!({"job_title": "Hacked"}))
        .send()
        .await?;
    assert_eq!(res.status(), 404);
    let (status, _) = a.call(Method::DELETE, &path, None).await?;
    assert_eq!(status, 404);

    let (status, list) = a.call(Method::GET, "/v1/employees?limit=200", None).await?;
    assert_eq!(status, 200);
    let names: Vec<&str> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["given_name"].as_str())
        .collect();
    assert_eq!(names, ["Anna"]);
    let (status, _) = a
        .call(
            Method::GET,
            &format!("/v1/employees?legal_entity_id={b_de}"),
            None,
        )
        .await?;
    assert_eq!(status, 400, "B's legal entity is not A's to filter by");

    // B's record is untouched: still there, still version 1, same title.
    let (status, body) = b.call(Method::GET, &path, None).await?;
    assert_eq!(
        (status, body["version"].as_i64(), body["job_title"].as_str()),
        (200, Some(1), Some("Engineer"))
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn row_level_security_hides_other_tenants_rows_from_raw_sql() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let a = stack.tenant("rls-a").await?;
    let b = stack.tenant("rls-b").await?;
    let a_de = a.legal_entity("A GmbH", "DE", "eu-central").await?;
    let b_de = b.legal_entity("B GmbH", "DE", "eu-central").await?;
    a.employee(&a_de, "Anna", "Alpha").await?;
    b.employee(&b_de, "Bert", "Beta").await?;
    b.employee(&b_de, "Birte", "Beta").await?;
    let shard = stack.shard_in("eu-central")?;

    let mut admin = shard.connect_admin().await?;
    let total: i64 = sqlx::query_scalar("SELECT count(*) FROM employees")
        .fetch_one(&mut admin)
        .await?;
    assert_eq!(total, 3, "both tenants' rows are on this shard");

    let mut app = shard.connect_app().await?;
    let unscoped: i64 = sqlx::query_scalar("SELECT count(*) FROM employees")
        .fetch_one(&mut app)
        .await?;
    assert_eq!(
        unscoped, 0,
        "without a tenant setting the app role sees nothing"
    );

    let mut tx = app.begin().await?;
    sqlx::query("SELECT set_config('cadre.tenant_id', $1, true)")
        .bind(&a.id)
        .execute(&mut *tx)
        .await?;
    let rows = sqlx::query("SELECT tenant_id::text AS t, given_name FROM employees")
        .fetch_all(&mut *tx)
        .await?;
    let seen: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r.get("t"), r.get("given_name")))
        .collect();
    assert_eq!(
        seen,
        vec![(a.id.clone(), "Anna".to_owned())],
        "tenant A's setting admits only A's rows"
    );
    // Even naming B explicitly returns nothing.
    let b_rows: i64 =
        sqlx::query_scalar("SELECT count(*) FROM employees WHERE tenant_id = $1::uuid")
            .bind(&b.id)
            .fetch_one(&mut *tx)
            .await?;
    assert_eq!(b_rows, 0);
    // And writing a row for B under A's setting is refused by the policy's WITH CHECK.
    let write = sqlx::query(
        "INSERT INTO employees (tenant_id, id, legal_entity_id, given_name, family_name, work_email,
           country_of_employment, hire_date, status, locale, time_zone)
         VALUES ($1::uuid, gen_random_uuid(), gen_random_uuid(), 'X', 'Y', 'x@y.z', 'DE', '2024-01-01', 'active', 'de', 'Europe/Berlin')",
    )
    .bind(&b.id)
    .execute(&mut *tx)
    .await;
    let err = write.expect_err("RLS must refuse");
    assert!(err.to_string().contains("row-level security"), "{err}");
    tx.rollback().await?;

    // The one-round-trip read function scopes only its own statement.
    let b_id: String =
        sqlx::query_scalar("SELECT id::text FROM employees WHERE tenant_id = $1::uuid LIMIT 1")
            .bind(&b.id)
            .fetch_one(&mut admin)
            .await?;
    let via_a: i64 = sqlx::query_scalar("SELECT count(*) FROM employee_by_id($1::uuid, $2::uuid)")
        .bind(&a.id)
        .bind(&b_id)
        .fetch_one(&mut app)
        .await?;
    assert_eq!(
        via_a, 0,
        "A's tenant cannot fetch B's row through the function"
    );
    let via_b: i64 = sqlx::query_scalar("SELECT count(*) FROM employee_by_id($1::uuid, $2::uuid)")
        .bind(&b.id)
        .bind(&b_id)
        .fetch_one(&mut app)
        .await?;
    assert_eq!(via_b, 1);
    let leaked: i64 = sqlx::query_scalar("SELECT count(*) FROM employees")
        .fetch_one(&mut app)
        .await?;
    assert_eq!(
        leaked, 0,
        "the tenant setting does not outlive the function's statement"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_are_scoped_and_revocation_is_immediate() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let a = stack.tenant("scopes").await?;
    let de = a.legal_entity("A GmbH", "DE", "eu-central").await?;
    let emp = a.employee(&de, "Anna", "Alpha").await?;
    let id = emp["id"].as_str().expect("id");

    let (status, key) = a
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "reporting", "scopes": ["employees:read"]})),
        )
        .await?;
    assert_eq!(status, 201, "{key}");
    let reader = a.with_token(key["token"].as_str().expect("token"));

    let (status, body) = reader
        .call(Method::GET, &format!("/v1/employees/{id}"), None)
        .await?;
    assert_eq!(status, 200);
    assert!(
        body.get("national_id").is_none(),
        "no sensitive scope, no national id: {body}"
    );
    let (status, body) = reader
        .call(
            Method::POST,
            "/v1/legal-entities",
            Some(json!({"name": "X", "country": "DE", "region": "eu-central"})),
        )
        .await?;
    assert_eq!(
        (status, body["type"].as_str()),
        (403, Some("urn:cadre:problem:forbidden"))
    );
    let (status, _) = reader
        .call(Method::DELETE, &format!("/v1/employees/{id}"), None)
        .await?;
    assert_eq!(status, 403);

    // A key grants only scopes it holds: an admin key without employees:sensitive cannot
    // mint a key with it (it would read national ids it cannot read itself).
    let (status, admin) = a
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "hr admin", "scopes": ["tenant:admin", "employees:read"]})),
        )
        .await?;
    assert_eq!(status, 201, "{admin}");
    let admin = a.with_token(admin["token"].as_str().expect("token"));
    let (status, body) = admin
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "escalate", "scopes": ["employees:read", "employees:sensitive"]})),
        )
        .await?;
    assert_eq!(
        (status, body["type"].as_str()),
        (403, Some("urn:cadre:problem:forbidden")),
        "{body}"
    );
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("employees:sensitive")),
        "{body}"
    );
    let (status, body) = admin
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "reader", "scopes": ["employees:read"]})),
        )
        .await?;
    assert_eq!(status, 201, "a key grants what it holds: {body}");
    let (status, body) = a
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "writer", "scopes": ["employees:read", "employees:write"]})),
        )
        .await?;
    assert_eq!(status, 201, "{body}");

    // Without employees:sensitive a key neither reads national ids nor writes them.
    let writer = a.with_token(body["token"].as_str().expect("token"));
    let (status, body) = writer
        .call(
            Method::POST,
            "/v1/employees",
            Some(
                json!({ "legal_entity_id": de, "given_name": "Nat", "family_name": "Id",
                         "work_email": "nat.id@example.com", "hire_date": "2025-01-06",
                         "national_id": "12345678901" }),
            ),
        )
        .await?;
    assert_eq!(
        (status, body["type"].as_str()),
        (403, Some("urn:cadre:problem:forbidden")),
        "{body}"
    );
    let res = writer
        .request(Method::PATCH, &format!("/v1/employees/{id}"))
        .header("if-match", "\"1\"")
        .json(&json!({ "national_id": "12345678901" }))
        .send()
        .await?;
    assert_eq!(res.status(), 403);

    let key_id = key["key"]["id"].as_str().expect("key id");
    let (status, _) = a
        .call(Method::DELETE, &format!("/v1/api-keys/{key_id}"), None)
        .await?;
    assert_eq!(status, 204);
    let (status, body) = reader
        .call(Method::GET, &format!("/v1/employees/{id}"), None)
        .await?;
    assert_eq!(
        (status, body["type"].as_str()),
        (401, Some("urn:cadre:problem:unauthenticated"))
    );

    let res = stack.http.get(stack.url("/v1/employees")).send().await?;
    assert_eq!(res.status(), 401);
    let res = stack
        .http
        .get(stack.url("/v1/employees"))
        .bearer_auth("cadre_garbage")
        .send()
        .await?;
    assert_eq!(res.status(), 401);
    let res = stack
        .http
        .post(stack.url("/v1/tenants"))
        .bearer_auth(&a.token)
        .json(&json!({}))
        .send()
        .await?;
    assert_eq!(res.status(), 403, "tenant admins cannot create tenants");
    Ok(())
}

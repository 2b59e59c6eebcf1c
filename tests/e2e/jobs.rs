//! Durable jobs end to end: a job survives a killed runner and its effect happens once;
//! jobs claimed ahead by a busy runner go back to the queue; retries back off; progress and cancellation through the API; scheduled jobs wait; jobs
//! are the tenant's alone.

use std::time::Duration;

use cadre_ids::EmployeeId;
use cadre_jobs::{
    Handler, HandlerFuture, JobContext, JobError, JobState, NewJob, Registry, RunnerSettings,
};
use cadre_testkit::queue::{DIRECTORY_ENV, fast_runner, start_queue_at};
use cadre_testkit::{TestStack, wait_until};
use reqwest::Method;
use serde_json::json;
use sqlx::{ConnectOptions, Connection, PgConnection};
use uuid::Uuid;

/// Hires an employee: the database effect that must happen once. With `stall_first`, the
/// first attempt writes the row and then stalls with its transaction open, so that a test
/// can kill its runner mid-job.
struct Hire;

impl Handler for Hire {
    fn run<'a>(&'a self, ctx: &'a JobContext, tx: &'a mut PgConnection) -> HandlerFuture<'a> {
        Box::pin(async move {
            let p = ctx.payload();
            let entity: Uuid = serde_json::from_value(p["legal_entity_id"].clone())
                .map_err(|e| JobError::Fail(e.to_string()))?;
            let id = EmployeeId::new(ctx.shard.id);
            sqlx::query(
                "INSERT INTO employees (tenant_id, id, legal_entity_id, given_name, family_name,
                   work_email, country_of_employment, hire_date, status, locale, time_zone)
                 VALUES ($1, $2, $3, 'Once', 'Only', $4, 'DE', '2026-01-05', 'active', 'de', 'Europe/Berlin')",
            )
            .bind(ctx.tenant().0)
            .bind(id)
            .bind(entity)
            .bind(p["email"].as_str().unwrap_or_default())
            .execute(&mut *tx)
            .await?;
            if p["stall_first"].as_bool() == Some(true) && ctx.attempt() == 1 {
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
            Ok(Some(json!({ "employee_id": id })))
        })
    }
}

/// Fails its first `fail` attempts with a transient error.
struct Flaky;

impl Handler for Flaky {
    fn run<'a>(&'a self, ctx: &'a JobContext, _: &'a mut PgConnection) -> HandlerFuture<'a> {
        Box::pin(async move {
            let fail = ctx.payload()["fail"].as_i64().unwrap_or(0);
            if i64::from(ctx.attempt()) <= fail {
                return Err(JobError::Retry(format!("attempt {} failed", ctx.attempt())));
            }
            Ok(None)
        })
    }
}

/// Works through `total` items slowly, reporting progress, until done or cancelled.
struct Slow;

impl Handler for Slow {
    fn run<'a>(&'a self, ctx: &'a JobContext, _: &'a mut PgConnection) -> HandlerFuture<'a> {
        Box::pin(async move {
            let total = ctx.payload()["total"].as_i64().unwrap_or(10);
            for done in 1..=total {
                tokio::time::sleep(Duration::from_millis(200)).await;
                ctx.progress(done, Some(total)).await?;
            }
            Ok(Some(json!({ "items": total })))
        })
    }
}

fn registry() -> Registry {
    Registry::default()
        .register("e2e.hire", Hire)
        .register("e2e.flaky", Flaky)
        .register("e2e.slow", Slow)
}

/// The runner that `a_killed_runner_s_job_is_finished_once_by_another` starts in a child
/// process and kills; does nothing when run on its own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a child process of a_killed_runner_s_job_is_finished_once_by_another"]
async fn runner_process() -> anyhow::Result<()> {
    let Ok(address) = std::env::var(DIRECTORY_ENV) else {
        return Ok(());
    };
    let _runner = start_queue_at(&address, registry(), fast_runner("doomed")).await?;
    loop {
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
}

async fn employees_with_email(stack: &TestStack, tenant: Uuid, email: &str) -> anyhow::Result<i64> {
    let mut conn = stack.shard_in("eu-central")?.connect_app().await?;
    let mut tx = conn.begin().await?;
    sqlx::query("SELECT set_config('cadre.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await?;
    let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM employees WHERE work_email = $1")
        .bind(email)
        .fetch_one(&mut *tx)
        .await?;
    Ok(n)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_runner_s_job_is_finished_once_by_another() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("kill").await?;
    let tenant: Uuid = t.id.parse()?;
    let le = t.legal_entity("K GmbH", "DE", "eu-central").await?;
    let shard = stack.shard_in("eu-central")?;
    let payload =
        json!({ "legal_entity_id": le, "email": "once@example.com", "stall_first": true });
    let id = stack
        .enqueue(shard, tenant, NewJob::new("e2e.hire", payload))
        .await?;

    let mut child = std::process::Command::new(std::env::current_exe()?)
        .args([
            "jobs::runner_process",
            "--exact",
            "--include-ignored",
            "--nocapture",
        ])
        .env(DIRECTORY_ENV, stack.directory_address())
        .stdout(std::process::Stdio::null())
        .spawn()?;
    wait_until("the child runner claims the job", || async {
        let job = stack.job(shard, tenant, id).await?;
        Ok(job.state == JobState::Running && job.attempts == 1)
    })
    .await?;
    // Mid-job: the handler wrote its row and stalls with the transaction open.
    tokio::time::sleep(Duration::from_millis(300)).await;
    child.kill()?; // SIGKILL
    child.wait()?;
    assert_eq!(
        employees_with_email(&stack, tenant, "once@example.com").await?,
        0
    );

    let _survivor = stack
        .start_queue(registry(), fast_runner("survivor"))
        .await?;
    wait_until("another runner finishes the job", || async {
        Ok(stack.job(shard, tenant, id).await?.state == JobState::Succeeded)
    })
    .await?;
    let job = stack.job(shard, tenant, id).await?;
    assert_eq!(job.attempts, 2, "claimed again after the lease ran out");
    assert_eq!(
        employees_with_email(&stack, tenant, "once@example.com").await?,
        1
    );

    let (status, body) = t.call(Method::GET, &format!("/v1/jobs/{id}"), None).await?;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["state"], "succeeded");
    assert_eq!(body["attempts"], 2);
    assert!(body["result"]["employee_id"].is_string(), "{body}");
    assert!(
        body.get("payload").is_none(),
        "payloads stay inside: {body}"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transient_failures_retry_with_backoff_until_attempts_run_out() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("retry").await?;
    let tenant: Uuid = t.id.parse()?;
    t.legal_entity("R GmbH", "DE", "eu-central").await?;
    let shard = stack.shard_in("eu-central")?;
    let recovers = stack
        .enqueue(
            shard,
            tenant,
            NewJob::new("e2e.flaky", json!({ "fail": 2 })),
        )
        .await?;
    let gives_up = stack
        .enqueue(
            shard,
            tenant,
            NewJob {
                max_attempts: 2,
                ..NewJob::new("e2e.flaky", json!({ "fail": 5 }))
            },
        )
        .await?;
    let _runner = stack
        .start_queue(registry(), fast_runner("retrier"))
        .await?;
    wait_until("both jobs finish", || async {
        Ok(stack
            .job(shard, tenant, recovers)
            .await?
            .state
            .is_finished()
            && stack
                .job(shard, tenant, gives_up)
                .await?
                .state
                .is_finished())
    })
    .await?;
    let job = stack.job(shard, tenant, recovers).await?;
    assert_eq!(job.state, JobState::Succeeded);
    assert_eq!(job.attempts, 3);
    assert_eq!(job.last_error.as_deref(), Some("attempt 2 failed"));
    // The second retry waited at least twice the first delay (0.2 s, then 0.4 s, ±20 %).
    let took = job.finished_at.expect("finished") - job.created_at;
    assert!(took >= chrono::TimeDelta::milliseconds(480), "{took}");
    let job = stack.job(shard, tenant, gives_up).await?;
    assert_eq!(job.state, JobState::Failed);
    assert_eq!(job.attempts, 2);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_claimed_ahead_by_a_busy_runner_goes_to_an_idle_one() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("ahead").await?;
    let tenant: Uuid = t.id.parse()?;
    t.legal_entity("A GmbH", "DE", "eu-central").await?;
    let shard = stack.shard_in("eu-central")?;
    // Two jobs of about 3 s each. The busy runner runs one at a time and claims one ahead:
    // it holds the second without starting it, and puts it back after a third of its lease.
    let mut jobs = vec![];
    for _ in 0..2 {
        let job = NewJob::new("e2e.slow", json!({ "total": 15 }));
        jobs.push(stack.enqueue(shard, tenant, job).await?);
    }
    let busy = RunnerSettings {
        concurrency: 1,
        prefetch: 1,
        ..fast_runner("busy")
    };
    let _busy = stack.start_queue(registry(), busy).await?;
    let both = || async {
        let (a, b) = (
            stack.job(shard, tenant, jobs[0]).await?,
            stack.job(shard, tenant, jobs[1]).await?,
        );
        anyhow::Ok([(a.progress_done, a.state), (b.progress_done, b.state)])
    };
    wait_until("the busy runner holds both jobs", || async {
        Ok(both().await?.iter().all(|j| j.1 == JobState::Running))
    })
    .await?;

    // An idle runner takes the one put back: both run at once, which the busy runner
    // alone cannot do, and the put-back did not count as an attempt.
    let idle = RunnerSettings {
        concurrency: 1,
        prefetch: 0,
        ..fast_runner("idle")
    };
    let _idle = stack.start_queue(registry(), idle).await?;
    wait_until("both jobs make progress at once", || async {
        Ok(both()
            .await?
            .iter()
            .all(|j| j.0 >= 1 && j.1 == JobState::Running))
    })
    .await?;
    wait_until("both jobs finish", || async {
        Ok(both().await?.iter().all(|j| j.1.is_finished()))
    })
    .await?;
    for id in jobs {
        let job = stack.job(shard, tenant, id).await?;
        assert_eq!(job.state, JobState::Succeeded);
        assert_eq!(job.attempts, 1, "{job:?}");
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_shows_and_cancellation_stops_queued_and_running_jobs() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("cancel").await?;
    let tenant: Uuid = t.id.parse()?;
    t.legal_entity("C GmbH", "DE", "eu-central").await?;
    let shard = stack.shard_in("eu-central")?;
    let later = chrono::Utc::now() + chrono::TimeDelta::hours(1);
    let scheduled = stack
        .enqueue(
            shard,
            tenant,
            NewJob {
                run_at: Some(later),
                ..NewJob::new("e2e.slow", json!({ "total": 3 }))
            },
        )
        .await?;
    let running = stack
        .enqueue(
            shard,
            tenant,
            NewJob::new("e2e.slow", json!({ "total": 100 })),
        )
        .await?;
    let _runner = stack
        .start_queue(registry(), fast_runner("canceller"))
        .await?;

    wait_until("the running job reports progress", || async {
        let (_, body) = t
            .call(Method::GET, &format!("/v1/jobs/{running}"), None)
            .await?;
        Ok(body["progress_done"].as_i64().unwrap_or(0) >= 2)
    })
    .await?;
    let (status, body) = t
        .call(Method::GET, &format!("/v1/jobs/{running}"), None)
        .await?;
    assert_eq!(status, 200);
    assert_eq!(body["state"], "running");
    assert_eq!(body["progress_total"], 100);
    assert!(
        body["fraction_done"]
            .as_f64()
            .is_some_and(|f| f > 0.0 && f < 1.0),
        "{body}"
    );

    // A scheduled job waits for its instant; cancelling it while queued ends it at once.
    assert_eq!(
        stack.job(shard, tenant, scheduled).await?.state,
        JobState::Queued
    );
    let (status, body) = t
        .call(Method::POST, &format!("/v1/jobs/{scheduled}/cancel"), None)
        .await?;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["state"], "cancelled");
    let (status, body) = t
        .call(Method::POST, &format!("/v1/jobs/{scheduled}/cancel"), None)
        .await?;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["type"], "urn:cadre:problem:conflict");

    // A running job is asked to stop; its handler sees it at the next progress report.
    let (status, body) = t
        .call(Method::POST, &format!("/v1/jobs/{running}/cancel"), None)
        .await?;
    assert_eq!(status, 202, "{body}");
    assert_eq!(body["cancel_requested"], true);
    wait_until("the running job stops", || async {
        Ok(stack.job(shard, tenant, running).await?.state == JobState::Cancelled)
    })
    .await?;
    let job = stack.job(shard, tenant, running).await?;
    assert!(job.progress_done < 100);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_are_the_tenant_s_alone_and_need_their_scopes() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let a = stack.tenant("jobs-a").await?;
    let b = stack.tenant("jobs-b").await?;
    a.legal_entity("A GmbH", "DE", "eu-central").await?;
    let shard = stack.shard_in("eu-central")?;
    let id = stack
        .enqueue(shard, a.id.parse()?, NewJob::new("e2e.flaky", json!({})))
        .await?;
    let (status, _) = a.call(Method::GET, &format!("/v1/jobs/{id}"), None).await?;
    assert_eq!(status, 200);
    for (method, path) in [
        (Method::GET, format!("/v1/jobs/{id}")),
        (Method::POST, format!("/v1/jobs/{id}/cancel")),
    ] {
        let (status, body) = b.call(method, &path, None).await?;
        assert_eq!(status, 404, "{path}: {body}");
    }
    assert_eq!(
        stack.job(shard, a.id.parse()?, id).await?.state,
        JobState::Queued
    );
    let (status, _) = a.call(Method::GET, "/v1/jobs/not-a-job", None).await?;
    assert_eq!(status, 404);

    let (status, key) = a
        .call(
            Method::POST,
            "/v1/api-keys",
            Some(json!({"name": "hr", "scopes": ["employees:read"]})),
        )
        .await?;
    assert_eq!(status, 201, "{key}");
    let reader = a.with_token(key["token"].as_str().unwrap_or_default());
    let (status, _) = reader
        .call(Method::GET, &format!("/v1/jobs/{id}"), None)
        .await?;
    assert_eq!(status, 403);
    let (status, _) = reader
        .call(Method::POST, &format!("/v1/jobs/{id}/cancel"), None)
        .await?;
    assert_eq!(status, 403);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finished_jobs_past_retention_are_purged_and_others_kept() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let t = stack.tenant("purge").await?;
    let tenant: Uuid = t.id.parse()?;
    t.legal_entity("P GmbH", "DE", "eu-central").await?;
    let shard = stack.shard_in("eu-central")?;
    let old = stack
        .enqueue(shard, tenant, NewJob::new("e2e.flaky", json!({})))
        .await?;
    let recent = stack
        .enqueue(shard, tenant, NewJob::new("e2e.flaky", json!({})))
        .await?;
    let queued_long_ago = stack
        .enqueue(shard, tenant, NewJob::new("e2e.none", json!({})))
        .await?;
    let mut admin = shard.connect_admin().await?;
    for (id, age) in [(old, "40 days"), (recent, "1 day")] {
        sqlx::query(
            "UPDATE jobs SET state = 'succeeded', finished_at = now() - $2::interval WHERE id = $1",
        )
        .bind(id)
        .bind(age)
        .execute(&mut admin)
        .await?;
    }
    sqlx::query("UPDATE jobs SET created_at = now() - interval '90 days' WHERE id = $1")
        .bind(queued_long_ago)
        .execute(&mut admin)
        .await?;
    let _runner = stack.start_queue(registry(), fast_runner("purger")).await?;
    wait_until("the old job is purged", || async {
        Ok(stack.job(shard, tenant, old).await.is_err())
    })
    .await?;
    assert_eq!(
        stack.job(shard, tenant, recent).await?.state,
        JobState::Succeeded
    );
    assert_eq!(
        stack.job(shard, tenant, queued_long_ago).await?.state,
        JobState::Queued
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn job_rows_are_guarded_and_only_runners_claim_across_tenants() -> anyhow::Result<()> {
    let stack = TestStack::start().await?;
    let a = stack.tenant("rls-jobs-a").await?;
    let b = stack.tenant("rls-jobs-b").await?;
    a.legal_entity("A GmbH", "DE", "eu-central").await?;
    b.legal_entity("B GmbH", "DE", "eu-central").await?;
    let shard = stack.shard_in("eu-central")?;
    stack
        .enqueue(
            shard,
            a.id.parse()?,
            NewJob::new("e2e.none", json!({"who": "a"})),
        )
        .await?;
    stack
        .enqueue(
            shard,
            b.id.parse()?,
            NewJob::new("e2e.none", json!({"who": "b"})),
        )
        .await?;

    let mut app = shard.connect_app().await?;
    let unscoped: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs")
        .fetch_one(&mut app)
        .await?;
    assert_eq!(
        unscoped, 0,
        "without a tenant setting the app role sees no job"
    );
    let mut tx = app.begin().await?;
    sqlx::query("SELECT set_config('cadre.tenant_id', $1, true)")
        .bind(&a.id)
        .execute(&mut *tx)
        .await?;
    let seen: Vec<String> = sqlx::query_scalar("SELECT payload->>'who' FROM jobs")
        .fetch_all(&mut *tx)
        .await?;
    assert_eq!(seen, vec!["a".to_owned()]);
    tx.rollback().await?;
    // The gateway's role cannot claim (that would read every tenant's payloads) ...
    let claim =
        "SELECT count(*) FROM cadre_claim_jobs('x', 10, interval '1 minute', ARRAY['e2e.none'])";
    let refused = sqlx::query_scalar::<_, i64>(claim)
        .fetch_one(&mut app)
        .await;
    let err = refused.expect_err("cadre_app may not claim");
    assert!(err.to_string().contains("permission denied"), "{err}");
    // ... the runners' role can, across tenants, and still sees no rows directly.
    let mut runner = sqlx::postgres::PgConnectOptions::new()
        .host("127.0.0.1")
        .port(shard.port())
        .username(cadre_jobs::RUNNER_ROLE)
        .database(shard.db())
        .connect()
        .await?;
    let direct: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs")
        .fetch_one(&mut runner)
        .await?;
    assert_eq!(direct, 0);
    let claimed: i64 = sqlx::query_scalar(claim).fetch_one(&mut runner).await?;
    assert_eq!(claimed, 2);
    Ok(())
}

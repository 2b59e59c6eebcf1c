//! The jobs runner's loop: hold the leader lock, probe every shard copy, fail over within the
//! zone, fence former primaries, keep incidents' timelines, and record health minutes.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use cadre_directory::{Directory, HealthMinute, IncidentKind, Severity, ShardRecord, Stage};
use cadre_topology::ShardId;
use chrono::{DateTime, DurationRound, Utc};
use sqlx::PgConnection;
use tokio::sync::watch;

use crate::actions;
use crate::probe::{ProbeResult, Prober};
use cadre_reports::{Quarter, ReportStore, Subject, generate};

/// Detection and timing settings of the jobs runner.
#[derive(Debug, Clone)]
pub struct JobsSettings {
    /// Time between probe rounds.
    pub probe_interval: Duration,
    /// A probe without an answer within this time has failed.
    pub probe_timeout: Duration,
    /// Consecutive failed probes of a primary before it is declared down.
    pub failure_threshold: u32,
    /// Database role for probes and promotions (`pg_monitor` and `pg_promote` rights).
    pub user: String,
    /// How often probe aggregates are written to the directory.
    pub health_flush: Duration,
    /// Whether this runner promotes standbys. `false` where a PostgreSQL operator (e.g.
    /// CloudNativePG on Kubernetes) fails over by itself behind a stable endpoint: the runner
    /// then only probes, records incidents and reports, and never promotes a second copy.
    pub promote: bool,
    /// Where health reports go; without it the runner makes none.
    pub reports: Option<ReportStore>,
    /// How often the runner checks that last quarter's scheduled reports exist.
    pub report_check: Duration,
}

impl Default for JobsSettings {
    fn default() -> Self {
        Self {
            probe_interval: Duration::from_millis(500),
            probe_timeout: Duration::from_millis(1000),
            failure_threshold: 3,
            user: "cadre_ops".into(),
            health_flush: Duration::from_secs(10),
            promote: true,
            reports: None,
            report_check: Duration::from_secs(300),
        }
    }
}

/// The advisory lock key that elects one runner ("cadre-jobs" in ASCII, truncated).
pub const LEADER_LOCK: i64 = 0x6361_6472_652d_6a6f;

/// First key of the two-key advisory locks (`MAINTENANCE_LOCK`, shard) that a planned
/// switchover holds in the directory while it works on a shard: the runner does not count
/// that shard's fenced primary as a failure meanwhile.
pub const MAINTENANCE_LOCK: i32 = 0x6364_6d74;

/// Takes the shard's maintenance lock for the session of `conn`, if it is free.
pub(crate) async fn try_maintenance_lock(
    conn: &mut PgConnection,
    shard: cadre_topology::ShardId,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT pg_try_advisory_lock($1, $2)")
        .bind(MAINTENANCE_LOCK)
        .bind(i32::from(shard.get()))
        .fetch_one(conn)
        .await
}

/// Whether a switchover holds the shard's maintenance lock (taking and at once releasing
/// the lock on one connection, if it is free).
async fn in_maintenance(directory: &Directory, shard: cadre_topology::ShardId) -> bool {
    let Ok(mut conn) = directory.pool().acquire().await else {
        return false;
    };
    let free = try_maintenance_lock(&mut conn, shard).await.unwrap_or(true);
    if free {
        let _ = sqlx::query("SELECT pg_advisory_unlock($1, $2)")
            .bind(MAINTENANCE_LOCK)
            .bind(i32::from(shard.get()))
            .execute(&mut *conn)
            .await;
    }
    !free
}

/// Runs until `shutdown` resolves: waits for the leader lock, then acts while it holds it.
/// `leader` reports whether this runner currently leads.
pub async fn run(
    directory: Directory,
    settings: JobsSettings,
    leader: watch::Sender<bool>,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => return,
            () = lead_while_locked(&directory, &settings, &leader) => {}
        }
        leader.send_replace(false);
        metrics::gauge!("cadre_jobs_leader").set(0.0);
        tokio::select! {
            () = &mut shutdown => return,
            () = tokio::time::sleep(settings.probe_interval) => {}
        }
    }
}

/// Takes the lock if free and acts until the lock's connection fails. Returns when not (or
/// no longer) the leader.
async fn lead_while_locked(
    directory: &Directory,
    settings: &JobsSettings,
    leader: &watch::Sender<bool>,
) {
    let Some(mut lock) = try_lock(directory).await else {
        return;
    };
    tracing::info!("jobs runner is the leader");
    leader.send_replace(true);
    metrics::gauge!("cadre_jobs_leader").set(1.0);
    let mut state = Runner::new(directory.clone(), settings.clone());
    let mut last_reports: Option<Instant> = None;
    // Ends with this function, that is with leadership.
    let mut reports: Option<AbortOnDrop> = None;
    let mut ticks = tokio::time::interval(settings.probe_interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        // The lock lives as long as this session: if the session is gone, so is leadership,
        // and another runner may already act. Check before every round.
        let alive = tokio::time::timeout(
            settings.probe_timeout,
            sqlx::query("SELECT 1").execute(&mut lock),
        )
        .await;
        if !matches!(alive, Ok(Ok(_))) {
            tracing::warn!("lost the leader lock's connection; standing down");
            return;
        }
        let started = Instant::now();
        if let Err(e) = state.round().await {
            tracing::warn!(error = %e, "probe round failed");
        }
        metrics::histogram!("cadre_job_duration_seconds", "job" => "probe_round")
            .record(started.elapsed().as_secs_f64());
        // In a task of its own: a quarter's reports take a while, and probes must go on.
        if let Some(store) = &settings.reports
            && reports.as_ref().is_none_or(|r| r.0.is_finished())
            && last_reports.is_none_or(|t| t.elapsed() >= settings.report_check)
        {
            last_reports = Some(Instant::now());
            let (directory, store) = (directory.clone(), store.clone());
            reports = Some(AbortOnDrop(tokio::spawn(async move {
                let started = Instant::now();
                scheduled_reports(&directory, &store).await;
                metrics::histogram!("cadre_job_duration_seconds", "job" => "scheduled_reports")
                    .record(started.elapsed().as_secs_f64());
            })));
        }
    }
}

/// A task that is aborted when its handle is dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Makes last quarter's report for every tenant that existed then, and for every region,
/// unless already made (by this or another runner: the index refuses a second one).
async fn scheduled_reports(directory: &Directory, store: &ReportStore) {
    let now = Utc::now();
    let quarter = Quarter::containing(now).previous();
    let mut subjects = Vec::new();
    match directory.tenants().await {
        Ok(tenants) => subjects.extend(
            tenants
                .into_iter()
                .filter(|t| t.created_at < quarter.end())
                .map(Subject::Tenant),
        ),
        Err(e) => tracing::warn!(error = %e, "cannot list tenants for reports"),
    }
    subjects.extend(
        store
            .regions()
            .regions
            .iter()
            .map(|r| Subject::Region(r.id.clone())),
    );
    for subject in subjects {
        let tenant = match &subject {
            Subject::Tenant(t) => Some(t.id),
            Subject::Region(_) => None,
        };
        match directory
            .scheduled_report_exists(tenant, subject.home(), quarter.start())
            .await
        {
            Ok(false) => {}
            Ok(true) => continue,
            Err(e) => {
                tracing::warn!(error = %e, "cannot check for scheduled reports");
                return;
            }
        }
        match generate(directory, store, &subject, quarter, "schedule", now).await {
            Ok(Some(r)) => {
                tracing::info!(report = %r.id, key = %r.html_key, "scheduled health report stored")
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "scheduled health report failed"),
        }
    }
}

async fn try_lock(directory: &Directory) -> Option<PgConnection> {
    let conn = directory.pool().acquire().await.ok()?;
    // Out of the pool: the lock must die with this connection, never return to the pool.
    let mut conn = conn.detach();
    // If this runner is cut off, the server notices within about 10 s and releases the lock,
    // so another runner can lead (the default keepalive would take two hours).
    sqlx::raw_sql(
        "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; \
         SET tcp_keepalives_count = 3; SET tcp_user_timeout = 10000",
    )
    .execute(&mut conn)
    .await
    .ok()?;
    let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
        .bind(LEADER_LOCK)
        .fetch_one(&mut conn)
        .await
        .ok()?;
    got.then_some(conn)
}

#[derive(Debug, Default)]
struct Watch {
    failures: u32,
    first_failure: Option<DateTime<Utc>>,
    last_error: String,
    acted: bool,
    standby_ok: bool,
    /// Gave up because the in-zone standby did not answer as one: promote once it does.
    awaiting_standby: bool,
}

/// The leader's state between rounds.
#[derive(Debug)]
pub(crate) struct Runner {
    directory: Directory,
    settings: JobsSettings,
    probers: HashMap<String, Prober>,
    watches: HashMap<ShardId, Watch>,
    minute: Option<DateTime<Utc>>,
    health: HashMap<(ShardId, &'static str), HealthMinute>,
    last_flush: Instant,
}

impl Runner {
    fn new(directory: Directory, settings: JobsSettings) -> Self {
        Self {
            directory,
            settings,
            probers: HashMap::new(),
            watches: HashMap::new(),
            minute: None,
            health: HashMap::new(),
            last_flush: Instant::now(),
        }
    }

    /// One round: probe every copy, then decide per shard.
    async fn round(&mut self) -> Result<(), cadre_directory::DirectoryError> {
        let shards = self.directory.shards().await?;
        let mut endpoints: Vec<String> = Vec::new();
        for s in &shards {
            endpoints.push(s.primary_endpoint.clone());
            endpoints.extend(s.standby_endpoint.clone());
            endpoints.extend(s.fenced_endpoints.iter().cloned());
        }
        self.probers.retain(|e, _| endpoints.contains(e));
        for e in &endpoints {
            if !self.probers.contains_key(e) {
                self.probers
                    .insert(e.clone(), Prober::new(e, &self.settings.user));
            }
        }
        let timeout = self.settings.probe_timeout;
        let results: HashMap<String, Result<ProbeResult, String>> = futures_util::future::join_all(
            self.probers
                .iter_mut()
                .map(|(e, p)| async move { (e.clone(), p.probe(timeout).await) }),
        )
        .await
        .into_iter()
        .collect();
        let now = Utc::now();
        self.roll_minute(now).await;
        for shard in &shards {
            self.observe(shard, &results, now).await;
        }
        if self.last_flush.elapsed() >= self.settings.health_flush {
            self.flush_health().await;
        }
        Ok(())
    }

    async fn observe(
        &mut self,
        shard: &ShardRecord,
        results: &HashMap<String, Result<ProbeResult, String>>,
        now: DateTime<Utc>,
    ) {
        let labels = [
            ("shard", shard.id.to_string()),
            ("region", shard.region.to_string()),
        ];
        metrics::gauge!("cadre_shard_epoch", &labels).set(shard.epoch.0 as f64);
        metrics::gauge!("cadre_shard_available", &labels).set(f64::from(u8::from(shard.available)));
        let primary = results.get(&shard.primary_endpoint);
        let standby = shard.standby_endpoint.as_ref().and_then(|e| results.get(e));
        self.record(shard, "primary", primary);
        if let Some(r) = standby {
            self.record(shard, "standby", Some(r));
        }
        let serving = matches!(primary, Some(Ok(r)) if !r.in_recovery && !r.fenced && r.epoch == shard.epoch.0);
        let maintenance = !serving && in_maintenance(&self.directory, shard.id).await;
        let watch = self.watches.entry(shard.id).or_default();
        // A standby, or one that an interrupted failover already promoted but whose shard
        // map never moved (still this epoch, or the next one written before the move).
        watch.standby_ok = matches!(standby, Some(Ok(r)) if r.in_recovery
            || (!r.fenced && (r.epoch == shard.epoch.0 || r.epoch == shard.epoch.0 + 1)));
        match primary {
            Some(Ok(r)) if serving => {
                *watch = Watch {
                    standby_ok: watch.standby_ok,
                    ..Watch::default()
                };
                if let Some(lag) = r.lag_bytes {
                    metrics::gauge!("cadre_replication_lag_bytes", &labels).set(lag as f64);
                }
                metrics::gauge!("cadre_replication_lag_seconds", &labels)
                    .set(r.lag_seconds.unwrap_or(0.0));
                metrics::gauge!("cadre_shard_streaming_standbys", &labels)
                    .set(r.streaming_standbys as f64);
                self.recovered(shard, r, now).await;
            }
            _ if maintenance => {
                // A planned switchover fenced it on purpose and moves the shard itself.
                *watch = Watch::default();
            }
            other => {
                let error = match other {
                    Some(Ok(r)) => format!(
                        "answers but is not this epoch's writable primary (in recovery {}, epoch {}, fenced {})",
                        r.in_recovery, r.epoch, r.fenced
                    ),
                    Some(Err(e)) => e.clone(),
                    None => "not probed".into(),
                };
                watch.failures += 1;
                watch.first_failure.get_or_insert(now);
                watch.last_error = error;
                let standby_back = watch.awaiting_standby && watch.standby_ok;
                if watch.failures >= self.settings.failure_threshold
                    && (!watch.acted || standby_back)
                {
                    watch.acted = true;
                    watch.awaiting_standby = false;
                    self.primary_down(shard).await;
                }
            }
        }
        for fenced in &shard.fenced_endpoints {
            if let Some(Ok(r)) = results.get(fenced)
                && !r.in_recovery
                && !r.fenced
            {
                self.fence_returning(shard, fenced).await;
            }
        }
    }

    fn record(
        &mut self,
        shard: &ShardRecord,
        role: &'static str,
        result: Option<&Result<ProbeResult, String>>,
    ) {
        let ok = matches!(result, Some(Ok(_)));
        metrics::counter!("cadre_probes_total", "shard" => shard.id.to_string(), "region" => shard.region.to_string(), "role" => role, "result" => if ok { "ok" } else { "failed" }).increment(1);
        metrics::gauge!("cadre_shard_up", "shard" => shard.id.to_string(), "region" => shard.region.to_string(), "role" => role).set(f64::from(u8::from(ok)));
        let h = self.health.entry((shard.id, role)).or_default();
        h.probes += 1;
        match result {
            Some(Ok(r)) => {
                let ms = r.latency.as_secs_f64() * 1000.0;
                metrics::histogram!("cadre_probe_duration_seconds", "role" => role)
                    .record(r.latency.as_secs_f64());
                h.latency_ms_sum += ms;
                if let Some(lag) = r.lag_bytes {
                    h.lag_bytes_max = Some(h.lag_bytes_max.map_or(lag, |m| m.max(lag)));
                }
                if let Some(lag) = r.lag_seconds {
                    h.lag_seconds_max = Some(h.lag_seconds_max.map_or(lag, |m| m.max(lag)));
                }
            }
            _ => h.failures += 1,
        }
    }

    /// The primary failed `failure_threshold` probes in a row.
    async fn primary_down(&mut self, shard: &ShardRecord) {
        let Some(watch) = self.watches.get(&shard.id) else {
            return;
        };
        let detected = watch.first_failure.unwrap_or_else(Utc::now);
        let error = watch.last_error.clone();
        let standby_ok = watch.standby_ok;
        let note = format!(
            "primary {} failed {} probes in a row: {error}",
            shard.primary_endpoint, self.settings.failure_threshold
        );
        tracing::error!(shard = %shard.id, "{note}");
        let incident = match self
            .directory
            .open_incident(
                shard,
                IncidentKind::Outage,
                Severity::Critical,
                detected,
                &note,
            )
            .await
        {
            Ok((id, _)) => Some(id),
            Err(e) => {
                tracing::error!(error = %e, "cannot record the incident");
                None
            }
        };
        if !self.settings.promote {
            if let Some(id) = incident {
                let note =
                    "failover is left to the PostgreSQL operator behind the shard's endpoint";
                let _ = self
                    .directory
                    .incident_stage(id, Stage::Diagnosed, Utc::now(), note)
                    .await;
            }
            return;
        }
        let in_zone = shard.standby_zone.as_ref() == Some(&shard.zone);
        let standby = shard
            .standby_endpoint
            .clone()
            .filter(|_| in_zone && standby_ok);
        let Some(standby) = standby else {
            let why = match (&shard.standby_endpoint, in_zone) {
                (None, _) => format!("shard {} has no standby", shard.id),
                (Some(e), false) => format!(
                    "standby {e} is outside zone {}; never promoted across zones",
                    shard.zone
                ),
                (Some(e), true) => format!("standby {e} does not answer as a standby"),
            };
            if in_zone
                && shard.standby_endpoint.is_some()
                && let Some(w) = self.watches.get_mut(&shard.id)
            {
                w.awaiting_standby = true;
            }
            let note = format!(
                "{why}: the shard is unavailable (503) until its primary or standby returns"
            );
            tracing::error!(shard = %shard.id, "{note}");
            if let Err(e) = self.directory.set_shard_available(shard.id, false).await {
                tracing::error!(error = %e, "cannot mark the shard unavailable");
            }
            if let Some(id) = incident {
                let _ = self
                    .directory
                    .incident_stage(id, Stage::Diagnosed, Utc::now(), &note)
                    .await;
            }
            return;
        };
        if let Some(id) = incident {
            let note = format!(
                "promoting standby {standby} in zone {} to epoch {}",
                shard.zone,
                shard.epoch.0 + 1
            );
            let _ = self
                .directory
                .incident_stage(id, Stage::Diagnosed, Utc::now(), &note)
                .await;
        }
        let Some(prober) = self.probers.get_mut(&standby) else {
            return;
        };
        match actions::promote(&self.directory, shard, prober, "automatic", incident).await {
            Ok(epoch) => {
                prober.reset();
                tracing::warn!(shard = %shard.id, %epoch, "failed over to the standby");
                if let Some(id) = incident {
                    let _ = self
                        .directory
                        .reclassify_incident(id, IncidentKind::Failover, Severity::Major)
                        .await;
                    let note = format!(
                        "standby {standby} promoted; gateways moved to epoch {epoch}; former primary {} fenced",
                        shard.primary_endpoint
                    );
                    let _ = self
                        .directory
                        .incident_stage(id, Stage::Mitigated, Utc::now(), &note)
                        .await;
                }
            }
            Err(e) => {
                tracing::error!(shard = %shard.id, error = %e, "failover failed");
                let _ = self.directory.set_shard_available(shard.id, false).await;
                if let Some(id) = incident {
                    let _ = self
                        .directory
                        .incident_stage(
                            id,
                            Stage::Note,
                            Utc::now(),
                            &format!("failover failed: {e}"),
                        )
                        .await;
                }
                // Try again after another run of failed probes.
                if let Some(w) = self.watches.get_mut(&shard.id) {
                    w.acted = false;
                    w.failures = 0;
                }
            }
        }
    }

    /// The primary answers as this epoch's primary: close what its absence opened.
    async fn recovered(&mut self, shard: &ShardRecord, r: &ProbeResult, now: DateTime<Utc>) {
        let open = match self.directory.open_incident_of(shard.id).await {
            Ok(open) => open,
            Err(_) => return,
        };
        if !shard.available {
            let _ = self.directory.set_shard_available(shard.id, true).await;
            if let Some(id) = open {
                let note = format!("primary {} answers again", shard.primary_endpoint);
                // Resolved, unless an earlier failover of this incident left the shard
                // without the standby it had: then only mitigated, and resolved below once
                // a standby streams again.
                let redundancy_lost = r.streaming_standbys == 0
                    && self
                        .directory
                        .incident_had_failover(id)
                        .await
                        .unwrap_or(true);
                let stage = if redundancy_lost {
                    Stage::Mitigated
                } else {
                    Stage::Resolved
                };
                let _ = self.directory.incident_stage(id, stage, now, &note).await;
            }
            return;
        }
        // After a failover, the incident is resolved once the shard has a standby again.
        if let Some(id) = open
            && shard.standby_endpoint.is_some()
            && r.streaming_standbys > 0
        {
            let note = "a standby in the zone streams again: redundancy restored";
            let _ = self
                .directory
                .incident_stage(id, Stage::Resolved, now, note)
                .await;
        }
    }

    async fn fence_returning(&mut self, shard: &ShardRecord, endpoint: &str) {
        let Some(prober) = self.probers.get_mut(endpoint) else {
            return;
        };
        match actions::fence(prober).await {
            Ok(()) => {
                let note = format!(
                    "former primary {endpoint} came back as a primary; fenced (read-only, writes refused) until rebuilt as a standby"
                );
                tracing::warn!(shard = %shard.id, "{note}");
                if let Ok(Some(id)) = self.directory.open_incident_of(shard.id).await {
                    let _ = self
                        .directory
                        .incident_stage(id, Stage::Note, Utc::now(), &note)
                        .await;
                }
            }
            Err(e) => tracing::error!(shard = %shard.id, error = %e, "cannot fence {endpoint}"),
        }
    }

    async fn roll_minute(&mut self, now: DateTime<Utc>) {
        let minute = now
            .duration_trunc(chrono::Duration::minutes(1))
            .unwrap_or(now);
        if self.minute.is_some_and(|m| m != minute) {
            self.flush_health().await;
        }
        self.minute = Some(minute);
    }

    async fn flush_health(&mut self) {
        let started = Instant::now();
        let Some(minute) = self.minute else { return };
        for ((shard, role), h) in std::mem::take(&mut self.health) {
            if let Err(e) = self
                .directory
                .add_health_minute(shard, role, minute, &h)
                .await
            {
                tracing::warn!(error = %e, "cannot store probe results");
            }
        }
        self.last_flush = Instant::now();
        metrics::histogram!("cadre_job_duration_seconds", "job" => "health_flush")
            .record(started.elapsed().as_secs_f64());
    }
}

## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = Q{ $quarter } { $year }
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = Health report for { $tenant }, { $period }
report-title-region = Health report for region { $region }, { $period }
# $from and $to are dates; $at a moment.
report-covers = From { $from } to { $to }
report-generated = Generated at { $at }
report-section-summary = Summary
report-section-availability = Availability by region
report-section-latency = Request latency
report-section-errors = Error rates
report-section-incidents = Incidents
report-section-failovers = Failovers
report-section-replication = Replication
report-section-backups = Backups and standbys
report-column-region = Region
report-column-shard = Shard
report-column-availability = Availability
report-column-requests = Requests
report-column-errors = Errors
report-column-error-rate = Error rate
report-column-p50 = Median (p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = Lag (bytes)
report-column-lag-seconds = Lag (seconds)
report-column-standby = Standby
report-column-severity = Severity
report-column-opened = Opened
report-column-status = Status
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value } %
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] No incidents in this period.
        [one] One incident in this period.
       *[other] { $count } incidents in this period.
    }
report-failovers-count =
    { $count ->
        [0] No failovers in this period.
        [one] One failover in this period.
       *[other] { $count } failovers in this period.
    }
report-severity-critical = Critical
report-severity-major = Major
report-severity-minor = Minor
report-stage-detected = Detected
report-stage-diagnosed = Diagnosed
report-stage-mitigated = Mitigated
report-stage-resolved = Resolved
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
        [one] Diagnosis within one hour
       *[other] Diagnosis within { $hours } hours
    }
report-deadline-solution =
    { $hours ->
        [one] Solution within one hour
       *[other] Solution within { $hours } hours
    }
report-deadline-resolution =
    { $hours ->
        [one] Resolution within one hour
       *[other] Resolution within { $hours } hours
    }
report-deadline-met = met
report-deadline-missed = missed
report-deadline-open = open
report-standby-streaming = streaming
report-standby-lagging = lagging
report-standby-not-streaming = not streaming
report-standby-missing = missing
report-backup-ok = last backup { $at }
report-backup-none = no backup yet
report-no-data = No data for this period.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

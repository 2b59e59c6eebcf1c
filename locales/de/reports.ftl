## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = Q{ $quarter } { $year }
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = Betriebsbericht für { $tenant }, { $period }
report-title-region = Betriebsbericht für Region { $region }, { $period }
# $from and $to are dates; $at a moment.
report-covers = Zeitraum: { $from } bis { $to }
report-generated = Erstellt am { $at }
report-section-summary = Zusammenfassung
report-section-availability = Verfügbarkeit nach Region
report-section-latency = Anfragelatenz
report-section-errors = Fehlerquoten
report-section-incidents = Störungen
report-section-failovers = Failovers
report-section-replication = Replikation
report-section-backups = Sicherungen und Standby-Server
report-column-region = Region
report-column-shard = Shard
report-column-availability = Verfügbarkeit
report-column-requests = Anfragen
report-column-errors = Fehler
report-column-error-rate = Fehlerquote
report-column-p50 = Median (p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = Verzögerung (Bytes)
report-column-lag-seconds = Verzögerung (Sekunden)
report-column-standby = Standby-Server
report-column-severity = Schweregrad
report-column-opened = Eröffnet
report-column-status = Status
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value } %
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] Keine Störungen in diesem Zeitraum.
        [one] Eine Störung in diesem Zeitraum.
       *[other] { $count } Störungen in diesem Zeitraum.
    }
report-failovers-count =
    { $count ->
        [0] Keine Failovers in diesem Zeitraum.
        [one] Ein Failover in diesem Zeitraum.
       *[other] { $count } Failovers in diesem Zeitraum.
    }
report-severity-critical = Kritisch
report-severity-major = Schwerwiegend
report-severity-minor = Geringfügig
report-stage-detected = Erkannt
report-stage-diagnosed = Diagnostiziert
report-stage-mitigated = Eingedämmt
report-stage-resolved = Behoben
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
        [one] Diagnose innerhalb einer Stunde
       *[other] Diagnose innerhalb von { $hours } Stunden
    }
report-deadline-solution =
    { $hours ->
        [one] Lösung innerhalb einer Stunde
       *[other] Lösung innerhalb von { $hours } Stunden
    }
report-deadline-resolution =
    { $hours ->
        [one] Behebung innerhalb einer Stunde
       *[other] Behebung innerhalb von { $hours } Stunden
    }
report-deadline-met = eingehalten
report-deadline-missed = überschritten
report-deadline-open = offen
report-standby-streaming = repliziert
report-standby-lagging = im Rückstand
report-standby-not-streaming = repliziert nicht
report-standby-missing = fehlt
report-backup-ok = letzte Sicherung am { $at }
report-backup-none = noch keine Sicherung
report-no-data = Keine Daten für diesen Zeitraum.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

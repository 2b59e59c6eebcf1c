## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = T{ $quarter } { $year }
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = Informe de estado del servicio de { $tenant }, { $period }
report-title-region = Informe de estado del servicio de la región { $region }, { $period }
# $from and $to are dates; $at a moment.
report-covers = Del { $from } al { $to }
report-generated = Generado el { $at }
report-section-summary = Resumen
report-section-availability = Disponibilidad por región
report-section-latency = Latencia de las solicitudes
report-section-errors = Tasas de error
report-section-incidents = Incidentes
report-section-failovers = Conmutaciones por error
report-section-replication = Replicación
report-section-backups = Copias de seguridad y servidores en espera
report-column-region = Región
report-column-shard = Shard
report-column-availability = Disponibilidad
report-column-requests = Solicitudes
report-column-errors = Errores
report-column-error-rate = Tasa de error
report-column-p50 = Mediana (p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = Retraso (bytes)
report-column-lag-seconds = Retraso (segundos)
report-column-standby = Servidor en espera
report-column-severity = Gravedad
report-column-opened = Apertura
report-column-status = Estado
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value } %
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] Ningún incidente en este período.
        [one] Un incidente en este período.
        [many] { $count } incidentes en este período.
       *[other] { $count } incidentes en este período.
    }
report-failovers-count =
    { $count ->
        [0] Ninguna conmutación por error en este período.
        [one] Una conmutación por error en este período.
        [many] { $count } conmutaciones por error en este período.
       *[other] { $count } conmutaciones por error en este período.
    }
report-severity-critical = Crítico
report-severity-major = Grave
report-severity-minor = Leve
report-stage-detected = Detectado
report-stage-diagnosed = Diagnosticado
report-stage-mitigated = Mitigado
report-stage-resolved = Resuelto
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
        [one] Diagnóstico en un plazo de una hora
        [many] Diagnóstico en un plazo de { $hours } horas
       *[other] Diagnóstico en un plazo de { $hours } horas
    }
report-deadline-solution =
    { $hours ->
        [one] Solución en un plazo de una hora
        [many] Solución en un plazo de { $hours } horas
       *[other] Solución en un plazo de { $hours } horas
    }
report-deadline-resolution =
    { $hours ->
        [one] Resolución en un plazo de una hora
        [many] Resolución en un plazo de { $hours } horas
       *[other] Resolución en un plazo de { $hours } horas
    }
report-deadline-met = cumplido
report-deadline-missed = incumplido
report-deadline-open = pendiente
report-standby-streaming = replicando
report-standby-lagging = con retraso
report-standby-not-streaming = replicación detenida
report-standby-missing = ausente
report-backup-ok = última copia de seguridad: { $at }
report-backup-none = aún no hay copias de seguridad
report-no-data = No hay datos para este período.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

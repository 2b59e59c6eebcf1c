## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = { $quarter }º trimestre de { $year }
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = Relatório de integridade de { $tenant }, { $period }
report-title-region = Relatório de integridade da região { $region }, { $period }
# $from and $to are dates; $at a moment.
report-covers = De { $from } a { $to }
report-generated = Gerado em { $at }
report-section-summary = Resumo
report-section-availability = Disponibilidade por região
report-section-latency = Latência das requisições
report-section-errors = Taxas de erro
report-section-incidents = Incidentes
report-section-failovers = Failovers
report-section-replication = Replicação
report-section-backups = Backups e réplicas em espera
report-column-region = Região
report-column-shard = Shard
report-column-availability = Disponibilidade
report-column-requests = Requisições
report-column-errors = Erros
report-column-error-rate = Taxa de erro
report-column-p50 = Mediana (p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = Atraso (bytes)
report-column-lag-seconds = Atraso (segundos)
report-column-standby = Réplica em espera
report-column-severity = Severidade
report-column-opened = Aberto em
report-column-status = Status
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value }%
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] Nenhum incidente neste período.
        [one] Um incidente neste período.
        [many] { $count } incidentes neste período.
       *[other] { $count } incidentes neste período.
    }
report-failovers-count =
    { $count ->
        [0] Nenhum failover neste período.
        [one] Um failover neste período.
        [many] { $count } failovers neste período.
       *[other] { $count } failovers neste período.
    }
report-severity-critical = Crítica
report-severity-major = Alta
report-severity-minor = Baixa
report-stage-detected = Detectado
report-stage-diagnosed = Diagnosticado
report-stage-mitigated = Mitigado
report-stage-resolved = Resolvido
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
        [one] Diagnóstico em até uma hora
        [many] Diagnóstico em até { $hours } horas
       *[other] Diagnóstico em até { $hours } horas
    }
report-deadline-solution =
    { $hours ->
        [one] Solução em até uma hora
        [many] Solução em até { $hours } horas
       *[other] Solução em até { $hours } horas
    }
report-deadline-resolution =
    { $hours ->
        [one] Resolução em até uma hora
        [many] Resolução em até { $hours } horas
       *[other] Resolução em até { $hours } horas
    }
report-deadline-met = cumprido
report-deadline-missed = não cumprido
report-deadline-open = em aberto
report-standby-streaming = replicando
report-standby-lagging = atrasada
report-standby-not-streaming = replicação interrompida
report-standby-missing = ausente
report-backup-ok = último backup: { $at }
report-backup-none = nenhum backup até o momento
report-no-data = Não há dados para este período.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

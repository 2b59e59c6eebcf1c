## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = T{ $quarter } { $year }
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = Rapport d’état du service pour { $tenant }, { $period }
report-title-region = Rapport d’état du service pour la région { $region }, { $period }
# $from and $to are dates; $at a moment.
report-covers = Du { $from } au { $to }
report-generated = Généré le { $at }
report-section-summary = Résumé
report-section-availability = Disponibilité par région
report-section-latency = Latence des requêtes
report-section-errors = Taux d’erreur
report-section-incidents = Incidents
report-section-failovers = Basculements
report-section-replication = Réplication
report-section-backups = Sauvegardes et serveurs de secours
report-column-region = Région
report-column-shard = Shard
report-column-availability = Disponibilité
report-column-requests = Requêtes
report-column-errors = Erreurs
report-column-error-rate = Taux d’erreur
report-column-p50 = Médiane (p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = Retard (octets)
report-column-lag-seconds = Retard (secondes)
report-column-standby = Serveur de secours
report-column-severity = Gravité
report-column-opened = Ouverture
report-column-status = État
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value } %
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] Aucun incident au cours de cette période.
        [one] Un incident au cours de cette période.
        [many] { $count } incidents au cours de cette période.
       *[other] { $count } incidents au cours de cette période.
    }
report-failovers-count =
    { $count ->
        [0] Aucun basculement au cours de cette période.
        [one] Un basculement au cours de cette période.
        [many] { $count } basculements au cours de cette période.
       *[other] { $count } basculements au cours de cette période.
    }
report-severity-critical = Critique
report-severity-major = Majeur
report-severity-minor = Mineur
report-stage-detected = Détecté
report-stage-diagnosed = Diagnostiqué
report-stage-mitigated = Atténué
report-stage-resolved = Résolu
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
        [one] Diagnostic dans un délai d’une heure
        [many] Diagnostic dans un délai de { $hours } heures
       *[other] Diagnostic dans un délai de { $hours } heures
    }
report-deadline-solution =
    { $hours ->
        [one] Solution dans un délai d’une heure
        [many] Solution dans un délai de { $hours } heures
       *[other] Solution dans un délai de { $hours } heures
    }
report-deadline-resolution =
    { $hours ->
        [one] Résolution dans un délai d’une heure
        [many] Résolution dans un délai de { $hours } heures
       *[other] Résolution dans un délai de { $hours } heures
    }
report-deadline-met = respecté
report-deadline-missed = dépassé
report-deadline-open = en cours
report-standby-streaming = réplication en cours
report-standby-lagging = en retard
report-standby-not-streaming = réplication interrompue
report-standby-missing = absent
report-backup-ok = dernière sauvegarde le { $at }
report-backup-none = aucune sauvegarde pour l’instant
report-no-data = Aucune donnée pour cette période.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] Conmutación por error en la región { $region }
       *[outage] Interrupción del servicio en la región { $region }
    }
notification-incident-opened-body =
    { $kind ->
        [failover] El { $at }, el shard { $shard } de la región { $region } dejó de responder y se conmutó a su servidor en espera de la misma zona. No se perdió ninguna escritura confirmada.
       *[outage] El { $at }, el shard { $shard } de la región { $region } dejó de responder. Como no tiene servidor en espera en su zona, sus solicitudes fallarán hasta que vuelva a estar disponible.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] El diagnóstico del incidente { $incident } debe completarse a más tardar el { $due }.
        [solution] Debe encontrarse una solución para el incidente { $incident } a más tardar el { $due }.
       *[resolution] El incidente { $incident } debe resolverse a más tardar el { $due }.
    }
notification-incident-resolved = El incidente { $incident } se resolvió el { $at }.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = El informe de estado del servicio del { $period } está disponible.

## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] Failover na região { $region }
       *[outage] Indisponibilidade na região { $region }
    }
notification-incident-opened-body =
    { $kind ->
        [failover] Em { $at }, o shard { $shard } da região { $region } parou de responder e foi substituído pela réplica em espera na mesma zona. Nenhuma gravação confirmada foi perdida.
       *[outage] Em { $at }, o shard { $shard } da região { $region } parou de responder. Como não há réplica em espera na zona dele, as requisições destinadas a ele falharão até que ele volte a funcionar.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] O diagnóstico do incidente { $incident } deve ser concluído até { $due }.
        [solution] Uma solução para o incidente { $incident } deve ser apresentada até { $due }.
       *[resolution] O incidente { $incident } deve ser resolvido até { $due }.
    }
notification-incident-resolved = O incidente { $incident } foi resolvido em { $at }.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = O relatório de integridade referente ao { $period } está pronto.

## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] Аварийное переключение в регионе { $region }
       *[outage] Сбой в регионе { $region }
    }
notification-incident-opened-body =
    { $kind ->
        [failover] Шард { $shard } в регионе { $region } перестал отвечать ({ $at }) и был переключен на резервный сервер в той же зоне. Ни одна подтвержденная операция записи не потеряна.
       *[outage] Шард { $shard } в регионе { $region } перестал отвечать ({ $at }). В его зоне нет резервного сервера, поэтому запросы к нему будут завершаться ошибкой, пока он не восстановится.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] Диагностику инцидента { $incident } необходимо завершить до { $due }.
        [solution] Решение по инциденту { $incident } необходимо предоставить до { $due }.
       *[resolution] Инцидент { $incident } необходимо устранить до { $due }.
    }
notification-incident-resolved = Инцидент { $incident } устранен { $at }.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = Отчет о работоспособности за { $period } готов.

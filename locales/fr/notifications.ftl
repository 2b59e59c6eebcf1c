## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] Basculement dans la région { $region }
       *[outage] Panne dans la région { $region }
    }
notification-incident-opened-body =
    { $kind ->
        [failover] Le { $at }, le shard { $shard } de la région { $region } a cessé de répondre et a été basculé vers son serveur de secours dans la même zone. Aucune écriture confirmée n’a été perdue.
       *[outage] Le { $at }, le shard { $shard } de la région { $region } a cessé de répondre. Comme il ne dispose d’aucun serveur de secours dans sa zone, les requêtes qui lui sont adressées échouent jusqu’à son rétablissement.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] Le diagnostic de l’incident { $incident } doit être établi au plus tard le { $due }.
        [solution] Une solution à l’incident { $incident } doit être trouvée au plus tard le { $due }.
       *[resolution] L’incident { $incident } doit être résolu au plus tard le { $due }.
    }
notification-incident-resolved = L’incident { $incident } a été résolu le { $at }.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = Le rapport d’état du service pour { $period } est disponible.

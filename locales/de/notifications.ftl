## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] Failover in Region { $region }
       *[outage] Ausfall in Region { $region }
    }
notification-incident-opened-body =
    { $kind ->
        [failover] Am { $at } hat Shard { $shard } in Region { $region } nicht mehr geantwortet und wurde auf seinen Standby-Server in derselben Zone umgeschaltet. Es ist keine bestätigte Schreiboperation verloren gegangen.
       *[outage] Am { $at } hat Shard { $shard } in Region { $region } nicht mehr geantwortet. Da er in seiner Zone keinen Standby-Server hat, schlagen seine Anfragen fehl, bis er wieder verfügbar ist.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] Die Diagnose der Störung { $incident } muss bis { $due } vorliegen.
        [solution] Eine Lösung für die Störung { $incident } muss bis { $due } vorliegen.
       *[resolution] Die Störung { $incident } muss bis { $due } behoben sein.
    }
notification-incident-resolved = Die Störung { $incident } wurde am { $at } behoben.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = Der Betriebsbericht für { $period } ist verfügbar.

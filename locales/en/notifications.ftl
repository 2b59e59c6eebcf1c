## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] Failover in region { $region }
       *[outage] Outage in region { $region }
    }
notification-incident-opened-body =
    { $kind ->
        [failover] At { $at }, shard { $shard } in region { $region } stopped answering and was switched to its standby in the same zone. No acknowledged write was lost.
       *[outage] At { $at }, shard { $shard } in region { $region } stopped answering. It has no standby in its zone, so its requests fail until it is back.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] The diagnosis of incident { $incident } is due by { $due }.
        [solution] A solution for incident { $incident } is due by { $due }.
       *[resolution] Incident { $incident } must be resolved by { $due }.
    }
notification-incident-resolved = Incident { $incident } was resolved at { $at }.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = The health report for { $period } is ready.

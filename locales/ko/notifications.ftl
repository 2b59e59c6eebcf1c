## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] { $region } 리전에서 장애 조치 발생
       *[outage] { $region } 리전에서 서비스 중단 발생
    }
notification-incident-opened-body =
    { $kind ->
        [failover] { $at }에 { $region } 리전의 샤드 { $shard }에서 응답이 중단되어 같은 영역의 대기 서버로 전환되었습니다. 완료 응답을 보낸 쓰기 작업은 손실되지 않았습니다.
       *[outage] { $at }에 { $region } 리전의 샤드 { $shard }에서 응답이 중단되었습니다. 같은 영역에 대기 서버가 없으므로 샤드가 복구될 때까지 이 샤드에 대한 요청은 실패합니다.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] 인시던트 { $incident }의 진단 기한은 { $due }입니다.
        [solution] 인시던트 { $incident }의 해결책 제시 기한은 { $due }입니다.
       *[resolution] 인시던트 { $incident }의 해결 기한은 { $due }입니다.
    }
notification-incident-resolved = 인시던트 { $incident } 건이 { $at }에 해결되었습니다.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = { $period } 상태 보고서가 준비되었습니다.

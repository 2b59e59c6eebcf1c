## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = { $year }년 { $quarter }분기
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = { $tenant } 상태 보고서({ $period })
report-title-region = { $region } 리전 상태 보고서({ $period })
# $from and $to are dates; $at a moment.
report-covers = { $from }부터 { $to }까지
report-generated = 생성 일시: { $at }
report-section-summary = 요약
report-section-availability = 리전별 가용성
report-section-latency = 요청 지연 시간
report-section-errors = 오류율
report-section-incidents = 인시던트
report-section-failovers = 장애 조치
report-section-replication = 복제
report-section-backups = 백업 및 대기 서버
report-column-region = 리전
report-column-shard = 샤드
report-column-availability = 가용성
report-column-requests = 요청 수
report-column-errors = 오류 수
report-column-error-rate = 오류율
report-column-p50 = 중앙값(p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = 복제 지연(바이트)
report-column-lag-seconds = 복제 지연(초)
report-column-standby = 대기 서버
report-column-severity = 심각도
report-column-opened = 발생 시각
report-column-status = 상태
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value }%
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] 이 기간에 발생한 인시던트가 없습니다.
       *[other] 이 기간에 인시던트가 { $count }건 발생했습니다.
    }
report-failovers-count =
    { $count ->
        [0] 이 기간에 장애 조치가 없었습니다.
       *[other] 이 기간에 장애 조치가 { $count }회 있었습니다.
    }
report-severity-critical = 치명적
report-severity-major = 주요
report-severity-minor = 경미
report-stage-detected = 감지됨
report-stage-diagnosed = 진단됨
report-stage-mitigated = 완화됨
report-stage-resolved = 해결됨
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
       *[other] { $hours }시간 이내 진단
    }
report-deadline-solution =
    { $hours ->
       *[other] { $hours }시간 이내 해결책 제시
    }
report-deadline-resolution =
    { $hours ->
       *[other] { $hours }시간 이내 해결
    }
report-deadline-met = 준수
report-deadline-missed = 미준수
report-deadline-open = 진행 중
report-standby-streaming = 스트리밍 중
report-standby-lagging = 지연 중
report-standby-not-streaming = 중단됨
report-standby-missing = 없음
report-backup-ok = 마지막 백업: { $at }
report-backup-none = 아직 백업 없음
report-no-data = 이 기간의 데이터가 없습니다.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

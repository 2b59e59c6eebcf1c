## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = 잘못된 형식의 요청
problem-bad-parameter-title = 잘못된 매개변수
problem-validation-title = 유효하지 않은 필드
problem-unauthenticated-title = 인증 필요
problem-forbidden-title = 권한 없음
problem-not-found-title = 찾을 수 없음
problem-conflict-title = 충돌
problem-stale-version-title = 버전 불일치
problem-if-match-required-title = If-Match 필요
problem-too-large-title = 요청 본문이 너무 큼
problem-unsupported-media-type-title = 지원되지 않는 미디어 유형
problem-unavailable-title = 서비스를 사용할 수 없음
problem-rate-limited-title = 요청이 너무 많음
problem-internal-title = 내부 오류
problem-method-not-allowed-title = 허용되지 않는 메서드
problem-data-residency-title = 데이터 상주 규정
problem-below-statute-title = 법정 기준보다 불리함
problem-not-regulated-title = 법정 규정 없음
problem-out-of-coverage-title = 지원 연도 범위를 벗어남

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [1] { $field } 필드가 유효하지 않습니다.
       *[other] 필드 { $count }개가 유효하지 않습니다. 첫 번째 필드는 { $field }입니다.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = 본문이 유효한 JSON이 아닙니다. { $line }행 { $column }열에 오류가 있습니다.
problem-trailing-json = JSON 문서가 끝난 뒤에도 본문이 계속됩니다({ $line }행 { $column }열).
problem-body-unreadable = 요청 본문을 읽을 수 없습니다.
problem-query-malformed = 쿼리 문자열의 형식이 잘못되었습니다.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = 유효하지 않은 헤더입니다: { $header }
# $parameter is the name of a query parameter.
problem-bad-parameter = 유효하지 않은 쿼리 매개변수입니다: { $parameter }
problem-auth-missing = API 키를 “Authorization: Bearer <key>” 형식으로 보내십시오.
problem-auth-not-text = Authorization 헤더의 값이 텍스트가 아닙니다.
problem-auth-scheme = Bearer 인증 방식을 사용하십시오: “Authorization: Bearer <key>”.
problem-auth-malformed-key = API 키의 형식이 잘못되었습니다.
problem-auth-unknown-key = 알 수 없거나 취소된 API 키입니다.
problem-auth-tenant-gone = 이 API 키의 테넌트가 더 이상 존재하지 않습니다.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = 이 API 키에는 { $scope } 범위가 없습니다.
problem-forbidden-operator = 플랫폼 운영자만 이 작업을 수행할 수 있습니다.
problem-not-found-resource = 해당 리소스가 없습니다.
problem-not-found-employee = 해당 ID의 직원이 없습니다.
problem-not-found-legal-entity = 해당 법인이 없습니다.
problem-not-found-api-key = 해당 API 키가 없습니다.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = { $code }에 해당하는 관할 지역 팩이 없습니다(ISO 3166-1 alpha-2 코드 또는 US-CA와 같은 하위 행정구역 코드를 사용하십시오).
problem-conflict-work-email = 이 테넌트의 다른 직원이 이미 이 업무용 이메일을 사용하고 있습니다.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = 이미 사용 중인 테넌트 슬러그입니다: { $slug }
# $shard is a shard number.
problem-conflict-shard-unavailable = 샤드 { $shard }에 기본 엔드포인트가 없습니다.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = 이름이 { $name }인 법인이 이미 있습니다.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = 레코드의 현재 버전은 { $current }입니다(요청한 버전: { $expected }). 레코드를 다시 가져온 후 다시 시도하십시오.
# $value is the If-Match header as sent.
problem-stale-version-unknown = If-Match 값 { $value }에 해당하는 버전이 이 레코드에 없습니다.
problem-if-match-required = 레코드를 변경하려면 레코드의 현재 버전(ETag)을 If-Match 헤더로 보내십시오.
# $limit is a number of bytes.
problem-too-large = 본문이 제한 크기인 { $limit }바이트를 초과합니다.
problem-unsupported-media-type = 본문을 application/json 형식으로 보내십시오.
problem-unavailable-database = 이 데이터가 저장된 데이터베이스에 연결할 수 없습니다. 나중에 다시 시도하십시오.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = 요청 처리 시간이 { $seconds }초를 초과하여 요청이 중단되었습니다. 나중에 다시 시도하십시오.
problem-internal = 서버에서 요청을 처리하지 못했습니다. 오류 내용은 기록되었습니다.
problem-method-not-allowed = 이 리소스는 해당 메서드를 지원하지 않습니다.
problem-bad-request = 요청을 처리할 수 없습니다.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = { $country } 지사의 개인 데이터는 { $zones } 영역에만 저장할 수 있지만({ $source }), 선택한 리전은 { $zone } 영역에 있습니다.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
       *[other] 근로 조건 { $count }개가 법정 기준보다 불리합니다.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = { $jurisdiction }에는 { $date } 현재 시행 중인 { $fact } 관련 법정 규정이 없습니다.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = { $jurisdiction }의 공휴일 캘린더는 { $from }년부터 { $to }년까지를 다루며, 요청한 날짜({ $date })는 이 범위를 벗어납니다.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = { $region } 리전의 샤드 { $shard }에 장애가 발생했으며, 같은 영역에 이를 대신할 대기 서버가 없습니다. 인시던트가 등록되었습니다. 나중에 다시 시도하십시오.
problem-unavailable-failover = 장애가 발생하여 이 데이터를 대기 서버로 전환하는 중입니다. 몇 초 후에 다시 시도하십시오.
problem-not-found-incident = 해당 ID의 인시던트가 없습니다.
problem-not-found-report = 해당 ID의 상태 보고서가 없습니다.
problem-not-found-job = 해당 ID의 작업이 없습니다.
problem-job-finished = 작업이 이미 종료되었습니다. 대기 중이거나 실행 중인 작업만 취소할 수 있습니다.
# $region is a region id.
problem-unavailable-report-store = { $region } 리전의 보고서 저장소에 연결할 수 없습니다. 나중에 다시 시도하십시오.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = 이 API 키가 초당 요청 한도({ $quota }건)를 초과했습니다. { $retry }초 후에 다시 시도하십시오.
problem-rate-limited-tenant = 이 테넌트가 초당 요청 한도({ $quota }건)를 초과했습니다. { $retry }초 후에 다시 시도하십시오.
problem-rate-limited-auth = 이 주소에서 인증 실패가 너무 많이 발생했습니다. { $retry }초 후에 다시 시도하십시오.

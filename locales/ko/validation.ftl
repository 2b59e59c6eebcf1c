## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = 필수 항목입니다
field-empty = 비워 둘 수 없습니다
# $max is a number of characters.
field-too-long =
    { $max ->
       *[other] { $max }자 이하여야 합니다
    }
field-control-characters = 제어 문자를 포함할 수 없습니다
field-name = 제어 문자 없이 1~200자여야 합니다
field-slug = 영문 소문자로 시작하고 영문 소문자, 숫자, 하이픈으로만 이루어진 2~63자여야 합니다
field-email = 이메일 주소 형식이 아닙니다(입력값: { $value })
field-country = ISO 3166-1 alpha-2 국가 코드가 아닙니다(입력값: { $value })
field-language-tag = “de”, “pt-BR” 같은 언어 태그가 아닙니다(입력값: { $value })
field-time-zone = “Europe/Berlin” 같은 IANA 시간대가 아닙니다(입력값: { $value })
# $jurisdiction is a code such as US.
field-time-zone-needed = { $jurisdiction } 팩에 시간대가 지정되어 있지 않습니다. 시간대를 지정하십시오
# $min and $max are years.
field-year-between = { $min }년부터 { $max }년까지의 연도여야 합니다
field-date = YYYY-MM-DD 형식의 날짜여야 합니다
field-time-of-day = HH:MM 형식의 시각이어야 합니다
field-instant = 2026-12-06T09:30:00Z 같은 RFC 3339 형식의 시점이어야 합니다
field-local-date-time = UTC 오프셋이 없는 YYYY-MM-DDTHH:MM 형식의 현지 날짜 및 시각이어야 합니다
# $known lists the accepted day names.
field-weekday = 요일이어야 합니다(선택 가능: { $known })
field-uuid = UUID가 아닙니다
field-employee-id = 직원 ID가 아닙니다
field-own-manager = 직원은 본인의 관리자가 될 수 없습니다
field-unknown-manager = 이 테넌트에 해당 ID의 직원이 없습니다
field-unknown-legal-entity = 이 테넌트의 법인이 아닙니다
field-legal-entity-fixed = 여기에서는 변경할 수 없습니다. 직원을 다른 법인으로 옮기는 것은 전출로 처리해야 합니다
# $known lists the valid choices.
field-unknown-region = 이 배포에 없는 리전입니다(입력값: { $value }, 선택 가능: { $known })
field-unknown-scope = 알 수 없는 범위입니다(입력값: { $value }, 선택 가능: { $known })
field-no-scopes = 범위를 하나 이상 부여하십시오
field-unknown-parameter = 이 요청에서 사용할 수 없는 매개변수입니다(선택 가능: { $known })
field-cursor = 이 API가 반환한 커서가 아닙니다
field-cursor-other-list = 필터가 다른 목록의 커서입니다. 커서를 받았을 때와 같은 필터와 함께 보내십시오
# $max is the largest accepted number.
field-limit = 1부터 { $max }까지의 정수여야 합니다
field-at-most = { $max } 이하여야 합니다
field-not-negative = 음수일 수 없습니다
# $min is excluded, $max included.
field-above-up-to = { $min } 초과 { $max } 이하여야 합니다
field-after-evaluation-date = 평가 기준일 이후의 날짜입니다
field-date-out-of-range = 계산된 날짜가 지원 범위를 벗어납니다
field-shifts-empty = 근무 시프트가 하나 이상 있어야 합니다
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = 시프트 { $index }의 종료 시각이 시작 시각보다 빠릅니다
field-shift-overlaps = 시프트 { $index }의 시간이 시프트 { $previous }의 시간과 겹치거나 그보다 앞섭니다
# $days is a number of days.
field-shifts-span =
    { $days ->
       *[other] 모든 시프트는 { $days }일 이내에 있어야 합니다
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = 현재 시행 중인 최저임금은 { $expected } 통화로 정해져 있습니다(입력한 통화: { $value })
field-pack-amount = 관할 지역 팩에서 이 규칙의 금액이 숫자가 아닙니다
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $jurisdiction }의 법정 최저 기준인 { $statutory }보다 낮습니다(입력값: { $value }, 근거: { $source })
field-above-statutory-maximum = { $jurisdiction }의 법정 최고 한도인 { $statutory }보다 높습니다(입력값: { $value }, 근거: { $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = { $country } 지사의 개인 데이터는 { $zones } 영역에만 저장할 수 있지만, 이 리전은 { $zone } 영역에 있습니다

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = 이 요청에 없는 필드입니다(예상: { $expected })
json-wrong-type = 유형이 잘못되었습니다(실제: { $found }, 예상: { $expected })
json-wrong-value = 값이 잘못되었습니다(실제: { $found }, 예상: { $expected })
json-unknown-variant = { $expected } 중 하나여야 합니다(입력값: { $value })
# $reason is the parser's own explanation, in English.
json-invalid = 유효하지 않습니다: { $reason }
# $known is a list of stages.
field-incident-stage = 기록할 수 있는 단계가 아닙니다(입력값: { $value }, 선택 가능: { $known })
field-text-length = { $min }~{ $max }자여야 합니다
field-report-quarter = “2026-Q3” 같은 분기가 아닙니다(입력값: { $value })
field-report-future = { $value } 분기는 아직 시작되지 않았습니다
# $known is a list of formats.
field-report-format = 보고서 형식이 아닙니다(입력값: { $value }, 선택 가능: { $known })

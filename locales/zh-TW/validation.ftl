## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = 為必填欄位
field-empty = 不得空白
# $max is a number of characters.
field-too-long =
    { $max ->
       *[other] 長度不得超過 { $max } 個字元
    }
field-control-characters = 不得包含控制字元
field-name = 長度須為 1 到 200 個字元，且不得包含控制字元
field-slug = 須由 2 到 63 個小寫字母、數字或連字號組成，並以字母開頭
field-email = { $value } 不是電子郵件地址
field-country = { $value } 不是 ISO 3166-1 alpha-2 國家/地區代碼
field-language-tag = { $value } 不是語言標記（例如「de」或「pt-BR」）
field-time-zone = { $value } 不是 IANA 時區（例如「Europe/Berlin」）
# $jurisdiction is a code such as US.
field-time-zone-needed = { $jurisdiction } 的司法管轄區套件未指定時區，請指定一個時區
# $min and $max are years.
field-year-between = 須為 { $min } 年到 { $max } 年之間的年份
field-date = 須為 YYYY-MM-DD 格式的日期
field-time-of-day = 須為 HH:MM 格式的時間
field-instant = 須為 RFC 3339 格式的時間點（例如 2026-12-06T09:30:00Z）
field-local-date-time = 須為 YYYY-MM-DDTHH:MM 格式的當地日期時間，且不含時區偏移
# $known lists the accepted day names.
field-weekday = 須為表示星期幾的值：{ $known }
field-uuid = 不是 UUID
field-employee-id = 不是員工 ID
field-own-manager = 員工不能擔任自己的主管
field-unknown-manager = 此租戶中沒有具有此 ID 的員工
field-unknown-legal-entity = 不是此租戶的法律實體
field-legal-entity-fixed = 無法在此變更：將員工移至其他法律實體屬於人事調動
# $known lists the valid choices.
field-unknown-region = { $value } 不是此部署中的區域（可選擇：{ $known }）
field-unknown-scope = { $value } 不是有效的權限範圍（可選擇：{ $known }）
field-no-scopes = 請至少授予一個權限範圍
field-unknown-parameter = 不是此要求的參數（可選擇：{ $known }）
field-cursor = 不是此 API 傳回的游標
field-cursor-other-list = 屬於使用其他篩選條件的清單：請連同取得它時所用的篩選條件一併傳送
# $max is the largest accepted number.
field-limit = 須為 1 到 { $max } 之間的整數
field-at-most = 不得大於 { $max }
field-not-negative = 不得為負數
# $min is excluded, $max included.
field-above-up-to = 須大於 { $min } 且不大於 { $max }
field-after-evaluation-date = 晚於評估日期
field-date-out-of-range = 會產生超出支援範圍的日期
field-shifts-empty = 至少需要一個班次
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = 班次 { $index } 的結束時間早於開始時間
field-shift-overlaps = 班次 { $index } 與班次 { $previous } 重疊，或排在其之前
# $days is a number of days.
field-shifts-span =
    { $days ->
       *[other] 所有班次須落在 { $days } 天之內
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = 現行最低工資是以 { $expected } 計價，而非 { $value }
field-pack-amount = 司法管轄區套件中此規則的金額不是數字
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } 低於 { $jurisdiction } 的法定下限 { $statutory }（{ $source }）
field-above-statutory-maximum = { $value } 高於 { $jurisdiction } 的法定上限 { $statutory }（{ $source }）
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = { $country } 分支機構的個人資料只能儲存在 { $zones } 地區；此區域位於 { $zone } 地區

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = 不是此要求的欄位（應為 { $expected }）
json-wrong-type = 類型錯誤：實際為 { $found }，應為 { $expected }
json-wrong-value = 值無效：實際為 { $found }，應為 { $expected }
json-unknown-variant = { $value } 不是 { $expected } 其中之一
# $reason is the parser's own explanation, in English.
json-invalid = 無效：{ $reason }
# $known is a list of stages.
field-incident-stage = { $value } 不是可記錄的階段（可選擇：{ $known }）
field-text-length = 長度須為 { $min } 到 { $max } 個字元
field-report-quarter = { $value } 不是季度（例如「2026-Q3」）
field-report-future = 季度 { $value } 尚未開始
# $known is a list of formats.
field-report-format = { $value } 不是報告格式（可選擇：{ $known }）

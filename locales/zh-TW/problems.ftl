## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = 要求格式錯誤
problem-bad-parameter-title = 參數無效
problem-validation-title = 欄位無效
problem-unauthenticated-title = 需要驗證身分
problem-forbidden-title = 不允許執行此操作
problem-not-found-title = 找不到
problem-conflict-title = 衝突
problem-stale-version-title = 版本不符
problem-if-match-required-title = 必須提供 If-Match
problem-too-large-title = 要求本文過大
problem-unsupported-media-type-title = 不支援的媒體類型
problem-unavailable-title = 服務無法使用
problem-rate-limited-title = 要求過多
problem-internal-title = 內部錯誤
problem-method-not-allowed-title = 不允許的方法
problem-data-residency-title = 資料落地規定
problem-below-statute-title = 低於法定標準
problem-not-regulated-title = 無法定規定
problem-out-of-coverage-title = 超出涵蓋年度範圍

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [1] 欄位 { $field } 無效。
       *[other] 共有 { $count } 個欄位無效，第一個為 { $field }。
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = 要求本文不是有效的 JSON：錯誤位於第 { $line } 行第 { $column } 欄。
problem-trailing-json = JSON 文件結束後，要求本文仍有其他內容，位於第 { $line } 行第 { $column } 欄。
problem-body-unreadable = 無法讀取要求本文。
problem-query-malformed = 查詢字串格式錯誤。
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = 標頭 { $header } 無效。
# $parameter is the name of a query parameter.
problem-bad-parameter = 查詢參數 { $parameter } 無效。
problem-auth-missing = 請以「Authorization: Bearer <key>」的格式傳送 API 金鑰。
problem-auth-not-text = Authorization 標頭不是文字。
problem-auth-scheme = 請使用 Bearer 驗證配置：「Authorization: Bearer <key>」。
problem-auth-malformed-key = API 金鑰格式錯誤。
problem-auth-unknown-key = 無法識別此 API 金鑰，或金鑰已遭撤銷。
problem-auth-tenant-gone = 此 API 金鑰所屬的租戶已不存在。
# $scope is a scope name such as employees:write.
problem-forbidden-scope = 此 API 金鑰缺少 { $scope } 權限範圍。
problem-forbidden-operator = 只有平台營運方可以執行此操作。
problem-not-found-resource = 找不到此資源。
problem-not-found-employee = 找不到具有此 ID 的員工。
problem-not-found-legal-entity = 找不到此法律實體。
problem-not-found-api-key = 找不到此 API 金鑰。
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = 沒有 { $code } 的司法管轄區套件（應為 ISO 3166-1 alpha-2 代碼，或 US-CA 等行政區代碼）。
problem-conflict-work-email = 此租戶中已有其他員工使用這個公司電子郵件地址。
# $slug is the tenant's short name.
problem-conflict-tenant-slug = 租戶代稱 { $slug } 已被使用。
# $shard is a shard number.
problem-conflict-shard-unavailable = 分片 { $shard } 沒有主要端點。
# $name is the legal entity's name.
problem-conflict-legal-entity-name = 已有名為 { $name } 的法律實體。
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = 此記錄目前為版本 { $current }，而非 { $expected }：請重新取得後再試一次。
# $value is the If-Match header as sent.
problem-stale-version-unknown = If-Match { $value } 未對應到此記錄的任何版本。
problem-if-match-required = 若要變更此記錄，請在 If-Match 中傳送其目前版本（即其 ETag）。
# $limit is a number of bytes.
problem-too-large = 要求本文超過 { $limit } 位元組的上限。
problem-unsupported-media-type = 請以 application/json 格式傳送要求本文。
problem-unavailable-database = 無法連線至存放此資料的資料庫，請稍後再試。
# $seconds is a whole number of seconds.
problem-unavailable-timeout = 此要求的處理時間超過 { $seconds } 秒，已被中止，請稍後再試。
problem-internal = 伺服器無法處理此要求；已記錄這項錯誤。
problem-method-not-allowed = 此資源不支援這個方法。
problem-bad-request = 無法處理此要求。
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = { $country } 分支機構的個人資料只能儲存在 { $zones } 地區（{ $source }）；所選區域位於 { $zone } 地區。
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
       *[other] 有 { $count } 項條件低於法定標準。
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = { $jurisdiction } 沒有在 { $date } 生效的 { $fact } 法定規定。
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = { $jurisdiction } 的假日行事曆涵蓋 { $from } 年至 { $to } 年；{ $date } 不在此範圍內。
# $shard is a shard number, $region a region id.
problem-shard-unavailable = 區域 { $region } 中的分片 { $shard } 已停止運作，且所屬地區內沒有可接手的備援節點。已建立事件，請稍後再試。
problem-unavailable-failover = 由於發生故障，此資料正在切換至備援節點，請於幾秒後再試。
problem-not-found-incident = 找不到具有此 ID 的事件。
problem-not-found-report = 找不到具有此 ID 的健康狀態報告。
problem-not-found-job = 找不到具有此 ID 的作業。
problem-job-finished = 作業已結束；只能取消佇列中或執行中的作業。
# $region is a region id.
problem-unavailable-report-store = 無法連線至區域 { $region } 的報告儲存區，請稍後再試。

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = 此 API 金鑰的要求數量超過每秒 { $quota } 次的上限，請於 { $retry } 秒後再試。
problem-rate-limited-tenant = 此租戶的要求數量超過每秒 { $quota } 次的上限，請於 { $retry } 秒後再試。
problem-rate-limited-auth = 此位址的驗證失敗次數過多，請於 { $retry } 秒後再試。

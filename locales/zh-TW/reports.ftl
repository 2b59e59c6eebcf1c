## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = { $year } 年第 { $quarter } 季
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = { $tenant } 健康狀態報告（{ $period }）
report-title-region = 區域 { $region } 健康狀態報告（{ $period }）
# $from and $to are dates; $at a moment.
report-covers = { $from } 至 { $to }
report-generated = 產生時間：{ $at }
report-section-summary = 摘要
report-section-availability = 各區域可用性
report-section-latency = 要求延遲
report-section-errors = 錯誤率
report-section-incidents = 事件
report-section-failovers = 容錯移轉
report-section-replication = 複寫
report-section-backups = 備份與備援節點
report-column-region = 區域
report-column-shard = 分片
report-column-availability = 可用性
report-column-requests = 要求數
report-column-errors = 錯誤數
report-column-error-rate = 錯誤率
report-column-p50 = 中位數（p50）
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = 複寫延遲（位元組）
report-column-lag-seconds = 複寫延遲（秒）
report-column-standby = 備援節點
report-column-severity = 嚴重性
report-column-opened = 建立時間
report-column-status = 狀態
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value }%
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] 此期間沒有任何事件。
       *[other] 此期間共有 { $count } 起事件。
    }
report-failovers-count =
    { $count ->
        [0] 此期間沒有任何容錯移轉。
       *[other] 此期間共發生 { $count } 次容錯移轉。
    }
report-severity-critical = 重大
report-severity-major = 重要
report-severity-minor = 輕微
report-stage-detected = 已偵測
report-stage-diagnosed = 已診斷
report-stage-mitigated = 已緩解
report-stage-resolved = 已解決
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
       *[other] { $hours } 小時內完成診斷
    }
report-deadline-solution =
    { $hours ->
       *[other] { $hours } 小時內提出解決方案
    }
report-deadline-resolution =
    { $hours ->
       *[other] { $hours } 小時內解決
    }
report-deadline-met = 已達成
report-deadline-missed = 未達成
report-deadline-open = 進行中
report-standby-streaming = 串流複寫中
report-standby-lagging = 落後
report-standby-not-streaming = 複寫中斷
report-standby-missing = 不存在
report-backup-ok = 最近一次備份：{ $at }
report-backup-none = 尚無備份
report-no-data = 此期間沒有資料。
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

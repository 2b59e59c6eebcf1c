## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = { $year } 年第 { $quarter } 季度
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = { $tenant } 健康报告（{ $period }）
report-title-region = 区域 { $region } 健康报告（{ $period }）
# $from and $to are dates; $at a moment.
report-covers = { $from } 至 { $to }
report-generated = 生成时间：{ $at }
report-section-summary = 摘要
report-section-availability = 各区域可用性
report-section-latency = 请求延迟
report-section-errors = 错误率
report-section-incidents = 事件
report-section-failovers = 故障转移
report-section-replication = 复制
report-section-backups = 备份与备用节点
report-column-region = 区域
report-column-shard = 分片
report-column-availability = 可用性
report-column-requests = 请求数
report-column-errors = 错误数
report-column-error-rate = 错误率
report-column-p50 = 中位数（p50）
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = 复制延迟（字节）
report-column-lag-seconds = 复制延迟（秒）
report-column-standby = 备用节点
report-column-severity = 严重程度
report-column-opened = 创建时间
report-column-status = 状态
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value }%
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] 本期间无事件。
       *[other] 本期间共有 { $count } 起事件。
    }
report-failovers-count =
    { $count ->
        [0] 本期间无故障转移。
       *[other] 本期间共发生 { $count } 次故障转移。
    }
report-severity-critical = 紧急
report-severity-major = 重要
report-severity-minor = 次要
report-stage-detected = 已发现
report-stage-diagnosed = 已诊断
report-stage-mitigated = 已缓解
report-stage-resolved = 已解决
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
       *[other] { $hours } 小时内完成诊断
    }
report-deadline-solution =
    { $hours ->
       *[other] { $hours } 小时内给出解决方案
    }
report-deadline-resolution =
    { $hours ->
       *[other] { $hours } 小时内解决
    }
report-deadline-met = 已达成
report-deadline-missed = 未达成
report-deadline-open = 进行中
report-standby-streaming = 流复制中
report-standby-lagging = 滞后
report-standby-not-streaming = 复制中断
report-standby-missing = 缺失
report-backup-ok = 最近备份：{ $at }
report-backup-none = 尚无备份
report-no-data = 本期间无数据。
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

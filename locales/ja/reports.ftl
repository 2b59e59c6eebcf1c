## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = { $year }年第{ $quarter }四半期
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = { $tenant } のヘルスレポート（{ $period }）
report-title-region = リージョン { $region } のヘルスレポート（{ $period }）
# $from and $to are dates; $at a moment.
report-covers = 対象期間：{ $from }～{ $to }
report-generated = 作成日時：{ $at }
report-section-summary = 概要
report-section-availability = リージョン別の可用性
report-section-latency = リクエストのレイテンシ
report-section-errors = エラー率
report-section-incidents = インシデント
report-section-failovers = フェイルオーバー
report-section-replication = レプリケーション
report-section-backups = バックアップとスタンバイ
report-column-region = リージョン
report-column-shard = シャード
report-column-availability = 可用性
report-column-requests = リクエスト数
report-column-errors = エラー数
report-column-error-rate = エラー率
report-column-p50 = 中央値（p50）
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = 遅延（バイト）
report-column-lag-seconds = 遅延（秒）
report-column-standby = スタンバイ
report-column-severity = 重大度
report-column-opened = 発生日時
report-column-status = ステータス
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value }%
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] この期間のインシデントはありません。
       *[other] この期間のインシデントは{ $count }件です。
    }
report-failovers-count =
    { $count ->
        [0] この期間のフェイルオーバーはありません。
       *[other] この期間のフェイルオーバーは{ $count }回です。
    }
report-severity-critical = 致命的
report-severity-major = 重大
report-severity-minor = 軽微
report-stage-detected = 検知済み
report-stage-diagnosed = 診断済み
report-stage-mitigated = 緩和済み
report-stage-resolved = 解決済み
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
       *[other] { $hours }時間以内に診断
    }
report-deadline-solution =
    { $hours ->
       *[other] { $hours }時間以内に解決策を提示
    }
report-deadline-resolution =
    { $hours ->
       *[other] { $hours }時間以内に解決
    }
report-deadline-met = 達成
report-deadline-missed = 未達成
report-deadline-open = 進行中
report-standby-streaming = ストリーミング中
report-standby-lagging = 遅延あり
report-standby-not-streaming = 停止中
report-standby-missing = なし
report-backup-ok = 最終バックアップ：{ $at }
report-backup-none = バックアップはまだありません
report-no-data = この期間のデータはありません。
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

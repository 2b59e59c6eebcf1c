## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] 區域 { $region } 發生容錯移轉
       *[outage] 區域 { $region } 發生服務中斷
    }
notification-incident-opened-body =
    { $kind ->
        [failover] { $at }，區域 { $region } 中的分片 { $shard } 停止回應，已切換至同一地區內的備援節點。已確認的寫入皆未遺失。
       *[outage] { $at }，區域 { $region } 中的分片 { $shard } 停止回應。此分片在所屬地區內沒有備援節點，因此在恢復之前，傳送給它的要求都會失敗。
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] 事件 { $incident } 須於 { $due } 前完成診斷。
        [solution] 事件 { $incident } 須於 { $due } 前提出解決方案。
       *[resolution] 事件 { $incident } 須於 { $due } 前解決。
    }
notification-incident-resolved = 事件 { $incident } 已於 { $at } 解決。
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = { $period } 的健康狀態報告已準備就緒。

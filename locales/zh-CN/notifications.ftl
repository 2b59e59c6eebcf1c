## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] 区域 { $region } 发生故障转移
       *[outage] 区域 { $region } 发生服务中断
    }
notification-incident-opened-body =
    { $kind ->
        [failover] { $at }，区域 { $region } 中的分片 { $shard } 停止响应，已切换到同一地区内的备用节点。已确认的写入均未丢失。
       *[outage] { $at }，区域 { $region } 中的分片 { $shard } 停止响应。该分片在其所在地区内没有备用节点，因此在其恢复之前，发往它的请求都会失败。
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] 事件 { $incident } 须在 { $due } 前完成诊断。
        [solution] 事件 { $incident } 须在 { $due } 前给出解决方案。
       *[resolution] 事件 { $incident } 须在 { $due } 前解决。
    }
notification-incident-resolved = 事件 { $incident } 已于 { $at } 解决。
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = { $period } 的健康报告已生成。

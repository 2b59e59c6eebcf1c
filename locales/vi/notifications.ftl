## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] Chuyển đổi dự phòng tại khu vực { $region }
       *[outage] Sự cố ngừng hoạt động tại khu vực { $region }
    }
notification-incident-opened-body =
    { $kind ->
        [failover] Lúc { $at }, shard { $shard } tại khu vực { $region } ngừng phản hồi và đã được chuyển sang máy chủ dự phòng trong cùng vùng. Không có thao tác ghi đã xác nhận nào bị mất.
       *[outage] Lúc { $at }, shard { $shard } tại khu vực { $region } ngừng phản hồi. Shard này không có máy chủ dự phòng trong vùng của nó, vì vậy các yêu cầu gửi đến shard sẽ thất bại cho đến khi shard hoạt động trở lại.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] Sự cố { $incident } cần được chẩn đoán chậm nhất vào { $due }.
        [solution] Cần có giải pháp cho sự cố { $incident } chậm nhất vào { $due }.
       *[resolution] Sự cố { $incident } phải được giải quyết chậm nhất vào { $due }.
    }
notification-incident-resolved = Sự cố { $incident } đã được giải quyết lúc { $at }.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = Báo cáo tình trạng hoạt động { $period } đã sẵn sàng.

## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = Quý { $quarter } năm { $year }
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = Báo cáo tình trạng hoạt động của { $tenant }, { $period }
report-title-region = Báo cáo tình trạng hoạt động của khu vực { $region }, { $period }
# $from and $to are dates; $at a moment.
report-covers = Từ { $from } đến { $to }
report-generated = Tạo lúc { $at }
report-section-summary = Tóm tắt
report-section-availability = Độ khả dụng theo khu vực
report-section-latency = Độ trễ yêu cầu
report-section-errors = Tỷ lệ lỗi
report-section-incidents = Sự cố
report-section-failovers = Chuyển đổi dự phòng
report-section-replication = Sao chép dữ liệu
report-section-backups = Sao lưu và máy chủ dự phòng
report-column-region = Khu vực
report-column-shard = Shard
report-column-availability = Độ khả dụng
report-column-requests = Số yêu cầu
report-column-errors = Số lỗi
report-column-error-rate = Tỷ lệ lỗi
report-column-p50 = Trung vị (p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = Độ trễ sao chép (byte)
report-column-lag-seconds = Độ trễ sao chép (giây)
report-column-standby = Máy chủ dự phòng
report-column-severity = Mức độ nghiêm trọng
report-column-opened = Thời điểm ghi nhận
report-column-status = Trạng thái
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value }%
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] Không có sự cố nào trong kỳ này.
        [1] Có một sự cố trong kỳ này.
       *[other] Có { $count } sự cố trong kỳ này.
    }
report-failovers-count =
    { $count ->
        [0] Không có lần chuyển đổi dự phòng nào trong kỳ này.
        [1] Có một lần chuyển đổi dự phòng trong kỳ này.
       *[other] Có { $count } lần chuyển đổi dự phòng trong kỳ này.
    }
report-severity-critical = Nghiêm trọng
report-severity-major = Lớn
report-severity-minor = Nhỏ
report-stage-detected = Đã phát hiện
report-stage-diagnosed = Đã chẩn đoán
report-stage-mitigated = Đã giảm thiểu
report-stage-resolved = Đã giải quyết
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
        [1] Chẩn đoán trong vòng một giờ
       *[other] Chẩn đoán trong vòng { $hours } giờ
    }
report-deadline-solution =
    { $hours ->
        [1] Đưa ra giải pháp trong vòng một giờ
       *[other] Đưa ra giải pháp trong vòng { $hours } giờ
    }
report-deadline-resolution =
    { $hours ->
        [1] Giải quyết trong vòng một giờ
       *[other] Giải quyết trong vòng { $hours } giờ
    }
report-deadline-met = đúng hạn
report-deadline-missed = trễ hạn
report-deadline-open = đang mở
report-standby-streaming = đang đồng bộ
report-standby-lagging = đang bị trễ
report-standby-not-streaming = ngừng đồng bộ
report-standby-missing = không có
report-backup-ok = bản sao lưu gần nhất lúc { $at }
report-backup-none = chưa có bản sao lưu
report-no-data = Không có dữ liệu cho kỳ này.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

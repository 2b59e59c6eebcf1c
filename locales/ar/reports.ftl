## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = الربع { $quarter } من عام { $year }
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = تقرير الحالة للمستأجر { $tenant }، { $period }
report-title-region = تقرير الحالة للمنطقة { $region }، { $period }
# $from and $to are dates; $at a moment.
report-covers = من { $from } إلى { $to }
report-generated = تاريخ الإنشاء: { $at }
report-section-summary = الملخص
report-section-availability = التوفر حسب المنطقة
report-section-latency = زمن استجابة الطلبات
report-section-errors = معدلات الأخطاء
report-section-incidents = الحوادث
report-section-failovers = عمليات تجاوز الفشل
report-section-replication = النسخ المتماثل
report-section-backups = النسخ الاحتياطية والخوادم الاحتياطية
report-column-region = المنطقة
report-column-shard = الجزء
report-column-availability = التوفر
report-column-requests = الطلبات
report-column-errors = الأخطاء
report-column-error-rate = معدل الأخطاء
report-column-p50 = الوسيط (p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = التأخر (بالبايت)
report-column-lag-seconds = التأخر (بالثواني)
report-column-standby = الخادم الاحتياطي
report-column-severity = الخطورة
report-column-opened = وقت الفتح
report-column-status = الحالة
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value }%
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [zero] لم تقع أي حوادث في هذه الفترة.
        [one] وقعت حادثة واحدة في هذه الفترة.
        [two] وقعت حادثتان في هذه الفترة.
        [few] وقعت { $count } حوادث في هذه الفترة.
        [many] وقعت { $count } حادثة في هذه الفترة.
       *[other] وقعت { $count } حادثة في هذه الفترة.
    }
report-failovers-count =
    { $count ->
        [zero] لم تحدث أي عملية تجاوز فشل في هذه الفترة.
        [one] حدثت عملية تجاوز فشل واحدة في هذه الفترة.
        [two] حدثت عمليتا تجاوز فشل في هذه الفترة.
        [few] حدثت { $count } عمليات تجاوز فشل في هذه الفترة.
        [many] حدثت { $count } عملية تجاوز فشل في هذه الفترة.
       *[other] حدثت { $count } عملية تجاوز فشل في هذه الفترة.
    }
report-severity-critical = حرج
report-severity-major = رئيسي
report-severity-minor = ثانوي
report-stage-detected = تم الاكتشاف
report-stage-diagnosed = تم التشخيص
report-stage-mitigated = تم التخفيف
report-stage-resolved = تم الحل
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
        [zero] التشخيص خلال { $hours } ساعة
        [one] التشخيص خلال ساعة واحدة
        [two] التشخيص خلال ساعتين
        [few] التشخيص خلال { $hours } ساعات
        [many] التشخيص خلال { $hours } ساعة
       *[other] التشخيص خلال { $hours } ساعة
    }
report-deadline-solution =
    { $hours ->
        [zero] إيجاد حل خلال { $hours } ساعة
        [one] إيجاد حل خلال ساعة واحدة
        [two] إيجاد حل خلال ساعتين
        [few] إيجاد حل خلال { $hours } ساعات
        [many] إيجاد حل خلال { $hours } ساعة
       *[other] إيجاد حل خلال { $hours } ساعة
    }
report-deadline-resolution =
    { $hours ->
        [zero] الحل النهائي خلال { $hours } ساعة
        [one] الحل النهائي خلال ساعة واحدة
        [two] الحل النهائي خلال ساعتين
        [few] الحل النهائي خلال { $hours } ساعات
        [many] الحل النهائي خلال { $hours } ساعة
       *[other] الحل النهائي خلال { $hours } ساعة
    }
report-deadline-met = تم الالتزام
report-deadline-missed = لم يتم الالتزام
report-deadline-open = مفتوح
report-standby-streaming = بث مستمر
report-standby-lagging = متأخر
report-standby-not-streaming = البث متوقف
report-standby-missing = غير موجود
report-backup-ok = آخر نسخة احتياطية في { $at }
report-backup-none = لا توجد نسخة احتياطية بعد
report-no-data = لا توجد بيانات لهذه الفترة.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

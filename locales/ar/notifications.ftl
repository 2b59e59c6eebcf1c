## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] تجاوز الفشل في المنطقة { $region }
       *[outage] انقطاع الخدمة في المنطقة { $region }
    }
notification-incident-opened-body =
    { $kind ->
        [failover] في { $at }، توقف الجزء { $shard } في المنطقة { $region } عن الاستجابة، فجرى تحويله إلى الخادم الاحتياطي في الإقليم نفسه. لم تُفقد أي عملية كتابة سبق تأكيدها.
       *[outage] في { $at }، توقف الجزء { $shard } في المنطقة { $region } عن الاستجابة. وليس له خادم احتياطي في إقليمه، لذا ستفشل الطلبات الموجهة إليه إلى أن يعود إلى العمل.
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] يجب تشخيص الحادثة { $incident } في موعد أقصاه { $due }.
        [solution] يجب إيجاد حل للحادثة { $incident } في موعد أقصاه { $due }.
       *[resolution] يجب حل الحادثة { $incident } نهائيًا في موعد أقصاه { $due }.
    }
notification-incident-resolved = تم حل الحادثة { $incident } في { $at }.
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = أصبح تقرير الحالة للفترة { $period } جاهزًا.

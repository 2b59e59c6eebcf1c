## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = خطأ: { $error }
# $dir is a directory path.
cli-dev-starting = جارٍ بدء النشر المحلي في { $dir }…
cli-dev-stopping = جارٍ الإيقاف: إنهاء الطلبات قيد المعالجة، ثم إيقاف عناقيد PostgreSQL…
cli-dev-stopped = تم الإيقاف. البيانات محفوظة للتشغيل التالي.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [zero] يعمل Cadre على هذا الجهاز: نشر يضم { $count } منطقة.
        [one] يعمل Cadre على هذا الجهاز: نشر يضم منطقة واحدة.
        [two] يعمل Cadre على هذا الجهاز: نشر يضم منطقتين.
        [few] يعمل Cadre على هذا الجهاز: نشر يضم { $count } مناطق.
        [many] يعمل Cadre على هذا الجهاز: نشر يضم { $count } منطقة.
       *[other] يعمل Cadre على هذا الجهاز: نشر يضم { $count } منطقة.
    }
cli-dev-gateway = البوابة
cli-dev-s3 = S3
cli-dev-regions = المناطق
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = الإقليم { $zone }، الجزء { $shard }، الحاوية { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = مفتاح مسؤول المستأجر التجريبي (محفوظ أيضًا في { $file }):
cli-dev-no-demo-key = لا يوجد مفتاح تجريبي: بدأ النشر دون تعبئة بيانات أولية.
cli-dev-try = جرّب ما يلي:
# $dir is the data directory.
cli-dev-stop-hint = اضغط Ctrl-C للإيقاف؛ ستبقى البيانات في { $dir } للتشغيل التالي.
cli-serve-directory-migrated = الدليل: اكتمل الترحيل، وتمت مزامنة خريطة الأجزاء.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = الجزء { $shard } ({ $region }): اكتمل الترحيل.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
        [zero] لا توجد أي مشكلة في حزم الولايات القضائية.
        [one] توجد مشكلة واحدة في حزم الولايات القضائية.
        [two] توجد مشكلتان في حزم الولايات القضائية.
        [few] توجد { $count } مشكلات في حزم الولايات القضائية.
        [many] توجد { $count } مشكلة في حزم الولايات القضائية.
       *[other] توجد { $count } مشكلة في حزم الولايات القضائية.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = جميع الحزم ({ $packs }) وتقاويم العطلات الرسمية ({ $calendars }) صالحة.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
        [zero] لا توجد أي مشكلة في الترجمات.
        [one] توجد مشكلة واحدة في الترجمات.
        [two] توجد مشكلتان في الترجمات.
        [few] توجد { $count } مشكلات في الترجمات.
        [many] توجد { $count } مشكلة في الترجمات.
       *[other] توجد { $count } مشكلة في الترجمات.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = جميع اللغات ({ $locales }) مكتملة، وعدد الرسائل في كل منها: { $messages }.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = يعمل الجزء { $shard } الآن على { $endpoint } في الحقبة { $epoch }.
cli-jobs-started = بدأ تشغيل منفّذ المهام؛ وهو يعمل ما دام يحتفظ بقفل القائد.

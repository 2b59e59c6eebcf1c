## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = طلب بصيغة غير صحيحة
problem-bad-parameter-title = معلمة غير صالحة
problem-validation-title = حقول غير صالحة
problem-unauthenticated-title = المصادقة مطلوبة
problem-forbidden-title = غير مسموح
problem-not-found-title = غير موجود
problem-conflict-title = تعارض
problem-stale-version-title = عدم تطابق الإصدار
problem-if-match-required-title = الترويسة If-Match مطلوبة
problem-too-large-title = محتوى الطلب كبير جدًا
problem-unsupported-media-type-title = نوع وسائط غير مدعوم
problem-unavailable-title = الخدمة غير متاحة
problem-rate-limited-title = طلبات كثيرة جدًا
problem-internal-title = خطأ داخلي
problem-method-not-allowed-title = طريقة غير مسموح بها
problem-data-residency-title = قاعدة مكان تخزين البيانات
problem-below-statute-title = أقل أفضلية مما ينص عليه القانون
problem-not-regulated-title = لا توجد قاعدة قانونية
problem-out-of-coverage-title = خارج السنوات المشمولة

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [zero] لا توجد حقول غير صالحة.
        [one] الحقل { $field } غير صالح.
        [two] يوجد حقلان غير صالحين، أولهما { $field }.
        [few] توجد { $count } حقول غير صالحة، أولها { $field }.
        [many] يوجد { $count } حقلًا غير صالح، أولها { $field }.
       *[other] يوجد { $count } حقل غير صالح، أولها { $field }.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = المحتوى ليس JSON صالحًا: الخطأ في السطر { $line }، العمود { $column }.
problem-trailing-json = يستمر المحتوى بعد نهاية مستند JSON، في السطر { $line }، العمود { $column }.
problem-body-unreadable = تعذّرت قراءة محتوى الطلب.
problem-query-malformed = صيغة سلسلة الاستعلام غير صحيحة.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = الترويسة { $header } غير صالحة.
# $parameter is the name of a query parameter.
problem-bad-parameter = معلمة الاستعلام { $parameter } غير صالحة.
problem-auth-missing = أرسل مفتاح API بالصيغة «Authorization: Bearer <key>».
problem-auth-not-text = قيمة الترويسة Authorization ليست نصًا.
problem-auth-scheme = استخدم مخطط المصادقة Bearer: «Authorization: Bearer <key>».
problem-auth-malformed-key = صيغة مفتاح API غير صحيحة.
problem-auth-unknown-key = مفتاح API غير معروف أو تم إبطاله.
problem-auth-tenant-gone = لم يعد المستأجر المرتبط بمفتاح API هذا موجودًا.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = يفتقر مفتاح API هذا إلى النطاق { $scope }.
problem-forbidden-operator = لا يُسمح بهذا الإجراء إلا لمشغّل المنصة.
problem-not-found-resource = المورد المطلوب غير موجود.
problem-not-found-employee = لا يوجد موظف بهذا المعرّف.
problem-not-found-legal-entity = الكيان القانوني المطلوب غير موجود.
problem-not-found-api-key = مفتاح API المطلوب غير موجود.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = لا توجد حزمة ولاية قضائية للرمز { $code } (يجب أن يكون رمزًا وفق ISO 3166-1 alpha-2، أو رمز تقسيم فرعي مثل US-CA).
problem-conflict-work-email = يستخدم موظف آخر لدى هذا المستأجر عنوان البريد الإلكتروني للعمل هذا بالفعل.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = الاسم المختصر { $slug } للمستأجر مستخدم بالفعل.
# $shard is a shard number.
problem-conflict-shard-unavailable = لا توجد نقطة نهاية أساسية للجزء { $shard }.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = يوجد بالفعل كيان قانوني باسم { $name }.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = السجل في الإصدار { $current } وليس { $expected }: أعد جلبه ثم حاول مرة أخرى.
# $value is the If-Match header as sent.
problem-stale-version-unknown = القيمة { $value } في If-Match لا تشير إلى أي إصدار من هذا السجل.
problem-if-match-required = لتعديل السجل، أرسل If-Match مع الإصدار الحالي للسجل (قيمة ETag الخاصة به).
# $limit is a number of bytes.
problem-too-large = يتجاوز المحتوى الحد الأقصى البالغ { $limit } بايت.
problem-unsupported-media-type = أرسل المحتوى بتنسيق application/json.
problem-unavailable-database = تعذّر الوصول إلى قاعدة البيانات التي تحتوي على هذه البيانات؛ أعد المحاولة لاحقًا.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = استغرق الطلب أكثر من { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
} وتم إيقافه؛ أعد المحاولة لاحقًا.
problem-internal = أخفق الخادم في معالجة الطلب، وتم تسجيل الخطأ.
problem-method-not-allowed = لا يدعم هذا المورد هذه الطريقة.
problem-bad-request = تعذّرت معالجة الطلب.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = لا يجوز تخزين البيانات الشخصية لفرع في { $country } إلا في الإقليم { $zones } ({ $source })؛ أما المنطقة المختارة فتقع في الإقليم { $zone }.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
        [zero] لا يوجد أي شرط أقل أفضلية مما ينص عليه القانون.
        [one] يوجد شرط واحد أقل أفضلية مما ينص عليه القانون.
        [two] يوجد شرطان أقل أفضلية مما ينص عليه القانون.
        [few] توجد { $count } شروط أقل أفضلية مما ينص عليه القانون.
        [many] يوجد { $count } شرطًا أقل أفضلية مما ينص عليه القانون.
       *[other] يوجد { $count } شرط أقل أفضلية مما ينص عليه القانون.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = لا توجد في { $jurisdiction } قاعدة قانونية بشأن { $fact } سارية بتاريخ { $date }.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = يغطي تقويم العطلات الرسمية في { $jurisdiction } السنوات من { $from } إلى { $to }؛ والتاريخ { $date } خارج هذا النطاق.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = الجزء { $shard } في المنطقة { $region } متوقف عن العمل، وليس له خادم احتياطي في إقليمه ليحل محله. تم فتح حادثة؛ أعد المحاولة لاحقًا.
problem-unavailable-failover = يجري نقل هذه البيانات إلى الخادم الاحتياطي بعد حدوث عطل. أعد المحاولة بعد بضع ثوانٍ.
problem-not-found-incident = لا توجد حادثة بهذا المعرّف.
problem-not-found-report = لا يوجد تقرير حالة بهذا المعرّف.
problem-not-found-job = لا توجد مهمة بهذا المعرّف.
problem-job-finished = انتهت المهمة بالفعل؛ لا يمكن إلغاء إلا مهمة في قائمة الانتظار أو قيد التشغيل.
# $region is a region id.
problem-unavailable-report-store = تعذّر الوصول إلى مخزن التقارير في المنطقة { $region }؛ أعد المحاولة لاحقًا.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = تجاوز مفتاح API هذا الحد المسموح به من الطلبات، وهو { $quota } في الثانية. أعد المحاولة بعد { $retry ->
    [zero] { $retry } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $retry } ثوانٍ
    [many] { $retry } ثانية
   *[other] { $retry } ثانية
}.
problem-rate-limited-tenant = تجاوز هذا المستأجر الحد المسموح به من الطلبات، وهو { $quota } في الثانية. أعد المحاولة بعد { $retry ->
    [zero] { $retry } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $retry } ثوانٍ
    [many] { $retry } ثانية
   *[other] { $retry } ثانية
}.
problem-rate-limited-auth = محاولات مصادقة فاشلة كثيرة جدًا من هذا العنوان. أعد المحاولة بعد { $retry ->
    [zero] { $retry } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $retry } ثوانٍ
    [many] { $retry } ثانية
   *[other] { $retry } ثانية
}.

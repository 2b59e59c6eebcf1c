## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = مطلوب
field-empty = يجب ألا يكون فارغًا
# $max is a number of characters.
field-too-long =
    { $max ->
        [zero] يجب أن يكون فارغًا
        [one] يجب ألا يتجاوز طوله حرفًا واحدًا
        [two] يجب ألا يتجاوز طوله حرفين
        [few] يجب ألا يتجاوز طوله { $max } أحرف
        [many] يجب ألا يتجاوز طوله { $max } حرفًا
       *[other] يجب ألا يتجاوز طوله { $max } حرف
    }
field-control-characters = يجب ألا يحتوي على أحرف تحكم
field-name = يجب أن يتراوح طوله بين 1 و200 حرف، دون أحرف تحكم
field-slug = يجب أن يتكون من 2 إلى 63 رمزًا من الأحرف اللاتينية الصغيرة أو الأرقام أو الشرطات، وأن يبدأ بحرف
field-email = { $value } ليس عنوان بريد إلكتروني
field-country = { $value } ليس رمز بلد وفق ISO 3166-1 alpha-2
field-language-tag = { $value } ليس وسم لغة مثل «de» أو «pt-BR»
field-time-zone = { $value } ليست منطقة زمنية وفق IANA مثل «Europe/Berlin»
# $jurisdiction is a code such as US.
field-time-zone-needed = لا تحدد حزمة { $jurisdiction } أي منطقة زمنية؛ حدِّد منطقة زمنية
# $min and $max are years.
field-year-between = يجب أن يكون سنة من { $min } إلى { $max }
field-date = يجب أن يكون تاريخًا بالصيغة YYYY-MM-DD
field-time-of-day = يجب أن يكون وقتًا من اليوم بالصيغة HH:MM
field-instant = يجب أن يكون لحظة زمنية بصيغة RFC 3339، مثل 2026-12-06T09:30:00Z
field-local-date-time = يجب أن يكون تاريخًا ووقتًا محليين بالصيغة YYYY-MM-DDTHH:MM، دون إزاحة عن UTC
# $known lists the accepted day names.
field-weekday = يجب أن يكون يومًا من أيام الأسبوع: { $known }
field-uuid = ليس معرّف UUID
field-employee-id = ليس معرّف موظف
field-own-manager = لا يمكن أن يكون الموظف مديرًا لنفسه
field-unknown-manager = لا يوجد لدى هذا المستأجر موظف بهذا المعرّف
field-unknown-legal-entity = ليس كيانًا قانونيًا تابعًا لهذا المستأجر
field-legal-entity-fixed = لا يمكن تغييره هنا: نقل الموظف إلى كيان قانوني آخر يتم عبر إجراء نقل
# $known lists the valid choices.
field-unknown-region = { $value } ليست منطقة في هذا النشر (اختر من: { $known })
field-unknown-scope = { $value } ليس نطاقًا (اختر من: { $known })
field-no-scopes = امنح نطاقًا واحدًا على الأقل
field-unknown-parameter = ليس من معلمات هذا الطلب (اختر من: { $known })
field-cursor = ليس مؤشرًا صادرًا عن واجهة API هذه
field-cursor-other-list = ينتمي إلى قائمة ذات عوامل تصفية أخرى: أرسله مع عوامل التصفية التي صدر معها
# $max is the largest accepted number.
field-limit = يجب أن يكون عددًا صحيحًا من 1 إلى { $max }
field-at-most = يجب ألا يتجاوز { $max }
field-not-negative = يجب ألا يكون سالبًا
# $min is excluded, $max included.
field-above-up-to = يجب أن يكون أكبر من { $min } وألا يتجاوز { $max }
field-after-evaluation-date = يقع بعد تاريخ التقييم
field-date-out-of-range = يؤدي إلى تاريخ خارج النطاق المدعوم
field-shifts-empty = يلزم وجود نوبة عمل واحدة على الأقل
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = تنتهي النوبة { $index } قبل أن تبدأ
field-shift-overlaps = تتداخل النوبة { $index } مع النوبة { $previous } أو تسبقها
# $days is a number of days.
field-shifts-span =
    { $days ->
        [zero] يجب أن تقع النوبات ضمن { $days } يوم
        [one] يجب أن تقع النوبات ضمن يوم واحد
        [two] يجب أن تقع النوبات ضمن يومين
        [few] يجب أن تقع النوبات ضمن { $days } أيام
        [many] يجب أن تقع النوبات ضمن { $days } يومًا
       *[other] يجب أن تقع النوبات ضمن { $days } يوم
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = الحد الأدنى للأجور الساري محدد بعملة { $expected }، وليس { $value }
field-pack-amount = المبلغ المحدد لهذه القاعدة في حزمة الولاية القضائية ليس رقمًا
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } أقل من الحد الأدنى القانوني البالغ { $statutory } في { $jurisdiction } ({ $source })
field-above-statutory-maximum = { $value } أعلى من الحد الأقصى القانوني البالغ { $statutory } في { $jurisdiction } ({ $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = لا يجوز تخزين البيانات الشخصية لفرع في { $country } إلا في الإقليم { $zones }؛ أما هذه المنطقة فتقع في الإقليم { $zone }

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = ليس حقلًا في هذا الطلب (المتوقع: { $expected })
json-wrong-type = نوعه غير صحيح: القيمة المستلمة { $found }، والمتوقع { $expected }
json-wrong-value = قيمته غير صالحة: القيمة المستلمة { $found }، والمتوقع { $expected }
json-unknown-variant = { $value } ليس واحدًا من { $expected }
# $reason is the parser's own explanation, in English.
json-invalid = غير صالح: { $reason }
# $known is a list of stages.
field-incident-stage = { $value } ليست مرحلة يمكن تسجيلها (اختر من: { $known })
field-text-length = يجب أن يكون عدد أحرفه من { $min } إلى { $max }
field-report-quarter = { $value } ليس ربعًا سنويًا مثل «2026-Q3»
field-report-future = الربع { $value } لم يبدأ بعد
# $known is a list of formats.
field-report-format = { $value } ليس تنسيقًا للتقارير (اختر من: { $known })

## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = обязательно для заполнения
field-empty = не может быть пустым
# $max is a number of characters.
field-too-long =
    { $max ->
        [one] должно содержать не более { $max } символа
        [few] должно содержать не более { $max } символов
        [many] должно содержать не более { $max } символов
       *[other] должно содержать не более { $max } символа
    }
field-control-characters = не должно содержать управляющих символов
field-name = должно содержать от 1 до 200 символов без управляющих символов
field-slug = должно содержать от 2 до 63 символов (строчные буквы, цифры или дефисы) и начинаться с буквы
field-email = { $value } не является адресом электронной почты
field-country = { $value } не является кодом страны ISO 3166-1 alpha-2
field-language-tag = { $value } не является языковым тегом (например, «de» или «pt-BR»)
field-time-zone = { $value } не является часовым поясом IANA (например, «Europe/Berlin»)
# $jurisdiction is a code such as US.
field-time-zone-needed = в пакете { $jurisdiction } не указан часовой пояс; укажите его
# $min and $max are years.
field-year-between = должно быть годом от { $min } до { $max }
field-date = должно быть датой в формате YYYY-MM-DD
field-time-of-day = должно быть временем суток в формате HH:MM
field-instant = должно быть моментом времени в формате RFC 3339 (например, 2026-12-06T09:30:00Z)
field-local-date-time = должно содержать местные дату и время в формате YYYY-MM-DDTHH:MM без смещения относительно UTC
# $known lists the accepted day names.
field-weekday = должно быть днем недели: { $known }
field-uuid = не является UUID
field-employee-id = не является идентификатором сотрудника
field-own-manager = сотрудник не может быть собственным руководителем
field-unknown-manager = в этой организации нет сотрудника с таким идентификатором
field-unknown-legal-entity = не является юридическим лицом этой организации
field-legal-entity-fixed = здесь изменить нельзя: смена юридического лица сотрудника оформляется как перевод
# $known lists the valid choices.
field-unknown-region = { $value } не является регионом этого развертывания (допустимые значения: { $known })
field-unknown-scope = { $value } не является областью доступа (допустимые значения: { $known })
field-no-scopes = предоставьте хотя бы одну область доступа
field-unknown-parameter = не является параметром этого запроса (допустимые значения: { $known })
field-cursor = не является курсором, выданным этим API
field-cursor-other-list = относится к списку с другими фильтрами: передайте его с теми фильтрами, с которыми он был получен
# $max is the largest accepted number.
field-limit = должно быть целым числом от 1 до { $max }
field-at-most = должно быть не больше { $max }
field-not-negative = не может быть отрицательным
# $min is excluded, $max included.
field-above-up-to = должно быть больше { $min } и не больше { $max }
field-after-evaluation-date = позже даты оценки
field-date-out-of-range = приводит к дате за пределами поддерживаемого диапазона
field-shifts-empty = требуется хотя бы одна смена
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = смена { $index } заканчивается раньше, чем начинается
field-shift-overlaps = смена { $index } пересекается со сменой { $previous } или начинается раньше нее
# $days is a number of days.
field-shifts-span =
    { $days ->
        [one] смены должны укладываться в { $days } день
        [few] смены должны укладываться в { $days } дня
        [many] смены должны укладываться в { $days } дней
       *[other] смены должны укладываться в { $days } дня
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = действующая минимальная заработная плата установлена в валюте { $expected }, а не { $value }
field-pack-amount = сумма для этого правила в пакете юрисдикции не является числом
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } ниже установленного законом минимума { $statutory } в юрисдикции { $jurisdiction } ({ $source })
field-above-statutory-maximum = { $value } выше установленного законом максимума { $statutory } в юрисдикции { $jurisdiction } ({ $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = персональные данные филиала в стране { $country } можно хранить только в зоне { $zones }; этот регион находится в зоне { $zone }

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = не является полем этого запроса (ожидается { $expected })
json-wrong-type = имеет неверный тип: получено { $found }, ожидается { $expected }
json-wrong-value = имеет недопустимое значение: получено { $found }, ожидается { $expected }
json-unknown-variant = { $value } не входит в число допустимых значений: { $expected }
# $reason is the parser's own explanation, in English.
json-invalid = недопустимо: { $reason }
# $known is a list of stages.
field-incident-stage = { $value } не является этапом, который можно зафиксировать (допустимые значения: { $known })
field-text-length = количество символов должно быть от { $min } до { $max }
field-report-quarter = { $value } не является кварталом (например, «2026-Q3»)
field-report-future = квартал { $value } еще не начался
# $known is a list of formats.
field-report-format = { $value } не является форматом отчета (допустимые значения: { $known })

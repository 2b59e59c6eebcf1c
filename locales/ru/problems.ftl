## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = Некорректный запрос
problem-bad-parameter-title = Недопустимый параметр
problem-validation-title = Недопустимые значения полей
problem-unauthenticated-title = Требуется аутентификация
problem-forbidden-title = Доступ запрещен
problem-not-found-title = Не найдено
problem-conflict-title = Конфликт
problem-stale-version-title = Несовпадение версий
problem-if-match-required-title = Требуется If-Match
problem-too-large-title = Слишком большое тело запроса
problem-unsupported-media-type-title = Неподдерживаемый тип содержимого
problem-unavailable-title = Сервис недоступен
problem-rate-limited-title = Слишком много запросов
problem-internal-title = Внутренняя ошибка
problem-method-not-allowed-title = Метод не поддерживается
problem-data-residency-title = Правило локализации данных
problem-below-statute-title = Условия хуже установленных законом
problem-not-regulated-title = Норма закона отсутствует
problem-out-of-coverage-title = Вне охватываемого периода

## Details

# $count is the number of invalid fields; $field is the first of them.
# [1] is kept apart from [one], which in Russian also covers 21, 31 …
problem-validation-detail =
    { $count ->
        [1] Поле { $field } содержит недопустимое значение.
        [one] { $count } поле содержит недопустимое значение, первое из них — { $field }.
        [few] { $count } поля содержат недопустимые значения, первое из них — { $field }.
        [many] { $count } полей содержат недопустимые значения, первое из них — { $field }.
       *[other] { $count } поля содержат недопустимые значения, первое из них — { $field }.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = Тело запроса не является корректным JSON: ошибка в строке { $line }, столбце { $column }.
problem-trailing-json = После JSON-документа в теле запроса есть лишние данные: строка { $line }, столбец { $column }.
problem-body-unreadable = Не удалось прочитать тело запроса.
problem-query-malformed = Строка запроса имеет неверный формат.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = Недопустимый заголовок { $header }.
# $parameter is the name of a query parameter.
problem-bad-parameter = Недопустимый параметр запроса { $parameter }.
problem-auth-missing = Передайте ключ API в заголовке «Authorization: Bearer <key>».
problem-auth-not-text = Заголовок Authorization не является текстом.
problem-auth-scheme = Используйте схему Bearer: «Authorization: Bearer <key>».
problem-auth-malformed-key = Ключ API имеет неверный формат.
problem-auth-unknown-key = Ключ API неизвестен или отозван.
problem-auth-tenant-gone = Организация, которой принадлежит этот ключ API, больше не существует.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = У этого ключа API нет области доступа { $scope }.
problem-forbidden-operator = Это действие может выполнить только оператор платформы.
problem-not-found-resource = Такого ресурса нет.
problem-not-found-employee = Сотрудника с таким идентификатором нет.
problem-not-found-legal-entity = Такого юридического лица нет.
problem-not-found-api-key = Такого ключа API нет.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = Для { $code } нет пакета юрисдикции (нужен код ISO 3166-1 alpha-2 или код административно-территориальной единицы, например US-CA).
problem-conflict-work-email = Другой сотрудник этой организации уже использует этот рабочий адрес электронной почты.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = Краткое имя организации { $slug } уже занято.
# $shard is a shard number.
problem-conflict-shard-unavailable = У шарда { $shard } нет основной конечной точки.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = Юридическое лицо с названием { $name } уже существует.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = Текущая версия записи — { $current }, а не { $expected }: получите запись заново и повторите попытку.
# $value is the If-Match header as sent.
problem-stale-version-unknown = Значение If-Match { $value } не соответствует ни одной версии этой записи.
problem-if-match-required = Чтобы изменить запись, передайте в заголовке If-Match ее текущую версию (ETag).
# $limit is a number of bytes.
problem-too-large = Тело запроса превышает допустимый размер ({ $limit } байт).
problem-unsupported-media-type = Передайте тело запроса в формате application/json.
problem-unavailable-database = База данных, в которой хранятся эти данные, недоступна; повторите попытку позже.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = Запрос выполнялся дольше { $seconds ->
    [one] { $seconds } секунды
    [few] { $seconds } секунд
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} и был прерван; повторите попытку позже.
problem-internal = Серверу не удалось обработать запрос; сбой зарегистрирован в журнале.
problem-method-not-allowed = Этот ресурс не поддерживает данный метод.
problem-bad-request = Не удалось обработать запрос.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = Персональные данные филиала в стране { $country } можно хранить только в зоне { $zones } ({ $source }); выбранный регион находится в зоне { $zone }.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
        [one] { $count } условие хуже установленного законом.
        [few] { $count } условия хуже установленных законом.
        [many] { $count } условий хуже установленных законом.
       *[other] { $count } условия хуже установленных законом.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = Для юрисдикции { $jurisdiction } нет нормы закона по { $fact }, действующей на { $date }.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = Календарь праздников для { $jurisdiction } охватывает годы с { $from } по { $to }; дата { $date } выходит за эти пределы.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = Шард { $shard } в регионе { $region } не работает, а в его зоне нет резервного сервера, который мог бы его заменить. Открыт инцидент; повторите попытку позже.
problem-unavailable-failover = После сбоя эти данные переключаются на резервный сервер. Повторите попытку через несколько секунд.
problem-not-found-incident = Инцидента с таким идентификатором нет.
problem-not-found-report = Отчета о работоспособности с таким идентификатором нет.
problem-not-found-job = Задания с таким идентификатором нет.
problem-job-finished = Задание уже завершено; отменить можно только задание, которое ожидает в очереди или выполняется.
# $region is a region id.
problem-unavailable-report-store = Хранилище отчетов региона { $region } недоступно; повторите попытку позже.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = Этот ключ API превысил свой лимит запросов ({ $quota } в секунду). Повторите попытку через { $retry ->
    [one] { $retry } секунду
    [few] { $retry } секунды
    [many] { $retry } секунд
   *[other] { $retry } секунды
}.
problem-rate-limited-tenant = Эта организация превысила свой лимит запросов ({ $quota } в секунду). Повторите попытку через { $retry ->
    [one] { $retry } секунду
    [few] { $retry } секунды
    [many] { $retry } секунд
   *[other] { $retry } секунды
}.
problem-rate-limited-auth = Слишком много неудачных попыток аутентификации с этого адреса. Повторите попытку через { $retry ->
    [one] { $retry } секунду
    [few] { $retry } секунды
    [many] { $retry } секунд
   *[other] { $retry } секунды
}.

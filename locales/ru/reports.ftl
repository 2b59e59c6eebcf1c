## Health reports: one per tenant per quarter, and one per region for operators.
## $tenant, $region and $shard are names or identifiers; dates and numbers arrive formatted.

# $quarter is 1 to 4; $year is a year, written without grouping.
report-period-quarter = { $quarter }-й квартал { $year } г.
# $tenant is the tenant's name, $period a period from report-period-quarter.
report-title-tenant = Отчет о работоспособности: { $tenant }, { $period }
report-title-region = Отчет о работоспособности региона { $region }, { $period }
# $from and $to are dates; $at a moment.
report-covers = С { $from } по { $to }
report-generated = Сформирован { $at }
report-section-summary = Сводка
report-section-availability = Доступность по регионам
report-section-latency = Задержка запросов
report-section-errors = Доля ошибок
report-section-incidents = Инциденты
report-section-failovers = Аварийные переключения
report-section-replication = Репликация
report-section-backups = Резервные копии и резервные серверы
report-column-region = Регион
report-column-shard = Шард
report-column-availability = Доступность
report-column-requests = Запросы
report-column-errors = Ошибки
report-column-error-rate = Доля ошибок
report-column-p50 = Медиана (p50)
report-column-p95 = p95
report-column-p99 = p99
report-column-lag-bytes = Отставание (байт)
report-column-lag-seconds = Отставание (с)
report-column-standby = Резервный сервер
report-column-severity = Серьезность
report-column-opened = Открыт
report-column-status = Статус
# $value is a percentage that arrives formatted, e.g. 99.95.
report-availability-value = { $value } %
# $ms is a number of milliseconds.
report-latency-value = { $ms } ms
# $count is a number of incidents.
report-incidents-count =
    { $count ->
        [0] За этот период инцидентов не было.
        [one] За этот период произошел { $count } инцидент.
        [few] За этот период произошло { $count } инцидента.
        [many] За этот период произошло { $count } инцидентов.
       *[other] За этот период произошло { $count } инцидента.
    }
report-failovers-count =
    { $count ->
        [0] За этот период аварийных переключений не было.
        [one] За этот период произошло { $count } аварийное переключение.
        [few] За этот период произошло { $count } аварийных переключения.
        [many] За этот период произошло { $count } аварийных переключений.
       *[other] За этот период произошло { $count } аварийного переключения.
    }
report-severity-critical = Критическая
report-severity-major = Высокая
report-severity-minor = Низкая
report-stage-detected = Обнаружен
report-stage-diagnosed = Диагностирован
report-stage-mitigated = Локализован
report-stage-resolved = Устранен
# $hours is the ladder's limit for the stage (1, 4 or 12).
report-deadline-diagnosis =
    { $hours ->
        [one] Диагностика в течение { $hours } часа
        [few] Диагностика в течение { $hours } часов
        [many] Диагностика в течение { $hours } часов
       *[other] Диагностика в течение { $hours } часа
    }
report-deadline-solution =
    { $hours ->
        [one] Решение в течение { $hours } часа
        [few] Решение в течение { $hours } часов
        [many] Решение в течение { $hours } часов
       *[other] Решение в течение { $hours } часа
    }
report-deadline-resolution =
    { $hours ->
        [one] Устранение в течение { $hours } часа
        [few] Устранение в течение { $hours } часов
        [many] Устранение в течение { $hours } часов
       *[other] Устранение в течение { $hours } часа
    }
report-deadline-met = соблюден
report-deadline-missed = нарушен
report-deadline-open = в работе
report-standby-streaming = идет репликация
report-standby-lagging = отстает
report-standby-not-streaming = репликация остановлена
report-standby-missing = отсутствует
report-backup-ok = последняя резервная копия: { $at }
report-backup-none = резервных копий пока нет
report-no-data = Нет данных за этот период.
# A number or a moment alone, formatted by the language's rules (no words to translate).
report-number = { $value }
report-moment = { $at }

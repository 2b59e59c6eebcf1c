## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = ошибка: { $error }
# $dir is a directory path.
cli-dev-starting = Запуск локального развертывания в { $dir } …
cli-dev-stopping = Остановка: завершение обработки запросов, затем остановка кластеров PostgreSQL …
cli-dev-stopped = Остановлено. Данные сохранены до следующего запуска.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [one] Cadre запущен на этом компьютере: развертывание с { $count } регионом.
        [few] Cadre запущен на этом компьютере: развертывание с { $count } регионами.
        [many] Cadre запущен на этом компьютере: развертывание с { $count } регионами.
       *[other] Cadre запущен на этом компьютере: развертывание с { $count } региона.
    }
cli-dev-gateway = Шлюз
cli-dev-s3 = S3
cli-dev-regions = Регионы
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = зона { $zone }, шард { $shard }, бакет { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = Ключ администратора демонстрационной организации (также в { $file }):
cli-dev-no-demo-key = Демонстрационного ключа нет: развертывание запущено без начальных данных.
cli-dev-try = Попробуйте:
# $dir is the data directory.
cli-dev-stop-hint = Для остановки нажмите Ctrl-C; данные останутся в { $dir } до следующего запуска.
cli-serve-directory-migrated = Каталог: миграции применены, карта шардов синхронизирована.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = Шард { $shard } ({ $region }): миграции применены.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
        [one] В пакетах юрисдикций обнаружена { $count } проблема.
        [few] В пакетах юрисдикций обнаружены { $count } проблемы.
        [many] В пакетах юрисдикций обнаружено { $count } проблем.
       *[other] В пакетах юрисдикций обнаружено { $count } проблемы.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = Все файлы корректны. Пакетов: { $packs }, календарей праздников: { $calendars }.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
        [one] В переводах обнаружена { $count } проблема.
        [few] В переводах обнаружены { $count } проблемы.
        [many] В переводах обнаружено { $count } проблем.
       *[other] В переводах обнаружено { $count } проблемы.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = Переводы полные. Языков: { $locales }, сообщений в каждом: { $messages }.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = Шард { $shard } теперь работает на { $endpoint } (эпоха { $epoch }).
cli-jobs-started = Исполнитель заданий запущен; он работает, пока удерживает блокировку лидера.

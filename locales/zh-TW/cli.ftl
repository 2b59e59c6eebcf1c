## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = 錯誤：{ $error }
# $dir is a directory path.
cli-dev-starting = 正在 { $dir } 中啟動本機部署…
cli-dev-stopping = 正在停止：先處理完進行中的要求，再停止 PostgreSQL 叢集…
cli-dev-stopped = 已停止。資料已保留，供下次啟動使用。
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [1] Cadre 正在本機上執行：單一區域部署。
       *[other] Cadre 正在本機上執行：包含 { $count } 個區域的部署。
    }
cli-dev-gateway = 閘道
cli-dev-s3 = S3
cli-dev-regions = 區域
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = 地區 { $zone }，分片 { $shard }，儲存貯體 { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = 示範租戶的管理員金鑰（亦存放於 { $file }）：
cli-dev-no-demo-key = 沒有示範金鑰：此部署啟動時未植入初始資料。
cli-dev-try = 試試看：
# $dir is the data directory.
cli-dev-stop-hint = 按 Ctrl-C 即可停止；資料會保留在 { $dir } 中，供下次啟動使用。
cli-serve-directory-migrated = 目錄資料庫：已完成遷移，分片對應表已同步。
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = 分片 { $shard }（{ $region }）：已完成遷移。
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
       *[other] 司法管轄區套件中有 { $count } 個問題。
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = { $packs } 個司法管轄區套件與 { $calendars } 個假日行事曆皆有效。
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
       *[other] 翻譯中有 { $count } 個問題。
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = { $locales } 種語言皆已完整，每種各有 { $messages } 則訊息。
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = 分片 { $shard } 現在於 { $endpoint } 上執行（紀元 { $epoch }）。
cli-jobs-started = 作業執行器已啟動；在持有領導者鎖的期間處理作業。

## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = 错误：{ $error }
# $dir is a directory path.
cli-dev-starting = 正在 { $dir } 中启动本地部署……
cli-dev-stopping = 正在停止：先处理完进行中的请求，再停止 PostgreSQL 集群……
cli-dev-stopped = 已停止。数据已保留，供下次启动使用。
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [1] Cadre 正在本机运行：单区域部署。
       *[other] Cadre 正在本机运行：包含 { $count } 个区域的部署。
    }
cli-dev-gateway = 网关
cli-dev-s3 = S3
cli-dev-regions = 区域
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = 地区 { $zone }，分片 { $shard }，存储桶 { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = 演示租户的管理员密钥（也保存在 { $file } 中）：
cli-dev-no-demo-key = 没有演示密钥：本次部署启动时未填充初始数据。
cli-dev-try = 可以尝试：
# $dir is the data directory.
cli-dev-stop-hint = 按 Ctrl-C 停止；数据会保留在 { $dir } 中，供下次启动使用。
cli-serve-directory-migrated = 目录库：已迁移，分片映射已同步。
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = 分片 { $shard }（{ $region }）：已迁移。
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
       *[other] 司法辖区包中有 { $count } 个问题。
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = { $packs } 个司法辖区包和 { $calendars } 个节假日日历均有效。
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
       *[other] 翻译中有 { $count } 个问题。
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = { $locales } 种语言均已完整，每种包含 { $messages } 条消息。
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = 分片 { $shard } 现已在 { $endpoint } 上运行（纪元 { $epoch }）。
cli-jobs-started = 作业运行器已启动；在持有领导者锁期间处理作业。

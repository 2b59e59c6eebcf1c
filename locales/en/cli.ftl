## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = error: { $error }
# $dir is a directory path.
cli-dev-starting = Starting the local deployment in { $dir } …
cli-dev-stopping = Stopping: draining requests, then stopping the PostgreSQL clusters …
cli-dev-stopped = Stopped. The data is kept for the next start.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [one] Cadre is running: a one-region deployment on this machine.
       *[other] Cadre is running: a { $count }-region deployment on this machine.
    }
cli-dev-gateway = Gateway
cli-dev-s3 = S3
cli-dev-regions = Regions
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = zone { $zone }, shard { $shard }, bucket { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = Demo tenant admin key (also in { $file }):
cli-dev-no-demo-key = No demo key: the deployment was started without seeding.
cli-dev-try = Try:
# $dir is the data directory.
cli-dev-stop-hint = Press Ctrl-C to stop; the data stays in { $dir } for the next start.
cli-serve-directory-migrated = Directory: migrated, shard map synced.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = Shard { $shard } ({ $region }): migrated.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
        [one] One problem in the jurisdiction packs.
       *[other] { $count } problems in the jurisdiction packs.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = { $packs } packs and { $calendars } holiday calendars are valid.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
        [one] One problem in the translations.
       *[other] { $count } problems in the translations.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = { $locales } languages with { $messages } messages each are complete.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = Shard { $shard } now runs on { $endpoint } in epoch { $epoch }.
cli-jobs-started = Jobs runner started; it acts while it holds the leader lock.

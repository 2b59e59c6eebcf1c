## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = エラー：{ $error }
# $dir is a directory path.
cli-dev-starting = { $dir } でローカル環境を起動しています…
cli-dev-stopping = 停止しています：処理中のリクエストを完了させてから、PostgreSQL クラスターを停止します…
cli-dev-stopped = 停止しました。データは次回の起動用に保持されています。
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [1] Cadre がこのマシン上で実行中です（単一リージョン構成）。
       *[other] Cadre がこのマシン上で実行中です（{ $count }リージョン構成）。
    }
cli-dev-gateway = ゲートウェイ
cli-dev-s3 = S3
cli-dev-regions = リージョン
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = ゾーン { $zone }、シャード { $shard }、バケット { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = デモテナントの管理者キー（{ $file } にも保存されています）：
cli-dev-no-demo-key = デモキーはありません：初期データを投入せずに起動されました。
cli-dev-try = 次のコマンドをお試しください：
# $dir is the data directory.
cli-dev-stop-hint = 停止するには Ctrl-C を押してください。データは次回の起動用に { $dir } に保持されます。
cli-serve-directory-migrated = ディレクトリ：移行済み、シャードマップ同期済み。
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = シャード { $shard }（{ $region }）：移行済み。
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
       *[other] 法域パックに{ $count }件の問題があります。
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = { $packs }個の法域パックと{ $calendars }個の休日カレンダーはすべて有効です。
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
       *[other] 翻訳に{ $count }件の問題があります。
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = { $locales }言語すべての翻訳が完了しています（各言語{ $messages }件のメッセージ）。
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = シャード { $shard } は現在 { $endpoint } で稼働しています（エポック { $epoch }）。
cli-jobs-started = ジョブランナーを起動しました。リーダーロックを保持している間、処理を実行します。

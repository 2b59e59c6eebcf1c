## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = リクエストの形式が正しくありません
problem-bad-parameter-title = パラメーターが無効です
problem-validation-title = フィールドが無効です
problem-unauthenticated-title = 認証が必要です
problem-forbidden-title = 許可されていません
problem-not-found-title = 見つかりません
problem-conflict-title = 競合しています
problem-stale-version-title = バージョンが一致しません
problem-if-match-required-title = If-Match が必要です
problem-too-large-title = リクエスト本文が大きすぎます
problem-unsupported-media-type-title = サポートされていないメディアタイプです
problem-unavailable-title = サービスを利用できません
problem-rate-limited-title = リクエストが多すぎます
problem-internal-title = 内部エラー
problem-method-not-allowed-title = 許可されていないメソッドです
problem-data-residency-title = データ所在地の規則
problem-below-statute-title = 法定基準を下回っています
problem-not-regulated-title = 法定の規則がありません
problem-out-of-coverage-title = 対象年の範囲外です

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [1] フィールド { $field } が無効です。
       *[other] { $count }個のフィールドが無効です。最初のフィールドは { $field } です。
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = 本文が有効な JSON ではありません。エラーは { $line } 行目、{ $column } 列目にあります。
problem-trailing-json = 本文の JSON ドキュメントの後に余分な内容があります（{ $line } 行目、{ $column } 列目）。
problem-body-unreadable = リクエスト本文を読み取れませんでした。
problem-query-malformed = クエリ文字列の形式が正しくありません。
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = ヘッダー { $header } が無効です。
# $parameter is the name of a query parameter.
problem-bad-parameter = クエリパラメーター { $parameter } が無効です。
problem-auth-missing = API キーを「Authorization: Bearer <key>」の形式で送信してください。
problem-auth-not-text = Authorization ヘッダーがテキストではありません。
problem-auth-scheme = Bearer スキームを使用してください（「Authorization: Bearer <key>」）。
problem-auth-malformed-key = API キーの形式が正しくありません。
problem-auth-unknown-key = API キーが認識できないか、失効しています。
problem-auth-tenant-gone = この API キーのテナントは既に存在しません。
# $scope is a scope name such as employees:write.
problem-forbidden-scope = この API キーには { $scope } スコープがありません。
problem-forbidden-operator = この操作を実行できるのはプラットフォーム運営者のみです。
problem-not-found-resource = 該当するリソースは存在しません。
problem-not-found-employee = この ID の従業員は存在しません。
problem-not-found-legal-entity = 該当する法人は存在しません。
problem-not-found-api-key = 該当する API キーは存在しません。
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = { $code } の法域パックはありません（ISO 3166-1 alpha-2 コード、または US-CA などの行政区画コードを指定してください）。
problem-conflict-work-email = このテナントの別の従業員が、この業務用メールアドレスを既に使用しています。
# $slug is the tenant's short name.
problem-conflict-tenant-slug = テナントの短縮名 { $slug } は既に使用されています。
# $shard is a shard number.
problem-conflict-shard-unavailable = シャード { $shard } にはプライマリエンドポイントがありません。
# $name is the legal entity's name.
problem-conflict-legal-entity-name = { $name } という名前の法人は既に存在します。
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = レコードのバージョンは { $expected } ではなく { $current } です。レコードを再取得してから、やり直してください。
# $value is the If-Match header as sent.
problem-stale-version-unknown = If-Match { $value } は、このレコードのどのバージョンにも該当しません。
problem-if-match-required = このレコードを変更するには、現在のバージョン（ETag）を If-Match で送信してください。
# $limit is a number of bytes.
problem-too-large = 本文が上限の { $limit } バイトを超えています。
problem-unsupported-media-type = 本文は application/json として送信してください。
problem-unavailable-database = このデータを保持するデータベースに接続できません。しばらくしてから再試行してください。
# $seconds is a whole number of seconds.
problem-unavailable-timeout = このリクエストの処理時間が{ $seconds }秒を超えたため、処理を中止しました。しばらくしてから再試行してください。
problem-internal = サーバーでリクエストを処理できませんでした。この障害は記録されています。
problem-method-not-allowed = このリソースはこのメソッドをサポートしていません。
problem-bad-request = リクエストを処理できませんでした。
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = { $country } の拠点の個人データは、ゾーン { $zones } にのみ保存できます（{ $source }）。選択されたリージョンはゾーン { $zone } にあります。
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
       *[other] { $count }件の条件が法定基準を下回っています。
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = { $jurisdiction } には、{ $date } 時点で施行されている { $fact } の法定規則がありません。
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = { $jurisdiction } の休日カレンダーの対象は { $from }年から{ $to }年までです。{ $date } はこの範囲外です。
# $shard is a shard number, $region a region id.
problem-shard-unavailable = リージョン { $region } のシャード { $shard } が停止しており、同じゾーン内に引き継ぎ可能なスタンバイがありません。インシデントが登録されています。しばらくしてから再試行してください。
problem-unavailable-failover = 障害が発生したため、このデータをスタンバイに切り替えています。数秒後に再試行してください。
problem-not-found-incident = この ID のインシデントは存在しません。
problem-not-found-report = この ID のヘルスレポートは存在しません。
problem-not-found-job = この ID のジョブは存在しません。
problem-job-finished = ジョブは既に終了しています。キャンセルできるのは、待機中または実行中のジョブのみです。
# $region is a region id.
problem-unavailable-report-store = リージョン { $region } のレポートストアに接続できません。しばらくしてから再試行してください。

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = この API キーは、上限である毎秒{ $quota }件を超えるリクエストを送信しました。{ $retry }秒後に再試行してください。
problem-rate-limited-tenant = このテナントは、上限である毎秒{ $quota }件を超えるリクエストを送信しました。{ $retry }秒後に再試行してください。
problem-rate-limited-auth = このアドレスからの認証の失敗が多すぎます。{ $retry }秒後に再試行してください。

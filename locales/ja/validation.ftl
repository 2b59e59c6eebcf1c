## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = 必須です
field-empty = 空にすることはできません
# $max is a number of characters.
field-too-long =
    { $max ->
       *[other] { $max }文字以内にする必要があります
    }
field-control-characters = 制御文字を含めることはできません
field-name = 制御文字を含まない1～200文字にする必要があります
field-slug = 英小文字・数字・ハイフンからなる2～63文字で、先頭を英小文字にする必要があります
field-email = { $value } はメールアドレスではありません
field-country = { $value } は ISO 3166-1 alpha-2 の国コードではありません
field-language-tag = { $value } は言語タグ（「de」や「pt-BR」など）ではありません
field-time-zone = { $value } は IANA タイムゾーン（「Europe/Berlin」など）ではありません
# $jurisdiction is a code such as US.
field-time-zone-needed = { $jurisdiction } の法域パックにはタイムゾーンが指定されていません。タイムゾーンを指定してください
# $min and $max are years.
field-year-between = { $min }年から{ $max }年までの年を指定する必要があります
field-date = YYYY-MM-DD 形式の日付にする必要があります
field-time-of-day = HH:MM 形式の時刻にする必要があります
field-instant = RFC 3339 形式の日時（2026-12-06T09:30:00Z など）にする必要があります
field-local-date-time = UTC オフセットを含まない YYYY-MM-DDTHH:MM 形式のローカル日時にする必要があります
# $known lists the accepted day names.
field-weekday = 曜日（{ $known }）にする必要があります
field-uuid = UUID ではありません
field-employee-id = 従業員 ID ではありません
field-own-manager = 従業員を本人のマネージャーにすることはできません
field-unknown-manager = この ID の従業員はこのテナントに存在しません
field-unknown-legal-entity = このテナントの法人ではありません
field-legal-entity-fixed = ここでは変更できません。従業員を別の法人に移すことは転籍に当たります
# $known lists the valid choices.
field-unknown-region = { $value } はこのデプロイのリージョンではありません（{ $known } から選択してください）
field-unknown-scope = { $value } はスコープではありません（{ $known } から選択してください）
field-no-scopes = 1つ以上のスコープを付与してください
field-unknown-parameter = このリクエストのパラメーターではありません（{ $known } から選択してください）
field-cursor = この API が返したカーソルではありません
field-cursor-other-list = 絞り込み条件が異なる一覧のカーソルです。カーソルを取得したときの絞り込み条件とともに送信してください
# $max is the largest accepted number.
field-limit = 1～{ $max } の整数にする必要があります
field-at-most = { $max } 以下にする必要があります
field-not-negative = 負の値にすることはできません
# $min is excluded, $max included.
field-above-up-to = { $min } より大きく、{ $max } 以下にする必要があります
field-after-evaluation-date = 評価日より後の日付です
field-date-out-of-range = サポートされている範囲外の日付になります
field-shifts-empty = 1つ以上のシフトが必要です
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = シフト { $index } の終了時刻が開始時刻より前です
field-shift-overlaps = シフト { $index } がシフト { $previous } と重なっているか、その前にあります
# $days is a number of days.
field-shifts-span =
    { $days ->
       *[other] すべてのシフトを{ $days }日以内に収める必要があります
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = 現行の最低賃金は { $value } ではなく { $expected } で定められています
field-pack-amount = 法域パックにおけるこのルールの金額が数値ではありません
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } は { $jurisdiction } の法定下限 { $statutory } を下回っています（{ $source }）
field-above-statutory-maximum = { $value } は { $jurisdiction } の法定上限 { $statutory } を上回っています（{ $source }）
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = { $country } の拠点の個人データはゾーン { $zones } にのみ保存できます。このリージョンはゾーン { $zone } にあります

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = このリクエストのフィールドではありません（想定：{ $expected }）
json-wrong-type = 型が正しくありません（実際：{ $found }、想定：{ $expected }）
json-wrong-value = 値が無効です（実際：{ $found }、想定：{ $expected }）
json-unknown-variant = { $value } は { $expected } のいずれでもありません
# $reason is the parser's own explanation, in English.
json-invalid = 無効です：{ $reason }
# $known is a list of stages.
field-incident-stage = { $value } は記録できる段階ではありません（{ $known } から選択してください）
field-text-length = { $min }～{ $max }文字にする必要があります
field-report-quarter = { $value } は四半期（「2026-Q3」など）ではありません
field-report-future = 四半期 { $value } はまだ開始されていません
# $known is a list of formats.
field-report-format = { $value } はレポート形式ではありません（{ $known } から選択してください）

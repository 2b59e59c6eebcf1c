## Notifications sent to tenant administrators and operators. $region and $shard are
## identifiers; $at, $due are moments shown in the reader's time zone.

# $kind is one of outage, failover.
notification-incident-opened-subject =
    { $kind ->
        [failover] リージョン { $region } でフェイルオーバーが発生しました
       *[outage] リージョン { $region } で障害が発生しました
    }
notification-incident-opened-body =
    { $kind ->
        [failover] { $at }、リージョン { $region } のシャード { $shard } が応答しなくなったため、同じゾーン内のスタンバイに切り替えました。確認済みの書き込みは失われていません。
       *[outage] { $at }、リージョン { $region } のシャード { $shard } が応答しなくなりました。このシャードには同じゾーン内にスタンバイがないため、復旧するまでこのシャードへのリクエストは失敗します。
    }
# $stage is diagnosis, solution or resolution.
notification-deadline-due =
    { $stage ->
        [diagnosis] インシデント { $incident } の診断期限は { $due } です。
        [solution] インシデント { $incident } の解決策の提示期限は { $due } です。
       *[resolution] インシデント { $incident } は { $due } までに解決する必要があります。
    }
notification-incident-resolved = インシデント { $incident } は { $at } に解決されました。
# $period is a report period such as "Q3 2026" (from report-period-quarter).
notification-report-ready = { $period } のヘルスレポートの準備ができました。

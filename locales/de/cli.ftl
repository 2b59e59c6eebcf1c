## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = Fehler: { $error }
# $dir is a directory path.
cli-dev-starting = Die lokale Bereitstellung in { $dir } wird gestartet …
cli-dev-stopping = Herunterfahren: Laufende Anfragen werden abgeschlossen, danach werden die PostgreSQL-Cluster gestoppt …
cli-dev-stopped = Beendet. Die Daten bleiben für den nächsten Start erhalten.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [one] Cadre läuft: eine Bereitstellung mit einer Region auf diesem Rechner.
       *[other] Cadre läuft: eine Bereitstellung mit { $count } Regionen auf diesem Rechner.
    }
cli-dev-gateway = Gateway
cli-dev-s3 = S3
cli-dev-regions = Regionen
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = Zone { $zone }, Shard { $shard }, Bucket { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = Admin-Schlüssel des Demo-Mandanten (auch in { $file }):
cli-dev-no-demo-key = Kein Demo-Schlüssel: Die Bereitstellung wurde ohne Startdaten gestartet.
cli-dev-try = Zum Ausprobieren:
# $dir is the data directory.
cli-dev-stop-hint = Drücken Sie Ctrl-C zum Beenden; die Daten bleiben für den nächsten Start in { $dir } erhalten.
cli-serve-directory-migrated = Verzeichnis: migriert, Shard-Zuordnung synchronisiert.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = Shard { $shard } ({ $region }): migriert.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
        [one] Ein Problem in den Rechtsraumpaketen.
       *[other] { $count } Probleme in den Rechtsraumpaketen.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = { $packs } Pakete und { $calendars } Feiertagskalender sind gültig.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
        [one] Ein Problem in den Übersetzungen.
       *[other] { $count } Probleme in den Übersetzungen.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = { $locales } Sprachen mit je { $messages } Meldungen sind vollständig.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = Shard { $shard } läuft jetzt auf { $endpoint } (Epoche { $epoch }).
cli-jobs-started = Job-Runner gestartet; er arbeitet, solange er die Leader-Sperre hält.

## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = Fehlerhafte Anfrage
problem-bad-parameter-title = Ungültiger Parameter
problem-validation-title = Ungültige Felder
problem-unauthenticated-title = Authentifizierung erforderlich
problem-forbidden-title = Nicht zulässig
problem-not-found-title = Nicht gefunden
problem-conflict-title = Konflikt
problem-stale-version-title = Abweichende Version
problem-if-match-required-title = If-Match erforderlich
problem-too-large-title = Anfragetext zu groß
problem-unsupported-media-type-title = Nicht unterstützter Medientyp
problem-unavailable-title = Dienst nicht verfügbar
problem-rate-limited-title = Zu viele Anfragen
problem-internal-title = Interner Fehler
problem-method-not-allowed-title = Methode nicht zulässig
problem-data-residency-title = Vorgabe zur Datenresidenz
problem-below-statute-title = Ungünstiger als gesetzlich vorgesehen
problem-not-regulated-title = Keine gesetzliche Regelung
problem-out-of-coverage-title = Außerhalb der abgedeckten Jahre

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [one] Das Feld { $field } ist ungültig.
       *[other] { $count } Felder sind ungültig, das erste davon ist { $field }.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = Der Anfragetext ist kein gültiges JSON: Der Fehler liegt in Zeile { $line }, Spalte { $column }.
problem-trailing-json = Auf das JSON-Dokument folgen im Anfragetext weitere Daten, ab Zeile { $line }, Spalte { $column }.
problem-body-unreadable = Der Anfragetext konnte nicht gelesen werden.
problem-query-malformed = Der Query-String ist fehlerhaft.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = Der Header { $header } ist ungültig.
# $parameter is the name of a query parameter.
problem-bad-parameter = Der Query-Parameter { $parameter } ist ungültig.
problem-auth-missing = Senden Sie einen API-Schlüssel als „Authorization: Bearer <key>“.
problem-auth-not-text = Der Authorization-Header ist kein Text.
problem-auth-scheme = Verwenden Sie das Bearer-Schema: „Authorization: Bearer <key>“.
problem-auth-malformed-key = Der API-Schlüssel ist fehlerhaft.
problem-auth-unknown-key = Der API-Schlüssel ist unbekannt oder wurde widerrufen.
problem-auth-tenant-gone = Der Mandant dieses API-Schlüssels existiert nicht mehr.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = Diesem API-Schlüssel fehlt die Berechtigung { $scope }.
problem-forbidden-operator = Nur der Plattformbetreiber darf diese Aktion ausführen.
problem-not-found-resource = Die angeforderte Ressource existiert nicht.
problem-not-found-employee = Es gibt keinen Mitarbeiter mit dieser ID.
problem-not-found-legal-entity = Die angegebene juristische Person existiert nicht.
problem-not-found-api-key = Der angegebene API-Schlüssel existiert nicht.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = Für { $code } gibt es kein Rechtsraumpaket (erwartet wird ein Code nach ISO 3166-1 alpha-2 oder eine Untergliederung wie US-CA).
problem-conflict-work-email = Ein anderer Mitarbeiter dieses Mandanten hat bereits diese geschäftliche E-Mail-Adresse.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = Der Mandanten-Kurzname { $slug } ist bereits vergeben.
# $shard is a shard number.
problem-conflict-shard-unavailable = Shard { $shard } hat keinen primären Endpunkt.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = Es gibt bereits eine juristische Person mit dem Namen { $name }.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = Der Datensatz liegt in Version { $current } vor, nicht in Version { $expected }: Rufen Sie ihn erneut ab und versuchen Sie es noch einmal.
# $value is the If-Match header as sent.
problem-stale-version-unknown = Der If-Match-Wert { $value } entspricht keiner Version dieses Datensatzes.
problem-if-match-required = Senden Sie If-Match mit der aktuellen Version des Datensatzes (seinem ETag), um ihn zu ändern.
# $limit is a number of bytes.
problem-too-large = Der Anfragetext überschreitet die Obergrenze von { $limit } Bytes.
problem-unsupported-media-type = Senden Sie den Anfragetext als application/json.
problem-unavailable-database = Die Datenbank mit diesen Daten ist nicht erreichbar. Versuchen Sie es später erneut.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = Die Anfrage hat länger als { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} gedauert und wurde abgebrochen. Versuchen Sie es später erneut.
problem-internal = Der Server konnte die Anfrage nicht verarbeiten. Der Fehler wurde protokolliert.
problem-method-not-allowed = Diese Ressource unterstützt diese Methode nicht.
problem-bad-request = Die Anfrage konnte nicht verarbeitet werden.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = Personenbezogene Daten einer Niederlassung in { $country } dürfen nur in der Zone { $zones } gespeichert werden ({ $source }); die gewählte Region liegt in der Zone { $zone }.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
        [one] Eine Bedingung ist ungünstiger als gesetzlich vorgesehen.
       *[other] { $count } Bedingungen sind ungünstiger als gesetzlich vorgesehen.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = Für { $jurisdiction } gilt am { $date } keine gesetzliche Regelung zu { $fact }.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = Der Feiertagskalender von { $jurisdiction } umfasst die Jahre { $from } bis { $to }; { $date } liegt außerhalb dieses Zeitraums.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = Shard { $shard } in Region { $region } ist ausgefallen, und in seiner Zone gibt es keinen Standby-Server, der übernehmen kann. Eine Störung wurde erfasst. Versuchen Sie es später erneut.
problem-unavailable-failover = Die Daten werden nach einem Ausfall auf ihren Standby-Server umgeschaltet. Versuchen Sie es in einigen Sekunden erneut.
problem-not-found-incident = Es gibt keine Störung mit dieser ID.
problem-not-found-report = Es gibt keinen Betriebsbericht mit dieser ID.
problem-not-found-job = Es gibt keinen Job mit dieser ID.
problem-job-finished = Der Job ist bereits beendet; nur ein wartender oder laufender Job kann abgebrochen werden.
# $region is a region id.
problem-unavailable-report-store = Der Berichtsspeicher der Region { $region } ist nicht erreichbar. Versuchen Sie es später erneut.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = Dieser API-Schlüssel hat sein Limit von { $quota } Anfragen pro Sekunde überschritten. Versuchen Sie es in { $retry ->
    [one] { $retry } Sekunde
   *[other] { $retry } Sekunden
} erneut.
problem-rate-limited-tenant = Dieser Mandant hat sein Limit von { $quota } Anfragen pro Sekunde überschritten. Versuchen Sie es in { $retry ->
    [one] { $retry } Sekunde
   *[other] { $retry } Sekunden
} erneut.
problem-rate-limited-auth = Zu viele fehlgeschlagene Authentifizierungsversuche von dieser Adresse. Versuchen Sie es in { $retry ->
    [one] { $retry } Sekunde
   *[other] { $retry } Sekunden
} erneut.

## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = ist erforderlich
field-empty = darf nicht leer sein
# $max is a number of characters.
field-too-long =
    { $max ->
        [one] darf höchstens ein Zeichen lang sein
       *[other] darf höchstens { $max } Zeichen lang sein
    }
field-control-characters = darf keine Steuerzeichen enthalten
field-name = muss 1 bis 200 Zeichen lang sein und darf keine Steuerzeichen enthalten
field-slug = muss aus 2 bis 63 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen und mit einem Buchstaben beginnen
field-email = { $value } ist keine gültige E-Mail-Adresse
field-country = { $value } ist kein Ländercode nach ISO 3166-1 alpha-2
field-language-tag = { $value } ist kein Sprach-Tag wie „de“ oder „pt-BR“
field-time-zone = { $value } ist keine IANA-Zeitzone wie „Europe/Berlin“
# $jurisdiction is a code such as US.
field-time-zone-needed = das Rechtsraumpaket für { $jurisdiction } gibt keine Zeitzone vor; geben Sie eine an
# $min and $max are years.
field-year-between = muss ein Jahr von { $min } bis { $max } sein
field-date = muss ein Datum im Format YYYY-MM-DD sein
field-time-of-day = muss eine Uhrzeit im Format HH:MM sein
field-instant = muss ein Zeitpunkt im Format RFC 3339 sein, z. B. 2026-12-06T09:30:00Z
field-local-date-time = muss ein lokales Datum mit Uhrzeit im Format YYYY-MM-DDTHH:MM ohne UTC-Offset sein
# $known lists the accepted day names.
field-weekday = muss ein Wochentag sein: { $known }
field-uuid = ist keine UUID
field-employee-id = ist keine Mitarbeiter-ID
field-own-manager = ein Mitarbeiter kann nicht sein eigener Vorgesetzter sein
field-unknown-manager = kein Mitarbeiter dieses Mandanten hat diese ID
field-unknown-legal-entity = ist keine juristische Person dieses Mandanten
field-legal-entity-fixed = kann hier nicht geändert werden: Der Wechsel eines Mitarbeiters zu einer anderen juristischen Person ist eine Versetzung
# $known lists the valid choices.
field-unknown-region = { $value } ist keine Region dieser Bereitstellung (möglich sind: { $known })
field-unknown-scope = { $value } ist keine Berechtigung (möglich sind: { $known })
field-no-scopes = erteilen Sie mindestens eine Berechtigung
field-unknown-parameter = ist kein Parameter dieser Anfrage (möglich sind: { $known })
field-cursor = ist kein von dieser API zurückgegebener Cursor
field-cursor-other-list = gehört zu einer Liste mit anderen Filtern; senden Sie ihn mit den Filtern, mit denen er zurückgegeben wurde
# $max is the largest accepted number.
field-limit = muss eine ganze Zahl von 1 bis { $max } sein
field-at-most = darf höchstens { $max } sein
field-not-negative = darf nicht negativ sein
# $min is excluded, $max included.
field-above-up-to = muss größer als { $min } und höchstens { $max } sein
field-after-evaluation-date = liegt nach dem Auswertungsdatum
field-date-out-of-range = führt zu einem Datum außerhalb des unterstützten Bereichs
field-shifts-empty = mindestens eine Schicht ist erforderlich
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = Schicht { $index } endet vor ihrem Beginn
field-shift-overlaps = Schicht { $index } überschneidet sich mit Schicht { $previous } oder liegt davor
# $days is a number of days.
field-shifts-span =
    { $days ->
        [one] die Schichten müssen innerhalb eines Tages liegen
       *[other] die Schichten müssen innerhalb von { $days } Tagen liegen
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = der geltende Mindestlohn ist in { $expected } festgelegt, nicht in { $value }
field-pack-amount = der Betrag für diese Regel im Rechtsraumpaket ist keine Zahl
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } liegt unter dem gesetzlichen Minimum von { $statutory } in { $jurisdiction } ({ $source })
field-above-statutory-maximum = { $value } liegt über dem gesetzlichen Maximum von { $statutory } in { $jurisdiction } ({ $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = personenbezogene Daten einer Niederlassung in { $country } dürfen nur in der Zone { $zones } gespeichert werden; diese Region liegt in der Zone { $zone }

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = ist kein Feld dieser Anfrage (erwartet: { $expected })
json-wrong-type = hat einen falschen Typ: { $found } gefunden, { $expected } erwartet
json-wrong-value = hat einen ungültigen Wert: { $found } gefunden, { $expected } erwartet
json-unknown-variant = { $value } ist keiner der Werte { $expected }
# $reason is the parser's own explanation, in English.
json-invalid = ist ungültig: { $reason }
# $known is a list of stages.
field-incident-stage = { $value } ist keine Phase, die Sie erfassen können (möglich sind: { $known })
field-text-length = muss { $min } bis { $max } Zeichen lang sein
field-report-quarter = { $value } ist kein Quartal wie „2026-Q3“
field-report-future = das Quartal { $value } hat noch nicht begonnen
# $known is a list of formats.
field-report-format = { $value } ist kein Berichtsformat (möglich sind: { $known })

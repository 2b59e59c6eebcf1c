## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = is required
field-empty = must not be empty
# $max is a number of characters.
field-too-long =
    { $max ->
        [one] must be at most one character long
       *[other] must be at most { $max } characters long
    }
field-control-characters = must not contain control characters
field-name = must be 1 to 200 characters long, without control characters
field-slug = must be 2 to 63 lowercase letters, digits or dashes, starting with a letter
field-email = { $value } is not an email address
field-country = { $value } is not an ISO 3166-1 alpha-2 country code
field-language-tag = { $value } is not a language tag such as “de” or “pt-BR”
field-time-zone = { $value } is not an IANA time zone such as “Europe/Berlin”
# $jurisdiction is a code such as US.
field-time-zone-needed = the pack of { $jurisdiction } names no time zone; name one
# $min and $max are years.
field-year-between = must be a year from { $min } to { $max }
field-date = must be a date in the form YYYY-MM-DD
field-time-of-day = must be a time of day in the form HH:MM
field-instant = must be an instant in RFC 3339 form, such as 2026-12-06T09:30:00Z
field-local-date-time = must be a local date and time in the form YYYY-MM-DDTHH:MM, without an offset
# $known lists the accepted day names.
field-weekday = must be a day of the week: { $known }
field-uuid = is not a UUID
field-employee-id = is not an employee id
field-own-manager = an employee cannot be their own manager
field-unknown-manager = no employee of this tenant has this id
field-unknown-legal-entity = is not a legal entity of this tenant
field-legal-entity-fixed = cannot be changed here: moving an employee to another legal entity is a transfer
# $known lists the valid choices.
field-unknown-region = { $value } is not a region of this deployment (choose from { $known })
field-unknown-scope = { $value } is not a scope (choose from { $known })
field-no-scopes = grant at least one scope
field-unknown-parameter = is not a parameter of this request (choose from { $known })
field-cursor = is not a cursor returned by this API
field-cursor-other-list = belongs to a list with other filters: send it with the filters it came with
# $max is the largest accepted number.
field-limit = must be a whole number from 1 to { $max }
field-at-most = must be at most { $max }
field-not-negative = must not be negative
# $min is excluded, $max included.
field-above-up-to = must be more than { $min } and at most { $max }
field-after-evaluation-date = is after the evaluation date
field-date-out-of-range = leads to a date outside the supported range
field-shifts-empty = at least one shift is required
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = shift { $index } ends before it starts
field-shift-overlaps = shift { $index } overlaps or precedes shift { $previous }
# $days is a number of days.
field-shifts-span =
    { $days ->
        [one] the shifts must lie within one day
       *[other] the shifts must lie within { $days } days
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = the minimum wage in force is set in { $expected }, not { $value }
field-pack-amount = the jurisdiction pack’s amount for this rule is not a number
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } is below the statutory minimum of { $statutory } in { $jurisdiction } ({ $source })
field-above-statutory-maximum = { $value } is above the statutory maximum of { $statutory } in { $jurisdiction } ({ $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = personal data of a { $country } branch may be stored only in zone { $zones }; this region is in zone { $zone }

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = is not a field of this request (expected { $expected })
json-wrong-type = has the wrong type: found { $found }, expected { $expected }
json-wrong-value = has an invalid value: found { $found }, expected { $expected }
json-unknown-variant = { $value } is not one of { $expected }
# $reason is the parser's own explanation, in English.
json-invalid = is invalid: { $reason }
# $known is a list of stages.
field-incident-stage = { $value } is not a stage you can record (choose from { $known })
field-text-length = must be { $min } to { $max } characters long
field-report-quarter = { $value } is not a quarter such as “2026-Q3”
field-report-future = the quarter { $value } has not started yet
# $known is a list of formats.
field-report-format = { $value } is not a report format (choose from { $known })

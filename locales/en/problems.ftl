## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = Malformed request
problem-bad-parameter-title = Invalid parameter
problem-validation-title = Invalid fields
problem-unauthenticated-title = Authentication required
problem-forbidden-title = Not allowed
problem-not-found-title = Not found
problem-conflict-title = Conflict
problem-stale-version-title = Version mismatch
problem-if-match-required-title = If-Match required
problem-too-large-title = Request body too large
problem-unsupported-media-type-title = Unsupported media type
problem-unavailable-title = Service unavailable
problem-rate-limited-title = Too many requests
problem-internal-title = Internal error
problem-method-not-allowed-title = Method not allowed
problem-data-residency-title = Data residency rule
problem-below-statute-title = Less favourable than the statute
problem-not-regulated-title = No statutory rule
problem-out-of-coverage-title = Outside the covered years

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [one] The field { $field } is invalid.
       *[other] { $count } fields are invalid, the first being { $field }.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = The body is not valid JSON: the error is at line { $line }, column { $column }.
problem-trailing-json = The body continues after the JSON document, at line { $line }, column { $column }.
problem-body-unreadable = The request body could not be read.
problem-query-malformed = The query string is malformed.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = The header { $header } is invalid.
# $parameter is the name of a query parameter.
problem-bad-parameter = The query parameter { $parameter } is invalid.
problem-auth-missing = Send an API key as “Authorization: Bearer <key>”.
problem-auth-not-text = The Authorization header is not text.
problem-auth-scheme = Use the Bearer scheme: “Authorization: Bearer <key>”.
problem-auth-malformed-key = The API key is malformed.
problem-auth-unknown-key = The API key is unknown or revoked.
problem-auth-tenant-gone = The tenant of this API key no longer exists.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = This API key lacks the { $scope } scope.
problem-forbidden-operator = Only the platform operator may do this.
problem-not-found-resource = There is no such resource.
problem-not-found-employee = There is no employee with this id.
problem-not-found-legal-entity = There is no such legal entity.
problem-not-found-api-key = There is no such API key.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = There is no jurisdiction pack for { $code } (an ISO 3166-1 alpha-2 code, or a subdivision such as US-CA).
problem-conflict-work-email = Another employee of this tenant already has this work email.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = The tenant slug { $slug } is taken.
# $shard is a shard number.
problem-conflict-shard-unavailable = Shard { $shard } has no primary endpoint.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = A legal entity named { $name } already exists.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = The record is at version { $current }, not { $expected }: fetch it again and retry.
# $value is the If-Match header as sent.
problem-stale-version-unknown = If-Match { $value } names no version of this record.
problem-if-match-required = Send If-Match with the record’s current version (its ETag) to change it.
# $limit is a number of bytes.
problem-too-large = The body exceeds the limit of { $limit } bytes.
problem-unsupported-media-type = Send the body as application/json.
problem-unavailable-database = The database holding this data is not reachable; retry later.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = The request took longer than { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} and was stopped; retry later.
problem-internal = The server failed to handle the request; the failure has been logged.
problem-method-not-allowed = This resource does not support the method.
problem-bad-request = The request could not be handled.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = Personal data of a { $country } branch may be stored only in zone { $zones } ({ $source }); the chosen region is in zone { $zone }.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
        [one] One term is less favourable than the statute.
       *[other] { $count } terms are less favourable than the statute.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = { $jurisdiction } has no statutory rule for { $fact } in force on { $date }.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = The holiday calendar of { $jurisdiction } covers the years { $from } to { $to }; { $date } is outside them.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = Shard { $shard } in region { $region } is down and has no standby in its zone to take over. An incident is open; retry later.
problem-unavailable-failover = This data is moving to its standby after a failure. Retry in a few seconds.
problem-not-found-incident = There is no incident with this id.
problem-not-found-report = There is no health report with this id.
problem-not-found-job = There is no job with this id.
problem-job-finished = The job has already finished; only a queued or running job can be cancelled.
# $region is a region id.
problem-unavailable-report-store = The report store of region { $region } is not reachable; retry later.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = This API key sent more than its { $quota } requests per second. Try again in { $retry ->
    [one] { $retry } second
   *[other] { $retry } seconds
}.
problem-rate-limited-tenant = This tenant sent more than its { $quota } requests per second. Try again in { $retry ->
    [one] { $retry } second
   *[other] { $retry } seconds
}.
problem-rate-limited-auth = Too many failed authentications from this address. Try again in { $retry ->
    [one] { $retry } second
   *[other] { $retry } seconds
}.

## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = Solicitud con formato incorrecto
problem-bad-parameter-title = Parámetro no válido
problem-validation-title = Campos no válidos
problem-unauthenticated-title = Se requiere autenticación
problem-forbidden-title = Acción no permitida
problem-not-found-title = No encontrado
problem-conflict-title = Conflicto
problem-stale-version-title = La versión no coincide
problem-if-match-required-title = Se requiere If-Match
problem-too-large-title = Cuerpo de la solicitud demasiado grande
problem-unsupported-media-type-title = Tipo de medio no admitido
problem-unavailable-title = Servicio no disponible
problem-rate-limited-title = Demasiadas solicitudes
problem-internal-title = Error interno
problem-method-not-allowed-title = Método no permitido
problem-data-residency-title = Norma de residencia de datos
problem-below-statute-title = Menos favorable que la ley
problem-not-regulated-title = Sin norma legal
problem-out-of-coverage-title = Fuera de los años cubiertos

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [one] El campo { $field } no es válido.
        [many] Hay { $count } campos no válidos; el primero es { $field }.
       *[other] Hay { $count } campos no válidos; el primero es { $field }.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = El cuerpo de la solicitud no es un JSON válido: el error está en la línea { $line }, columna { $column }.
problem-trailing-json = El cuerpo de la solicitud contiene datos adicionales después del documento JSON, a partir de la línea { $line }, columna { $column }.
problem-body-unreadable = No se pudo leer el cuerpo de la solicitud.
problem-query-malformed = La cadena de consulta tiene un formato incorrecto.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = El encabezado { $header } no es válido.
# $parameter is the name of a query parameter.
problem-bad-parameter = El parámetro de consulta { $parameter } no es válido.
problem-auth-missing = Envíe una clave de API con el formato «Authorization: Bearer <key>».
problem-auth-not-text = El encabezado Authorization no es texto.
problem-auth-scheme = Utilice el esquema Bearer: «Authorization: Bearer <key>».
problem-auth-malformed-key = La clave de API tiene un formato incorrecto.
problem-auth-unknown-key = La clave de API es desconocida o ha sido revocada.
problem-auth-tenant-gone = El inquilino de esta clave de API ya no existe.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = Esta clave de API no tiene el permiso { $scope }.
problem-forbidden-operator = Solo el operador de la plataforma puede realizar esta acción.
problem-not-found-resource = El recurso solicitado no existe.
problem-not-found-employee = No existe ningún empleado con este identificador.
problem-not-found-legal-entity = La entidad jurídica indicada no existe.
problem-not-found-api-key = La clave de API indicada no existe.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = No existe ningún paquete normativo para { $code } (se espera un código ISO 3166-1 alpha-2 o una subdivisión como US-CA).
problem-conflict-work-email = Otro empleado de este inquilino ya tiene esta dirección de correo electrónico laboral.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = El nombre corto de inquilino { $slug } ya está en uso.
# $shard is a shard number.
problem-conflict-shard-unavailable = El shard { $shard } no tiene ningún punto de conexión principal.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = Ya existe una entidad jurídica con el nombre { $name }.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = El registro está en la versión { $current }, no en la { $expected }: vuelva a obtenerlo e inténtelo de nuevo.
# $value is the If-Match header as sent.
problem-stale-version-unknown = El valor de If-Match { $value } no corresponde a ninguna versión de este registro.
problem-if-match-required = Para modificar el registro, envíe If-Match con su versión actual (su ETag).
# $limit is a number of bytes.
problem-too-large = El cuerpo de la solicitud supera el límite de { $limit } bytes.
problem-unsupported-media-type = Envíe el cuerpo de la solicitud como application/json.
problem-unavailable-database = No se puede acceder a la base de datos que contiene estos datos; inténtelo de nuevo más tarde.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = La solicitud ha tardado más de { $seconds ->
    [one] { $seconds } segundo
    [many] { $seconds } segundos
   *[other] { $seconds } segundos
} y se ha interrumpido; inténtelo de nuevo más tarde.
problem-internal = El servidor no pudo procesar la solicitud; el error ha quedado registrado.
problem-method-not-allowed = Este recurso no admite este método.
problem-bad-request = No se pudo procesar la solicitud.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = Los datos personales de una sucursal en { $country } solo pueden almacenarse en la zona { $zones } ({ $source }); la región elegida está en la zona { $zone }.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
        [one] Una condición es menos favorable que la ley.
        [many] { $count } condiciones son menos favorables que la ley.
       *[other] { $count } condiciones son menos favorables que la ley.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = En { $jurisdiction } no hay ninguna norma legal sobre { $fact } vigente a fecha de { $date }.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = El calendario de festivos de { $jurisdiction } abarca los años { $from } a { $to }; la fecha { $date } queda fuera de ese intervalo.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = El shard { $shard } de la región { $region } está fuera de servicio y no tiene ningún servidor en espera en su zona que pueda sustituirlo. Se ha abierto un incidente; inténtelo de nuevo más tarde.
problem-unavailable-failover = Estos datos se están conmutando a su servidor en espera tras un fallo. Inténtelo de nuevo en unos segundos.
problem-not-found-incident = No existe ningún incidente con este identificador.
problem-not-found-report = No existe ningún informe de estado del servicio con este identificador.
problem-not-found-job = No existe ninguna tarea con este identificador.
problem-job-finished = La tarea ya ha terminado; solo se puede cancelar una tarea en cola o en ejecución.
# $region is a region id.
problem-unavailable-report-store = No se puede acceder al almacén de informes de la región { $region }; inténtelo de nuevo más tarde.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = Esta clave de API ha superado su límite de { $quota } solicitudes por segundo. Inténtelo de nuevo en { $retry ->
    [one] { $retry } segundo
    [many] { $retry } segundos
   *[other] { $retry } segundos
}.
problem-rate-limited-tenant = Este inquilino ha superado su límite de { $quota } solicitudes por segundo. Inténtelo de nuevo en { $retry ->
    [one] { $retry } segundo
    [many] { $retry } segundos
   *[other] { $retry } segundos
}.
problem-rate-limited-auth = Demasiados intentos de autenticación fallidos desde esta dirección. Inténtelo de nuevo en { $retry ->
    [one] { $retry } segundo
    [many] { $retry } segundos
   *[other] { $retry } segundos
}.

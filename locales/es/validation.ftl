## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = es obligatorio
field-empty = no puede estar vacío
# $max is a number of characters.
field-too-long =
    { $max ->
        [one] debe tener como máximo un carácter
        [many] debe tener como máximo { $max } caracteres
       *[other] debe tener como máximo { $max } caracteres
    }
field-control-characters = no puede contener caracteres de control
field-name = debe tener entre 1 y 200 caracteres, sin caracteres de control
field-slug = debe tener entre 2 y 63 letras minúsculas, dígitos o guiones, y empezar por una letra
field-email = { $value } no es una dirección de correo electrónico válida
field-country = { $value } no es un código de país ISO 3166-1 alpha-2
field-language-tag = { $value } no es una etiqueta de idioma como «de» o «pt-BR»
field-time-zone = { $value } no es una zona horaria IANA como «Europe/Berlin»
# $jurisdiction is a code such as US.
field-time-zone-needed = el paquete normativo de { $jurisdiction } no indica ninguna zona horaria; indique una
# $min and $max are years.
field-year-between = debe ser un año entre { $min } y { $max }
field-date = debe ser una fecha con el formato YYYY-MM-DD
field-time-of-day = debe ser una hora del día con el formato HH:MM
field-instant = debe ser un instante con el formato RFC 3339, como 2026-12-06T09:30:00Z
field-local-date-time = debe ser una fecha y hora locales con el formato YYYY-MM-DDTHH:MM, sin desfase respecto a UTC
# $known lists the accepted day names.
field-weekday = debe ser un día de la semana: { $known }
field-uuid = no es un UUID
field-employee-id = no es un identificador de empleado
field-own-manager = un empleado no puede ser su propio responsable
field-unknown-manager = ningún empleado de este inquilino tiene este identificador
field-unknown-legal-entity = no es una entidad jurídica de este inquilino
field-legal-entity-fixed = no se puede cambiar aquí: el paso de un empleado a otra entidad jurídica es un traslado
# $known lists the valid choices.
field-unknown-region = { $value } no es una región de esta implementación (elija entre { $known })
field-unknown-scope = { $value } no es un permiso (elija entre { $known })
field-no-scopes = conceda al menos un permiso
field-unknown-parameter = no es un parámetro de esta solicitud (elija entre { $known })
field-cursor = no es un cursor devuelto por esta API
field-cursor-other-list = pertenece a una lista con otros filtros: envíelo con los filtros con los que se obtuvo
# $max is the largest accepted number.
field-limit = debe ser un número entero entre 1 y { $max }
field-at-most = no puede ser mayor que { $max }
field-not-negative = no puede ser negativo
# $min is excluded, $max included.
field-above-up-to = debe ser mayor que { $min } y menor o igual que { $max }
field-after-evaluation-date = es posterior a la fecha de evaluación
field-date-out-of-range = da lugar a una fecha fuera del intervalo admitido
field-shifts-empty = se requiere al menos un turno
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = el turno { $index } termina antes de empezar
field-shift-overlaps = el turno { $index } se solapa con el turno { $previous } o es anterior a él
# $days is a number of days.
field-shifts-span =
    { $days ->
        [one] los turnos deben estar comprendidos en un intervalo de un día
        [many] los turnos deben estar comprendidos en un intervalo de { $days } días
       *[other] los turnos deben estar comprendidos en un intervalo de { $days } días
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = el salario mínimo vigente está fijado en { $expected }, no en { $value }
field-pack-amount = el importe que el paquete normativo indica para esta regla no es un número
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } es inferior al mínimo legal de { $statutory } en { $jurisdiction } ({ $source })
field-above-statutory-maximum = { $value } es superior al máximo legal de { $statutory } en { $jurisdiction } ({ $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = los datos personales de una sucursal en { $country } solo pueden almacenarse en la zona { $zones }; esta región está en la zona { $zone }

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = no es un campo de esta solicitud (se esperaba: { $expected })
json-wrong-type = tiene un tipo incorrecto: se encontró { $found }, se esperaba { $expected }
json-wrong-value = tiene un valor no válido: se encontró { $found }, se esperaba { $expected }
json-unknown-variant = { $value } no es ninguno de los valores { $expected }
# $reason is the parser's own explanation, in English.
json-invalid = no es válido: { $reason }
# $known is a list of stages.
field-incident-stage = { $value } no es una etapa que se pueda registrar (elija entre { $known })
field-text-length = debe tener entre { $min } y { $max } caracteres
field-report-quarter = { $value } no es un trimestre como «2026-Q3»
field-report-future = el trimestre { $value } aún no ha comenzado
# $known is a list of formats.
field-report-format = { $value } no es un formato de informe (elija entre { $known })

## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = é obrigatório
field-empty = não pode estar vazio
# $max is a number of characters.
field-too-long =
    { $max ->
        [one] deve ter no máximo um caractere
        [many] deve ter no máximo { $max } caracteres
       *[other] deve ter no máximo { $max } caracteres
    }
field-control-characters = não pode conter caracteres de controle
field-name = deve ter de 1 a 200 caracteres, sem caracteres de controle
field-slug = deve ter de 2 a 63 letras minúsculas, dígitos ou hifens, começando com uma letra
field-email = { $value } não é um endereço de e-mail
field-country = { $value } não é um código de país ISO 3166-1 alfa-2
field-language-tag = { $value } não é uma tag de idioma, como “de” ou “pt-BR”
field-time-zone = { $value } não é um fuso horário IANA, como “Europe/Berlin”
# $jurisdiction is a code such as US.
field-time-zone-needed = o pacote de { $jurisdiction } não define nenhum fuso horário; informe um
# $min and $max are years.
field-year-between = deve ser um ano de { $min } a { $max }
field-date = deve ser uma data no formato YYYY-MM-DD
field-time-of-day = deve ser um horário no formato HH:MM
field-instant = deve ser um instante no formato RFC 3339, como 2026-12-06T09:30:00Z
field-local-date-time = deve ser uma data e hora locais no formato YYYY-MM-DDTHH:MM, sem deslocamento de fuso horário
# $known lists the accepted day names.
field-weekday = deve ser um dia da semana: { $known }
field-uuid = não é um UUID
field-employee-id = não é um ID de colaborador
field-own-manager = um colaborador não pode ser o próprio gestor
field-unknown-manager = nenhum colaborador desta organização tem este ID
field-unknown-legal-entity = não é uma entidade legal desta organização
field-legal-entity-fixed = não pode ser alterado aqui: mudar um colaborador para outra entidade legal é uma transferência
# $known lists the valid choices.
field-unknown-region = { $value } não é uma região desta implantação (opções: { $known })
field-unknown-scope = { $value } não é um escopo (opções: { $known })
field-no-scopes = conceda pelo menos um escopo
field-unknown-parameter = não é um parâmetro desta requisição (opções: { $known })
field-cursor = não é um cursor retornado por esta API
field-cursor-other-list = pertence a uma lista com outros filtros: envie-o com os filtros com os quais ele foi obtido
# $max is the largest accepted number.
field-limit = deve ser um número inteiro de 1 a { $max }
field-at-most = deve ser no máximo { $max }
field-not-negative = não pode ser negativo
# $min is excluded, $max included.
field-above-up-to = deve ser maior que { $min } e no máximo { $max }
field-after-evaluation-date = é posterior à data de avaliação
field-date-out-of-range = resulta em uma data fora do intervalo suportado
field-shifts-empty = é necessário pelo menos um turno
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = o turno { $index } termina antes de começar
field-shift-overlaps = o turno { $index } se sobrepõe ao turno { $previous } ou começa antes dele
# $days is a number of days.
field-shifts-span =
    { $days ->
        [one] os turnos devem caber em um único dia
        [many] os turnos devem caber em um período de { $days } dias
       *[other] os turnos devem caber em um período de { $days } dias
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = o salário mínimo em vigor é definido em { $expected }, não em { $value }
field-pack-amount = o valor desta regra no pacote de jurisdição não é um número
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } está abaixo do mínimo legal de { $statutory } em { $jurisdiction } ({ $source })
field-above-statutory-maximum = { $value } está acima do máximo legal de { $statutory } em { $jurisdiction } ({ $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = os dados pessoais de uma filial no país { $country } só podem ser armazenados na zona { $zones }; esta região fica na zona { $zone }

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = não é um campo desta requisição (esperado: { $expected })
json-wrong-type = tem o tipo errado: encontrado { $found }, esperado { $expected }
json-wrong-value = tem um valor inválido: encontrado { $found }, esperado { $expected }
json-unknown-variant = { $value } não é um dos valores aceitos: { $expected }
# $reason is the parser's own explanation, in English.
json-invalid = é inválido: { $reason }
# $known is a list of stages.
field-incident-stage = { $value } não é uma etapa que possa ser registrada (opções: { $known })
field-text-length = deve ter de { $min } a { $max } caracteres
field-report-quarter = { $value } não é um trimestre, como “2026-Q3”
field-report-future = o trimestre { $value } ainda não começou
# $known is a list of formats.
field-report-format = { $value } não é um formato de relatório (opções: { $known })

## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = Requisição malformada
problem-bad-parameter-title = Parâmetro inválido
problem-validation-title = Campos inválidos
problem-unauthenticated-title = Autenticação necessária
problem-forbidden-title = Não permitido
problem-not-found-title = Não encontrado
problem-conflict-title = Conflito
problem-stale-version-title = Versão divergente
problem-if-match-required-title = If-Match obrigatório
problem-too-large-title = Corpo da requisição muito grande
problem-unsupported-media-type-title = Tipo de mídia não suportado
problem-unavailable-title = Serviço indisponível
problem-rate-limited-title = Muitas requisições
problem-internal-title = Erro interno
problem-method-not-allowed-title = Método não permitido
problem-data-residency-title = Regra de residência de dados
problem-below-statute-title = Menos favorável do que a legislação
problem-not-regulated-title = Sem regra legal
problem-out-of-coverage-title = Fora dos anos abrangidos

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [one] O campo { $field } é inválido.
        [many] { $count } campos são inválidos; o primeiro é { $field }.
       *[other] { $count } campos são inválidos; o primeiro é { $field }.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = O corpo não é um JSON válido: o erro está na linha { $line }, coluna { $column }.
problem-trailing-json = O corpo continua após o documento JSON, na linha { $line }, coluna { $column }.
problem-body-unreadable = Não foi possível ler o corpo da requisição.
problem-query-malformed = A string de consulta está malformada.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = O cabeçalho { $header } é inválido.
# $parameter is the name of a query parameter.
problem-bad-parameter = O parâmetro de consulta { $parameter } é inválido.
problem-auth-missing = Envie uma chave de API no formato “Authorization: Bearer <key>”.
problem-auth-not-text = O cabeçalho Authorization não é texto.
problem-auth-scheme = Use o esquema Bearer: “Authorization: Bearer <key>”.
problem-auth-malformed-key = A chave de API está malformada.
problem-auth-unknown-key = A chave de API é desconhecida ou foi revogada.
problem-auth-tenant-gone = A organização desta chave de API não existe mais.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = Esta chave de API não tem o escopo { $scope }.
problem-forbidden-operator = Somente o operador da plataforma pode fazer isso.
problem-not-found-resource = Este recurso não existe.
problem-not-found-employee = Não há nenhum colaborador com este ID.
problem-not-found-legal-entity = Esta entidade legal não existe.
problem-not-found-api-key = Esta chave de API não existe.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = Não há pacote de jurisdição para { $code } (informe um código ISO 3166-1 alfa-2 ou uma subdivisão, como US-CA).
problem-conflict-work-email = Outro colaborador desta organização já usa este e-mail corporativo.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = O identificador de organização { $slug } já está em uso.
# $shard is a shard number.
problem-conflict-shard-unavailable = O shard { $shard } não tem endpoint primário.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = Já existe uma entidade legal com o nome { $name }.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = O registro está na versão { $current }, não na { $expected }: obtenha-o novamente e repita a operação.
# $value is the If-Match header as sent.
problem-stale-version-unknown = O If-Match { $value } não corresponde a nenhuma versão deste registro.
problem-if-match-required = Para alterar o registro, envie o cabeçalho If-Match com a versão atual dele (o ETag).
# $limit is a number of bytes.
problem-too-large = O corpo excede o limite de { $limit } bytes.
problem-unsupported-media-type = Envie o corpo como application/json.
problem-unavailable-database = O banco de dados que contém esses dados não está acessível; tente novamente mais tarde.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = A requisição levou mais de { $seconds ->
    [one] { $seconds } segundo
    [many] { $seconds } segundos
   *[other] { $seconds } segundos
} e foi interrompida; tente novamente mais tarde.
problem-internal = O servidor não conseguiu processar a requisição; a falha foi registrada.
problem-method-not-allowed = Este recurso não aceita esse método.
problem-bad-request = Não foi possível processar a requisição.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = Os dados pessoais de uma filial no país { $country } só podem ser armazenados na zona { $zones } ({ $source }); a região escolhida fica na zona { $zone }.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
        [one] Uma condição é menos favorável do que a legislação.
        [many] { $count } condições são menos favoráveis do que a legislação.
       *[other] { $count } condições são menos favoráveis do que a legislação.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = A jurisdição { $jurisdiction } não tem regra legal para { $fact } em vigor em { $date }.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = O calendário de feriados de { $jurisdiction } abrange os anos de { $from } a { $to }; a data { $date } está fora desse intervalo.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = O shard { $shard } da região { $region } está fora do ar e não há réplica em espera na zona dele para assumir seu lugar. Um incidente foi aberto; tente novamente mais tarde.
problem-unavailable-failover = Estes dados estão sendo transferidos para a réplica em espera após uma falha. Tente novamente em alguns segundos.
problem-not-found-incident = Não há nenhum incidente com este ID.
problem-not-found-report = Não há nenhum relatório de integridade com este ID.
problem-not-found-job = Não há nenhuma tarefa com este ID.
problem-job-finished = A tarefa já foi encerrada; só é possível cancelar uma tarefa na fila ou em execução.
# $region is a region id.
problem-unavailable-report-store = O armazenamento de relatórios da região { $region } não está acessível; tente novamente mais tarde.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = Esta chave de API excedeu seu limite de { $quota } requisições por segundo. Tente novamente em { $retry ->
    [one] { $retry } segundo
    [many] { $retry } segundos
   *[other] { $retry } segundos
}.
problem-rate-limited-tenant = Esta organização excedeu seu limite de { $quota } requisições por segundo. Tente novamente em { $retry ->
    [one] { $retry } segundo
    [many] { $retry } segundos
   *[other] { $retry } segundos
}.
problem-rate-limited-auth = Muitas tentativas de autenticação malsucedidas a partir deste endereço. Tente novamente em { $retry ->
    [one] { $retry } segundo
    [many] { $retry } segundos
   *[other] { $retry } segundos
}.

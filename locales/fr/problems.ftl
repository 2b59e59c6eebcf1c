## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = Requête mal formée
problem-bad-parameter-title = Paramètre non valide
problem-validation-title = Champs non valides
problem-unauthenticated-title = Authentification requise
problem-forbidden-title = Action non autorisée
problem-not-found-title = Introuvable
problem-conflict-title = Conflit
problem-stale-version-title = Version non concordante
problem-if-match-required-title = If-Match requis
problem-too-large-title = Corps de requête trop volumineux
problem-unsupported-media-type-title = Type de média non pris en charge
problem-unavailable-title = Service indisponible
problem-rate-limited-title = Trop de requêtes
problem-internal-title = Erreur interne
problem-method-not-allowed-title = Méthode non autorisée
problem-data-residency-title = Règle de résidence des données
problem-below-statute-title = Moins favorable que la loi
problem-not-regulated-title = Aucune règle légale
problem-out-of-coverage-title = En dehors des années couvertes

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [one] Le champ { $field } n’est pas valide.
        [many] { $count } champs ne sont pas valides, à commencer par { $field }.
       *[other] { $count } champs ne sont pas valides, à commencer par { $field }.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = Le corps de la requête n’est pas un JSON valide : l’erreur se trouve à la ligne { $line }, colonne { $column }.
problem-trailing-json = Le corps de la requête contient des données après le document JSON, à partir de la ligne { $line }, colonne { $column }.
problem-body-unreadable = Le corps de la requête n’a pas pu être lu.
problem-query-malformed = La chaîne de requête est mal formée.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = L’en-tête { $header } n’est pas valide.
# $parameter is the name of a query parameter.
problem-bad-parameter = Le paramètre de requête { $parameter } n’est pas valide.
problem-auth-missing = Envoyez une clé d’API sous la forme « Authorization: Bearer <key> ».
problem-auth-not-text = L’en-tête Authorization n’est pas du texte.
problem-auth-scheme = Utilisez le schéma Bearer : « Authorization: Bearer <key> ».
problem-auth-malformed-key = La clé d’API est mal formée.
problem-auth-unknown-key = La clé d’API est inconnue ou a été révoquée.
problem-auth-tenant-gone = Le locataire de cette clé d’API n’existe plus.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = Cette clé d’API ne dispose pas de l’autorisation { $scope }.
problem-forbidden-operator = Seul l’exploitant de la plateforme peut effectuer cette action.
problem-not-found-resource = La ressource demandée n’existe pas.
problem-not-found-employee = Aucun employé ne correspond à cet identifiant.
problem-not-found-legal-entity = L’entité juridique indiquée n’existe pas.
problem-not-found-api-key = La clé d’API indiquée n’existe pas.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = Il n’existe aucun module réglementaire pour { $code } (indiquez un code ISO 3166-1 alpha-2 ou une subdivision telle que US-CA).
problem-conflict-work-email = Un autre employé de ce locataire utilise déjà cette adresse e-mail professionnelle.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = Le nom court de locataire { $slug } est déjà utilisé.
# $shard is a shard number.
problem-conflict-shard-unavailable = Le shard { $shard } n’a pas de point de terminaison principal.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = Une entité juridique nommée { $name } existe déjà.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = L’enregistrement en est à la version { $current }, et non à la version { $expected } : récupérez-le à nouveau, puis réessayez.
# $value is the If-Match header as sent.
problem-stale-version-unknown = La valeur If-Match { $value } ne correspond à aucune version de cet enregistrement.
problem-if-match-required = Pour modifier l’enregistrement, envoyez If-Match avec sa version actuelle (son ETag).
# $limit is a number of bytes.
problem-too-large = Le corps de la requête dépasse la limite de { $limit } octets.
problem-unsupported-media-type = Envoyez le corps de la requête au format application/json.
problem-unavailable-database = La base de données qui contient ces données est inaccessible ; réessayez plus tard.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = La requête a duré plus de { $seconds ->
    [one] { $seconds } seconde
    [many] { $seconds } secondes
   *[other] { $seconds } secondes
} et a été interrompue ; réessayez plus tard.
problem-internal = Le serveur n’a pas pu traiter la requête ; l’erreur a été consignée.
problem-method-not-allowed = Cette ressource ne prend pas en charge cette méthode.
problem-bad-request = La requête n’a pas pu être traitée.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = Les données personnelles d’un établissement situé dans le pays { $country } ne peuvent être stockées que dans la zone { $zones } ({ $source }) ; la région choisie se trouve dans la zone { $zone }.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
        [one] Une condition est moins favorable que la loi.
        [many] { $count } conditions sont moins favorables que la loi.
       *[other] { $count } conditions sont moins favorables que la loi.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = Aucune règle légale relative à { $fact } n’est en vigueur pour { $jurisdiction } à la date du { $date }.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = Le calendrier des jours fériés de { $jurisdiction } couvre les années { $from } à { $to } ; la date du { $date } se situe en dehors de cette période.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = Le shard { $shard } de la région { $region } est hors service et aucun serveur de secours de sa zone ne peut prendre le relais. Un incident a été ouvert ; réessayez plus tard.
problem-unavailable-failover = Ces données sont en cours de basculement vers leur serveur de secours à la suite d’une panne. Réessayez dans quelques secondes.
problem-not-found-incident = Aucun incident ne correspond à cet identifiant.
problem-not-found-report = Aucun rapport d’état du service ne correspond à cet identifiant.
problem-not-found-job = Aucune tâche ne correspond à cet identifiant.
problem-job-finished = La tâche est déjà terminée ; seule une tâche en file d’attente ou en cours d’exécution peut être annulée.
# $region is a region id.
problem-unavailable-report-store = Le stockage des rapports de la région { $region } est inaccessible ; réessayez plus tard.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = Cette clé d’API a dépassé sa limite de { $quota } requêtes par seconde. Réessayez dans { $retry ->
    [one] { $retry } seconde
    [many] { $retry } secondes
   *[other] { $retry } secondes
}.
problem-rate-limited-tenant = Ce locataire a dépassé sa limite de { $quota } requêtes par seconde. Réessayez dans { $retry ->
    [one] { $retry } seconde
    [many] { $retry } secondes
   *[other] { $retry } secondes
}.
problem-rate-limited-auth = Trop d’échecs d’authentification depuis cette adresse. Réessayez dans { $retry ->
    [one] { $retry } seconde
    [many] { $retry } secondes
   *[other] { $retry } secondes
}.

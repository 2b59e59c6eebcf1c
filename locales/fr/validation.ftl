## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = est obligatoire
field-empty = ne doit pas être vide
# $max is a number of characters.
# In French, [one] also covers 0, hence the number rather than a word.
field-too-long =
    { $max ->
        [one] ne doit pas dépasser { $max } caractère
        [many] ne doit pas dépasser { $max } caractères
       *[other] ne doit pas dépasser { $max } caractères
    }
field-control-characters = ne doit pas contenir de caractères de contrôle
field-name = doit comporter de 1 à 200 caractères, sans caractères de contrôle
field-slug = doit comporter de 2 à 63 lettres minuscules, chiffres ou tirets, et commencer par une lettre
field-email = { $value } n’est pas une adresse e-mail valide
field-country = { $value } n’est pas un code pays ISO 3166-1 alpha-2
field-language-tag = { $value } n’est pas une étiquette de langue telle que « de » ou « pt-BR »
field-time-zone = { $value } n’est pas un fuseau horaire IANA tel que « Europe/Berlin »
# $jurisdiction is a code such as US.
field-time-zone-needed = le module réglementaire de { $jurisdiction } n’indique aucun fuseau horaire ; indiquez-en un
# $min and $max are years.
field-year-between = doit être une année comprise entre { $min } et { $max }
field-date = doit être une date au format YYYY-MM-DD
field-time-of-day = doit être une heure au format HH:MM
field-instant = doit être un horodatage au format RFC 3339, tel que 2026-12-06T09:30:00Z
field-local-date-time = doit être une date et une heure locales au format YYYY-MM-DDTHH:MM, sans décalage horaire
# $known lists the accepted day names.
field-weekday = doit être un jour de la semaine : { $known }
field-uuid = n’est pas un UUID
field-employee-id = n’est pas un identifiant d’employé
field-own-manager = un employé ne peut pas être son propre responsable
field-unknown-manager = aucun employé de ce locataire n’a cet identifiant
field-unknown-legal-entity = n’est pas une entité juridique de ce locataire
field-legal-entity-fixed = ne peut pas être modifié ici : le passage d’un employé dans une autre entité juridique constitue une mutation
# $known lists the valid choices.
field-unknown-region = { $value } n’est pas une région de ce déploiement (choisissez parmi { $known })
field-unknown-scope = { $value } n’est pas une autorisation (choisissez parmi { $known })
field-no-scopes = accordez au moins une autorisation
field-unknown-parameter = n’est pas un paramètre de cette requête (choisissez parmi { $known })
field-cursor = n’est pas un curseur renvoyé par cette API
field-cursor-other-list = appartient à une liste aux filtres différents : envoyez-le avec les filtres avec lesquels il a été obtenu
# $max is the largest accepted number.
field-limit = doit être un nombre entier compris entre 1 et { $max }
field-at-most = ne doit pas dépasser { $max }
field-not-negative = ne doit pas être négatif
# $min is excluded, $max included.
field-above-up-to = doit être strictement supérieur à { $min } et inférieur ou égal à { $max }
field-after-evaluation-date = est postérieur à la date d’évaluation
field-date-out-of-range = aboutit à une date en dehors de la plage prise en charge
field-shifts-empty = au moins une période de travail est requise
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = la période de travail { $index } se termine avant de commencer
field-shift-overlaps = la période de travail { $index } chevauche la période { $previous } ou la précède
# $days is a number of days.
field-shifts-span =
    { $days ->
        [one] les périodes de travail doivent s’inscrire dans un intervalle de { $days } jour
        [many] les périodes de travail doivent s’inscrire dans un intervalle de { $days } jours
       *[other] les périodes de travail doivent s’inscrire dans un intervalle de { $days } jours
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = le salaire minimum en vigueur est fixé en { $expected }, et non en { $value }
field-pack-amount = le montant indiqué pour cette règle dans le module réglementaire n’est pas un nombre
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } est inférieur au minimum légal de { $statutory } applicable pour { $jurisdiction } ({ $source })
field-above-statutory-maximum = { $value } est supérieur au maximum légal de { $statutory } applicable pour { $jurisdiction } ({ $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = les données personnelles d’un établissement situé dans le pays { $country } ne peuvent être stockées que dans la zone { $zones } ; cette région se trouve dans la zone { $zone }

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = n’est pas un champ de cette requête (attendu : { $expected })
json-wrong-type = a un type incorrect : { $found } reçu, { $expected } attendu
json-wrong-value = a une valeur non valide : { $found } reçu, { $expected } attendu
json-unknown-variant = { $value } ne fait pas partie des valeurs { $expected }
# $reason is the parser's own explanation, in English.
json-invalid = n’est pas valide : { $reason }
# $known is a list of stages.
field-incident-stage = { $value } n’est pas une étape que vous pouvez enregistrer (choisissez parmi { $known })
field-text-length = doit comporter de { $min } à { $max } caractères
field-report-quarter = { $value } n’est pas un trimestre tel que « 2026-Q3 »
field-report-future = le trimestre { $value } n’a pas encore commencé
# $known is a list of formats.
field-report-format = { $value } n’est pas un format de rapport (choisissez parmi { $known })

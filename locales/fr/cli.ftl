## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = erreur : { $error }
# $dir is a directory path.
cli-dev-starting = Démarrage du déploiement local dans { $dir } …
cli-dev-stopping = Arrêt : fin du traitement des requêtes en cours, puis arrêt des clusters PostgreSQL …
cli-dev-stopped = Arrêté. Les données sont conservées pour le prochain démarrage.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [one] Cadre est en cours d’exécution : déploiement à une seule région sur cette machine.
        [many] Cadre est en cours d’exécution : déploiement à { $count } régions sur cette machine.
       *[other] Cadre est en cours d’exécution : déploiement à { $count } régions sur cette machine.
    }
cli-dev-gateway = Passerelle
cli-dev-s3 = S3
cli-dev-regions = Régions
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = zone { $zone }, shard { $shard }, compartiment { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = Clé d’administration du locataire de démonstration (également dans { $file }) :
cli-dev-no-demo-key = Aucune clé de démonstration : le déploiement a été démarré sans données initiales.
cli-dev-try = Essayez :
# $dir is the data directory.
cli-dev-stop-hint = Appuyez sur Ctrl-C pour arrêter ; les données restent dans { $dir } pour le prochain démarrage.
cli-serve-directory-migrated = Annuaire : migré, table des shards synchronisée.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = Shard { $shard } ({ $region }) : migré.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
        [one] Un problème dans les modules réglementaires.
        [many] { $count } problèmes dans les modules réglementaires.
       *[other] { $count } problèmes dans les modules réglementaires.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = { $packs } modules réglementaires et { $calendars } calendriers de jours fériés sont valides.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
        [one] Un problème dans les traductions.
        [many] { $count } problèmes dans les traductions.
       *[other] { $count } problèmes dans les traductions.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = { $locales } langues de { $messages } messages chacune sont complètes.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = Le shard { $shard } fonctionne désormais sur { $endpoint } (époque { $epoch }).
cli-jobs-started = Exécuteur de tâches démarré ; il est actif tant qu’il détient le verrou de leader.

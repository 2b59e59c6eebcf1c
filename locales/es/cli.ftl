## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = error: { $error }
# $dir is a directory path.
cli-dev-starting = Iniciando la implementación local en { $dir } …
cli-dev-stopping = Deteniendo: se completan las solicitudes en curso y, a continuación, se detienen los clústeres de PostgreSQL …
cli-dev-stopped = Detenido. Los datos se conservan para el próximo inicio.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [one] Cadre está en ejecución: una implementación de una sola región en este equipo.
        [many] Cadre está en ejecución: una implementación de { $count } regiones en este equipo.
       *[other] Cadre está en ejecución: una implementación de { $count } regiones en este equipo.
    }
cli-dev-gateway = Puerta de enlace
cli-dev-s3 = S3
cli-dev-regions = Regiones
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = zona { $zone }, shard { $shard }, bucket { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = Clave de administrador del inquilino de demostración (también en { $file }):
cli-dev-no-demo-key = No hay clave de demostración: la implementación se inició sin datos iniciales.
cli-dev-try = Pruebe:
# $dir is the data directory.
cli-dev-stop-hint = Presione Ctrl-C para detener; los datos se conservan en { $dir } para el próximo inicio.
cli-serve-directory-migrated = Directorio: migrado, mapa de shards sincronizado.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = Shard { $shard } ({ $region }): migrado.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
        [one] Hay un problema en los paquetes normativos.
        [many] Hay { $count } problemas en los paquetes normativos.
       *[other] Hay { $count } problemas en los paquetes normativos.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = { $packs } paquetes normativos y { $calendars } calendarios de festivos son válidos.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
        [one] Hay un problema en las traducciones.
        [many] Hay { $count } problemas en las traducciones.
       *[other] Hay { $count } problemas en las traducciones.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = { $locales } idiomas con { $messages } mensajes cada uno están completos.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = El shard { $shard } funciona ahora en { $endpoint } (época { $epoch }).
cli-jobs-started = Ejecutor de tareas iniciado; actúa mientras tenga el bloqueo de líder.

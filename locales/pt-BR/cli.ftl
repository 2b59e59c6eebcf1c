## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = erro: { $error }
# $dir is a directory path.
cli-dev-starting = Iniciando a implantação local em { $dir } …
cli-dev-stopping = Parando: concluindo as requisições em andamento e, em seguida, parando os clusters PostgreSQL …
cli-dev-stopped = Parado. Os dados foram mantidos para a próxima inicialização.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [one] O Cadre está em execução: implantação com uma região nesta máquina.
        [many] O Cadre está em execução: implantação com { $count } regiões nesta máquina.
       *[other] O Cadre está em execução: implantação com { $count } regiões nesta máquina.
    }
cli-dev-gateway = Gateway
cli-dev-s3 = S3
cli-dev-regions = Regiões
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = zona { $zone }, shard { $shard }, bucket { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = Chave de administrador da organização de demonstração (também em { $file }):
cli-dev-no-demo-key = Sem chave de demonstração: a implantação foi iniciada sem carga de dados iniciais.
cli-dev-try = Experimente:
# $dir is the data directory.
cli-dev-stop-hint = Pressione Ctrl-C para parar; os dados permanecem em { $dir } para a próxima inicialização.
cli-serve-directory-migrated = Diretório: migrado, mapa de shards sincronizado.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = Shard { $shard } ({ $region }): migrado.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
        [one] Um problema nos pacotes de jurisdição.
        [many] { $count } problemas nos pacotes de jurisdição.
       *[other] { $count } problemas nos pacotes de jurisdição.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = Todos os arquivos são válidos. Pacotes: { $packs }; calendários de feriados: { $calendars }.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
        [one] Um problema nas traduções.
        [many] { $count } problemas nas traduções.
       *[other] { $count } problemas nas traduções.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = Traduções completas. Idiomas: { $locales }; mensagens por idioma: { $messages }.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = O shard { $shard } agora é executado em { $endpoint } (época { $epoch }).
cli-jobs-started = Executor de tarefas iniciado; ele atua enquanto detiver o bloqueio de líder.

## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = 오류: { $error }
# $dir is a directory path.
cli-dev-starting = { $dir }에서 로컬 배포를 시작하는 중입니다…
cli-dev-stopping = 중지하는 중입니다. 처리 중인 요청을 마무리한 후 PostgreSQL 클러스터를 중지합니다…
cli-dev-stopped = 중지되었습니다. 데이터는 다음 시작 시 사용할 수 있도록 보존됩니다.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [1] Cadre가 이 컴퓨터에서 단일 리전 구성으로 실행 중입니다.
       *[other] Cadre가 이 컴퓨터에서 { $count }개 리전 구성으로 실행 중입니다.
    }
cli-dev-gateway = 게이트웨이
cli-dev-s3 = S3
cli-dev-regions = 리전
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = 영역 { $zone }, 샤드 { $shard }, 버킷 { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = 데모 테넌트 관리자 키({ $file }에도 저장되어 있음):
cli-dev-no-demo-key = 데모 키가 없습니다. 초기 데이터를 생성하지 않고 배포를 시작했습니다.
cli-dev-try = 다음 명령을 실행해 보십시오:
# $dir is the data directory.
cli-dev-stop-hint = 중지하려면 Ctrl-C를 누르십시오. 데이터는 다음 시작 시 사용할 수 있도록 { $dir }에 보존됩니다.
cli-serve-directory-migrated = 디렉터리: 마이그레이션 완료, 샤드 맵 동기화 완료.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = 샤드 { $shard }({ $region }): 마이그레이션 완료.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
       *[other] 관할 지역 팩에서 문제가 { $count }개 발견되었습니다.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = 팩 { $packs }개와 공휴일 캘린더 { $calendars }개가 모두 유효합니다.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
       *[other] 번역에서 문제가 { $count }개 발견되었습니다.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = { $locales }개 언어 모두 메시지 { $messages }개가 빠짐없이 번역되어 있습니다.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = 샤드 { $shard }: 이제 { $endpoint }에서 실행 중입니다(에포크 { $epoch }).
cli-jobs-started = 작업 실행기가 시작되었습니다. 리더 잠금을 보유하는 동안 작업을 수행합니다.

## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = 请求格式错误
problem-bad-parameter-title = 参数无效
problem-validation-title = 字段无效
problem-unauthenticated-title = 需要身份验证
problem-forbidden-title = 不允许执行此操作
problem-not-found-title = 未找到
problem-conflict-title = 冲突
problem-stale-version-title = 版本不匹配
problem-if-match-required-title = 需要 If-Match
problem-too-large-title = 请求体过大
problem-unsupported-media-type-title = 不支持的媒体类型
problem-unavailable-title = 服务不可用
problem-rate-limited-title = 请求过多
problem-internal-title = 内部错误
problem-method-not-allowed-title = 不允许使用该方法
problem-data-residency-title = 数据驻留规则
problem-below-statute-title = 低于法定标准
problem-not-regulated-title = 无法定规则
problem-out-of-coverage-title = 超出覆盖年份范围

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [1] 字段 { $field } 无效。
       *[other] 共有 { $count } 个字段无效，第一个是 { $field }。
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = 请求体不是有效的 JSON：错误位于第 { $line } 行第 { $column } 列。
problem-trailing-json = JSON 文档结束后请求体仍有内容，位于第 { $line } 行第 { $column } 列。
problem-body-unreadable = 无法读取请求体。
problem-query-malformed = 查询字符串格式错误。
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = 标头 { $header } 无效。
# $parameter is the name of a query parameter.
problem-bad-parameter = 查询参数 { $parameter } 无效。
problem-auth-missing = 请以“Authorization: Bearer <key>”的形式发送 API 密钥。
problem-auth-not-text = Authorization 标头不是文本。
problem-auth-scheme = 请使用 Bearer 认证方案：“Authorization: Bearer <key>”。
problem-auth-malformed-key = API 密钥格式错误。
problem-auth-unknown-key = API 密钥无法识别或已被吊销。
problem-auth-tenant-gone = 此 API 密钥所属的租户已不存在。
# $scope is a scope name such as employees:write.
problem-forbidden-scope = 此 API 密钥缺少 { $scope } 权限范围。
problem-forbidden-operator = 只有平台运营方可以执行此操作。
problem-not-found-resource = 该资源不存在。
problem-not-found-employee = 不存在具有此 ID 的员工。
problem-not-found-legal-entity = 该法律实体不存在。
problem-not-found-api-key = 该 API 密钥不存在。
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = 没有 { $code } 的司法辖区包（应为 ISO 3166-1 alpha-2 代码，或 US-CA 等行政区划代码）。
problem-conflict-work-email = 此租户中已有其他员工使用该工作邮箱。
# $slug is the tenant's short name.
problem-conflict-tenant-slug = 租户短名称 { $slug } 已被占用。
# $shard is a shard number.
problem-conflict-shard-unavailable = 分片 { $shard } 没有主节点端点。
# $name is the legal entity's name.
problem-conflict-legal-entity-name = 名为 { $name } 的法律实体已存在。
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = 该记录的当前版本为 { $current }，而不是 { $expected }：请重新获取后重试。
# $value is the If-Match header as sent.
problem-stale-version-unknown = If-Match { $value } 未对应此记录的任何版本。
problem-if-match-required = 如需修改此记录，请在 If-Match 中发送其当前版本（即其 ETag）。
# $limit is a number of bytes.
problem-too-large = 请求体超过了 { $limit } 字节的上限。
problem-unsupported-media-type = 请以 application/json 格式发送请求体。
problem-unavailable-database = 无法连接存放此数据的数据库，请稍后重试。
# $seconds is a whole number of seconds.
problem-unavailable-timeout = 此请求的处理时间超过 { $seconds } 秒，已被中止，请稍后重试。
problem-internal = 服务器未能处理该请求；此故障已记录。
problem-method-not-allowed = 此资源不支持该方法。
problem-bad-request = 无法处理该请求。
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = { $country } 分支机构的个人数据只能存储在 { $zones } 地区（{ $source }）；所选区域位于 { $zone } 地区。
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
       *[other] 有 { $count } 项条款低于法定标准。
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = { $jurisdiction } 没有在 { $date } 生效的 { $fact } 法定规则。
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = { $jurisdiction } 的节假日日历涵盖 { $from } 年至 { $to } 年；{ $date } 不在此范围内。
# $shard is a shard number, $region a region id.
problem-shard-unavailable = 区域 { $region } 中的分片 { $shard } 已宕机，且其所在地区内没有可接管的备用节点。已创建事件，请稍后重试。
problem-unavailable-failover = 由于发生故障，此数据正在切换到备用节点，请几秒后重试。
problem-not-found-incident = 不存在具有此 ID 的事件。
problem-not-found-report = 不存在具有此 ID 的健康报告。
problem-not-found-job = 不存在具有此 ID 的作业。
problem-job-finished = 作业已结束；只能取消排队中或运行中的作业。
# $region is a region id.
problem-unavailable-report-store = 无法连接区域 { $region } 的报告存储，请稍后重试。

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = 此 API 密钥的请求数超过了每秒 { $quota } 次的上限，请在 { $retry } 秒后重试。
problem-rate-limited-tenant = 此租户的请求数超过了每秒 { $quota } 次的上限，请在 { $retry } 秒后重试。
problem-rate-limited-auth = 此地址的身份验证失败次数过多，请在 { $retry } 秒后重试。

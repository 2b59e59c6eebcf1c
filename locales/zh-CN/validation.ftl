## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = 为必填项
field-empty = 不能为空
# $max is a number of characters.
field-too-long =
    { $max ->
       *[other] 长度不能超过 { $max } 个字符
    }
field-control-characters = 不能包含控制字符
field-name = 长度必须为 1 到 200 个字符，且不能包含控制字符
field-slug = 必须由 2 到 63 个小写字母、数字或连字符组成，并以字母开头
field-email = { $value } 不是电子邮件地址
field-country = { $value } 不是 ISO 3166-1 alpha-2 国家/地区代码
field-language-tag = { $value } 不是语言标记（例如“de”或“pt-BR”）
field-time-zone = { $value } 不是 IANA 时区（例如“Europe/Berlin”）
# $jurisdiction is a code such as US.
field-time-zone-needed = { $jurisdiction } 的司法辖区包未指定时区，请指定一个时区
# $min and $max are years.
field-year-between = 必须是 { $min } 年至 { $max } 年之间的年份
field-date = 必须是 YYYY-MM-DD 格式的日期
field-time-of-day = 必须是 HH:MM 格式的时间
field-instant = 必须是 RFC 3339 格式的时间点（例如 2026-12-06T09:30:00Z）
field-local-date-time = 必须是 YYYY-MM-DDTHH:MM 格式的本地日期时间，且不带时区偏移
# $known lists the accepted day names.
field-weekday = 必须是表示星期几的值：{ $known }
field-uuid = 不是 UUID
field-employee-id = 不是员工 ID
field-own-manager = 员工不能是自己的经理
field-unknown-manager = 此租户中没有具有此 ID 的员工
field-unknown-legal-entity = 不是此租户的法律实体
field-legal-entity-fixed = 无法在此处更改：将员工转到其他法律实体属于调动
# $known lists the valid choices.
field-unknown-region = { $value } 不是此部署中的区域（可选值：{ $known }）
field-unknown-scope = { $value } 不是有效的权限范围（可选值：{ $known }）
field-no-scopes = 请至少授予一个权限范围
field-unknown-parameter = 不是此请求的参数（可选值：{ $known }）
field-cursor = 不是此 API 返回的游标
field-cursor-other-list = 属于使用其他筛选条件的列表：请连同获取它时所用的筛选条件一起发送
# $max is the largest accepted number.
field-limit = 必须是 1 到 { $max } 之间的整数
field-at-most = 不能大于 { $max }
field-not-negative = 不能为负数
# $min is excluded, $max included.
field-above-up-to = 必须大于 { $min } 且不大于 { $max }
field-after-evaluation-date = 晚于评估日期
field-date-out-of-range = 会导致日期超出支持的范围
field-shifts-empty = 至少需要一个班次
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = 班次 { $index } 的结束时间早于开始时间
field-shift-overlaps = 班次 { $index } 与班次 { $previous } 重叠，或排在其之前
# $days is a number of days.
field-shifts-span =
    { $days ->
       *[other] 所有班次必须在 { $days } 天之内
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = 现行最低工资以 { $expected } 计价，而不是 { $value }
field-pack-amount = 司法辖区包中此规则的金额不是数字
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } 低于 { $jurisdiction } 的法定下限 { $statutory }（{ $source }）
field-above-statutory-maximum = { $value } 高于 { $jurisdiction } 的法定上限 { $statutory }（{ $source }）
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = { $country } 分支机构的个人数据只能存储在 { $zones } 地区；此区域位于 { $zone } 地区

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = 不是此请求的字段（应为 { $expected }）
json-wrong-type = 类型错误：实际为 { $found }，应为 { $expected }
json-wrong-value = 值无效：实际为 { $found }，应为 { $expected }
json-unknown-variant = { $value } 不是 { $expected } 之一
# $reason is the parser's own explanation, in English.
json-invalid = 无效：{ $reason }
# $known is a list of stages.
field-incident-stage = { $value } 不是可记录的阶段（可选值：{ $known }）
field-text-length = 长度必须为 { $min } 到 { $max } 个字符
field-report-quarter = { $value } 不是季度（例如“2026-Q3”）
field-report-future = 季度 { $value } 尚未开始
# $known is a list of formats.
field-report-format = { $value } 不是报告格式（可选值：{ $known }）

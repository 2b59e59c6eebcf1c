## Why one field of a request is invalid. Each message is shown next to the field's name,
## so it reads as a phrase about that field ("must not be empty"). $value is what the client
## sent, quoted; keep every { $variable } in the translation.

field-required = là trường bắt buộc
field-empty = không được để trống
# $max is a number of characters.
field-too-long =
    { $max ->
        [1] chỉ được dài tối đa một ký tự
       *[other] chỉ được dài tối đa { $max } ký tự
    }
field-control-characters = không được chứa ký tự điều khiển
field-name = phải dài từ 1 đến 200 ký tự và không chứa ký tự điều khiển
field-slug = phải gồm từ 2 đến 63 ký tự là chữ cái thường, chữ số hoặc dấu gạch ngang, bắt đầu bằng một chữ cái
field-email = { $value } không phải là địa chỉ email
field-country = { $value } không phải là mã quốc gia ISO 3166-1 alpha-2
field-language-tag = { $value } không phải là thẻ ngôn ngữ hợp lệ (ví dụ: “de” hoặc “pt-BR”)
field-time-zone = { $value } không phải là múi giờ IANA hợp lệ (ví dụ: “Europe/Berlin”)
# $jurisdiction is a code such as US.
field-time-zone-needed = gói của { $jurisdiction } không chỉ định múi giờ nào; hãy chỉ định một múi giờ
# $min and $max are years.
field-year-between = phải là một năm trong khoảng từ { $min } đến { $max }
field-date = phải là ngày theo định dạng YYYY-MM-DD
field-time-of-day = phải là giờ trong ngày theo định dạng HH:MM
field-instant = phải là thời điểm theo định dạng RFC 3339 (ví dụ: 2026-12-06T09:30:00Z)
field-local-date-time = phải là ngày giờ địa phương theo định dạng YYYY-MM-DDTHH:MM, không kèm độ lệch múi giờ
# $known lists the accepted day names.
field-weekday = phải là một ngày trong tuần: { $known }
field-uuid = không phải là UUID
field-employee-id = không phải là ID nhân viên
field-own-manager = nhân viên không thể là người quản lý của chính mình
field-unknown-manager = không có nhân viên nào của đối tượng thuê này có ID này
field-unknown-legal-entity = không phải là pháp nhân của đối tượng thuê này
field-legal-entity-fixed = không thể thay đổi tại đây: chuyển nhân viên sang pháp nhân khác là một nghiệp vụ điều chuyển
# $known lists the valid choices.
field-unknown-region = { $value } không phải là khu vực của bản triển khai này (hãy chọn một trong: { $known })
field-unknown-scope = { $value } không phải là phạm vi hợp lệ (hãy chọn một trong: { $known })
field-no-scopes = hãy cấp ít nhất một phạm vi
field-unknown-parameter = không phải là tham số của yêu cầu này (hãy chọn một trong: { $known })
field-cursor = không phải là con trỏ do API này trả về
field-cursor-other-list = thuộc về một danh sách có bộ lọc khác: hãy gửi kèm đúng các bộ lọc đã dùng khi nhận con trỏ này
# $max is the largest accepted number.
field-limit = phải là số nguyên từ 1 đến { $max }
field-at-most = không được lớn hơn { $max }
field-not-negative = không được là số âm
# $min is excluded, $max included.
field-above-up-to = phải lớn hơn { $min } và không vượt quá { $max }
field-after-evaluation-date = muộn hơn ngày đánh giá
field-date-out-of-range = dẫn đến một ngày nằm ngoài phạm vi được hỗ trợ
field-shifts-empty = cần có ít nhất một ca làm việc
# $index counts shifts from 0, as in the request.
field-shift-ends-before-start = ca { $index } kết thúc trước khi bắt đầu
field-shift-overlaps = ca { $index } chồng lấn với ca { $previous } hoặc bắt đầu trước ca đó
# $days is a number of days.
field-shifts-span =
    { $days ->
        [1] các ca phải nằm trong phạm vi một ngày
       *[other] các ca phải nằm trong phạm vi { $days } ngày
    }
# $expected and $value are ISO 4217 currency codes.
field-currency-mismatch = mức lương tối thiểu đang có hiệu lực được quy định bằng { $expected }, không phải { $value }
field-pack-amount = số tiền của quy tắc này trong gói khu vực tài phán không phải là một số
# $value is the tenant's figure, $statutory the statute's, $jurisdiction a code such as FR,
# $source the legal source.
field-below-statutory-minimum = { $value } thấp hơn mức tối thiểu theo luật định là { $statutory } tại { $jurisdiction } ({ $source })
field-above-statutory-maximum = { $value } cao hơn mức tối đa theo luật định là { $statutory } tại { $jurisdiction } ({ $source })
# $country is an ISO code, $zones the allowed zones, $zone the chosen region's zone.
field-residency = dữ liệu cá nhân của chi nhánh tại { $country } chỉ được lưu trữ trong vùng { $zones }; khu vực này thuộc vùng { $zone }

## Errors in the shape of a JSON body. $found and $expected describe JSON values in the
## terms of the parser (for example: string "x", u32, a date); they are not translated.

json-unknown-field = không phải là trường của yêu cầu này (mong đợi: { $expected })
json-wrong-type = sai kiểu dữ liệu: nhận được { $found }, mong đợi { $expected }
json-wrong-value = có giá trị không hợp lệ: nhận được { $found }, mong đợi { $expected }
json-unknown-variant = { $value } không phải là một trong { $expected }
# $reason is the parser's own explanation, in English.
json-invalid = không hợp lệ: { $reason }
# $known is a list of stages.
field-incident-stage = { $value } không phải là giai đoạn có thể ghi nhận (hãy chọn một trong: { $known })
field-text-length = phải dài từ { $min } đến { $max } ký tự
field-report-quarter = { $value } không phải là quý hợp lệ (ví dụ: “2026-Q3”)
field-report-future = quý { $value } chưa bắt đầu
# $known is a list of formats.
field-report-format = { $value } không phải là định dạng báo cáo (hãy chọn một trong: { $known })

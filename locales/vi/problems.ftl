## Problem details (RFC 9457) returned by the API: a title per kind of problem and the detail
## of each case. Variables are values from the request; keep every { $variable } in the
## translation. Field names, header names and scope names are code: do not translate them.

-product = Cadre

## Titles, one per problem type (urn:cadre:problem:<kind>)

problem-bad-request-title = Yêu cầu sai định dạng
problem-bad-parameter-title = Tham số không hợp lệ
problem-validation-title = Trường không hợp lệ
problem-unauthenticated-title = Cần xác thực
problem-forbidden-title = Không được phép
problem-not-found-title = Không tìm thấy
problem-conflict-title = Xung đột
problem-stale-version-title = Phiên bản không khớp
problem-if-match-required-title = Cần có If-Match
problem-too-large-title = Nội dung yêu cầu quá lớn
problem-unsupported-media-type-title = Loại phương tiện không được hỗ trợ
problem-unavailable-title = Dịch vụ không khả dụng
problem-rate-limited-title = Quá nhiều yêu cầu
problem-internal-title = Lỗi nội bộ
problem-method-not-allowed-title = Phương thức không được phép
problem-data-residency-title = Quy định về nơi lưu trữ dữ liệu
problem-below-statute-title = Kém có lợi hơn quy định của pháp luật
problem-not-regulated-title = Không có quy định pháp luật
problem-out-of-coverage-title = Ngoài phạm vi năm được hỗ trợ

## Details

# $count is the number of invalid fields; $field is the first of them.
problem-validation-detail =
    { $count ->
        [1] Trường { $field } không hợp lệ.
       *[other] Có { $count } trường không hợp lệ, trường đầu tiên là { $field }.
    }
# $line and $column locate the syntax error in the body.
problem-malformed-json = Nội dung không phải là JSON hợp lệ: lỗi ở dòng { $line }, cột { $column }.
problem-trailing-json = Nội dung vẫn còn tiếp sau khi tài liệu JSON đã kết thúc, tại dòng { $line }, cột { $column }.
problem-body-unreadable = Không thể đọc nội dung yêu cầu.
problem-query-malformed = Chuỗi truy vấn sai định dạng.
# $header is the name of an HTTP header, e.g. Time-Zone.
problem-bad-header = Tiêu đề { $header } không hợp lệ.
# $parameter is the name of a query parameter.
problem-bad-parameter = Tham số truy vấn { $parameter } không hợp lệ.
problem-auth-missing = Hãy gửi khóa API theo dạng “Authorization: Bearer <key>”.
problem-auth-not-text = Tiêu đề Authorization không phải là văn bản.
problem-auth-scheme = Hãy dùng lược đồ xác thực Bearer: “Authorization: Bearer <key>”.
problem-auth-malformed-key = Khóa API sai định dạng.
problem-auth-unknown-key = Khóa API không tồn tại hoặc đã bị thu hồi.
problem-auth-tenant-gone = Đối tượng thuê của khóa API này không còn tồn tại.
# $scope is a scope name such as employees:write.
problem-forbidden-scope = Khóa API này không có phạm vi { $scope }.
problem-forbidden-operator = Chỉ nhà vận hành nền tảng mới được thực hiện thao tác này.
problem-not-found-resource = Tài nguyên không tồn tại.
problem-not-found-employee = Không có nhân viên nào có ID này.
problem-not-found-legal-entity = Pháp nhân không tồn tại.
problem-not-found-api-key = Khóa API không tồn tại.
# $code is what the client sent, e.g. "XX".
problem-not-found-jurisdiction = Không có gói khu vực tài phán cho { $code } (cần một mã ISO 3166-1 alpha-2 hoặc mã đơn vị hành chính cấp dưới như US-CA).
problem-conflict-work-email = Email công việc này đã được một nhân viên khác của đối tượng thuê sử dụng.
# $slug is the tenant's short name.
problem-conflict-tenant-slug = Tên định danh ngắn { $slug } của đối tượng thuê đã được sử dụng.
# $shard is a shard number.
problem-conflict-shard-unavailable = Shard { $shard } không có điểm cuối chính.
# $name is the legal entity's name.
problem-conflict-legal-entity-name = Đã có một pháp nhân tên là { $name }.
# $expected is the version the client sent in If-Match, $current the stored one.
problem-stale-version = Bản ghi đang ở phiên bản { $current }, không phải { $expected }: hãy tải lại bản ghi rồi thử lại.
# $value is the If-Match header as sent.
problem-stale-version-unknown = Giá trị If-Match { $value } không tương ứng với phiên bản nào của bản ghi này.
problem-if-match-required = Để thay đổi bản ghi, hãy gửi If-Match kèm phiên bản hiện tại của bản ghi (ETag của bản ghi).
# $limit is a number of bytes.
problem-too-large = Nội dung vượt quá giới hạn { $limit } byte.
problem-unsupported-media-type = Hãy gửi nội dung dưới dạng application/json.
problem-unavailable-database = Không thể kết nối tới cơ sở dữ liệu chứa dữ liệu này; vui lòng thử lại sau.
# $seconds is a whole number of seconds.
problem-unavailable-timeout = Yêu cầu mất hơn { $seconds } giây và đã bị dừng; vui lòng thử lại sau.
problem-internal = Máy chủ không xử lý được yêu cầu; lỗi đã được ghi nhận.
problem-method-not-allowed = Tài nguyên này không hỗ trợ phương thức này.
problem-bad-request = Không thể xử lý yêu cầu.
# $country is an ISO country code, $zones the zones its data may be stored in,
# $zone the zone of the chosen region, $source the legal source.
problem-data-residency = Dữ liệu cá nhân của chi nhánh tại { $country } chỉ được lưu trữ trong vùng { $zones } ({ $source }); khu vực đã chọn thuộc vùng { $zone }.
# $count is the number of terms below the statute.
problem-below-statute =
    { $count ->
        [1] Một điều khoản kém có lợi hơn quy định của pháp luật.
       *[other] Có { $count } điều khoản kém có lợi hơn quy định của pháp luật.
    }
# $jurisdiction is a code such as DE; $fact a fact name such as minimum_wage; $date a date.
problem-not-regulated = { $jurisdiction } không có quy định pháp luật về { $fact } có hiệu lực vào ngày { $date }.
# $jurisdiction is a code such as JP; $from and $to are years; $date is a date.
problem-out-of-coverage = Lịch ngày lễ của { $jurisdiction } bao gồm các năm từ { $from } đến { $to }; ngày { $date } nằm ngoài phạm vi này.
# $shard is a shard number, $region a region id.
problem-shard-unavailable = Shard { $shard } tại khu vực { $region } đang ngừng hoạt động và không có máy chủ dự phòng nào trong vùng của shard để tiếp quản. Sự cố đã được ghi nhận; vui lòng thử lại sau.
problem-unavailable-failover = Do xảy ra lỗi, dữ liệu này đang được chuyển sang máy chủ dự phòng. Vui lòng thử lại sau vài giây.
problem-not-found-incident = Không có sự cố nào có ID này.
problem-not-found-report = Không có báo cáo tình trạng hoạt động nào có ID này.
problem-not-found-job = Không có tác vụ nào có ID này.
problem-job-finished = Tác vụ đã kết thúc; chỉ có thể hủy tác vụ đang chờ trong hàng đợi hoặc đang chạy.
# $region is a region id.
problem-unavailable-report-store = Không thể kết nối tới kho lưu trữ báo cáo của khu vực { $region }; vui lòng thử lại sau.

# Rate limits. $quota is a number of requests per second; $retry a whole number of seconds.
problem-rate-limited-key = Khóa API này đã gửi vượt quá giới hạn { $quota } yêu cầu mỗi giây. Vui lòng thử lại sau { $retry } giây.
problem-rate-limited-tenant = Đối tượng thuê này đã gửi vượt quá giới hạn { $quota } yêu cầu mỗi giây. Vui lòng thử lại sau { $retry } giây.
problem-rate-limited-auth = Có quá nhiều lần xác thực thất bại từ địa chỉ này. Vui lòng thử lại sau { $retry } giây.

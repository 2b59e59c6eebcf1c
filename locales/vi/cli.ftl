## Messages of the `cadre` command meant for people. The language follows CADRE_LANG, then
## LC_ALL, LC_MESSAGES and LANG. Command names, flags, paths and URLs are code: keep them.

# $error is the cause, already in words.
cli-error = lỗi: { $error }
# $dir is a directory path.
cli-dev-starting = Đang khởi động bản triển khai cục bộ trong { $dir }…
cli-dev-stopping = Đang dừng: hoàn tất các yêu cầu đang xử lý, sau đó dừng các cụm PostgreSQL…
cli-dev-stopped = Đã dừng. Dữ liệu được giữ lại cho lần khởi động tiếp theo.
# $count is the number of regions.
cli-dev-running =
    { $count ->
        [1] Cadre đang chạy: bản triển khai một khu vực trên máy này.
       *[other] Cadre đang chạy: bản triển khai { $count } khu vực trên máy này.
    }
cli-dev-gateway = Cổng kết nối
cli-dev-s3 = S3
cli-dev-regions = Khu vực
# $zone, $shard and $bucket are identifiers.
cli-dev-region-line = vùng { $zone }, shard { $shard }, bucket { $bucket }
# $file is the path of the file that also holds the key.
cli-dev-demo-key = Khóa quản trị viên của đối tượng thuê demo (cũng được lưu trong { $file }):
cli-dev-no-demo-key = Không có khóa demo: bản triển khai được khởi động mà không nạp dữ liệu mẫu.
cli-dev-try = Hãy thử:
# $dir is the data directory.
cli-dev-stop-hint = Nhấn Ctrl-C để dừng; dữ liệu vẫn được lưu trong { $dir } cho lần khởi động tiếp theo.
cli-serve-directory-migrated = Danh mục: đã cập nhật lược đồ cơ sở dữ liệu, đã đồng bộ bản đồ shard.
# $shard is a shard number, $region a region id.
cli-serve-shard-migrated = Shard { $shard } ({ $region }): đã cập nhật lược đồ cơ sở dữ liệu.
# $count is the number of problems found.
cli-packs-lint-failed =
    { $count ->
        [1] Phát hiện một vấn đề trong các gói khu vực tài phán.
       *[other] Phát hiện { $count } vấn đề trong các gói khu vực tài phán.
    }
# $packs and $calendars are counts of files.
cli-packs-lint-ok = { $packs } gói và { $calendars } lịch ngày lễ đều hợp lệ.
# $count is the number of problems found.
cli-locales-lint-failed =
    { $count ->
        [1] Phát hiện một vấn đề trong các bản dịch.
       *[other] Phát hiện { $count } vấn đề trong các bản dịch.
    }
# $locales is the number of languages, $messages the number of messages in each.
cli-locales-lint-ok = Cả { $locales } ngôn ngữ đều đầy đủ, mỗi ngôn ngữ có { $messages } thông điệp.
# $shard is a shard number, $endpoint a database address, $epoch a whole number.
cli-switchover-done = Shard { $shard } hiện đang chạy trên { $endpoint } (epoch { $epoch }).
cli-jobs-started = Trình chạy tác vụ đã khởi động; trình này hoạt động trong thời gian giữ khóa leader.

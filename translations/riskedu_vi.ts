<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddFacilitatorDialog</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="61"/>
        <source>Add a facilitator</source>
        <translation type="unfinished">Thêm người hướng dẫn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="63"/>
        <source>Not given</source>
        <translation type="unfinished">Không cho biết</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="65"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="66"/>
        <source>&amp;Sex:</source>
        <translation type="unfinished">&amp;Giới tính:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="74"/>
        <source>Could not add the facilitator</source>
        <translation type="unfinished">Không thể thêm người hướng dẫn</translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="153"/>
        <source>Adjust stock</source>
        <translation type="unfinished">Điều chỉnh tồn kho</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="157"/>
        <source>&amp;Why:</source>
        <translation type="unfinished">&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="158"/>
        <source>Stock after:</source>
        <translation type="unfinished">Tồn kho sau đó:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="158"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Ngày:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="159"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">Ghi c&amp;hú:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="160"/>
        <source>What happened (needed for another correction)</source>
        <translation type="unfinished">Điều đã xảy ra (bắt buộc với điều chỉnh khác)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="166"/>
        <source>&amp;Copies on the shelf:</source>
        <translation type="unfinished">&amp;Số bản trên giá:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="168"/>
        <source>&amp;Change (+ or −):</source>
        <translation type="unfinished">&amp;Thay đổi (+ hoặc −):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="169"/>
        <source>&amp;Copies lost or damaged:</source>
        <translation type="unfinished">Số bản bị &amp;mất hoặc hỏng:</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="46"/>
        <source>Whole country</source>
        <translation type="unfinished">Toàn quốc</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="47"/>
        <location filename="../riskedu/ui/area_picker.py" line="57"/>
        <source>All districts</source>
        <translation type="unfinished">Tất cả các huyện</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="48"/>
        <source>Report on the whole country or one province</source>
        <translation type="unfinished">Báo cáo toàn quốc hoặc một tỉnh</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="49"/>
        <source>Report on the whole province or one district</source>
        <translation type="unfinished">Báo cáo toàn tỉnh hoặc một huyện</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="96"/>
        <source>People who attended, by sex and age</source>
        <translation type="unfinished">Người tham dự theo giới tính và độ tuổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="97"/>
        <source>Derived totals</source>
        <translation type="unfinished">Tổng số tính được</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="98"/>
        <source>Among them</source>
        <translation type="unfinished">Trong số đó</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="101"/>
        <source>&amp;Female:</source>
        <translation type="unfinished">&amp;Nữ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="102"/>
        <source>&amp;Male:</source>
        <translation type="unfinished">Na&amp;m:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="103"/>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Tổng&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="104"/>
        <source>Total:</source>
        <translation type="unfinished">Tổng:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Girls (under 18):</source>
        <translation type="unfinished">Trẻ em gái (dưới 18):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Boys (under 18):</source>
        <translation type="unfinished">Trẻ em trai (dưới 18):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Women (18 and over):</source>
        <translation type="unfinished">Phụ nữ (từ 18 trở lên):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Men (18 and over):</source>
        <translation type="unfinished">Nam giới (từ 18 trở lên):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="107"/>
        <source>Everyone:</source>
        <translation type="unfinished">Tất cả:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="111"/>
        <source>Women and girls with &amp;disability:</source>
        <translation type="unfinished">Phụ nữ và trẻ em gái &amp;khuyết tật:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="112"/>
        <source>Men and &amp;boys with disability:</source>
        <translation type="unfinished">Nam giới và trẻ em &amp;trai khuyết tật:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="113"/>
        <source>F&amp;irst-time beneficiaries:</source>
        <translation type="unfinished">Người hưởng lợi lần đầ&amp;u:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="115"/>
        <source>Count each person once, in their age band. Disability: a lot of difficulty or more in seeing, hearing, walking, remembering, self-care or communicating. Media activities (radio, TV, …) may have no attendees.</source>
        <translation type="unfinished">Mỗi người chỉ đếm một lần, trong nhóm tuổi của họ. Khuyết tật: gặp nhiều khó khăn trở lên khi nhìn, nghe, đi lại, ghi nhớ, tự chăm sóc hoặc giao tiếp. Hoạt động truyền thông (đài phát thanh, truyền hình, …) có thể không có người tham dự.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="109"/>
        <location filename="../riskedu/ui/backups_dialog.py" line="194"/>
        <source>Backups</source>
        <translation type="unfinished">Sao lưu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="110"/>
        <source>Backups &amp;folder:</source>
        <translation type="unfinished">&amp;Thư mục sao lưu:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="111"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished">&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="112"/>
        <source>Back up &amp;automatically after every</source>
        <translation type="unfinished">Tự động &amp;sao lưu sau mỗi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="113"/>
        <source> changes (and at start-up)</source>
        <translation type="unfinished"> thay đổi (và khi khởi động)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="114"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished">Sao &amp;lưu ngay</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="116"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished">&amp;Khôi phục…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="117"/>
        <source>Check the database &amp;now</source>
        <translation type="unfinished">Kiểm tra cơ sở dữ liệu &amp;ngay</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="118"/>
        <source>Taken</source>
        <translation type="unfinished">Thời điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="118"/>
        <source>Size</source>
        <translation type="unfinished">Kích thước</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="121"/>
        <source>This database is on a server: back it up with the server&apos;s own tools (pg_dump for PostgreSQL). riskedu backs up database files on this computer.</source>
        <translation type="unfinished">Cơ sở dữ liệu này nằm trên máy chủ: hãy sao lưu bằng công cụ riêng của máy chủ (pg_dump cho PostgreSQL). riskedu chỉ sao lưu các tệp cơ sở dữ liệu trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="158"/>
        <source>Keep backups in which folder? (a USB stick will do)</source>
        <translation type="unfinished">Lưu bản sao lưu vào thư mục nào? (USB cũng được)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="191"/>
        <source>Cancelled: no backup was written.</source>
        <translation type="unfinished">Đã hủy: không có bản sao lưu nào được ghi.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="199"/>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished">Đang ghi và kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="203"/>
        <source>Backup written and checked: {file} ({size}).</source>
        <translation type="unfinished">Đã ghi và kiểm tra bản sao lưu: {file} ({size}).</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="209"/>
        <source>Checking every page of the database…</source>
        <translation type="unfinished">Đang kiểm tra mọi trang của cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="213"/>
        <source>The database is sound: the full check found no problem.</source>
        <translation type="unfinished">Cơ sở dữ liệu tốt: kiểm tra đầy đủ không thấy vấn đề nào.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="215"/>
        <location filename="../riskedu/ui/backups_dialog.py" line="219"/>
        <source>Database check</source>
        <translation type="unfinished">Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="217"/>
        <source>The database is damaged: {problems}. Restore the latest good backup.</source>
        <translation type="unfinished">Cơ sở dữ liệu bị hỏng: {problems}. Hãy khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="231"/>
        <source>Cannot restore this backup</source>
        <translation type="unfinished">Không thể khôi phục bản sao lưu này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="235"/>
        <source>Replace the database {database} with the backup of {time}?

{loss}

The current database is kept as a copy beside it, so this can be undone.</source>
        <translation type="unfinished">Thay cơ sở dữ liệu {database} bằng bản sao lưu lúc {time}?

{loss}

Cơ sở dữ liệu hiện tại được giữ lại thành một bản sao bên cạnh, nên có thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="240"/>
        <source>Restore a backup</source>
        <translation type="unfinished">Khôi phục bản sao lưu</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="75"/>
        <source>&amp;Check again</source>
        <translation type="unfinished">&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="76"/>
        <source>Report code</source>
        <translation type="unfinished">Mã báo cáo</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="76"/>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="77"/>
        <location filename="../riskedu/ui/checks_page.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="77"/>
        <source>Team</source>
        <translation type="unfinished">Nhóm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="78"/>
        <source>What is missing</source>
        <translation type="unfinished">Còn thiếu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="79"/>
        <source>Day, village and team / report code</source>
        <translation type="unfinished">Ngày, thôn và nhóm / mã báo cáo</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="80"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">Người hưởng lợi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="81"/>
        <source>From installation</source>
        <translation type="unfinished">Từ bản cài đặt</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="90"/>
        <source>Checking…</source>
        <translation type="unfinished">Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="113"/>
        <source>&amp;Sessions missing required fields: {n}</source>
        <translation type="unfinished">&amp;Buổi thiếu thông tin bắt buộc: {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="116"/>
        <source>&amp;Probable duplicates (same village, day and team from different installations): {n}</source>
        <translation type="unfinished">Có thể &amp;trùng lặp (cùng thôn, ngày và nhóm, từ các bản cài đặt khác nhau): {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="140"/>
        <source>Unknown installation {id}</source>
        <translation type="unfinished">Bản cài đặt không rõ {id}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Field</source>
        <translation type="unfinished">Trường</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Current version (shown)</source>
        <translation type="unfinished">Phiên bản hiện tại (đang hiển thị)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Kept version</source>
        <translation type="unfinished">Phiên bản được lưu giữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="121"/>
        <source>Use</source>
        <translation type="unfinished">Dùng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="123"/>
        <source>The record was changed on two installations since they last agreed. Both versions are kept; differing fields are highlighted. Choose per field, or keep one version whole.</source>
        <translation type="unfinished">Bản ghi đã được sửa trên hai bản cài đặt kể từ lần cuối chúng khớp nhau. Cả hai phiên bản đều được giữ lại; các trường khác nhau được tô sáng. Hãy chọn theo từng trường, hoặc giữ nguyên một phiên bản.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="126"/>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished">Không có xung đột nào cần giải quyết.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="127"/>
        <source>&amp;Keep the current version</source>
        <translation type="unfinished">&amp;Giữ phiên bản hiện tại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="128"/>
        <source>&amp;Take the kept version</source>
        <translation type="unfinished">&amp;Lấy phiên bản được lưu giữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="129"/>
        <source>&amp;Merge as chosen</source>
        <translation type="unfinished">&amp;Hợp nhất theo lựa chọn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="130"/>
        <source>Use, for each differing field, the version chosen in the Use column</source>
        <translation type="unfinished">Với mỗi trường khác nhau, dùng phiên bản được chọn ở cột Dùng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="132"/>
        <source>Read a&amp;gain</source>
        <translation type="unfinished">Đọc lạ&amp;i</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="167"/>
        <source>Could not read the conflicts</source>
        <translation type="unfinished">Không thể đọc các xung đột</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="182"/>
        <source>Could not open the conflict</source>
        <translation type="unfinished">Không thể mở xung đột</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="192"/>
        <source>&lt;b&gt;{table}: {record}&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;{table}: {record}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="211"/>
        <source>Current</source>
        <translation type="unfinished">Hiện tại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="212"/>
        <source>Kept</source>
        <translation type="unfinished">Lưu giữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="252"/>
        <source>Could not resolve the conflict</source>
        <translation type="unfinished">Không thể giải quyết xung đột</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="68"/>
        <source>The database is damaged</source>
        <translation type="unfinished">Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="69"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished">&amp;Khôi phục bản sao lưu này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="70"/>
        <source>&amp;Open another file…</source>
        <translation type="unfinished">&amp;Mở tệp khác…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="71"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="75"/>
        <source>{path} is damaged ({problems}). riskedu will not use it as it is, so nothing more is lost.</source>
        <translation type="unfinished">{path} bị hỏng ({problems}). riskedu sẽ không dùng nó như hiện tại, nên không mất thêm gì.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="79"/>
        <source>No good backup of it was found in {folder}. Open another file (a copy or a backup kept elsewhere), or quit and ask your information officer.</source>
        <translation type="unfinished">Không tìm thấy bản sao lưu tốt nào của nó trong {folder}. Hãy mở tệp khác (một bản sao hoặc bản sao lưu để ở nơi khác), hoặc thoát và hỏi cán bộ thông tin của bạn.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="84"/>
        <source>The latest good backup was taken on {time}.</source>
        <translation type="unfinished">Bản sao lưu tốt gần nhất được tạo lúc {time}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="91"/>
        <source>The damaged file is kept beside it as a copy.</source>
        <translation type="unfinished">Tệp bị hỏng được giữ lại thành một bản sao bên cạnh.</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="84"/>
        <source>&amp;From</source>
        <translation type="unfinished">&amp;Từ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="85"/>
        <source>T&amp;o</source>
        <translation type="unfinished">Đế&amp;n</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="86"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished">Chỉ các buổi vào hoặc sau ngày này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="87"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished">Chỉ các buổi vào hoặc trước ngày này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="88"/>
        <source>Ar&amp;ea:</source>
        <translation type="unfinished">&amp;Khu vực:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="89"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">&amp;Ai:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="90"/>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished">&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="92"/>
        <source>Direct: people met in sessions. Indirect: people reached by media (radio, TV, social media, printed material). Training: teachers and focal points trained. Reports count each apart.</source>
        <translation type="unfinished">Trực tiếp: người được gặp trong buổi học. Gián tiếp: người được tiếp cận qua truyền thông (đài, truyền hình, mạng xã hội, ấn phẩm). Tập huấn: giáo viên và đầu mối cộng đồng được tập huấn. Báo cáo tính riêng từng loại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="95"/>
        <source>All categories</source>
        <translation type="unfinished">Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="98"/>
        <source>All provinces</source>
        <translation type="unfinished">Tất cả các tỉnh</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="99"/>
        <source>All districts</source>
        <translation type="unfinished">Tất cả các huyện</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="100"/>
        <source>All organisations</source>
        <translation type="unfinished">Tất cả tổ chức</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="101"/>
        <location filename="../riskedu/ui/dashboard_filters.py" line="124"/>
        <source>All teams</source>
        <translation type="unfinished">Tất cả nhóm</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="107"/>
        <source>&amp;Bars show:</source>
        <translation type="unfinished">&amp;Cột hiển thị:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="110"/>
        <location filename="../riskedu/ui/dashboard_page.py" line="192"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">Người hưởng lợi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="111"/>
        <location filename="../riskedu/ui/dashboard_page.py" line="191"/>
        <source>Sessions</source>
        <translation type="unfinished">Các buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="124"/>
        <source>Updating…</source>
        <translation type="unfinished">Đang cập nhật…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="156"/>
        <source>Not recorded</source>
        <translation type="unfinished">Không ghi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="166"/>
        <source>{measure} by month</source>
        <translation type="unfinished">{measure} theo tháng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="167"/>
        <source>{measure} by province</source>
        <translation type="unfinished">{measure} theo tỉnh</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="168"/>
        <source>{measure} by method</source>
        <translation type="unfinished">{measure} theo phương pháp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="169"/>
        <source>{measure} by primary audience</source>
        <translation type="unfinished">{measure} theo đối tượng chính</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="177"/>
        <source>Beneficiaries by sex and age</source>
        <translation type="unfinished">Người hưởng lợi theo giới tính và tuổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="193"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished">Phụ nữ và trẻ em gái khuyết tật</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="195"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished">Nam giới và trẻ em trai khuyết tật</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="196"/>
        <source>Hazard reports received</source>
        <translation type="unfinished">Báo cáo nguy hiểm đã nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="203"/>
        <source>of which indirect (media): {n}</source>
        <translation type="unfinished">trong đó gián tiếp (truyền thông): {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="207"/>
        <source>Girls {girls} · boys {boys} · women {women} · men {men}</source>
        <translation type="unfinished">Trẻ em gái {girls} · trẻ em trai {boys} · phụ nữ {women} · nam giới {men}</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../riskedu/ui/drill_dialog.py" line="66"/>
        <source>Sessions behind a figure</source>
        <translation type="unfinished">Các buổi đằng sau con số</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/drill_dialog.py" line="73"/>
        <source>{what}: counting sessions…</source>
        <translation type="unfinished">{what}: đang đếm các buổi…</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/drill_dialog.py" line="75"/>
        <source>{what}: %Ln session(s). Press Enter or double-click a session to open it.</source>
        <translation type="unfinished">
            <numerusform>{what}: %Ln buổi. Nhấn Enter hoặc nhấp đúp vào một buổi để mở.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="60"/>
        <source>Send to headquarters</source>
        <translation type="unfinished">Gửi về trụ sở chính</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="62"/>
        <source>Writes this laptop&apos;s new and changed records into one file, for a USB stick or an e-mail to headquarters.</source>
        <translation type="unfinished">Ghi các bản ghi mới và đã sửa của máy này vào một tệp, để chép vào USB hoặc gửi e-mail về trụ sở chính.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">&amp;Xuất…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="65"/>
        <source>Choose a folder, e.g. the USB stick, and write the bundle there</source>
        <translation type="unfinished">Chọn một thư mục, ví dụ USB, và ghi gói tệp vào đó</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="67"/>
        <source>Export &amp;everything</source>
        <translation type="unfinished">Xuất &amp;toàn bộ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="68"/>
        <source>All records, not only what changed since the last export (for a new headquarters database)</source>
        <translation type="unfinished">Tất cả bản ghi, không chỉ những gì đã thay đổi kể từ lần xuất trước (cho một cơ sở dữ liệu mới của trụ sở chính)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="74"/>
        <source>Export to which folder?</source>
        <translation type="unfinished">Xuất vào thư mục nào?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="82"/>
        <source>Writing and checking the bundle…</source>
        <translation type="unfinished">Đang ghi và kiểm tra gói tệp…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="95"/>
        <source>no changed records</source>
        <translation type="unfinished">không có bản ghi nào thay đổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="96"/>
        <source>Written and checked: &lt;b&gt;{file}&lt;/b&gt; ({size}) in {folder}.&lt;br&gt;Records: {counts}.</source>
        <translation type="unfinished">Đã ghi và kiểm tra: &lt;b&gt;{file}&lt;/b&gt; ({size}) trong {folder}.&lt;br&gt;Bản ghi: {counts}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="102"/>
        <source>Warning: this bundle is not encrypted.</source>
        <translation type="unfinished">Cảnh báo: gói tệp này không được mã hóa.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="103"/>
        <source>This laptop is not enrolled with headquarters, so anyone who finds the file can read names and phone numbers. Load headquarters&apos; enrolment file to encrypt future bundles.</source>
        <translation type="unfinished">Máy này chưa đăng ký với trụ sở chính, nên bất kỳ ai nhặt được tệp đều có thể đọc tên và số điện thoại. Hãy nạp tệp đăng ký của trụ sở chính để mã hóa các gói tệp sau này.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="112"/>
        <source>Export cancelled: no file was written and nothing was marked as sent.</source>
        <translation type="unfinished">Đã hủy xuất: không có tệp nào được ghi và không có gì được đánh dấu là đã gửi.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="115"/>
        <source>Export failed: nothing was marked as sent.</source>
        <translation type="unfinished">Xuất thất bại: không có gì được đánh dấu là đã gửi.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="116"/>
        <source>Could not export</source>
        <translation type="unfinished">Không thể xuất</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="97"/>
        <source>&amp;From</source>
        <translation type="unfinished">&amp;Từ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="98"/>
        <source>T&amp;o</source>
        <translation type="unfinished">Đế&amp;n</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="99"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished">Chỉ các buổi vào hoặc sau ngày này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="100"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished">Chỉ các buổi vào hoặc trước ngày này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="101"/>
        <source>P&amp;lace:</source>
        <translation type="unfinished">Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="102"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished">Trạng th&amp;ái:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="103"/>
        <source>Search report code, village, notes… (Ctrl+F)</source>
        <translation type="unfinished">Tìm mã báo cáo, thôn, ghi chú… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="104"/>
        <source>Clea&amp;r filters</source>
        <translation type="unfinished">Xóa bộ &amp;lọc</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="105"/>
        <source>Any status</source>
        <translation type="unfinished">Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="109"/>
        <location filename="../riskedu/ui/filter_bar.py" line="124"/>
        <source>All provinces</source>
        <translation type="unfinished">Tất cả các tỉnh</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="112"/>
        <location filename="../riskedu/ui/filter_bar.py" line="133"/>
        <source>All districts</source>
        <translation type="unfinished">Tất cả các huyện</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="100"/>
        <source>When</source>
        <translation type="unfinished">Khi nào</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="101"/>
        <source>How</source>
        <translation type="unfinished">Như thế nào</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="102"/>
        <source>For whom</source>
        <translation type="unfinished">Cho ai</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="103"/>
        <source>Session &amp;date:</source>
        <translation type="unfinished">&amp;Ngày tổ chức buổi:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;Start time:</source>
        <translation type="unfinished">Giờ &amp;bắt đầu:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;End time:</source>
        <translation type="unfinished">Giờ &amp;kết thúc:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Report date:</source>
        <translation type="unfinished">Ngày báo &amp;cáo:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Category:</source>
        <translation type="unfinished">&amp;Loại hình:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Activity:</source>
        <translation type="unfinished">&amp;Hoạt động:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Method:</source>
        <translation type="unfinished">&amp;Phương pháp:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="107"/>
        <source>Number of sessi&amp;ons:</source>
        <translation type="unfinished">&amp;Số buổi:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="108"/>
        <source>&amp;Broadcast from:</source>
        <translation type="unfinished">Phát sóng từ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="109"/>
        <source>Broadcast &amp;until:</source>
        <translation type="unfinished">Phát sóng đến (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Primary aud&amp;ience:</source>
        <translation type="unfinished">Đối tượng chính (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished">&amp;Dự án:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="111"/>
        <source>Do&amp;nor:</source>
        <translation type="unfinished">Nhà tài &amp;trợ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="114"/>
        <source>No&amp;tes (follow-up, materials given out, remarks):</source>
        <translation type="unfinished">&amp;Ghi chú (theo dõi, tài liệu đã phát, nhận xét):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="116"/>
        <location filename="../riskedu/ui/editor_general.py" line="118"/>
        <source>Not set</source>
        <translation type="unfinished">Chưa đặt</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="120"/>
        <source>Type the time as HH:MM, for example 08:30 or 1430</source>
        <translation type="unfinished">Nhập giờ theo dạng HH:MM, ví dụ 08:30 hoặc 1430</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="123"/>
        <location filename="../riskedu/ui/editor_general.py" line="124"/>
        <location filename="../riskedu/ui/editor_general.py" line="128"/>
        <source>Choose…</source>
        <translation type="unfinished">Chọn…</translation>
    </message>
</context>
<context>
    <name>HazardsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="212"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">Các mối nguy hiểm đã thảo luận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="213"/>
        <source>Hazard reports raised by participants</source>
        <translation type="unfinished">Báo cáo nguy hiểm do người tham dự nêu ra</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="215"/>
        <source>One line for each suspected hazard or dangerous area people told you about, and to whom you passed it on.</source>
        <translation type="unfinished">Mỗi dòng cho một khu vực nghi có nguy hiểm hoặc khu vực nguy hiểm mà người dân đã báo cho bạn, và bạn đã chuyển thông tin cho ai.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="219"/>
        <source>Add re&amp;port</source>
        <translation type="unfinished">Thêm báo cá&amp;o</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="219"/>
        <source>Re&amp;move report</source>
        <translation type="unfinished">&amp;Xóa báo cáo</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="51"/>
        <source>Materials handed out</source>
        <translation type="unfinished">Tài liệu đã phát</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="53"/>
        <source>Notes</source>
        <translation type="unfinished">Ghi chú</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="92"/>
        <source>Could not read the history</source>
        <translation type="unfinished">Không đọc được lịch sử</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="101"/>
        <source>Edited</source>
        <translation type="unfinished">Đã sửa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="101"/>
        <source>Finalised</source>
        <translation type="unfinished">Đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="102"/>
        <source>Reopened for correction</source>
        <translation type="unfinished">Đã mở lại để sửa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="102"/>
        <source>Deleted</source>
        <translation type="unfinished">Đã xóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="103"/>
        <source>Restored from the trash</source>
        <translation type="unfinished">Đã khôi phục từ thùng rác</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="106"/>
        <source>History of {code}</source>
        <translation type="unfinished">Lịch sử của {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="108"/>
        <source>Every change made after the session was first final: who made it, when (UTC) and each field before and after. Drafts that were never final have no history.</source>
        <translation type="unfinished">Mọi thay đổi sau khi buổi được hoàn tất lần đầu: ai sửa, khi nào (UTC) và từng trường trước và sau. Bản nháp chưa từng hoàn tất thì không có lịch sử.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="111"/>
        <source>No history yet: this session has not been final. Its changes are recorded from its first finalisation on.</source>
        <translation type="unfinished">Chưa có lịch sử: buổi này chưa được hoàn tất. Các thay đổi được ghi lại từ lần hoàn tất đầu tiên.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="113"/>
        <source>When (UTC) and who</source>
        <translation type="unfinished">Khi nào (UTC) và ai</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="113"/>
        <source>What</source>
        <translation type="unfinished">Nội dung</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="114"/>
        <source>Before</source>
        <translation type="unfinished">Trước</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="114"/>
        <source>After</source>
        <translation type="unfinished">Sau</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="51"/>
        <source>This installation</source>
        <translation type="unfinished">Bản cài đặt này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="52"/>
        <source>&amp;Load headquarters&apos; enrolment…</source>
        <translation type="unfinished">Nạp đăng &amp;ký của trụ sở chính…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="54"/>
        <source>Field laptops: encrypt bundles to headquarters from now on</source>
        <translation type="unfinished">Máy tính hiện trường: từ nay mã hóa các gói tệp gửi trụ sở chính</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="55"/>
        <source>Save en&amp;rolment file…</source>
        <translation type="unfinished">&amp;Lưu tệp đăng ký…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="57"/>
        <source>Headquarters: the file field laptops load to encrypt their bundles to you</source>
        <translation type="unfinished">Trụ sở chính: tệp mà các máy tính hiện trường nạp để mã hóa gói tệp gửi cho bạn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="64"/>
        <source>Fingerprint of {name}: &lt;b&gt;{fingerprint}&lt;/b&gt;</source>
        <translation type="unfinished">Dấu vân tay của {name}: &lt;b&gt;{fingerprint}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="65"/>
        <source>this installation</source>
        <translation type="unfinished">bản cài đặt này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="67"/>
        <source>Enrolled with headquarters ({fingerprint}): bundles are encrypted.</source>
        <translation type="unfinished">Đã đăng ký với trụ sở chính ({fingerprint}): các gói tệp được mã hóa.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="71"/>
        <source>Not enrolled with headquarters: bundles are &lt;b&gt;not encrypted&lt;/b&gt;.</source>
        <translation type="unfinished">Chưa đăng ký với trụ sở chính: các gói tệp &lt;b&gt;không được mã hóa&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="76"/>
        <source>Save the enrolment file</source>
        <translation type="unfinished">Lưu tệp đăng ký</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="77"/>
        <source>Enrolment files (*.json)</source>
        <translation type="unfinished">Tệp đăng ký (*.json)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="83"/>
        <source>Could not save the enrolment file</source>
        <translation type="unfinished">Không thể lưu tệp đăng ký</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="86"/>
        <source>Enrolment file saved</source>
        <translation type="unfinished">Đã lưu tệp đăng ký</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="87"/>
        <source>Saved {file}. Give it to each field laptop (Sync page, “Load headquarters&apos; enrolment”); their bundles are then encrypted to this installation.</source>
        <translation type="unfinished">Đã lưu {file}. Hãy đưa tệp này cho từng máy tính hiện trường (trang Đồng bộ, “Nạp đăng ký của trụ sở chính”); sau đó các gói tệp của họ sẽ được mã hóa cho bản cài đặt này.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="93"/>
        <source>Load headquarters&apos; enrolment file</source>
        <translation type="unfinished">Nạp tệp đăng ký của trụ sở chính</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="94"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation type="unfinished">Tệp đăng ký (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="100"/>
        <source>Could not use the enrolment file</source>
        <translation type="unfinished">Không thể dùng tệp đăng ký</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="103"/>
        <source>Enrolled with headquarters</source>
        <translation type="unfinished">Đã đăng ký với trụ sở chính</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="104"/>
        <source>Bundles are now encrypted to headquarters (fingerprint {fingerprint}).</source>
        <translation type="unfinished">Từ nay các gói tệp được mã hóa cho trụ sở chính (dấu vân tay {fingerprint}).</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="61"/>
        <source>Receive bundles</source>
        <translation type="unfinished">Nhận các gói tệp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="63"/>
        <source>Imports bundles from field laptops, one or many at once. You see what each file brings before anything changes.</source>
        <translation type="unfinished">Nhập các gói tệp từ máy tính hiện trường, từng tệp hoặc nhiều tệp cùng lúc. Bạn sẽ thấy mỗi tệp mang đến những gì trước khi có bất kỳ thay đổi nào.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="65"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished">&amp;Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="71"/>
        <source>Import which bundles?</source>
        <translation type="unfinished">Nhập những gói tệp nào?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="72"/>
        <source>riskedu bundles (*.riskedu);;All files (*)</source>
        <translation type="unfinished">Gói tệp riskedu (*.riskedu);;Mọi tệp (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_import_panel.py" line="81"/>
        <source>Checking {count} file(s)…</source>
        <translation type="unfinished">
            <numerusform>Đang kiểm tra {count} tệp…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="99"/>
        <location filename="../riskedu/ui/sync_import_panel.py" line="144"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished">Không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="104"/>
        <source>Importing…</source>
        <translation type="unfinished">Đang nhập…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="114"/>
        <source>Import finished</source>
        <translation type="unfinished">Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="120"/>
        <source>{file}: imported before, nothing new.</source>
        <translation type="unfinished">{file}: đã nhập trước đó, không có gì mới.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="124"/>
        <source>{file} from {source}: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicting.</source>
        <translation type="unfinished">{file} từ {source}: {new} mới, {updated} đã cập nhật, {deleted} đã xóa, {conflicts} xung đột.</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_import_panel.py" line="133"/>
        <source>%n conflict(s) to resolve on the Conflicts page.</source>
        <translation type="unfinished">
            <numerusform>%n xung đột cần giải quyết ở trang Xung đột.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="141"/>
        <source>Import cancelled: nothing was imported and the database is unchanged.</source>
        <translation type="unfinished">Đã hủy nhập: không có gì được nhập và cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="145"/>
        <source>Could not import</source>
        <translation type="unfinished">Không thể nhập</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="82"/>
        <source>already imported: nothing new</source>
        <translation type="unfinished">đã nhập trước đó: không có gì mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="83"/>
        <source>from {source}</source>
        <translation type="unfinished">từ {source}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="99"/>
        <source>Import bundles</source>
        <translation type="unfinished">Nhập các gói tệp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="102"/>
        <source>Every file was checked and can be imported. Nothing has changed yet: this is what importing would do.</source>
        <translation type="unfinished">Mọi tệp đã được kiểm tra và có thể nhập. Chưa có gì thay đổi: đây là những gì việc nhập sẽ làm.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="104"/>
        <source>Every file was imported before: importing again changes nothing.</source>
        <translation type="unfinished">Mọi tệp đã được nhập trước đó: nhập lại sẽ không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="105"/>
        <source>File and table</source>
        <translation type="unfinished">Tệp và bảng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="108"/>
        <source>Installations not seen before</source>
        <translation type="unfinished">Các bản cài đặt chưa từng gặp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="113"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; has not sent bundles here before. Its fingerprint is &lt;b&gt;{fingerprint}&lt;/b&gt;. Compare it with the fingerprint shown on that laptop (Sync page) before accepting.</source>
        <translation type="unfinished">&lt;b&gt;{name}&lt;/b&gt; chưa từng gửi gói tệp đến đây. Dấu vân tay của nó là &lt;b&gt;{fingerprint}&lt;/b&gt;. Hãy so sánh với dấu vân tay hiển thị trên máy tính xách tay đó (trang Đồng bộ) trước khi chấp nhận.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="118"/>
        <source>&amp;Accept this installation ({name})</source>
        <translation type="unfinished">&amp;Chấp nhận bản cài đặt này ({name})</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_preview.py" line="120"/>
        <source>&amp;Import {count} file(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;Nhập {count} tệp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../riskedu/ui/language_switch.py" line="96"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="38"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished">Tên bằng chữ Latinh</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="39"/>
        <source>Sex</source>
        <translation type="unfinished">Giới tính</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="40"/>
        <source>Age</source>
        <translation type="unfinished">Tuổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="41"/>
        <source>Role</source>
        <translation type="unfinished">Vai trò</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="43"/>
        <source>Phone</source>
        <translation type="unfinished">Điện thoại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="46"/>
        <source>Place</source>
        <translation type="unfinished">Địa điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="47"/>
        <source>Ordnance</source>
        <translation type="unfinished">Loại vật nổ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="49"/>
        <source>Description</source>
        <translation type="unfinished">Mô tả</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="50"/>
        <source>Referred to</source>
        <translation type="unfinished">Đã chuyển cho</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="45"/>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="47"/>
        <source>Title</source>
        <translation type="unfinished">Tiêu đề</translation>
    </message>
</context>
<context>
    <name>LocationSection</name>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="112"/>
        <source>Find a village</source>
        <translation type="unfinished">Tìm thôn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="113"/>
        <source>Place</source>
        <translation type="unfinished">Địa điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="114"/>
        <source>GPS</source>
        <translation type="unfinished">GPS</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="115"/>
        <source>Type part of its Khmer or English na&amp;me:</source>
        <translation type="unfinished">Gõ một phần tên tiếng Khmer hoặc tiếng Anh của thôn (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="116"/>
        <source>e.g. Ou Thum, or អូរ</source>
        <translation type="unfinished">ví dụ Ou Thum, hoặc អូរ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="118"/>
        <source>Press Down to go to the results and Enter to choose one. Choosing a village fills in its province, district and commune.</source>
        <translation type="unfinished">Nhấn mũi tên xuống để đến kết quả và Enter để chọn. Chọn một thôn sẽ điền sẵn tỉnh, huyện và xã của thôn đó.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>&amp;Province:</source>
        <translation type="unfinished">&amp;Tỉnh:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Huyện:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>&amp;Commune:</source>
        <translation type="unfinished">&amp;Xã:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>Vill&amp;age:</source>
        <translation type="unfinished">Thôn (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="122"/>
        <source>Place &amp;not in the list:</source>
        <translation type="unfinished">Địa điểm &amp;không có trong danh sách:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="123"/>
        <source>&amp;Type of location:</source>
        <translation type="unfinished">&amp;Loại địa điểm:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Lat&amp;itude:</source>
        <translation type="unfinished">&amp;Vĩ độ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Lon&amp;gitude:</source>
        <translation type="unfinished">Kinh đ&amp;ộ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="125"/>
        <source>Acc&amp;uracy (m):</source>
        <translation type="unfinished">Độ chính xác (m) (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="128"/>
        <source>Only when the village is not in the list</source>
        <translation type="unfinished">Chỉ khi thôn không có trong danh sách</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="129"/>
        <source>&amp;Safe to record the GPS position of this place</source>
        <translation type="unfinished">An toàn để ghi vị trí GPS của nơi này (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="130"/>
        <location filename="../riskedu/ui/location_picker.py" line="149"/>
        <source>Choose a province…</source>
        <translation type="unfinished">Chọn tỉnh…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="131"/>
        <location filename="../riskedu/ui/location_picker.py" line="149"/>
        <source>Choose a district…</source>
        <translation type="unfinished">Chọn huyện…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="132"/>
        <location filename="../riskedu/ui/location_picker.py" line="150"/>
        <source>Choose a commune…</source>
        <translation type="unfinished">Chọn xã…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="133"/>
        <location filename="../riskedu/ui/location_picker.py" line="151"/>
        <source>Choose a village…</source>
        <translation type="unfinished">Chọn thôn…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="137"/>
        <source>Choose…</source>
        <translation type="unfinished">Chọn…</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/location_picker.py" line="204"/>
        <source>The first %Ln villages found; type more of the name to narrow them.</source>
        <translation type="unfinished">
            <numerusform>%Ln thôn đầu tiên tìm thấy; gõ thêm tên để thu hẹp kết quả.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/location_picker.py" line="207"/>
        <source>%Ln village(s) found</source>
        <translation type="unfinished">
            <numerusform>Tìm thấy %Ln thôn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="69"/>
        <source>riskedu is locked</source>
        <translation type="unfinished">riskedu đang bị khóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="70"/>
        <source>Type the passphrase to continue.</source>
        <translation type="unfinished">Gõ cụm mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="71"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="72"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Mở khóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="91"/>
        <source>Wrong passphrase. Too many tries: wait {seconds} seconds, then try again.</source>
        <translation type="unfinished">Sai cụm mật khẩu. Thử quá nhiều lần: hãy chờ {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="93"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation type="unfinished">Sai cụm mật khẩu. Hãy kiểm tra Caps Lock và ngôn ngữ bàn phím rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="67"/>
        <source>App lock</source>
        <translation type="unfinished">Khóa ứng dụng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="69"/>
        <source>On a shared laptop, a passphrase keeps the next user out of riskedu: it is asked at start-up and after the minutes below without use. It does not encrypt the database file: anyone who copies the file can read it.</source>
        <translation type="unfinished">Trên máy tính dùng chung, cụm mật khẩu ngăn người dùng tiếp theo vào riskedu: nó được hỏi khi khởi động và sau số phút không dùng bên dưới. Nó không mã hóa tệp cơ sở dữ liệu: ai sao chép tệp đều đọc được.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="73"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished">Cụm mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="73"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished">Cụm mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="74"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished">&amp;Nhập lại cụm mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="74"/>
        <source>Lock after &amp;idle minutes:</source>
        <translation type="unfinished">Khóa sau số phút &amp;không dùng:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="77"/>
        <source>&amp;Turn the lock off</source>
        <translation type="unfinished">&amp;Tắt khóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="85"/>
        <location filename="../riskedu/ui/lock_dialog.py" line="93"/>
        <source>The lock was not changed</source>
        <translation type="unfinished">Khóa không được thay đổi</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="91"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="92"/>
        <source>&amp;Session</source>
        <translation type="unfinished">&amp;Buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="93"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Xem</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished">Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="95"/>
        <source>S&amp;ync</source>
        <translation type="unfinished">Đồ&amp;ng bộ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>&amp;New session</source>
        <translation type="unfinished">&amp;Buổi mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>Log a new session (Ctrl+N)</source>
        <translation type="unfinished">Ghi một buổi mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="98"/>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Mở</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="98"/>
        <source>Open the selected session (Enter or double-click)</source>
        <translation type="unfinished">Mở buổi đã chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="100"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished">&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="101"/>
        <source>Check every rule and make the selected draft final (Ctrl+Shift+F)</source>
        <translation type="unfinished">Kiểm tra mọi quy tắc và chuyển bản nháp đã chọn thành hoàn tất (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="102"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished">Mở lại để chỉnh sửa (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="103"/>
        <source>Make the selected final record a draft again; who and when is recorded (Ctrl+Shift+R)</source>
        <translation type="unfinished">Chuyển bản ghi hoàn tất đã chọn về bản nháp; người thực hiện và thời gian được ghi lại (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="105"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Xóa…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="105"/>
        <source>Delete the selected session (Del)</source>
        <translation type="unfinished">Xóa buổi đã chọn (Del)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="106"/>
        <source>&amp;Search</source>
        <translation type="unfinished">&amp;Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="106"/>
        <source>Search the sessions (Ctrl+F)</source>
        <translation type="unfinished">Tìm trong các buổi (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="107"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished">Xóa bộ &amp;lọc</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="107"/>
        <source>Show every session</source>
        <translation type="unfinished">Hiện tất cả các buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="108"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished">Làm mớ&amp;i</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="108"/>
        <source>Read the list again (F5)</source>
        <translation type="unfinished">Đọc lại danh sách (F5)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="109"/>
        <source>Close riskedu (Ctrl+Q)</source>
        <translation type="unfinished">Đóng riskedu (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="110"/>
        <source>&amp;About riskedu</source>
        <translation type="unfinished">&amp;Giới thiệu riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="111"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished">&amp;Sao lưu…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="112"/>
        <source>Back up now, choose where backups go, restore one, check the database</source>
        <translation type="unfinished">Sao lưu ngay, chọn nơi lưu, khôi phục, kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="113"/>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished">&amp;Xuất một gói tệp…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="114"/>
        <source>Write this laptop&apos;s changes into one file for headquarters (Ctrl+E)</source>
        <translation type="unfinished">Ghi các thay đổi của máy này vào một tệp cho trụ sở chính (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="115"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">Nhậ&amp;p các gói tệp…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="116"/>
        <source>Check and import bundles from field laptops (Ctrl+I)</source>
        <translation type="unfinished">Kiểm tra và nhập các gói tệp từ máy tính hiện trường (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="117"/>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">&amp;Các xung đột</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="118"/>
        <source>Records changed on two installations, to resolve (Alt+4)</source>
        <translation type="unfinished">Các bản ghi đã bị sửa trên hai bản cài đặt, cần giải quyết (Alt+4)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="158"/>
        <source>About riskedu</source>
        <translation type="unfinished">Giới thiệu riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="159"/>
        <source>&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;Field logbook for explosive ordnance risk education.&lt;br&gt;&lt;br&gt;Cambodian administrative units: General Directorate of Digital Economy, Ministry of Economy and Finance (data.mef.gov.kh).</source>
        <translation type="unfinished">&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;Sổ ghi chép thực địa cho công tác giáo dục nguy cơ vật liệu nổ.&lt;br&gt;&lt;br&gt;Đơn vị hành chính Campuchia: Tổng cục Kinh tế Số, Bộ Kinh tế và Tài chính (data.mef.gov.kh).</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="174"/>
        <source>Not ready to be final</source>
        <translation type="unfinished">Chưa thể hoàn tất</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="175"/>
        <source>{code} cannot be final yet:
{problems}

Open it to complete it?</source>
        <translation type="unfinished">{code} chưa thể hoàn tất:
{problems}

Mở để bổ sung cho đầy đủ?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="183"/>
        <source>Could not finalise the session</source>
        <translation type="unfinished">Không thể hoàn tất buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="192"/>
        <source>Reopen for correction</source>
        <translation type="unfinished">Mở lại để chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="193"/>
        <source>Reopen {code} for correction? It becomes a draft again; your name and the time are recorded.</source>
        <translation type="unfinished">Mở lại {code} để chỉnh sửa? Bản ghi sẽ trở lại thành bản nháp; tên của bạn và thời gian được ghi lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="197"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished">Không thể mở lại buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="207"/>
        <source>Delete session</source>
        <translation type="unfinished">Xóa buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="208"/>
        <source>Delete session {code} ({village}, {date})? It disappears from the list and from totals.</source>
        <translation type="unfinished">Xóa buổi {code} ({village}, {date})? Buổi này sẽ biến mất khỏi danh sách và khỏi các tổng số.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="216"/>
        <source>Could not delete the session</source>
        <translation type="unfinished">Không thể xóa buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="224"/>
        <source>Deleted {code}. Ctrl+Z brings it back; so does Session › Trash until the next export.</source>
        <translation type="unfinished">Đã xóa {code}. Ctrl+Z đưa nó trở lại; Buổi › Thùng rác cũng vậy cho đến lần xuất tiếp theo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="170"/>
        <source>riskedu – {org} · {team} · {name}</source>
        <translation type="unfinished">riskedu – {org} · {team} · {name}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="164"/>
        <source>Database: {path}</source>
        <translation type="unfinished">Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="166"/>
        <source>Database: {name} on server {server}</source>
        <translation type="unfinished">Cơ sở dữ liệu: {name} trên máy chủ {server}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="176"/>
        <source>&amp;1 Sessions</source>
        <translation type="unfinished">&amp;1 Các buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="177"/>
        <source>&amp;2 Materials</source>
        <translation type="unfinished">&amp;2 Tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="178"/>
        <source>&amp;3 Sync</source>
        <translation type="unfinished">&amp;3 Đồng bộ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="179"/>
        <source>&amp;4 Conflicts</source>
        <translation type="unfinished">&amp;4 Xung đột</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="180"/>
        <source>&amp;5 Dashboard</source>
        <translation type="unfinished">&amp;5 Bảng tổng quan</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="181"/>
        <source>&amp;6 Checks</source>
        <translation type="unfinished">&amp;6 Kiểm tra</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="182"/>
        <source>&amp;7 Reports</source>
        <translation type="unfinished">&amp;7 Báo cáo</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="270"/>
        <source>Could not start a new session</source>
        <translation type="unfinished">Không thể bắt đầu buổi mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="275"/>
        <source>Could not open the session</source>
        <translation type="unfinished">Không thể mở buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="300"/>
        <source>Saved {code} as final.</source>
        <translation type="unfinished">Đã lưu {code} ở dạng hoàn tất.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="301"/>
        <source>Saved {code} as a draft.</source>
        <translation type="unfinished">Đã lưu {code} ở dạng bản nháp.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="306"/>
        <source>Reopened {code} for correction.</source>
        <translation type="unfinished">Đã mở lại {code} để chỉnh sửa.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="315"/>
        <source>a new session</source>
        <translation type="unfinished">một buổi mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="318"/>
        <source>Restore unsaved edit?</source>
        <translation type="unfinished">Khôi phục nội dung chưa lưu?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="319"/>
        <source>riskedu was closed while you were editing {what} (last change {when}). Restore the session you were editing?</source>
        <translation type="unfinished">riskedu đã bị đóng khi bạn đang sửa {what} (thay đổi cuối lúc {when}). Khôi phục buổi bạn đang sửa?</translation>
    </message>
</context>
<context>
    <name>MaterialDetail</name>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="192"/>
        <source>Type:</source>
        <translation type="unfinished">Loại:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="192"/>
        <source>Languages:</source>
        <translation type="unfinished">Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="193"/>
        <source>Edition:</source>
        <translation type="unfinished">Lần xuất bản:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="193"/>
        <source>Audience:</source>
        <translation type="unfinished">Đối tượng:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="194"/>
        <source>Hazards:</source>
        <translation type="unfinished">Mối nguy hiểm:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="194"/>
        <source>File:</source>
        <translation type="unfinished">Tệp:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="195"/>
        <source>Warn at:</source>
        <translation type="unfinished">Cảnh báo khi còn:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="195"/>
        <source>Notes:</source>
        <translation type="unfinished">Ghi chú:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="198"/>
        <source>Stock history (newest first)</source>
        <translation type="unfinished">Lịch sử tồn kho (mới nhất trước)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="206"/>
        <source>&lt;i&gt;Choose a material in the list.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Chọn một tài liệu trong danh sách.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="221"/>
        <source>{count} in stock</source>
        <translation type="unfinished">{count} trong kho</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="223"/>
        <source>{count} or fewer</source>
        <translation type="unfinished">{count} trở xuống</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="225"/>
        <source>No warning</source>
        <translation type="unfinished">Không cảnh báo</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="234"/>
        <source>Drawing the preview…</source>
        <translation type="unfinished">Đang vẽ bản xem trước…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="235"/>
        <source>No file</source>
        <translation type="unfinished">Không có tệp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="242"/>
        <source>The file cannot be shown: it is missing or damaged. Edit the material to add it again.</source>
        <translation type="unfinished">Không thể hiển thị tệp: tệp bị mất hoặc hỏng. Hãy sửa tài liệu để thêm lại tệp.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="49"/>
        <source>PDF or picture (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished">PDF hoặc hình ảnh (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="125"/>
        <source>New material</source>
        <translation type="unfinished">Tài liệu mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="125"/>
        <source>Edit material</source>
        <translation type="unfinished">Sửa tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>&amp;Titles:</source>
        <translation type="unfinished">&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished">&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>Languages:</source>
        <translation type="unfinished">Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished">Lần &amp;xuất bản:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>Au&amp;dience:</source>
        <translation type="unfinished">Đối tượn&amp;g:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>Ha&amp;zards:</source>
        <translation type="unfinished">&amp;Mối nguy hiểm:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>File:</source>
        <translation type="unfinished">Tệp:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>&amp;Warn when stock is at:</source>
        <translation type="unfinished">&amp;Cảnh báo khi tồn kho còn:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished">Ghi c&amp;hú:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="139"/>
        <source>Choose…</source>
        <translation type="unfinished">Chọn…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="147"/>
        <source>Add &amp;title</source>
        <translation type="unfinished">Thêm tiêu đề (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="147"/>
        <source>Remo&amp;ve title</source>
        <translation type="unfinished">Bớt tiêu đề (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="148"/>
        <source>No warning</source>
        <translation type="unfinished">Không cảnh báo</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="149"/>
        <source>Choose &amp;file…</source>
        <translation type="unfinished">Chọn tệ&amp;p…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="150"/>
        <source>No fi&amp;le</source>
        <translation type="unfinished">Không có tệp (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="189"/>
        <source>Choose the material&apos;s file</source>
        <translation type="unfinished">Chọn tệp của tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="198"/>
        <source>Checking {name}…</source>
        <translation type="unfinished">Đang kiểm tra {name}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="206"/>
        <source>The file opens and is kept in riskedu&apos;s data folder.</source>
        <translation type="unfinished">Tệp mở được và được giữ trong thư mục dữ liệu của riskedu.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="247"/>
        <source>Nothing was saved. Please correct:</source>
        <translation type="unfinished">Chưa lưu gì cả. Vui lòng sửa:</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="27"/>
        <source>Material</source>
        <translation type="unfinished">Tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="28"/>
        <source>Type</source>
        <translation type="unfinished">Loại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="29"/>
        <source>Languages</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="30"/>
        <source>In stock</source>
        <translation type="unfinished">Trong kho</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="68"/>
        <source>Retired</source>
        <translation type="unfinished">Ngừng dùng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="71"/>
        <source>Out of stock</source>
        <translation type="unfinished">Hết hàng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="72"/>
        <source>Low stock</source>
        <translation type="unfinished">Tồn kho thấp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="73"/>
        <source>Sample</source>
        <translation type="unfinished">Mẫu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="191"/>
        <source>{balance} left; the warning is at {threshold}. Restock before the next trip.</source>
        <translation type="unfinished">Còn {balance}; mức cảnh báo là {threshold}. Hãy bổ sung trước chuyến đi tới.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="196"/>
        <source>Sample content shipped with riskedu, not a real material.</source>
        <translation type="unfinished">Nội dung mẫu đi kèm riskedu, không phải tài liệu thật.</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="149"/>
        <source>Fin&amp;d:</source>
        <translation type="unfinished">Tìm (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="150"/>
        <source>Title, edition or notes</source>
        <translation type="unfinished">Tiêu đề, lần xuất bản hoặc ghi chú</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="151"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished">&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="152"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">Ngôn ngữ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="153"/>
        <source>Any type</source>
        <translation type="unfinished">Mọi loại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="154"/>
        <source>Any language</source>
        <translation type="unfinished">Mọi ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="155"/>
        <source>Low stock &amp;only</source>
        <translation type="unfinished">Chỉ tồn kho thấp (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="156"/>
        <source>Sho&amp;w retired</source>
        <translation type="unfinished">Hiện tài liệu đã ngừng dùng (&amp;W)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="157"/>
        <source>&amp;Add material…</source>
        <translation type="unfinished">Thêm tài liệu… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="157"/>
        <source>Add a material to the catalogue</source>
        <translation type="unfinished">Thêm một tài liệu vào danh mục</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="159"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="159"/>
        <source>Edit the chosen material (Enter)</source>
        <translation type="unfinished">Sửa tài liệu đã chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="161"/>
        <source>&amp;Receive stock…</source>
        <translation type="unfinished">Nhận hàng nhập kho… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="162"/>
        <source>Record copies received, and where they came from</source>
        <translation type="unfinished">Ghi số bản đã nhận và nguồn nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="163"/>
        <source>Ad&amp;just stock…</source>
        <translation type="unfinished">Điều chỉnh tồn kho… (&amp;J)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="164"/>
        <source>Record copies lost or damaged, or a count of the shelf</source>
        <translation type="unfinished">Ghi số bản bị mất hoặc hỏng, hoặc kết quả kiểm đếm trên giá</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="165"/>
        <source>O&amp;pen file</source>
        <translation type="unfinished">Mở tệ&amp;p</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="166"/>
        <source>Open the material&apos;s file with the computer&apos;s viewer</source>
        <translation type="unfinished">Mở tệp của tài liệu bằng trình xem của máy tính</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="167"/>
        <source>Add the sa&amp;mple catalogue</source>
        <translation type="unfinished">Thêm danh mục &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="168"/>
        <source>Add riskedu&apos;s sample materials, to try the page out</source>
        <translation type="unfinished">Thêm các tài liệu mẫu của riskedu để dùng thử trang này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="169"/>
        <source>Delete…</source>
        <translation type="unfinished">Xóa…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="170"/>
        <source>Delete a material entered by mistake (Session › Trash brings it back until the next export)</source>
        <translation type="unfinished">Xóa tài liệu nhập nhầm (Buổi › Thùng rác đưa nó trở lại cho đến lần xuất tiếp theo)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="175"/>
        <source>No material matches. Change the filters, or add a material.</source>
        <translation type="unfinished">Không có tài liệu phù hợp. Hãy đổi bộ lọc hoặc thêm tài liệu.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="230"/>
        <source>Could not read the materials</source>
        <translation type="unfinished">Không thể đọc danh sách tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="257"/>
        <source>Bring &amp;back</source>
        <translation type="unfinished">Dùng lại (&amp;B)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="258"/>
        <source>Re&amp;tire</source>
        <translation type="unfinished">&amp;Ngừng dùng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="282"/>
        <source>Could not open the material</source>
        <translation type="unfinished">Không thể mở tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="303"/>
        <source>Retire material</source>
        <translation type="unfinished">Ngừng dùng tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="304"/>
        <source>Retire {title}? It is no longer offered for sessions; its history and the sessions that handed it out keep it.</source>
        <translation type="unfinished">Ngừng dùng {title}? Tài liệu sẽ không còn được đưa ra cho các buổi; lịch sử của nó và các buổi đã phát nó vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="311"/>
        <source>Could not change the material</source>
        <translation type="unfinished">Không thể thay đổi tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="317"/>
        <source>Delete material</source>
        <translation type="unfinished">Xóa tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="318"/>
        <source>Delete {title} and its stock history? Use this for a material entered by mistake; retire a material that is no longer used.</source>
        <translation type="unfinished">Xóa {title} và lịch sử kho của nó? Dùng cho tài liệu nhập nhầm; tài liệu không còn dùng thì hãy ngừng sử dụng.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="327"/>
        <source>Could not delete the material</source>
        <translation type="unfinished">Không xóa được tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="360"/>
        <source>Could not add the samples</source>
        <translation type="unfinished">Không thể thêm tài liệu mẫu</translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="83"/>
        <source>Materials handed out</source>
        <translation type="unfinished">Tài liệu đã phát</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="85"/>
        <source>One line for each material given out at the session. The stock on the Materials page follows on its own when the session is saved, changed or deleted.</source>
        <translation type="unfinished">Mỗi dòng cho một tài liệu đã phát tại buổi. Tồn kho trên trang Tài liệu tự cập nhật khi buổi được lưu, sửa hoặc xóa.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="87"/>
        <source>Material</source>
        <translation type="unfinished">Tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="88"/>
        <source>Quantity</source>
        <translation type="unfinished">Số lượng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="88"/>
        <source>In stock</source>
        <translation type="unfinished">Trong kho</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="91"/>
        <source>Add &amp;material</source>
        <translation type="unfinished">Thêm &amp;tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="95"/>
        <location filename="../riskedu/ui/editor_materials.py" line="145"/>
        <source>Remove</source>
        <translation type="unfinished">Bỏ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="108"/>
        <source>Choose…</source>
        <translation type="unfinished">Chọn…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="122"/>
        <source>Not said</source>
        <translation type="unfinished">Không nêu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="140"/>
        <source>More than is in stock: record the stock received on the Materials page first.</source>
        <translation type="unfinished">Nhiều hơn số trong kho: hãy ghi hàng nhập kho trên trang Tài liệu trước.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="101"/>
        <source>Organisation details for printing</source>
        <translation type="unfinished">Thông tin tổ chức để in</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="102"/>
        <source>Organisation name</source>
        <translation type="unfinished">Tên tổ chức</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="104"/>
        <source>As it should read on certificates and summaries in each language. A document in a language left empty uses the English name.</source>
        <translation type="unfinished">Như cần hiển thị trên giấy chứng nhận và bản tóm tắt ở mỗi ngôn ngữ. Tài liệu bằng ngôn ngữ để trống sẽ dùng tên tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="108"/>
        <source>Logo</source>
        <translation type="unfinished">Biểu trưng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="109"/>
        <source>&amp;Choose picture…</source>
        <translation type="unfinished">&amp;Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="110"/>
        <source>A PNG or JPEG file, e.g. the logo on your letters</source>
        <translation type="unfinished">Tệp PNG hoặc JPEG, ví dụ biểu trưng trên thư của bạn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="112"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="113"/>
        <source>Who signs the certificates</source>
        <translation type="unfinished">Người ký giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="114"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="115"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Chức vụ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="116"/>
        <source>e.g. Programme manager</source>
        <translation type="unfinished">ví dụ: Quản lý chương trình</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="117"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="134"/>
        <source>No logo</source>
        <translation type="unfinished">Không có biểu trưng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="142"/>
        <source>Choose the logo</source>
        <translation type="unfinished">Chọn biểu trưng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="143"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="149"/>
        <location filename="../riskedu/ui/organisation_dialog.py" line="153"/>
        <source>This picture cannot be the logo</source>
        <translation type="unfinished">Ảnh này không thể làm biểu trưng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="176"/>
        <location filename="../riskedu/ui/organisation_dialog.py" line="180"/>
        <source>The details were not saved</source>
        <translation type="unfinished">Thông tin chưa được lưu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="191"/>
        <source>Could not read the organisation details</source>
        <translation type="unfinished">Không đọc được thông tin tổ chức</translation>
    </message>
</context>
<context>
    <name>PageSizeCombo</name>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="91"/>
        <source>{name} ({width} × {height} mm)</source>
        <translation type="unfinished">{name} ({width} × {height} mm)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="93"/>
        <source>{name} ({width} × {height} in)</source>
        <translation type="unfinished">{name} ({width} × {height} inch)</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="114"/>
        <source>Facilitators (tick everyone who ran the session)</source>
        <translation type="unfinished">Người hướng dẫn (đánh dấu tất cả những người đã điều hành buổi)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="115"/>
        <source>Participants by name (optional)</source>
        <translation type="unfinished">Danh sách người tham dự (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="117"/>
        <source>Only needed for certificates and follow-up. Attendance counts are entered on the Attendance tab.</source>
        <translation type="unfinished">Chỉ cần cho giấy chứng nhận và việc theo dõi. Số người tham dự được nhập ở thẻ Người tham dự.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="119"/>
        <source>&amp;Add facilitator…</source>
        <translation type="unfinished">Thêm người hướng dẫn… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="120"/>
        <source>Add pe&amp;rson</source>
        <translation type="unfinished">Thêm người (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="120"/>
        <source>Remove p&amp;erson</source>
        <translation type="unfinished">Bớt người (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="166"/>
        <source>Unknown facilitator</source>
        <translation type="unfinished">Người hướng dẫn không rõ</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="156"/>
        <source>Print certificates</source>
        <translation type="unfinished">In giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="157"/>
        <source>Print the session summary</source>
        <translation type="unfinished">In bản tóm tắt buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="158"/>
        <source>Print handouts</source>
        <translation type="unfinished">In tài liệu phát tay</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="159"/>
        <source>Print</source>
        <translation type="unfinished">In</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="160"/>
        <source>Certificates for the participants of {subject}: one page each.</source>
        <translation type="unfinished">Giấy chứng nhận cho người tham gia {subject}: mỗi người một trang.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="162"/>
        <source>A one-page summary of {subject}, e.g. for the village chief.</source>
        <translation type="unfinished">Bản tóm tắt một trang của {subject}, ví dụ cho trưởng thôn.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="164"/>
        <source>Handouts for {subject}: a material from the catalogue, or the standard safety messages.</source>
        <translation type="unfinished">Tài liệu phát tay cho {subject}: một tài liệu trong danh mục, hoặc các thông điệp an toàn chuẩn.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="167"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished">&amp;Ngôn ngữ tài liệu:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="168"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">&amp;Giấy:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="168"/>
        <source>Orientation:</source>
        <translation type="unfinished">Hướng giấy:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="169"/>
        <source>&amp;Material:</source>
        <translation type="unfinished">&amp;Tài liệu:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="169"/>
        <source>&amp;Copies:</source>
        <translation type="unfinished">Số &amp;bản:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="172"/>
        <source>The language the document is printed in, whatever language the window speaks</source>
        <translation type="unfinished">Ngôn ngữ in tài liệu, bất kể cửa sổ đang dùng ngôn ngữ nào</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="174"/>
        <source>P&amp;ortrait</source>
        <translation type="unfinished">&amp;Dọc</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="175"/>
        <source>La&amp;ndscape</source>
        <translation type="unfinished">&amp;Ngang</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="178"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished">&amp;Xem trước…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="186"/>
        <source>Standard safety messages sheet</source>
        <translation type="unfinished">Tờ thông điệp an toàn chuẩn</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="117"/>
        <source>Print preview – {title}</source>
        <translation type="unfinished">Xem trước khi in – {title}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="118"/>
        <source>‹ Pre&amp;vious</source>
        <translation type="unfinished">‹ T&amp;rước</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="119"/>
        <source>Ne&amp;xt ›</source>
        <translation type="unfinished">T&amp;iếp ›</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="120"/>
        <source>Pa&amp;ge</source>
        <translation type="unfinished">T&amp;rang</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="121"/>
        <source>of {count}</source>
        <translation type="unfinished">/ {count}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="125"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished">Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="126"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished">Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="128"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;In…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="129"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation type="unfinished">Chọn máy in và in (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="130"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="131"/>
        <source>Keep a copy of this document as a PDF file (Ctrl+S)</source>
        <translation type="unfinished">Lưu một bản của tài liệu này thành tệp PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="133"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="138"/>
        <source>Fit width</source>
        <translation type="unfinished">Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="139"/>
        <source>Whole page</source>
        <translation type="unfinished">Cả trang</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="213"/>
        <source>Print {title}</source>
        <translation type="unfinished">In {title}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="219"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">Đang gửi các trang tới máy in…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="219"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="221"/>
        <source>Printing</source>
        <translation type="unfinished">Đang in</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="227"/>
        <source>Sending page {done} of {total} to the printer…</source>
        <translation type="unfinished">Đang gửi trang {done}/{total} tới máy in…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="237"/>
        <source>Could not print</source>
        <translation type="unfinished">Không in được</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="238"/>
        <source>The printer {printer} did not accept the document. Check that it is switched on and connected, or save the document as a PDF and print it from another computer.</source>
        <translation type="unfinished">Máy in {printer} không nhận tài liệu. Hãy kiểm tra máy đã bật và đã kết nối, hoặc lưu tài liệu thành PDF và in từ máy tính khác.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="249"/>
        <source>Save {title} as PDF</source>
        <translation type="unfinished">Lưu {title} thành PDF</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="250"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="260"/>
        <source>The PDF was not saved</source>
        <translation type="unfinished">PDF chưa được lưu</translation>
    </message>
</context>
<context>
    <name>PrintRunner</name>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="87"/>
        <source>Still preparing a document</source>
        <translation type="unfinished">Vẫn đang chuẩn bị tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="88"/>
        <source>riskedu is still preparing {title}. Wait for it to finish, or cancel it, then try again.</source>
        <translation type="unfinished">riskedu vẫn đang chuẩn bị {title}. Hãy chờ xong hoặc hủy, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="122"/>
        <source>Preparing the document</source>
        <translation type="unfinished">Đang chuẩn bị tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="123"/>
        <source>Preparing {title}…</source>
        <translation type="unfinished">Đang chuẩn bị {title}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="139"/>
        <source>Preparing {title}: {done} of {total}…</source>
        <translation type="unfinished">Đang chuẩn bị {title}: {done}/{total}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="176"/>
        <source>The document was prepared but cannot be shown: the file is damaged or empty. Try again; if it happens again, tell your information officer.</source>
        <translation type="unfinished">Tài liệu đã được chuẩn bị nhưng không hiển thị được: tệp bị hỏng hoặc trống. Hãy thử lại; nếu vẫn lỗi, hãy báo cán bộ thông tin của bạn.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="187"/>
        <source>Could not prepare {title}</source>
        <translation type="unfinished">Không chuẩn bị được {title}</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="41"/>
        <source>&amp;Select All</source>
        <translation type="unfinished">&amp;Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="42"/>
        <source>&amp;Step up</source>
        <translation type="unfinished">&amp;Tăng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="43"/>
        <source>Step &amp;down</source>
        <translation type="unfinished">&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="27"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="28"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="29"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="30"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="31"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Dán</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="32"/>
        <source>Delete</source>
        <translation type="unfinished">Xóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="33"/>
        <source>Select All</source>
        <translation type="unfinished">Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Có</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="16"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Không</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="17"/>
        <source>Save</source>
        <translation type="unfinished">Lưu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation type="unfinished">Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="19"/>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="20"/>
        <source>Open</source>
        <translation type="unfinished">Mở</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="21"/>
        <source>Apply</source>
        <translation type="unfinished">Áp dụng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="22"/>
        <source>Help</source>
        <translation type="unfinished">Trợ giúp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="23"/>
        <source>Retry</source>
        <translation type="unfinished">Thử lại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="24"/>
        <source>Ignore</source>
        <translation type="unfinished">Bỏ qua</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="25"/>
        <source>Abort</source>
        <translation type="unfinished">Hủy bỏ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="34"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="35"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="37"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="38"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Dán</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="39"/>
        <source>Delete</source>
        <translation type="unfinished">Xóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="40"/>
        <source>Select All</source>
        <translation type="unfinished">Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="121"/>
        <source>Receive stock</source>
        <translation type="unfinished">Nhận hàng nhập kho</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="123"/>
        <source>&amp;Copies received:</source>
        <translation type="unfinished">&amp;Số bản đã nhận:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="123"/>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Từ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="124"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">Ngôn ngữ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="124"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Ngày:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="125"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">Ghi c&amp;hú:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="128"/>
        <source>e.g. headquarters store, donor, printer</source>
        <translation type="unfinished">ví dụ kho trụ sở, nhà tài trợ, nhà in</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="130"/>
        <source>Not said</source>
        <translation type="unfinished">Không nêu</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="123"/>
        <source>Period summary</source>
        <translation type="unfinished">Tóm tắt theo kỳ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="125"/>
        <source>Totals of every session in a period and an area: sessions and beneficiaries, tables by province and district, by method and by audience, girls, boys, women and men by age, charts, and the hazard reports received.</source>
        <translation type="unfinished">Tổng hợp mọi buổi trong một kỳ và một khu vực: số buổi và người hưởng lợi, bảng theo tỉnh và huyện, theo phương pháp và theo đối tượng, trẻ em gái, trẻ em trai, phụ nữ và nam giới theo tuổi, biểu đồ, và các báo cáo nguy hiểm đã nhận.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="130"/>
        <source>Last month</source>
        <translation type="unfinished">Tháng trước</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="130"/>
        <source>This month</source>
        <translation type="unfinished">Tháng này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="131"/>
        <source>Last three months</source>
        <translation type="unfinished">Ba tháng trước</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="132"/>
        <source>This year</source>
        <translation type="unfinished">Năm nay</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="132"/>
        <source>Last year</source>
        <translation type="unfinished">Năm trước</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="133"/>
        <source>Other dates</source>
        <translation type="unfinished">Ngày khác</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Kỳ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;from</source>
        <translation type="unfinished">&amp;từ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;to</source>
        <translation type="unfinished">đế&amp;n</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="137"/>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Khu vực:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="137"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished">&amp;Ngôn ngữ tài liệu:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="138"/>
        <source>Pa&amp;per:</source>
        <translation type="unfinished">&amp;Giấy:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="144"/>
        <source>&amp;Generate…</source>
        <translation type="unfinished">&amp;Tạo…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="145"/>
        <source>Prepare the summary and show it to print or save as PDF</source>
        <translation type="unfinished">Chuẩn bị bản tóm tắt và hiển thị để in hoặc lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="183"/>
        <source>The period starts ({start}) after it ends ({end}). Choose a start date on or before the end date.</source>
        <translation type="unfinished">Kỳ bắt đầu ({start}) sau khi kết thúc ({end}). Hãy chọn ngày bắt đầu trước hoặc bằng ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="194"/>
        <source>the period summary {start} – {end}, {area}</source>
        <translation type="unfinished">bản tóm tắt kỳ {start} – {end}, {area}</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="56"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished">&amp;Hoàn tác xóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="57"/>
        <source>Bring back what was just deleted (Ctrl+Z)</source>
        <translation type="unfinished">Đưa lại thứ vừa xóa (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="58"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished">&amp;Thùng rác…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="59"/>
        <source>Deleted sessions, materials, participants and hazard reports, to restore until they are exported (Ctrl+Shift+T)</source>
        <translation type="unfinished">Các buổi, tài liệu, người tham gia và báo cáo nguy hiểm đã xóa, khôi phục được cho đến khi xuất đi (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="61"/>
        <source>&amp;History…</source>
        <translation type="unfinished">&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="62"/>
        <source>Who changed the selected final session, what and when (Ctrl+H)</source>
        <translation type="unfinished">Ai đã thay đổi buổi hoàn tất đang chọn, thay đổi gì và khi nào (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="63"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished">&amp;Khóa ngay</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="64"/>
        <source>Hide everything until the passphrase is typed (Ctrl+L)</source>
        <translation type="unfinished">Ẩn mọi thứ cho đến khi gõ cụm mật khẩu (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="65"/>
        <source>App loc&amp;k…</source>
        <translation type="unfinished">&amp;Khóa ứng dụng…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="66"/>
        <source>Set, change or remove the passphrase that locks riskedu</source>
        <translation type="unfinished">Đặt, đổi hoặc bỏ cụm mật khẩu khóa riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="86"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished">Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="91"/>
        <location filename="../riskedu/ui/safety_actions.py" line="116"/>
        <source>Could not restore</source>
        <translation type="unfinished">Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="96"/>
        <source>Restored.</source>
        <translation type="unfinished">Đã khôi phục.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="136"/>
        <source>&amp;1 Session</source>
        <translation type="unfinished">&amp;1 Buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="136"/>
        <source>&amp;2 Place</source>
        <translation type="unfinished">&amp;2 Địa điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="137"/>
        <source>&amp;3 Attendance</source>
        <translation type="unfinished">&amp;3 Người tham dự</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="137"/>
        <source>&amp;4 People</source>
        <translation type="unfinished">&amp;4 Con người</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="138"/>
        <source>&amp;5 Hazards</source>
        <translation type="unfinished">&amp;5 Nguy hiểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="138"/>
        <source>&amp;6 Materials</source>
        <translation type="unfinished">&amp;6 Tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="141"/>
        <source>Session {code}</source>
        <translation type="unfinished">Buổi {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="141"/>
        <source>New session</source>
        <translation type="unfinished">Buổi mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="142"/>
        <source>{title} – riskedu</source>
        <translation type="unfinished">{title} – riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="147"/>
        <source>This record is final: you can read it but not change it. Reopen it for correction to change it; the reopening is recorded with your name.</source>
        <translation type="unfinished">Bản ghi này đã hoàn tất: bạn có thể đọc nhưng không thể sửa. Hãy mở lại để chỉnh sửa; việc mở lại được ghi kèm tên của bạn.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="150"/>
        <source>Sa&amp;ve draft</source>
        <translation type="unfinished">Lưu bản &amp;nháp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="151"/>
        <source>Save without checking completeness (Ctrl+S)</source>
        <translation type="unfinished">Lưu mà không kiểm tra tính đầy đủ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="152"/>
        <source>Save as fina&amp;l</source>
        <translation type="unfinished">Lưu dạng hoàn tấ&amp;t</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="153"/>
        <source>Check every rule and save as a final record (Ctrl+Enter)</source>
        <translation type="unfinished">Kiểm tra mọi quy tắc và lưu thành bản ghi hoàn tất (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="155"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished">Mở lại để chỉnh sửa (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="156"/>
        <source>&amp;History…</source>
        <translation type="unfinished">&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="157"/>
        <source>Who changed this record, what and when</source>
        <translation type="unfinished">Ai đã thay đổi bản ghi này, thay đổi gì và khi nào</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="158"/>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="159"/>
        <source>Alt+1…6 switch tabs</source>
        <translation type="unfinished">Alt+1…6 chuyển thẻ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="160"/>
        <source>Alt+1…6 switch tabs · Ctrl+S save draft · Ctrl+Enter save as final</source>
        <translation type="unfinished">Alt+1…6 chuyển thẻ · Ctrl+S lưu bản nháp · Ctrl+Enter lưu dạng hoàn tất</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="227"/>
        <source>Could not keep a safety copy of this edit</source>
        <translation type="unfinished">Không thể giữ bản sao dự phòng của nội dung đang sửa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="252"/>
        <source>The session was not saved</source>
        <translation type="unfinished">Buổi chưa được lưu</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/session_editor.py" line="269"/>
        <source>Nothing was saved. Please correct %Ln problem(s):</source>
        <translation type="unfinished">
            <numerusform>Chưa lưu gì cả. Vui lòng sửa %Ln lỗi:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="305"/>
        <source>Unsaved changes</source>
        <translation type="unfinished">Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="306"/>
        <source>This session has changes that are not saved. Save them as a draft?</source>
        <translation type="unfinished">Buổi này có thay đổi chưa được lưu. Lưu thành bản nháp?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="329"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished">Không thể mở lại buổi</translation>
    </message>
</context>
<context>
    <name>SessionPrinting</name>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="65"/>
        <source>&amp;Print</source>
        <translation type="unfinished">&amp;In</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="67"/>
        <source>&amp;Certificates…</source>
        <translation type="unfinished">&amp;Giấy chứng nhận…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="68"/>
        <source>Print a certificate for each participant of the session (Ctrl+Shift+P)</source>
        <translation type="unfinished">In giấy chứng nhận cho mỗi người tham gia buổi (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="69"/>
        <source>Session &amp;summary…</source>
        <translation type="unfinished">&amp;Tóm tắt buổi…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="70"/>
        <source>Print a one-page summary of the session</source>
        <translation type="unfinished">In bản tóm tắt một trang của buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="71"/>
        <source>&amp;Handouts…</source>
        <translation type="unfinished">Tài liệu &amp;phát tay…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="72"/>
        <source>Print copies of a material or of the standard safety messages</source>
        <translation type="unfinished">In bản sao của một tài liệu hoặc các thông điệp an toàn chuẩn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="101"/>
        <source>certificates of {code}</source>
        <translation type="unfinished">giấy chứng nhận của {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="105"/>
        <source>the summary of {code}</source>
        <translation type="unfinished">bản tóm tắt của {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="109"/>
        <source>handouts for {code}</source>
        <translation type="unfinished">tài liệu phát tay cho {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="118"/>
        <source>Save first</source>
        <translation type="unfinished">Lưu trước</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="119"/>
        <source>Documents are printed from the saved session. Save your changes (as a draft or as final), then print.</source>
        <translation type="unfinished">Tài liệu được in từ buổi đã lưu. Hãy lưu các thay đổi (bản nháp hoặc bản cuối), rồi in.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="34"/>
        <source>Report code</source>
        <translation type="unfinished">Mã báo cáo</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="35"/>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="36"/>
        <source>Province</source>
        <translation type="unfinished">Tỉnh</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="37"/>
        <source>Village / place</source>
        <translation type="unfinished">Thôn / địa điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="39"/>
        <source>Activity</source>
        <translation type="unfinished">Hoạt động</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="40"/>
        <source>Girls</source>
        <translation type="unfinished">Trẻ em gái</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="41"/>
        <source>Boys</source>
        <translation type="unfinished">Trẻ em trai</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="42"/>
        <source>Women</source>
        <translation type="unfinished">Phụ nữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="43"/>
        <source>Men</source>
        <translation type="unfinished">Nam giới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="44"/>
        <source>Total</source>
        <translation type="unfinished">Tổng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="45"/>
        <source>Disability</source>
        <translation type="unfinished">Khuyết tật</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="278"/>
        <source>Place not in the gazetteer</source>
        <translation type="unfinished">Địa điểm không có trong danh mục địa danh</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="96"/>
        <source>Set up riskedu</source>
        <translation type="unfinished">Thiết lập riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="98"/>
        <source>&lt;b&gt;Welcome to riskedu.&lt;/b&gt; Tell it once who you work for: every session you log on this laptop carries your organisation, team and name. You can log sessions without any internet connection.</source>
        <translation type="unfinished">&lt;b&gt;Chào mừng bạn đến với riskedu.&lt;/b&gt; Hãy cho biết một lần bạn làm việc cho ai: mỗi buổi bạn ghi trên máy tính này sẽ mang tên tổ chức, nhóm và tên của bạn. Bạn có thể ghi các buổi mà không cần kết nối internet.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished">&amp;Tổ chức:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="103"/>
        <source>Organisation &amp;code:</source>
        <translation type="unfinished">Mã tổ &amp;chức:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="104"/>
        <source>&amp;Team:</source>
        <translation type="unfinished">&amp;Nhóm:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="105"/>
        <source>Team c&amp;ode:</source>
        <translation type="unfinished">Mã nh&amp;óm:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="106"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished">Tên củ&amp;a bạn:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="107"/>
        <source>Your &amp;sex:</source>
        <translation type="unfinished">&amp;Giới tính của bạn:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="108"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished">&amp;Quốc gia:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="109"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">Ngôn ngữ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="113"/>
        <source>e.g. HALO Trust</source>
        <translation type="unfinished">ví dụ HALO Trust</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="115"/>
        <source>Short, for report codes, e.g. HALO</source>
        <translation type="unfinished">Ngắn gọn, dùng cho mã báo cáo, ví dụ HALO</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="116"/>
        <source>e.g. Risk education team 3</source>
        <translation type="unfinished">ví dụ Nhóm giáo dục nguy cơ 3</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="117"/>
        <source>Optional, e.g. T3</source>
        <translation type="unfinished">Không bắt buộc, ví dụ T3</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="118"/>
        <source>Prefer not to say</source>
        <translation type="unfinished">Không muốn cho biết</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="119"/>
        <source>Cambodia (administrative units 2025)</source>
        <translation type="unfinished">Campuchia (đơn vị hành chính 2025)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="150"/>
        <source>Could not save the set-up</source>
        <translation type="unfinished">Không thể lưu thiết lập</translation>
    </message>
</context>
<context>
    <name>StockHistoryModel</name>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="42"/>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="43"/>
        <source>Movement</source>
        <translation type="unfinished">Biến động</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="44"/>
        <source>Quantity</source>
        <translation type="unfinished">Số lượng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="45"/>
        <source>Balance</source>
        <translation type="unfinished">Số dư</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="46"/>
        <source>Details</source>
        <translation type="unfinished">Chi tiết</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="47"/>
        <source>Recorded by</source>
        <translation type="unfinished">Người ghi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="66"/>
        <source>from {source}</source>
        <translation type="unfinished">từ {source}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="69"/>
        <source>session {code}</source>
        <translation type="unfinished">buổi {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="72"/>
        <source>{count} counted</source>
        <translation type="unfinished">đếm được {count}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="92"/>
        <source>&amp;History of bundles</source>
        <translation type="unfinished">Lịch &amp;sử các gói tệp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="93"/>
        <source>&amp;Known installations</source>
        <translation type="unfinished">Các bản cài đặt đã &amp;biết</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="155"/>
        <source>Could not read the sync history</source>
        <translation type="unfinished">Không thể đọc lịch sử đồng bộ</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="38"/>
        <source>&lt;b&gt;Totals of the list&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Tổng của danh sách&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Sessions:</source>
        <translation type="unfinished">Số buổi:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Girls:</source>
        <translation type="unfinished">Trẻ em gái:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Boys:</source>
        <translation type="unfinished">Trẻ em trai:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Women:</source>
        <translation type="unfinished">Phụ nữ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Men:</source>
        <translation type="unfinished">Nam giới:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Everyone:</source>
        <translation type="unfinished">Tất cả:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="42"/>
        <source>With disability:</source>
        <translation type="unfinished">Khuyết tật:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="46"/>
        <source>Persons with disability (Washington Group: a lot of difficulty or more)</source>
        <translation type="unfinished">Người khuyết tật (Washington Group: gặp nhiều khó khăn trở lên)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="71"/>
        <source>Trash</source>
        <translation type="unfinished">Thùng rác</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="73"/>
        <source>Deleted sessions, materials, participants and hazard reports stay here and can be restored exactly as they were until the next export. An exported deletion travels to headquarters and can no longer be undone.</source>
        <translation type="unfinished">Các buổi, tài liệu, người tham gia và báo cáo nguy hiểm đã xóa nằm ở đây và có thể khôi phục nguyên trạng cho đến lần xuất tiếp theo. Việc xóa đã được xuất sẽ đến trụ sở và không thể hoàn tác nữa.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Deleted</source>
        <translation type="unfinished">Đã xóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>What</source>
        <translation type="unfinished">Nội dung</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Item</source>
        <translation type="unfinished">Mục</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Details</source>
        <translation type="unfinished">Chi tiết</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="78"/>
        <source>By</source>
        <translation type="unfinished">Bởi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="78"/>
        <source>State</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="79"/>
        <source>The trash is empty.</source>
        <translation type="unfinished">Thùng rác trống.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="80"/>
        <source>&amp;Restore</source>
        <translation type="unfinished">&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="85"/>
        <source>Session</source>
        <translation type="unfinished">Buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="85"/>
        <source>Material</source>
        <translation type="unfinished">Tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="86"/>
        <source>Participant</source>
        <translation type="unfinished">Người tham dự</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="87"/>
        <source>Hazard report</source>
        <translation type="unfinished">Báo cáo nguy hiểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="94"/>
        <source>Could not read the trash</source>
        <translation type="unfinished">Không đọc được thùng rác</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="100"/>
        <source>Exported: cannot be restored</source>
        <translation type="unfinished">Đã xuất: không thể khôi phục</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="101"/>
        <source>Can be restored</source>
        <translation type="unfinished">Có thể khôi phục</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="133"/>
        <source>Could not restore</source>
        <translation type="unfinished">Không khôi phục được</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="68"/>
        <source>Verify a certificate</source>
        <translation type="unfinished">Xác minh giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="70"/>
        <source>&amp;Paste the text read from the certificate&apos;s QR code, or type the certificate number printed under it. No internet is needed.</source>
        <translation type="unfinished">&amp;Dán văn bản đọc từ mã QR của giấy chứng nhận, hoặc gõ số giấy chứng nhận in bên dưới mã. Không cần internet.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="72"/>
        <source>e.g. {number}</source>
        <translation type="unfinished">ví dụ: {number}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="74"/>
        <source>&amp;Check</source>
        <translation type="unfinished">&amp;Kiểm tra</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="75"/>
        <source>Check the certificate (Ctrl+Enter)</source>
        <translation type="unfinished">Kiểm tra giấy chứng nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="95"/>
        <source>Paste or type a certificate code first.</source>
        <translation type="unfinished">Hãy dán hoặc gõ mã giấy chứng nhận trước.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="83"/>
        <location filename="../riskedu/ui/verify_dialog.py" line="99"/>
        <source>Could not check the certificate</source>
        <translation type="unfinished">Không kiểm tra được giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="109"/>
        <source>Genuine certificate</source>
        <translation type="unfinished">Giấy chứng nhận thật</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="110"/>
        <source>Not confirmed as genuine</source>
        <translation type="unfinished">Không xác nhận được là thật</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="123"/>
        <source>Certificate number</source>
        <translation type="unfinished">Số giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="123"/>
        <source>Issued to</source>
        <translation type="unfinished">Cấp cho</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="124"/>
        <source>Session date</source>
        <translation type="unfinished">Ngày tổ chức buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="124"/>
        <source>Place</source>
        <translation type="unfinished">Địa điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="125"/>
        <source>Signed by</source>
        <translation type="unfinished">Ký bởi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="125"/>
        <source>Installation</source>
        <translation type="unfinished">Bản cài đặt</translation>
    </message>
</context>
<context>
    <name>WindowPrinting</name>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="96"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished">Cài đặ&amp;t</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="97"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">Côn&amp;g cụ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="99"/>
        <source>&amp;Organisation details for printing…</source>
        <translation type="unfinished">Thông tin &amp;tổ chức để in…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="100"/>
        <source>The organisation&apos;s name in each language, its logo and who signs certificates</source>
        <translation type="unfinished">Tên tổ chức ở mỗi ngôn ngữ, biểu trưng và người ký giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="102"/>
        <source>&amp;Verify a certificate…</source>
        <translation type="unfinished">&amp;Xác minh giấy chứng nhận…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="103"/>
        <source>Tell a genuine certificate from a forged one by its QR code or number</source>
        <translation type="unfinished">Phân biệt giấy chứng nhận thật với giả bằng mã QR hoặc số</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="104"/>
        <source>&amp;Period summary…</source>
        <translation type="unfinished">Tóm tắt &amp;theo kỳ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="105"/>
        <source>Print the summary of all sessions of a period and area (Alt+7)</source>
        <translation type="unfinished">In bản tóm tắt mọi buổi của một kỳ và khu vực (Alt+5)</translation>
    </message>
</context>
<context>
    <name>WorkBar</name>
    <message>
        <location filename="../riskedu/ui/sync_work.py" line="40"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_work.py" line="41"/>
        <source>Stop: no file is written and nothing is imported</source>
        <translation type="unfinished">Dừng: không ghi tệp nào và không nhập gì</translation>
    </message>
</context>
<context>
    <name>_StockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="81"/>
        <source>{title}: {count} in stock now.</source>
        <translation type="unfinished">{title}: hiện có {count} trong kho.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="105"/>
        <source>Nothing was recorded. Please correct:</source>
        <translation type="unfinished">Chưa ghi gì cả. Vui lòng sửa:</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="67"/>
        <source>Safety briefing</source>
        <translation type="unfinished">Hướng dẫn an toàn</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="68"/>
        <source>Direct risk education</source>
        <translation type="unfinished">Giáo dục nguy cơ trực tiếp</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="69"/>
        <source>Material distribution</source>
        <translation type="unfinished">Phát tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="70"/>
        <source>Radio</source>
        <translation type="unfinished">Đài phát thanh</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="71"/>
        <source>TV</source>
        <translation type="unfinished">Truyền hình</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="72"/>
        <source>Video</source>
        <translation type="unfinished">Video</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="73"/>
        <source>Social media</source>
        <translation type="unfinished">Mạng xã hội</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="74"/>
        <source>Printed press</source>
        <translation type="unfinished">Báo in</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="75"/>
        <source>Training of teachers</source>
        <translation type="unfinished">Tập huấn giáo viên</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="76"/>
        <source>Community focal point training</source>
        <translation type="unfinished">Tập huấn đầu mối cộng đồng</translation>
    </message>
</context>
<context>
    <name>adjust_reason</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="174"/>
        <source>Lost</source>
        <translation type="unfinished">Mất</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="175"/>
        <source>Damaged</source>
        <translation type="unfinished">Hỏng</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="176"/>
        <source>Counted (set the balance)</source>
        <translation type="unfinished">Đã kiểm đếm (đặt số dư)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="177"/>
        <source>Other correction</source>
        <translation type="unfinished">Điều chỉnh khác</translation>
    </message>
</context>
<context>
    <name>age_band</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="50"/>
        <source>0–5</source>
        <translation type="unfinished">0–5</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="51"/>
        <source>6–12</source>
        <translation type="unfinished">6–12</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="52"/>
        <source>13–17</source>
        <translation type="unfinished">13–17</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="53"/>
        <source>18–49</source>
        <translation type="unfinished">18–49</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="54"/>
        <source>50–59</source>
        <translation type="unfinished">50–59</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="55"/>
        <source>60+</source>
        <translation type="unfinished">60+</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../riskedu/ui/app.py" line="68"/>
        <source>Cannot open the database</source>
        <translation type="unfinished">Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/app.py" line="69"/>
        <source>riskedu could not open {path}.

{reason}</source>
        <translation type="unfinished">riskedu không mở được {path}.

{reason}</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="97"/>
        <source>Community focal points</source>
        <translation type="unfinished">Đầu mối cộng đồng</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="98"/>
        <source>Community leaders</source>
        <translation type="unfinished">Lãnh đạo cộng đồng</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="99"/>
        <source>Farmers</source>
        <translation type="unfinished">Nông dân</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="100"/>
        <source>Health workers</source>
        <translation type="unfinished">Nhân viên y tế</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="101"/>
        <source>Reconstruction workers</source>
        <translation type="unfinished">Công nhân tái thiết</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="102"/>
        <source>Refugees / IDPs</source>
        <translation type="unfinished">Người tị nạn / người di dời trong nước</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="103"/>
        <source>Religious leaders</source>
        <translation type="unfinished">Chức sắc tôn giáo</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="104"/>
        <source>Scrap metal collectors / dealers</source>
        <translation type="unfinished">Người thu gom / buôn bán phế liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="105"/>
        <source>Teachers</source>
        <translation type="unfinished">Giáo viên</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="106"/>
        <source>Children / students</source>
        <translation type="unfinished">Trẻ em / học sinh</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="107"/>
        <source>Convoy drivers</source>
        <translation type="unfinished">Tài xế đoàn xe</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="108"/>
        <source>Other</source>
        <translation type="unfinished">Khác</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../riskedu/core/backups.py" line="37"/>
        <source>The backup could not be written: {folder} is full. Free some space there or choose another folder (a USB stick will do). The earlier backups are unchanged.</source>
        <translation type="unfinished">Không thể ghi bản sao lưu: {folder} đã đầy. Hãy giải phóng dung lượng ở đó hoặc chọn thư mục khác (dùng USB cũng được). Các bản sao lưu trước vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="40"/>
        <source>The backup could not be written: riskedu may not write to {folder}. Choose another folder, or unlock the USB stick. The earlier backups are unchanged.</source>
        <translation type="unfinished">Không thể ghi bản sao lưu: riskedu không được phép ghi vào {folder}. Hãy chọn thư mục khác hoặc mở khóa USB. Các bản sao lưu trước vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="43"/>
        <source>The backup could not be written to {folder} ({reason}). Check that the disk or USB stick is still connected, then try again. The earlier backups are unchanged.</source>
        <translation type="unfinished">Không thể ghi bản sao lưu vào {folder} ({reason}). Hãy kiểm tra ổ đĩa hoặc USB vẫn còn được cắm, rồi thử lại. Các bản sao lưu trước vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="46"/>
        <source>The database {path} is damaged ({detail}), so no backup was made: a backup of a damaged file would replace good ones. Restore the latest good backup instead.</source>
        <translation type="unfinished">Cơ sở dữ liệu {path} bị hỏng ({detail}), nên không sao lưu: bản sao lưu của tệp hỏng sẽ thay thế các bản tốt. Hãy khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="49"/>
        <source>The database {path} could not be read for a backup ({detail}). The earlier backups are unchanged.</source>
        <translation type="unfinished">Không thể đọc cơ sở dữ liệu {path} để sao lưu ({detail}). Các bản sao lưu trước vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="52"/>
        <source>Backups are made of a database file on this computer (SQLite). This database is on a server ({url}): back it up with the server&apos;s own tools, such as pg_dump for PostgreSQL.</source>
        <translation type="unfinished">Sao lưu dành cho tệp cơ sở dữ liệu trên máy tính này (SQLite). Cơ sở dữ liệu này nằm trên máy chủ ({url}): hãy sao lưu bằng công cụ riêng của máy chủ, ví dụ pg_dump cho PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="37"/>
        <source>{path} is not a riskedu backup (it is not a riskedu database). Nothing was changed.</source>
        <translation type="unfinished">{path} không phải bản sao lưu của riskedu (không phải cơ sở dữ liệu riskedu). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="40"/>
        <source>The backup {path} is damaged ({detail}). Nothing was changed: choose an older backup.</source>
        <translation type="unfinished">Bản sao lưu {path} bị hỏng ({detail}). Không có gì bị thay đổi: hãy chọn một bản sao lưu cũ hơn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="43"/>
        <source>The backup {path} was made by a newer version of riskedu (schema {revision}). Update riskedu to restore it. Nothing was changed.</source>
        <translation type="unfinished">Bản sao lưu {path} được tạo bởi phiên bản riskedu mới hơn (schema {revision}). Hãy cập nhật riskedu để khôi phục. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="46"/>
        <source>{path} is open in riskedu or another program. Close it there first, then restore again. Nothing was changed.</source>
        <translation type="unfinished">{path} đang được mở trong riskedu hoặc chương trình khác. Hãy đóng nó ở đó trước, rồi khôi phục lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="49"/>
        <source>The backup could not be put in place ({reason}). Nothing was changed: free some space beside {path} or check that you may write there, then try again.</source>
        <translation type="unfinished">Không thể đặt bản sao lưu vào chỗ ({reason}). Không có gì bị thay đổi: hãy giải phóng dung lượng cạnh {path} hoặc kiểm tra quyền ghi ở đó, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="29"/>
        <source>The backup of {time} holds: {counts}.</source>
        <translation type="unfinished">Bản sao lưu lúc {time} chứa: {counts}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="32"/>
        <source>The current database cannot be read, so what it holds beyond the backup is not known.</source>
        <translation type="unfinished">Không đọc được cơ sở dữ liệu hiện tại, nên không biết nó có gì hơn bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="35"/>
        <source>The current database holds: {counts}.</source>
        <translation type="unfinished">Cơ sở dữ liệu hiện tại chứa: {counts}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="38"/>
        <source>Records added or changed since this backup, which a restore would undo: {count}.</source>
        <translation type="unfinished">Số bản ghi được thêm hoặc sửa từ bản sao lưu này, sẽ bị hoàn tác khi khôi phục: {count}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="42"/>
        <source>No record was added or changed since this backup.</source>
        <translation type="unfinished">Không có bản ghi nào được thêm hoặc sửa từ bản sao lưu này.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="109"/>
        <location filename="../riskedu/ui/window_host.py" line="119"/>
        <source>Could not restore the backup</source>
        <translation type="unfinished">Không thể khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="116"/>
        <source>Open which database?</source>
        <translation type="unfinished">Mở cơ sở dữ liệu nào?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="117"/>
        <source>riskedu databases (*.sqlite* *.db);;All files (*)</source>
        <translation type="unfinished">Cơ sở dữ liệu riskedu (*.sqlite* *.db);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="148"/>
        <source>Backup restored</source>
        <translation type="unfinished">Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="149"/>
        <source>The backup is in place. The database it replaced is kept as {file}.</source>
        <translation type="unfinished">Bản sao lưu đã được đặt vào chỗ. Cơ sở dữ liệu bị thay thế được giữ lại là {file}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="155"/>
        <source>Backup written and checked: {file}</source>
        <translation type="unfinished">Đã ghi và kiểm tra bản sao lưu: {file}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="161"/>
        <source>Automatic backup failed: {reason}</source>
        <translation type="unfinished">Sao lưu tự động thất bại: {reason}</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../riskedu/sync/errors.py" line="10"/>
        <source>{file} is not a riskedu sync bundle.</source>
        <translation type="unfinished">{file} không phải là gói đồng bộ của riskedu.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="12"/>
        <source>{file} was cut short or damaged on the way. Copy it again from the USB stick or ask for it to be sent again.</source>
        <translation type="unfinished">{file} đã bị cắt ngắn hoặc hỏng trên đường chuyển. Hãy sao chép lại từ USB hoặc đề nghị gửi lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="15"/>
        <source>{file} contains a file name that points outside the bundle ({name}). It was refused.</source>
        <translation type="unfinished">{file} chứa một tên tệp trỏ ra ngoài gói ({name}). Gói đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="18"/>
        <source>{file} unpacks to more than {limit} MB. It was refused as unsafe.</source>
        <translation type="unfinished">{file} khi giải nén lớn hơn {limit} MB. Gói đã bị từ chối vì không an toàn.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="20"/>
        <source>{file} has been changed since it was made: {name} does not match its checksum.</source>
        <translation type="unfinished">{file} đã bị thay đổi sau khi tạo: {name} không khớp với checksum của nó.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="23"/>
        <source>{file} is incomplete: {name} is missing.</source>
        <translation type="unfinished">{file} không đầy đủ: thiếu {name}.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="25"/>
        <source>{file} contains {name}, which its manifest does not list.</source>
        <translation type="unfinished">{file} chứa {name}, không có trong danh mục (manifest) của gói.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="27"/>
        <source>{file} is not signed correctly: it was altered or did not come from the installation it names.</source>
        <translation type="unfinished">{file} không được ký đúng: gói đã bị sửa đổi hoặc không đến từ bản cài đặt mà nó ghi tên.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="30"/>
        <source>{file} was made by a newer riskedu (bundle format {version}). Update riskedu to version {app_version} or later to import it.</source>
        <translation type="unfinished">{file} được tạo bởi phiên bản riskedu mới hơn (định dạng gói {version}). Hãy cập nhật riskedu lên phiên bản {app_version} trở lên để nhập gói này.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="33"/>
        <source>{file} is encrypted for another headquarters key ({fingerprint}); it cannot be opened here.</source>
        <translation type="unfinished">{file} được mã hóa cho khóa của một trụ sở khác ({fingerprint}); không thể mở ở đây.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="36"/>
        <source>{file} holds a record that does not fit riskedu ({table}, record {line}). Nothing was imported.</source>
        <translation type="unfinished">{file} chứa một bản ghi không phù hợp với riskedu ({table}, bản ghi {line}). Không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="39"/>
        <source>The database stayed busy for {minutes} minutes: another riskedu is writing to it (an import, a backup or a save). Nothing of {file} was imported; try again when it has finished.</source>
        <translation type="unfinished">Cơ sở dữ liệu vẫn bận trong {minutes} phút: một riskedu khác đang ghi vào đó (nhập, sao lưu hoặc lưu). Không có gì từ {file} được nhập; hãy thử lại khi việc đó đã xong.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="43"/>
        <source>{file} refers to records that came in an earlier bundle from the same installation, which has not been imported here. Import the earlier bundle first.</source>
        <translation type="unfinished">{file} tham chiếu đến các bản ghi trong một gói trước đó từ cùng bản cài đặt, chưa được nhập ở đây. Hãy nhập gói trước đó trước.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="46"/>
        <source>{file} is a reference bundle that was not signed by your headquarters. Load headquarters&apos; enrolment file first, or ask headquarters for a new bundle.</source>
        <translation type="unfinished">{file} là gói tham chiếu không được trụ sở của bạn ký. Hãy nạp tệp đăng ký của trụ sở trước, hoặc đề nghị trụ sở gửi gói mới.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="49"/>
        <source>{file} was made by headquarters for another organisation ({organisation}).</source>
        <translation type="unfinished">{file} được trụ sở tạo cho một tổ chức khác ({organisation}).</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="51"/>
        <source>{file} is encrypted; only the headquarters it was made for can open it.</source>
        <translation type="unfinished">{file} đã được mã hóa; chỉ trụ sở mà gói được tạo cho mới mở được.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="54"/>
        <source>{folder} is full, so the bundle could not be written. Free some space there or choose another folder (another USB stick will do). Nothing was marked as sent.</source>
        <translation type="unfinished">{folder} đã đầy nên không thể ghi gói dữ liệu. Hãy giải phóng dung lượng ở đó hoặc chọn thư mục khác (một USB khác cũng được). Chưa có gì được đánh dấu là đã gửi.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="57"/>
        <source>riskedu may not write to {folder} (it is read-only or write-protected), so the bundle could not be written. Choose another folder, or unlock the USB stick. Nothing was marked as sent.</source>
        <translation type="unfinished">riskedu không được ghi vào {folder} (thư mục chỉ đọc hoặc đã bị chống ghi) nên không thể ghi gói dữ liệu. Hãy chọn thư mục khác hoặc mở khóa USB. Chưa có gì được đánh dấu là đã gửi.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="61"/>
        <source>The bundle could not be written to {folder} ({reason}). Check that the disk or USB stick is still connected, then try again. Nothing was marked as sent.</source>
        <translation type="unfinished">Không thể ghi gói dữ liệu vào {folder} ({reason}). Hãy kiểm tra ổ đĩa hoặc USB vẫn còn được kết nối rồi thử lại. Chưa có gì được đánh dấu là đã gửi.</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="61"/>
        <source>Direct</source>
        <translation type="unfinished">Trực tiếp</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="62"/>
        <source>Indirect (media)</source>
        <translation type="unfinished">Gián tiếp (truyền thông)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="63"/>
        <source>Training</source>
        <translation type="unfinished">Tập huấn</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../riskedu/core/db/files.py" line="12"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished">{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="13"/>
        <source>{path} is not a riskedu database (it is not an SQLite file). It has not been changed.</source>
        <translation type="unfinished">{path} không phải là cơ sở dữ liệu riskedu (không phải tệp SQLite). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="16"/>
        <source>{path} cannot be read as a database ({reason}). It has not been changed.</source>
        <translation type="unfinished">Không thể đọc {path} như một cơ sở dữ liệu ({reason}). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="18"/>
        <source>{path} is a database of another program, not riskedu&apos;s. It has not been changed.</source>
        <translation type="unfinished">{path} là cơ sở dữ liệu của một chương trình khác, không phải của riskedu. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/migrate.py" line="36"/>
        <source>This database was made by a newer version of riskedu (schema {revision}). Update riskedu to open it; the file has not been changed.</source>
        <translation type="unfinished">Cơ sở dữ liệu này được tạo bởi phiên bản riskedu mới hơn (schema {revision}). Hãy cập nhật riskedu để mở; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="22"/>
        <source>The database server {server} cannot be reached ({reason}). Check the address and port in the database URL, the network, and that the server is running. Nothing was changed.</source>
        <translation type="unfinished">Không thể kết nối tới máy chủ cơ sở dữ liệu {server} ({reason}). Hãy kiểm tra địa chỉ và cổng trong URL cơ sở dữ liệu, mạng, và máy chủ có đang chạy không. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="26"/>
        <source>The database server {server} refused user {user}: the password or the user name is wrong. Check them in the database URL or ask the server&apos;s administrator. Nothing was changed.</source>
        <translation type="unfinished">Máy chủ cơ sở dữ liệu {server} từ chối người dùng {user}: mật khẩu hoặc tên người dùng không đúng. Hãy kiểm tra chúng trong URL cơ sở dữ liệu hoặc hỏi quản trị viên máy chủ. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="30"/>
        <source>The database server {server} has no database called {name}. Ask the server&apos;s administrator to create it (CREATE DATABASE {name}), then try again.</source>
        <translation type="unfinished">Máy chủ cơ sở dữ liệu {server} không có cơ sở dữ liệu tên {name}. Hãy đề nghị quản trị viên máy chủ tạo nó (CREATE DATABASE {name}), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="33"/>
        <source>{url} is not a database URL riskedu can use ({reason}). Write it like {example}, or give the path of a file.</source>
        <translation type="unfinished">{url} không phải là URL cơ sở dữ liệu mà riskedu dùng được ({reason}). Hãy viết như {example}, hoặc đưa đường dẫn của một tệp.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="37"/>
        <source>The database server {server} answered with an error: {reason}. Nothing was changed.</source>
        <translation type="unfinished">Máy chủ cơ sở dữ liệu {server} trả lời bằng một lỗi: {reason}. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="38"/>
        <source>Enter the time as HH:MM, for example 08:30.</source>
        <translation type="unfinished">Nhập giờ theo dạng HH:MM, ví dụ 08:30.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../riskedu/ui/errors.py" line="31"/>
        <source>The disk is full, so riskedu could not save. Free some space (copy old files to a USB stick and delete them) and try again. Nothing was lost from what was saved before.</source>
        <translation type="unfinished">Ổ đĩa đã đầy nên riskedu không thể lưu. Hãy giải phóng dung lượng (chép các tệp cũ sang USB rồi xoá chúng) và thử lại. Những gì đã lưu trước đó không bị mất.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="35"/>
        <source>The database file is read-only, so riskedu could not save. Copy it to a folder you may write to, or ask for write permission, and try again.</source>
        <translation type="unfinished">Tệp cơ sở dữ liệu chỉ đọc nên riskedu không thể lưu. Hãy chép nó sang một thư mục bạn có quyền ghi, hoặc xin quyền ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="38"/>
        <source>The database is busy: another program is using it. Wait a moment and try again.</source>
        <translation type="unfinished">Cơ sở dữ liệu đang bận: một chương trình khác đang dùng nó. Hãy đợi một lát rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="41"/>
        <source>The file is not a riskedu database, or it is damaged ({detail}). Open a copy, or restore the last backup.</source>
        <translation type="unfinished">Tệp này không phải là cơ sở dữ liệu riskedu, hoặc đã bị hỏng ({detail}). Hãy mở một bản sao, hoặc khôi phục bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="44"/>
        <source>riskedu could not read or write its database ({detail}). Check that the disk is still connected and not full, then try again.</source>
        <translation type="unfinished">riskedu không thể đọc hoặc ghi cơ sở dữ liệu của mình ({detail}). Hãy kiểm tra ổ đĩa vẫn được kết nối và chưa đầy, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="47"/>
        <source>This session no longer exists: it may have been deleted. The list has been refreshed.</source>
        <translation type="unfinished">Buổi này không còn nữa: có thể nó đã bị xoá. Danh sách đã được làm mới.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="50"/>
        <source>riskedu could not use the file {file}: {reason}.</source>
        <translation type="unfinished">riskedu không thể dùng tệp {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="51"/>
        <source>riskedu met an unexpected problem ({kind}). What you saved before is safe; please tell your information officer.</source>
        <translation type="unfinished">riskedu gặp một sự cố không mong đợi ({kind}). Những gì bạn đã lưu trước đó vẫn an toàn; hãy báo cho cán bộ thông tin của bạn.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="54"/>
        <source>Unexpected problem</source>
        <translation type="unfinished">Sự cố không mong đợi</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../riskedu/ui/text.py" line="24"/>
        <source>Session date</source>
        <translation type="unfinished">Ngày tổ chức buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="25"/>
        <source>Report date</source>
        <translation type="unfinished">Ngày báo cáo</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="26"/>
        <source>Start time</source>
        <translation type="unfinished">Giờ bắt đầu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="27"/>
        <source>End time</source>
        <translation type="unfinished">Giờ kết thúc</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="28"/>
        <source>Village</source>
        <translation type="unfinished">Thôn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="29"/>
        <source>Place not in the list</source>
        <translation type="unfinished">Địa điểm không có trong danh sách</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="30"/>
        <source>Type of location</source>
        <translation type="unfinished">Loại địa điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="31"/>
        <source>Latitude</source>
        <translation type="unfinished">Vĩ độ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="32"/>
        <source>Longitude</source>
        <translation type="unfinished">Kinh độ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="33"/>
        <source>GPS accuracy</source>
        <translation type="unfinished">Độ chính xác GPS</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="34"/>
        <source>Category</source>
        <translation type="unfinished">Loại hình</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="35"/>
        <source>Activity</source>
        <translation type="unfinished">Hoạt động</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="36"/>
        <source>Method</source>
        <translation type="unfinished">Phương pháp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="37"/>
        <source>Number of sessions</source>
        <translation type="unfinished">Số buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="38"/>
        <source>Broadcast start</source>
        <translation type="unfinished">Bắt đầu phát sóng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="39"/>
        <source>Broadcast end</source>
        <translation type="unfinished">Kết thúc phát sóng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="40"/>
        <source>Primary audience</source>
        <translation type="unfinished">Đối tượng chính</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="41"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">Các mối nguy hiểm đã thảo luận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="37"/>
        <location filename="../riskedu/ui/text.py" line="42"/>
        <source>Attendance</source>
        <translation type="unfinished">Số người tham dự</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="43"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished">Phụ nữ và trẻ em gái khuyết tật</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="44"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished">Nam giới và trẻ em trai khuyết tật</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="45"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished">Người hưởng lợi lần đầu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="38"/>
        <location filename="../riskedu/ui/text.py" line="46"/>
        <source>Facilitators</source>
        <translation type="unfinished">Người hướng dẫn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="21"/>
        <location filename="../riskedu/ui/text.py" line="47"/>
        <source>Facilitator</source>
        <translation type="unfinished">Người hướng dẫn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="22"/>
        <location filename="../riskedu/ui/text.py" line="56"/>
        <source>Material</source>
        <translation type="unfinished">Tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="23"/>
        <source>Session</source>
        <translation type="unfinished">Buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="24"/>
        <source>Province</source>
        <translation type="unfinished">Tỉnh</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="25"/>
        <source>District</source>
        <translation type="unfinished">Huyện</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="26"/>
        <source>Commune</source>
        <translation type="unfinished">Xã</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="27"/>
        <source>Report code</source>
        <translation type="unfinished">Mã báo cáo</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="28"/>
        <source>GPS position safe to share</source>
        <translation type="unfinished">Vị trí GPS an toàn để chia sẻ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="48"/>
        <source>Participants</source>
        <translation type="unfinished">Người tham dự</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="49"/>
        <source>Hazard reports</source>
        <translation type="unfinished">Báo cáo nguy hiểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="19"/>
        <location filename="../riskedu/ui/text.py" line="51"/>
        <source>Organisation</source>
        <translation type="unfinished">Tổ chức</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="52"/>
        <source>Organisation code</source>
        <translation type="unfinished">Mã tổ chức</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="20"/>
        <location filename="../riskedu/ui/text.py" line="53"/>
        <source>Team</source>
        <translation type="unfinished">Nhóm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="54"/>
        <source>Your name</source>
        <translation type="unfinished">Tên của bạn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="55"/>
        <source>Restore</source>
        <translation type="unfinished">Khôi phục</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="57"/>
        <source>New passphrase</source>
        <translation type="unfinished">Cụm mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="58"/>
        <source>Repeat new passphrase</source>
        <translation type="unfinished">Nhập lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="59"/>
        <source>Current passphrase</source>
        <translation type="unfinished">Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="60"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished">Khóa sau số phút không dùng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="91"/>
        <source>{field}: {message}</source>
        <translation type="unfinished">{field}: {message}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="25"/>
        <source>Materials handed out</source>
        <translation type="unfinished">Tài liệu đã phát</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="26"/>
        <location filename="../riskedu/ui/sync_text.py" line="39"/>
        <source>Title</source>
        <translation type="unfinished">Tiêu đề</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="27"/>
        <source>Type</source>
        <translation type="unfinished">Loại</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="28"/>
        <source>Languages</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="29"/>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="30"/>
        <source>Edition</source>
        <translation type="unfinished">Lần xuất bản</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="31"/>
        <source>Target audience</source>
        <translation type="unfinished">Đối tượng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="32"/>
        <source>Low-stock warning</source>
        <translation type="unfinished">Cảnh báo tồn kho thấp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="33"/>
        <source>File</source>
        <translation type="unfinished">Tệp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="34"/>
        <source>Quantity</source>
        <translation type="unfinished">Số lượng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="35"/>
        <source>Received from</source>
        <translation type="unfinished">Nhận từ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="36"/>
        <source>Reason</source>
        <translation type="unfinished">Lý do</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished">Ghi chú</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="38"/>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../riskedu/core/file_content.py" line="32"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation type="unfinished">Không thể đọc {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="33"/>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} trống.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="34"/>
        <source>{name} is {size} MB; a material&apos;s file may be at most {limit} MB. Save a smaller copy (for example a PDF made for the screen rather than for print) and add that.</source>
        <translation type="unfinished">{name} có dung lượng {size} MB; tệp của tài liệu tối đa {limit} MB. Hãy lưu một bản nhỏ hơn (ví dụ PDF để xem trên màn hình thay vì để in) và thêm bản đó.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="37"/>
        <source>{name} is not a PDF, PNG or JPEG file. Save it as one of these and add it again.</source>
        <translation type="unfinished">{name} không phải là tệp PDF, PNG hoặc JPEG. Hãy lưu thành một trong các định dạng này và thêm lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="40"/>
        <source>{name} is damaged: the picture cannot be read to the end ({reason}). Copy it again from where it came from.</source>
        <translation type="unfinished">{name} bị hỏng: không đọc được hết hình ảnh ({reason}). Hãy sao chép lại từ nguồn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="43"/>
        <source>{name} is a picture of {width} × {height} pixels; pictures may have at most {limit} million pixels. Save a smaller copy and add that.</source>
        <translation type="unfinished">{name} là hình ảnh {width} × {height} điểm ảnh; hình ảnh tối đa {limit} triệu điểm ảnh. Hãy lưu một bản nhỏ hơn và thêm bản đó.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="46"/>
        <source>{name} does not open as a PDF ({reason}). Copy it again from where it came from, or save it again as PDF.</source>
        <translation type="unfinished">{name} không mở được dạng PDF ({reason}). Hãy sao chép lại từ nguồn, hoặc lưu lại thành PDF.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="49"/>
        <source>{name} is protected by a password. Save a copy without the password and add that.</source>
        <translation type="unfinished">{name} được bảo vệ bằng mật khẩu. Hãy lưu một bản không có mật khẩu và thêm bản đó.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="52"/>
        <source>{name} is a PDF without any page.</source>
        <translation type="unfinished">{name} là một tệp PDF không có trang nào.</translation>
    </message>
</context>
<context>
    <name>hazard</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="125"/>
        <source>Anti-personnel landmines</source>
        <translation type="unfinished">Mìn sát thương</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="126"/>
        <source>Anti-vehicle landmines</source>
        <translation type="unfinished">Mìn chống xe</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="127"/>
        <source>Cluster munition remnants</source>
        <translation type="unfinished">Tàn dư bom chùm</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="128"/>
        <source>Unexploded ordnance</source>
        <translation type="unfinished">Vật liệu nổ chưa nổ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="129"/>
        <source>Abandoned explosive ordnance</source>
        <translation type="unfinished">Vật liệu nổ bị bỏ lại</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="130"/>
        <source>Improvised explosive devices</source>
        <translation type="unfinished">Thiết bị nổ tự chế</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="131"/>
        <source>Other</source>
        <translation type="unfinished">Khác</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="155"/>
        <source>Khmer</source>
        <translation type="unfinished">Tiếng Khmer</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="156"/>
        <source>English</source>
        <translation type="unfinished">Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="157"/>
        <source>Lao</source>
        <translation type="unfinished">Tiếng Lào</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="158"/>
        <source>Thai</source>
        <translation type="unfinished">Tiếng Thái</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="159"/>
        <source>Burmese</source>
        <translation type="unfinished">Tiếng Miến Điện</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="160"/>
        <source>Vietnamese</source>
        <translation type="unfinished">Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="161"/>
        <source>Filipino</source>
        <translation type="unfinished">Tiếng Filipino</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="162"/>
        <source>French</source>
        <translation type="unfinished">Tiếng Pháp</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="163"/>
        <source>No text (pictures only)</source>
        <translation type="unfinished">Không có chữ (chỉ hình ảnh)</translation>
    </message>
</context>
<context>
    <name>location_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="112"/>
        <source>Camp</source>
        <translation type="unfinished">Trại</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="113"/>
        <source>Child-friendly space</source>
        <translation type="unfinished">Không gian thân thiện với trẻ em</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="114"/>
        <source>Community centre</source>
        <translation type="unfinished">Nhà văn hóa cộng đồng</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="115"/>
        <source>Education facility</source>
        <translation type="unfinished">Cơ sở giáo dục</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="116"/>
        <source>Farm</source>
        <translation type="unfinished">Ruộng vườn</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="117"/>
        <source>Household</source>
        <translation type="unfinished">Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="118"/>
        <source>Market</source>
        <translation type="unfinished">Chợ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="119"/>
        <source>Medical facility</source>
        <translation type="unfinished">Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="120"/>
        <source>Religious site (pagoda)</source>
        <translation type="unfinished">Cơ sở tôn giáo (chùa)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="121"/>
        <source>Other</source>
        <translation type="unfinished">Khác</translation>
    </message>
</context>
<context>
    <name>material_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="142"/>
        <source>Poster</source>
        <translation type="unfinished">Áp phích</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="143"/>
        <source>Leaflet / brochure</source>
        <translation type="unfinished">Tờ rơi / tờ gấp</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="144"/>
        <source>Booklet</source>
        <translation type="unfinished">Sách nhỏ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="145"/>
        <source>Flip chart</source>
        <translation type="unfinished">Bảng lật</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="146"/>
        <source>Handout</source>
        <translation type="unfinished">Tài liệu phát tay</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="147"/>
        <source>Video</source>
        <translation type="unfinished">Video</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="148"/>
        <source>T-shirt</source>
        <translation type="unfinished">Áo phông</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="149"/>
        <source>Bag</source>
        <translation type="unfinished">Túi</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="150"/>
        <source>Other</source>
        <translation type="unfinished">Khác</translation>
    </message>
</context>
<context>
    <name>materials</name>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="53"/>
        <source>This material no longer exists: it may have been removed. The list has been refreshed.</source>
        <translation type="unfinished">Tài liệu này không còn nữa: có thể nó đã bị gỡ bỏ. Danh sách đã được làm mới.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="62"/>
        <source>(no title)</source>
        <translation type="unfinished">(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="76"/>
        <source>No file</source>
        <translation type="unfinished">Không có tệp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="79"/>
        <source>{size} KB</source>
        <translation type="unfinished">{size} KB</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="81"/>
        <source>{size} MB</source>
        <translation type="unfinished">{size} MB</translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="88"/>
        <source>Interactive group session</source>
        <translation type="unfinished">Sinh hoạt nhóm tương tác</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="89"/>
        <source>House to house</source>
        <translation type="unfinished">Đến từng hộ gia đình</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="90"/>
        <source>Focus group discussion</source>
        <translation type="unfinished">Thảo luận nhóm tập trung</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="91"/>
        <source>Peer-to-peer</source>
        <translation type="unfinished">Đồng đẳng</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="92"/>
        <source>Theatre</source>
        <translation type="unfinished">Kịch</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="93"/>
        <source>Other</source>
        <translation type="unfinished">Khác</translation>
    </message>
</context>
<context>
    <name>participant_role</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="135"/>
        <source>Participant</source>
        <translation type="unfinished">Người tham dự</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="136"/>
        <source>Teacher</source>
        <translation type="unfinished">Giáo viên</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="137"/>
        <source>Community focal point</source>
        <translation type="unfinished">Đầu mối cộng đồng</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="138"/>
        <source>Facilitator</source>
        <translation type="unfinished">Người hướng dẫn</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="25"/>
        <source>Session {code} has nobody on its roster. Add the participants&apos; names in the session&apos;s Roster tab, then print the certificates.</source>
        <translation type="unfinished">Buổi {code} chưa có ai trong danh sách. Hãy thêm tên người tham dự ở thẻ Danh sách rồi in giấy chứng nhận.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="143"/>
        <location filename="../riskedu/printing/certificates.py" line="221"/>
        <source>Certificate of participation</source>
        <translation type="unfinished">Giấy chứng nhận tham dự</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="148"/>
        <source>This certifies that</source>
        <translation type="unfinished">Chứng nhận rằng</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="155"/>
        <source>as {role}</source>
        <translation type="unfinished">với vai trò {role}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="159"/>
        <source>has taken part in explosive ordnance risk education</source>
        <translation type="unfinished">đã tham dự buổi giáo dục phòng tránh tai nạn bom mìn</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="166"/>
        <source>in {village}</source>
        <translation type="unfinished">tại {village}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="173"/>
        <source>on {date}</source>
        <translation type="unfinished">ngày {date}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="184"/>
        <location filename="../riskedu/printing/session_summary.py" line="166"/>
        <source>Signature</source>
        <translation type="unfinished">Chữ ký</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="192"/>
        <source>Certificate No. {number}</source>
        <translation type="unfinished">Giấy chứng nhận số {number}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="205"/>
        <location filename="../riskedu/printing/certificates.py" line="206"/>
        <source>Scan to check it is genuine</source>
        <translation type="unfinished">Quét để kiểm tra thật giả</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="27"/>
        <source>Copies must be a whole number from 1 to {limit}.</source>
        <translation type="unfinished">Số bản phải là số nguyên từ 1 đến {limit}.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="29"/>
        <source>No material {material} in this database. Choose one from the Materials page.</source>
        <translation type="unfinished">Không có tài liệu {material} trong cơ sở dữ liệu này. Hãy chọn ở trang Tài liệu.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="31"/>
        <source>{title} has no file to print. Add its PDF or picture on the Materials page, or print the standard safety messages instead.</source>
        <translation type="unfinished">{title} không có tệp để in. Hãy thêm PDF hoặc hình ở trang Tài liệu, hoặc in tờ thông điệp an toàn chuẩn.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="34"/>
        <source>The file of {title} is missing from the file store. Add the file to the material again.</source>
        <translation type="unfinished">Tệp của {title} không còn trong kho tệp. Hãy thêm lại tệp cho tài liệu.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="87"/>
        <location filename="../riskedu/printing/safety_sheet.py" line="39"/>
        <source>Safety messages</source>
        <translation type="unfinished">Thông điệp an toàn</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/output.py" line="16"/>
        <source>The document cannot be written to {path} ({reason}). Choose another folder or free some space.</source>
        <translation type="unfinished">Không thể ghi tài liệu vào {path} ({reason}). Hãy chọn thư mục khác hoặc giải phóng dung lượng.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/output.py" line="19"/>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation type="unfinished">Thư mục {folder} không tồn tại. Hãy chọn một thư mục có sẵn.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="44"/>
        <source>The period starts ({start}) after it ends ({end}). Swap the dates.</source>
        <translation type="unfinished">Khoảng thời gian bắt đầu ({start}) sau ngày kết thúc ({end}). Hãy đổi chỗ hai ngày.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="48"/>
        <source>By province</source>
        <translation type="unfinished">Theo tỉnh</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="49"/>
        <source>By district</source>
        <translation type="unfinished">Theo huyện</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="50"/>
        <source>By commune</source>
        <translation type="unfinished">Theo xã</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="61"/>
        <location filename="../riskedu/printing/period_summary.py" line="106"/>
        <source>Sessions</source>
        <translation type="unfinished">Các buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="62"/>
        <location filename="../riskedu/printing/period_summary.py" line="230"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">Người hưởng lợi</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="63"/>
        <location filename="../riskedu/printing/period_summary.py" line="107"/>
        <location filename="../riskedu/printing/session_summary.py" line="117"/>
        <source>Girls</source>
        <translation type="unfinished">Trẻ em gái</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="64"/>
        <location filename="../riskedu/printing/period_summary.py" line="108"/>
        <location filename="../riskedu/printing/session_summary.py" line="118"/>
        <source>Boys</source>
        <translation type="unfinished">Trẻ em trai</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="65"/>
        <location filename="../riskedu/printing/period_summary.py" line="109"/>
        <location filename="../riskedu/printing/session_summary.py" line="119"/>
        <source>Women</source>
        <translation type="unfinished">Phụ nữ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="66"/>
        <location filename="../riskedu/printing/period_summary.py" line="110"/>
        <location filename="../riskedu/printing/session_summary.py" line="120"/>
        <source>Men</source>
        <translation type="unfinished">Nam giới</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="67"/>
        <source>With disability</source>
        <translation type="unfinished">Khuyết tật</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="68"/>
        <source>Hazard reports</source>
        <translation type="unfinished">Báo cáo nguy hiểm</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="111"/>
        <location filename="../riskedu/printing/period_summary.py" line="131"/>
        <location filename="../riskedu/printing/period_summary.py" line="151"/>
        <location filename="../riskedu/printing/session_summary.py" line="104"/>
        <location filename="../riskedu/printing/session_summary.py" line="110"/>
        <source>Total</source>
        <translation type="unfinished">Tổng</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="140"/>
        <location filename="../riskedu/printing/period_summary.py" line="149"/>
        <location filename="../riskedu/printing/session_summary.py" line="108"/>
        <source>Female</source>
        <translation type="unfinished">Nữ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="140"/>
        <location filename="../riskedu/printing/period_summary.py" line="150"/>
        <location filename="../riskedu/printing/session_summary.py" line="109"/>
        <source>Male</source>
        <translation type="unfinished">Nam</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="145"/>
        <source>Sex and age</source>
        <translation type="unfinished">Giới tính và tuổi</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="148"/>
        <location filename="../riskedu/printing/session_summary.py" line="107"/>
        <source>Age</source>
        <translation type="unfinished">Tuổi</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="162"/>
        <source>Hazard reports received</source>
        <translation type="unfinished">Báo cáo nguy hiểm đã nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="164"/>
        <location filename="../riskedu/printing/session_summary.py" line="201"/>
        <location filename="../riskedu/printing/session_summary.py" line="218"/>
        <source>None</source>
        <translation type="unfinished">Không có</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="166"/>
        <location filename="../riskedu/printing/period_summary.py" line="195"/>
        <location filename="../riskedu/printing/session_summary.py" line="209"/>
        <source>Ordnance type</source>
        <translation type="unfinished">Loại vật nổ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="166"/>
        <source>Reports</source>
        <translation type="unfinished">Báo cáo</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="173"/>
        <source>The {count} most recent reports:</source>
        <translation type="unfinished">{count} báo cáo gần nhất:</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="192"/>
        <location filename="../riskedu/printing/session_summary.py" line="56"/>
        <location filename="../riskedu/printing/session_summary.py" line="167"/>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="193"/>
        <source>Village</source>
        <translation type="unfinished">Thôn</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="194"/>
        <location filename="../riskedu/printing/session_summary.py" line="63"/>
        <location filename="../riskedu/printing/session_summary.py" line="208"/>
        <source>Place</source>
        <translation type="unfinished">Địa điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="196"/>
        <location filename="../riskedu/printing/session_summary.py" line="211"/>
        <source>Referred to</source>
        <translation type="unfinished">Đã chuyển cho</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="209"/>
        <source>Direct beneficiaries: {direct}. Indirect beneficiaries (media): {indirect}. First-time beneficiaries: {first}.</source>
        <translation type="unfinished">Người hưởng lợi trực tiếp: {direct}. Người hưởng lợi gián tiếp (truyền thông): {indirect}. Người hưởng lợi lần đầu: {first}.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="237"/>
        <source>By method</source>
        <translation type="unfinished">Theo phương pháp</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="244"/>
        <source>By audience</source>
        <translation type="unfinished">Theo đối tượng</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="256"/>
        <source>All provinces</source>
        <translation type="unfinished">Tất cả các tỉnh</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="280"/>
        <source>Summary of sessions</source>
        <translation type="unfinished">Tổng hợp các buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="281"/>
        <source>{start} to {end} · {area}</source>
        <translation type="unfinished">{start} đến {end} · {area}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="288"/>
        <source>Generated on {date} by riskedu {version}</source>
        <translation type="unfinished">Tạo lúc {date} bằng riskedu {version}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="302"/>
        <location filename="../riskedu/printing/session_summary.py" line="260"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished">Trang {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="16"/>
        <source>Do not touch, move or pick up anything that looks like a mine, a bomb or any other explosive item.</source>
        <translation type="unfinished">Không chạm, di chuyển hay nhặt bất cứ thứ gì trông giống mìn, bom hay vật nổ khác.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="18"/>
        <source>Stay away. Warn others, mark the place if you can do it safely, and go back the way you came.</source>
        <translation type="unfinished">Tránh xa. Cảnh báo người khác, đánh dấu nơi đó nếu làm được an toàn, và quay lại theo lối cũ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="20"/>
        <source>Report it at once to the village chief, the police or a mine action team.</source>
        <translation type="unfinished">Báo ngay cho trưởng thôn, công an hoặc đội rà phá bom mìn.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="22"/>
        <source>Do not collect, sell or take apart war scrap metal.</source>
        <translation type="unfinished">Không thu gom, bán hay tháo dỡ phế liệu chiến tranh.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="23"/>
        <source>Do not light fires on land that may hold explosive items.</source>
        <translation type="unfinished">Không đốt lửa trên đất có thể có vật nổ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="24"/>
        <source>Use only paths and land that people use every day and know to be safe.</source>
        <translation type="unfinished">Chỉ đi trên đường và đất mà mọi người dùng hằng ngày và biết là an toàn.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="26"/>
        <source>Teach children: if you see it, do not touch it, and tell an adult.</source>
        <translation type="unfinished">Dạy trẻ em: nếu thấy thì không chạm vào và báo cho người lớn.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="44"/>
        <source>Landmines and unexploded ordnance kill and injure. Stay safe:</source>
        <translation type="unfinished">Bom mìn và vật nổ chưa nổ có thể gây chết người và thương tật. Hãy giữ an toàn:</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="62"/>
        <source>Report to:</source>
        <translation type="unfinished">Báo cho:</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="46"/>
        <location filename="../riskedu/printing/session_summary.py" line="230"/>
        <location filename="../riskedu/printing/session_summary.py" line="250"/>
        <source>Session summary</source>
        <translation type="unfinished">Tóm tắt buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="64"/>
        <source>Location type</source>
        <translation type="unfinished">Loại địa điểm</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="65"/>
        <source>Team</source>
        <translation type="unfinished">Nhóm</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="66"/>
        <source>Facilitators</source>
        <translation type="unfinished">Người hướng dẫn</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="67"/>
        <source>Category</source>
        <translation type="unfinished">Loại hình</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="68"/>
        <source>Activity</source>
        <translation type="unfinished">Hoạt động</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="69"/>
        <source>Method</source>
        <translation type="unfinished">Phương pháp</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="70"/>
        <source>Number of sessions</source>
        <translation type="unfinished">Số buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="71"/>
        <source>Primary audience</source>
        <translation type="unfinished">Đối tượng chính</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="72"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">Các mối nguy hiểm đã thảo luận</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="121"/>
        <source>Female with disability</source>
        <translation type="unfinished">Nữ khuyết tật</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="122"/>
        <source>Male with disability</source>
        <translation type="unfinished">Nam khuyết tật</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="123"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished">Người hưởng lợi lần đầu</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="156"/>
        <source>Facilitator</source>
        <translation type="unfinished">Người hướng dẫn</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="156"/>
        <source>Village chief</source>
        <translation type="unfinished">Trưởng thôn</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="165"/>
        <source>Name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="184"/>
        <source>Participants by sex and age</source>
        <translation type="unfinished">Người tham dự theo giới tính và tuổi</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="188"/>
        <source>Materials handed out</source>
        <translation type="unfinished">Tài liệu đã phát</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="192"/>
        <source>Material</source>
        <translation type="unfinished">Tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="193"/>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="194"/>
        <source>Quantity</source>
        <translation type="unfinished">Số lượng</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="204"/>
        <source>Hazard reports raised</source>
        <translation type="unfinished">Báo cáo nguy hiểm được nêu</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="210"/>
        <source>Description</source>
        <translation type="unfinished">Mô tả</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/records.py" line="13"/>
        <source>No session {session} in this database. Give its report code (as printed on the session summary) or its id.</source>
        <translation type="unfinished">Không có buổi {session} trong cơ sở dữ liệu này. Hãy nhập mã báo cáo (như in trên bản tóm tắt buổi) hoặc mã định danh.</translation>
    </message>
</context>
<context>
    <name>print_details</name>
    <message>
        <location filename="../riskedu/core/print_details.py" line="22"/>
        <source>{name} is not a picture. Choose a PNG or JPEG file for the logo.</source>
        <translation type="unfinished">{name} không phải là hình ảnh. Hãy chọn tệp PNG hoặc JPEG làm biểu trưng.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="24"/>
        <source>{field} is longer than {limit} characters. Shorten it.</source>
        <translation type="unfinished">{field} dài hơn {limit} ký tự. Hãy rút ngắn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="81"/>
        <source>The signatory&apos;s name</source>
        <translation type="unfinished">Tên người ký</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="82"/>
        <source>The signatory&apos;s title</source>
        <translation type="unfinished">Chức danh người ký</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="83"/>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished">Tên tổ chức</translation>
    </message>
</context>
<context>
    <name>print_files</name>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="23"/>
        <source>The prepared document is gone from the temporary folder. Close this preview and prepare the document again.</source>
        <translation type="unfinished">Tài liệu đã chuẩn bị không còn trong thư mục tạm. Hãy đóng bản xem trước này và chuẩn bị lại tài liệu.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="26"/>
        <source>riskedu may not write in the folder {folder}: it is read-only or belongs to someone else. Choose another folder, such as your Documents, and save again.</source>
        <translation type="unfinished">riskedu không được ghi vào thư mục {folder}: thư mục chỉ đọc hoặc thuộc về người khác. Hãy chọn thư mục khác, ví dụ Documents của bạn, rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="29"/>
        <source>The disk of {folder} is full. Free some space or choose another disk (a USB stick), and save again.</source>
        <translation type="unfinished">Ổ đĩa của {folder} đã đầy. Hãy giải phóng dung lượng hoặc chọn ổ khác (USB), rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="32"/>
        <source>The folder {folder} no longer exists (a USB stick taken out?). Choose another folder and save again.</source>
        <translation type="unfinished">Thư mục {folder} không còn nữa (USB đã bị rút ra?). Hãy chọn thư mục khác rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="35"/>
        <source>Could not save {file}: {reason}. Nothing was written; try another folder.</source>
        <translation type="unfinished">Không lưu được {file}: {reason}. Chưa ghi gì cả; hãy thử thư mục khác.</translation>
    </message>
</context>
<context>
    <name>sex</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="44"/>
        <source>Female</source>
        <translation type="unfinished">Nữ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="45"/>
        <source>Male</source>
        <translation type="unfinished">Nam</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="38"/>
        <source>Draft</source>
        <translation type="unfinished">Bản nháp</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="39"/>
        <source>Final</source>
        <translation type="unfinished">Hoàn tất</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="40"/>
        <source>Exported</source>
        <translation type="unfinished">Đã xuất</translation>
    </message>
</context>
<context>
    <name>stock_kind</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="168"/>
        <source>Received</source>
        <translation type="unfinished">Nhập kho</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="169"/>
        <source>Handed out</source>
        <translation type="unfinished">Đã phát</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="170"/>
        <source>Adjusted</source>
        <translation type="unfinished">Điều chỉnh</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="31"/>
        <source>Out (exported)</source>
        <translation type="unfinished">Ra (đã xuất)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="32"/>
        <source>In (imported)</source>
        <translation type="unfinished">Vào (đã nhập)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="93"/>
        <source>When</source>
        <translation type="unfinished">Khi nào</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="94"/>
        <source>Direction</source>
        <translation type="unfinished">Chiều</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="95"/>
        <source>File</source>
        <translation type="unfinished">Tệp</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="96"/>
        <source>From</source>
        <translation type="unfinished">Từ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="98"/>
        <source>Records</source>
        <translation type="unfinished">Bản ghi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="100"/>
        <source>By</source>
        <translation type="unfinished">Bởi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="111"/>
        <source>Installation</source>
        <translation type="unfinished">Bản cài đặt</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="112"/>
        <source>Fingerprint</source>
        <translation type="unfinished">Dấu vân tay</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="114"/>
        <source>Accepted</source>
        <translation type="unfinished">Đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="116"/>
        <source>Accepted by</source>
        <translation type="unfinished">Người chấp nhận</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="128"/>
        <source>Table</source>
        <translation type="unfinished">Bảng</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="130"/>
        <source>Record</source>
        <translation type="unfinished">Bản ghi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="132"/>
        <source>Kept version of</source>
        <translation type="unfinished">Phiên bản lưu giữ của</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="134"/>
        <source>Kept version from</source>
        <translation type="unfinished">Phiên bản lưu giữ từ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="135"/>
        <source>this installation</source>
        <translation type="unfinished">bản cài đặt này</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="137"/>
        <source>Found</source>
        <translation type="unfinished">Phát hiện lúc</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="16"/>
        <source>Organisations</source>
        <translation type="unfinished">Tổ chức</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="17"/>
        <source>Teams</source>
        <translation type="unfinished">Đội</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="18"/>
        <source>Facilitators</source>
        <translation type="unfinished">Người hướng dẫn</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="19"/>
        <source>Sessions</source>
        <translation type="unfinished">Các buổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="20"/>
        <source>Roster</source>
        <translation type="unfinished">Danh sách người tham gia</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="21"/>
        <source>Hazard reports</source>
        <translation type="unfinished">Báo cáo nguy hiểm</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="22"/>
        <source>Status changes</source>
        <translation type="unfinished">Thay đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="23"/>
        <source>Materials</source>
        <translation type="unfinished">Tài liệu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="24"/>
        <source>Materials handed out</source>
        <translation type="unfinished">Tài liệu đã phát</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="25"/>
        <source>Stock movements</source>
        <translation type="unfinished">Biến động tồn kho</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="29"/>
        <source>New</source>
        <translation type="unfinished">Mới</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="30"/>
        <source>Updated</source>
        <translation type="unfinished">Đã cập nhật</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="31"/>
        <source>Unchanged</source>
        <translation type="unfinished">Không đổi</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="32"/>
        <source>Deleted</source>
        <translation type="unfinished">Đã xóa</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="33"/>
        <source>Conflicting</source>
        <translation type="unfinished">Xung đột</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="63"/>
        <source>{size} KB</source>
        <translation type="unfinished">{size} KB</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="65"/>
        <source>{size} MB</source>
        <translation type="unfinished">{size} MB</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="60"/>
        <source>yes</source>
        <translation type="unfinished">có</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="61"/>
        <source>no</source>
        <translation type="unfinished">không</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="74"/>
        <source>{name} is not a known installation (fingerprint {fingerprint}). Tick “Accept this installation” to import its bundles.</source>
        <translation type="unfinished">{name} không phải là bản cài đặt đã biết (dấu vân tay {fingerprint}). Hãy đánh dấu “Chấp nhận bản cài đặt này” để nhập các gói tệp của nó.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="79"/>
        <source>This is not a usable enrolment file from your headquarters ({reason}). Ask headquarters for its enrolment file again.</source>
        <translation type="unfinished">Đây không phải là tệp đăng ký dùng được từ trụ sở chính của bạn ({reason}). Hãy xin lại tệp đăng ký từ trụ sở chính.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="83"/>
        <source>This conflict was resolved already, or its record no longer exists. The list has been refreshed.</source>
        <translation type="unfinished">Xung đột này đã được giải quyết, hoặc bản ghi của nó không còn tồn tại. Danh sách đã được làm mới.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="87"/>
        <source>Could not use {file}: {reason}. If it is a USB stick, check that it is still plugged in, not full and not write-protected, then try again. Nothing was marked as sent or imported.</source>
        <translation type="unfinished">Không thể dùng {file}: {reason}. Nếu đó là USB, hãy kiểm tra xem nó vẫn còn cắm, chưa đầy và không bị chống ghi, rồi thử lại. Không có gì được đánh dấu là đã gửi hoặc đã nhập.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../riskedu/core/materials.py" line="27"/>
        <source>Enter the material&apos;s title.</source>
        <translation type="unfinished">Nhập tiêu đề của tài liệu.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="28"/>
        <source>Choose the language of title {row}.</source>
        <translation type="unfinished">Chọn ngôn ngữ của tiêu đề {row}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="29"/>
        <source>Title {row} has a language but no text.</source>
        <translation type="unfinished">Tiêu đề {row} có ngôn ngữ nhưng không có chữ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="30"/>
        <source>Title {row} is longer than {max} letters.</source>
        <translation type="unfinished">Tiêu đề {row} dài hơn {max} ký tự.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="31"/>
        <source>Two titles are in the same language ({row}); keep one for each language.</source>
        <translation type="unfinished">Hai tiêu đề cùng một ngôn ngữ ({row}); mỗi ngôn ngữ chỉ giữ một tiêu đề.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="33"/>
        <source>Choose the type of material.</source>
        <translation type="unfinished">Chọn loại tài liệu.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="34"/>
        <source>Unknown code: {code}.</source>
        <translation type="unfinished">Mã không xác định: {code}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="35"/>
        <source>The edition is longer than {max} letters.</source>
        <translation type="unfinished">Lần xuất bản dài hơn {max} ký tự.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="36"/>
        <source>The low-stock warning must be a whole number from 0 to {max}.</source>
        <translation type="unfinished">Mức cảnh báo tồn kho thấp phải là số nguyên từ 0 đến {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="38"/>
        <source>{title} was handed out at {count} sessions, so it cannot be deleted: retire it instead (its history stays).</source>
        <translation type="unfinished">{title} đã được phát tại {count} buổi nên không thể xóa: hãy ngừng sử dụng thay vào đó (lịch sử vẫn được giữ).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="41"/>
        <source>The material&apos;s file is missing from the file store. Add the file again.</source>
        <translation type="unfinished">Tệp của tài liệu không còn trong kho tệp. Hãy thêm lại tệp.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="31"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished">Nhập tên tổ chức.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="32"/>
        <source>Enter a short organisation code of letters and digits (at most 12).</source>
        <translation type="unfinished">Nhập mã tổ chức ngắn gọn gồm chữ và số (tối đa 12 ký tự).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="34"/>
        <source>Enter the team&apos;s name.</source>
        <translation type="unfinished">Nhập tên nhóm.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="35"/>
        <source>Enter your name.</source>
        <translation type="unfinished">Nhập tên của bạn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="36"/>
        <source>Enter the facilitator&apos;s name.</source>
        <translation type="unfinished">Nhập tên người hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="27"/>
        <source>Choose the material of line {row}.</source>
        <translation type="unfinished">Chọn tài liệu của dòng {row}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="28"/>
        <source>Line {row}: the material is not in the catalogue any more.</source>
        <translation type="unfinished">Dòng {row}: tài liệu không còn trong danh mục.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="30"/>
        <source>Line {row}: {title} is retired and cannot be handed out any more.</source>
        <translation type="unfinished">Dòng {row}: {title} đã ngừng dùng và không thể phát nữa.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="32"/>
        <source>Line {row}: the quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished">Dòng {row}: số lượng phải là số nguyên từ 1 đến {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="34"/>
        <source>Line {row}: unknown language {code}.</source>
        <translation type="unfinished">Dòng {row}: ngôn ngữ không xác định {code}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="35"/>
        <source>Only {balance} of {title} in stock, but this session would hand out {quantity} more. Record the stock received first, or count the stock if the record is wrong (Materials page).</source>
        <translation type="unfinished">Chỉ còn {balance} bản {title} trong kho, nhưng buổi này sẽ phát thêm {quantity}. Hãy ghi hàng nhập kho trước, hoặc kiểm đếm tồn kho nếu số liệu sai (trang Tài liệu).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/sessions.py" line="138"/>
        <source>This record is final. Reopen it for correction before editing.</source>
        <translation type="unfinished">Bản ghi này đã hoàn tất. Hãy mở lại để chỉnh sửa trước khi sửa.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="26"/>
        <source>The quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished">Số lượng phải là số nguyên từ 1 đến {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="28"/>
        <source>The number counted must be a whole number from 0 to {max}.</source>
        <translation type="unfinished">Số đếm được phải là số nguyên từ 0 đến {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="30"/>
        <source>The correction must be a whole number other than 0, at most {max} either way.</source>
        <translation type="unfinished">Số điều chỉnh phải là số nguyên khác 0, tối đa {max} theo mỗi chiều.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="33"/>
        <source>Enter where the stock came from (for example the warehouse or the donor).</source>
        <translation type="unfinished">Nhập nguồn của hàng nhập kho (ví dụ kho hàng hoặc nhà tài trợ).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="35"/>
        <source>Choose why the stock is adjusted.</source>
        <translation type="unfinished">Chọn lý do điều chỉnh tồn kho.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="36"/>
        <source>Explain the correction in the note.</source>
        <translation type="unfinished">Giải thích điều chỉnh trong ghi chú.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="37"/>
        <source>The date must be between 1990 and today.</source>
        <translation type="unfinished">Ngày phải nằm trong khoảng từ năm 1990 đến hôm nay.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="39"/>
        <source>Unknown language: {code}.</source>
        <translation type="unfinished">Ngôn ngữ không xác định: {code}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="40"/>
        <source>Only {balance} in stock: taking away {quantity} would leave less than nothing. If there is more on the shelf than the record says, count the stock first (Adjust stock → Counted).</source>
        <translation type="unfinished">Chỉ còn {balance} trong kho: lấy đi {quantity} sẽ thành âm. Nếu trên giá có nhiều hơn số ghi, hãy kiểm đếm tồn kho trước (Điều chỉnh tồn kho › Đã kiểm đếm).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="31"/>
        <source>Attendance must be a whole number.</source>
        <translation type="unfinished">Số người tham dự phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="34"/>
        <source>Attendance cannot be negative.</source>
        <translation type="unfinished">Số người tham dự không được âm.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="37"/>
        <source>Attendance cannot be more than {max}.</source>
        <translation type="unfinished">Số người tham dự không được vượt quá {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="40"/>
        <source>Women and girls with disability ({count}) cannot be more than the female attendees ({total}).</source>
        <translation type="unfinished">Phụ nữ và trẻ em gái khuyết tật ({count}) không được nhiều hơn số người tham dự nữ ({total}).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="44"/>
        <source>Men and boys with disability ({count}) cannot be more than the male attendees ({total}).</source>
        <translation type="unfinished">Nam giới và trẻ em trai khuyết tật ({count}) không được nhiều hơn số người tham dự nam ({total}).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="48"/>
        <source>First-time beneficiaries ({count}) cannot be more than all attendees ({total}).</source>
        <translation type="unfinished">Người hưởng lợi lần đầu ({count}) không được nhiều hơn tổng số người tham dự ({total}).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="52"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished">Ngày không được ở tương lai.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="53"/>
        <source>The date cannot be before 1990.</source>
        <translation type="unfinished">Ngày không được trước năm 1990.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="54"/>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished">Giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="57"/>
        <source>The number of sessions must be between 1 and {max}.</source>
        <translation type="unfinished">Số buổi phải từ 1 đến {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="60"/>
        <source>The broadcast must end after it starts.</source>
        <translation type="unfinished">Buổi phát sóng phải kết thúc sau khi bắt đầu.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="63"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation type="unfinished">Vĩ độ phải nằm trong khoảng -90 đến 90.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="66"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation type="unfinished">Kinh độ phải nằm trong khoảng -180 đến 180.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="69"/>
        <source>Unknown hazard type: {code}.</source>
        <translation type="unfinished">Loại nguy hiểm không xác định: {code}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="70"/>
        <source>Participant {row} has no name.</source>
        <translation type="unfinished">Người tham dự {row} chưa có tên.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="71"/>
        <source>Participant {row}: age must be between 0 and 120.</source>
        <translation type="unfinished">Người tham dự {row}: tuổi phải từ 0 đến 120.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="74"/>
        <source>Enter the date of the session.</source>
        <translation type="unfinished">Nhập ngày tổ chức buổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="75"/>
        <source>Choose a village, or type the place if the village is not in the list.</source>
        <translation type="unfinished">Chọn một thôn, hoặc gõ địa điểm nếu thôn không có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="78"/>
        <source>Add at least one facilitator.</source>
        <translation type="unfinished">Thêm ít nhất một người hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="79"/>
        <source>Choose a category.</source>
        <translation type="unfinished">Chọn loại hình.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="80"/>
        <source>Choose an activity.</source>
        <translation type="unfinished">Chọn hoạt động.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="81"/>
        <source>Choose a method.</source>
        <translation type="unfinished">Chọn phương pháp.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="82"/>
        <source>Choose the primary audience.</source>
        <translation type="unfinished">Chọn đối tượng chính.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="83"/>
        <source>Choose the type of location.</source>
        <translation type="unfinished">Chọn loại địa điểm.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="84"/>
        <source>This activity does not belong to the chosen category.</source>
        <translation type="unfinished">Hoạt động này không thuộc loại hình đã chọn.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="87"/>
        <source>Enter at least one attendee (only media activities may have none).</source>
        <translation type="unfinished">Nhập ít nhất một người tham dự (chỉ hoạt động truyền thông mới có thể không có).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="34"/>
        <source>The passphrase must have at least {min} characters; a few words are easy to remember and hard to guess.</source>
        <translation type="unfinished">Cụm mật khẩu phải có ít nhất {min} ký tự; vài từ ghép lại dễ nhớ và khó đoán.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="37"/>
        <source>The two passphrases are not the same. Type the new passphrase twice.</source>
        <translation type="unfinished">Hai cụm mật khẩu không giống nhau. Hãy gõ cụm mật khẩu mới hai lần.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="39"/>
        <source>The current passphrase is wrong, so nothing was changed.</source>
        <translation type="unfinished">Cụm mật khẩu hiện tại không đúng nên không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="41"/>
        <source>Lock after a whole number of minutes from {min} to {max}.</source>
        <translation type="unfinished">Khóa sau một số phút nguyên từ {min} đến {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="33"/>
        <source>{what} was deleted and then exported: the deletion has travelled and cannot be undone here any more.</source>
        <translation type="unfinished">{what} đã bị xóa rồi được xuất đi: việc xóa đã được gửi đi và không thể hoàn tác ở đây nữa.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="36"/>
        <source>This item is no longer in the trash. The list has been refreshed.</source>
        <translation type="unfinished">Mục này không còn trong thùng rác. Danh sách đã được làm mới.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="38"/>
        <source>The session of {what} was deleted too. Restore the session {code} first.</source>
        <translation type="unfinished">Buổi của {what} cũng đã bị xóa. Hãy khôi phục buổi {code} trước.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="40"/>
        <source>The session {code} is final. Reopen it for correction, then restore {what}.</source>
        <translation type="unfinished">Buổi {code} đã hoàn tất. Hãy mở lại để sửa, rồi khôi phục {what}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="43"/>
        <source>{title} was deleted from the catalogue. Restore it first, then {what}.</source>
        <translation type="unfinished">{title} đã bị xóa khỏi danh mục. Hãy khôi phục nó trước, rồi đến {what}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="45"/>
        <source>Only {balance} of {title} in stock, but {what} handed out {quantity}. Record the stock received first, then restore it.</source>
        <translation type="unfinished">Chỉ còn {balance} {title} trong kho, nhưng {what} đã phát {quantity}. Hãy ghi nhận hàng nhập kho trước, rồi khôi phục.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <location filename="../riskedu/printing/verify.py" line="30"/>
        <source>Genuine: certificate {number} was issued to {name} for the session of {date} in {village}, and signed by {issuer}.</source>
        <translation type="unfinished">Thật: giấy chứng nhận {number} được cấp cho {name} cho buổi ngày {date} tại {village}, và được ký bởi {issuer}.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="33"/>
        <source>Not genuine: the signature does not match what the certificate says. It was altered or forged.</source>
        <translation type="unfinished">Không thật: chữ ký không khớp với nội dung giấy chứng nhận. Nó đã bị sửa hoặc làm giả.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="36"/>
        <source>Cannot be checked here: it was signed by an installation this database does not know. Check it at headquarters, which knows every team&apos;s installation.</source>
        <translation type="unfinished">Không thể kiểm tra ở đây: nó được ký bởi một bản cài đặt mà cơ sở dữ liệu này không biết. Hãy kiểm tra ở trụ sở, nơi biết bản cài đặt của mọi đội.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="39"/>
        <source>This is not a riskedu certificate code. Scan the QR code again or type the certificate number printed under it.</source>
        <translation type="unfinished">Đây không phải mã giấy chứng nhận riskedu. Hãy quét lại mã QR hoặc nhập số giấy chứng nhận in bên dưới.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="42"/>
        <source>Recorded: certificate {number} belongs to {name}, session of {date} in {village}. Check that the printed name is the same.</source>
        <translation type="unfinished">Có ghi nhận: giấy chứng nhận {number} thuộc về {name}, buổi ngày {date} tại {village}. Hãy kiểm tra tên in có giống không.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="45"/>
        <source>No certificate {number} is recorded in this database. It was not issued here, or its session has not reached this database yet.</source>
        <translation type="unfinished">Không có giấy chứng nhận {number} nào được ghi trong cơ sở dữ liệu này. Nó không được cấp ở đây, hoặc buổi của nó chưa đến cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="48"/>
        <source>this installation</source>
        <translation type="unfinished">bản cài đặt này</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="54"/>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành tệp PDF</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="105"/>
        <source>Print</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="106"/>
        <source>No printer program answered, so the report is opened instead: print it from there.</source>
        <translation>Không có chương trình in nào nhận lệnh, nên báo cáo được mở ra để thầy/cô in từ đó (nếu chưa có máy in, hãy kiểm tra máy in đã được cài đặt).</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="117"/>
        <source>Export data file</source>
        <translation>Xuất tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="121"/>
        <source>Only finalised assessments are exported as data files. This assessment is still a draft.</source>
        <translation>Chỉ bản tự đánh giá đã hoàn thành mới xuất được tệp dữ liệu. Bản này vẫn là bản nháp.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="123"/>
        <source>Answer every criterion, then press “Finalise…” and give the report&apos;s number and date. After that, press “Export data file” again.</source>
        <translation>Hãy trả lời đủ các tiêu chí, bấm «Hoàn thành…» và nhập số, ngày của văn bản báo cáo. Sau đó bấm lại «Xuất tệp dữ liệu».</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="129"/>
        <source>PAPI data file (*.papi);;Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Tệp dữ liệu PAPI (*.papi);;Bảng tính Excel (*.xlsx);;Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="145"/>
        <source>The data file was saved as %1. Send it to the receiving office together with the signed report.</source>
        <translation>Đã lưu tệp dữ liệu: %1. Hãy gửi tệp này cho cơ quan nhận báo cáo cùng với báo cáo đã ký.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="148"/>
        <source>The answers were saved as %1.</source>
        <translation>Đã lưu các câu trả lời: %1.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/actions.py" line="149"/>
        <source>Verification code: %1 (the same code is printed on the paper report).</source>
        <translation>Mã xác thực: %1 (trùng với mã in trên báo cáo giấy).</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="102"/>
        <source>◀ &amp;Home</source>
        <translation>◀ Trang &amp;chính</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="109"/>
        <source>&amp;Finalise…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="110"/>
        <source>Re&amp;open…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="111"/>
        <source>&amp;Print / export PDF</source>
        <translation>&amp;In / Xuất PDF</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="112"/>
        <source>E&amp;xport data file</source>
        <translation>&amp;Xuất tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="126"/>
        <source>&amp;Answers</source>
        <translation>Trả &amp;lời</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="127"/>
        <source>&amp;Review and plan</source>
        <translation>Tổng hợ&amp;p và kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="135"/>
        <source>finalised (read-only)</source>
        <translation>đã hoàn thành (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="135"/>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="136"/>
        <source>%1 — school year %2 — %3</source>
        <translation>%1 — năm học %2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="166"/>
        <source>Finalise the self-assessment of %1? Afterwards it can only be read; to change it you must reopen it and give a reason.</source>
        <translation>Hoàn thành bản tự đánh giá năm học %1? Sau đó chỉ xem được; muốn sửa phải mở lại và ghi lý do.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="177"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="178"/>
        <source>Why must the finalised self-assessment be changed? The reason is kept in the history.</source>
        <translation>Vì sao cần sửa bản tự đánh giá đã hoàn thành? Lý do được lưu vào nhật ký.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../src/papi_desktop/gui/attachments.py" line="42"/>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/attachments.py" line="109"/>
        <source>Remove evidence file</source>
        <translation>Bỏ tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/attachments.py" line="110"/>
        <source>Remove “%1” from this criterion?</source>
        <translation>Bỏ tệp «%1» khỏi tiêu chí này?</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/attachments.py" line="47"/>
        <location filename="../../src/papi_desktop/gui/attachments.py" line="111"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/attachments.py" line="45"/>
        <source>A&amp;dd file…</source>
        <translation>Thêm tệp mi&amp;nh chứng…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/attachments.py" line="46"/>
        <source>Open</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/attachments.py" line="111"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>CampusesPage</name>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="211"/>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="215"/>
        <source>Campuses</source>
        <translation>Điểm trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="212"/>
        <source>The main campus first, then each satellite campus (điểm trường).</source>
        <translation>Điểm trường chính ghi trước, sau đó từng điểm trường lẻ.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="216"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="216"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="221"/>
        <source>&amp;Add campus</source>
        <translation>&amp;Thêm điểm trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="222"/>
        <source>&amp;Remove campus</source>
        <translation>&amp;Bỏ điểm trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="254"/>
        <source>Enter at least the main campus.</source>
        <translation>Hãy ghi ít nhất điểm trường chính.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="204"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="204"/>
        <source>Partly</source>
        <translation>Một phần</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="205"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="65"/>
        <source>About this criterion</source>
        <translation>Về tiêu chí này</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="67"/>
        <source>Why it matters</source>
        <translation>Vì sao quan trọng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="69"/>
        <source>How it is judged</source>
        <translation>Cách đánh giá</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="72"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="80"/>
        <source>This answer was copied from last school year. Check it, change what is different, or confirm that it is still right.</source>
        <translation>Câu trả lời này được chép từ năm học trước. Hãy kiểm tra, sửa chỗ đã khác, hoặc xác nhận vẫn đúng.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="88"/>
        <source>Your answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="83"/>
        <source>Still ri&amp;ght</source>
        <translation>&amp;Vẫn đúng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="93"/>
        <source>N&amp;ot applicable to this school</source>
        <translation>&amp;Không áp dụng với trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="95"/>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="96"/>
        <source>Reason why the criterion does not apply</source>
        <translation>Lý do tiêu chí không áp dụng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="108"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="111"/>
        <source>Problems to fix</source>
        <translation>Điều cần sửa</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="116"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="118"/>
        <source>Suggested evidence: %1</source>
        <translation>Minh chứng gợi ý: %1</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="119"/>
        <source>Evidence no&amp;te:</source>
        <translation>&amp;Ghi chú minh chứng:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="121"/>
        <source>Evidence note</source>
        <translation>Ghi chú minh chứng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/criterion_page.py" line="175"/>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_model.py" line="85"/>
        <source>Code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_model.py" line="85"/>
        <source>School</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_model.py" line="85"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_model.py" line="85"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_model.py" line="94"/>
        <source>%1 — %2. Met: %3 schools, pass rate %4</source>
        <translation>%1 — %2. Đạt: %3 trường, tỉ lệ đạt %4</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="36"/>
        <source>School &amp;year:</source>
        <translation>Nă&amp;m học:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="36"/>
        <source>U&amp;nit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="37"/>
        <source>&amp;Dimension:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="50"/>
        <source>Average score per dimension</source>
        <translation>Điểm trung bình theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="55"/>
        <source>Schools and criteria</source>
        <translation>Các trường và tiêu chí</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="100"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="101"/>
        <source>All dimensions</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="122"/>
        <source>No finalised assessments have been imported yet.</source>
        <translation>Chưa nhập bản tự đánh giá đã hoàn thành nào.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/dashboard_view.py" line="124"/>
        <source>%1 schools, school year %2, average score %3 (0–10). ✓ met, ✗ not met, – not applicable, empty: unanswered. The second header line is the pass rate.</source>
        <translation>%1 trường, năm học %2, điểm trung bình %3 (thang 0–10). ✓ đạt, ✗ chưa đạt, – không áp dụng, để trống: chưa trả lời. Dòng thứ hai của tiêu đề cột là tỉ lệ đạt.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="30"/>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="57"/>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="66"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="31"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="32"/>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="46"/>
        <location filename="../../src/papi_desktop/gui/selfcheck.py" line="20"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="33"/>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="47"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="34"/>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="175"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="35"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="72"/>
        <source>Something went wrong</source>
        <translation>Có lỗi</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="108"/>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="130"/>
        <source>Finalise</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="116"/>
        <source>(fill in later)</source>
        <translation>(ghi sau)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="118"/>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="122"/>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="123"/>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="124"/>
        <source>Document &amp;date:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="131"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="145"/>
        <source>Choose evidence files</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="147"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>Ảnh và văn bản (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="155"/>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="161"/>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="162"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="168"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="169"/>
        <source>The program met an unexpected error (%1). Everything that was saved is intact. You can copy the details and send them to the person who helps you with the computer.</source>
        <translation>Chương trình gặp lỗi không mong muốn (%1). Mọi dữ liệu đã lưu vẫn còn nguyên. Thầy/cô có thể sao chép chi tiết lỗi và gửi cho người hỗ trợ máy tính.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/dialogs.py" line="174"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>DisclosureEditor</name>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="293"/>
        <source>Yes, disclosed</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="294"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="303"/>
        <source>Disclosed: yes</source>
        <translation>Công khai: đã công khai</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="304"/>
        <source>Disclosed: not yet</source>
        <translation>Công khai: chưa</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="306"/>
        <source>Disclosed:</source>
        <translation>Công khai:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="314"/>
        <source>Date of disclosure</source>
        <translation>Ngày công khai</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="317"/>
        <source>Date of disclosure:</source>
        <translation>Ngày công khai:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="330"/>
        <source>Made public by: %1</source>
        <translation>Hình thức công khai: %1</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="334"/>
        <source>Made public by:</source>
        <translation>Hình thức công khai:</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="85"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="85"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="96"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../src/papi_desktop/gui/editors.py" line="260"/>
        <source>The school profile has no campus yet: add one in the school profile.</source>
        <translation>Hồ sơ trường chưa có điểm trường nào: hãy thêm trong hồ sơ trường.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="46"/>
        <source>Finalised (revision %1)</source>
        <translation>Đã hoàn thành (lần %1)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="48"/>
        <source>Draft (reopened, revision %1)</source>
        <translation>Bản nháp (mở lại, lần %1)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="49"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="55"/>
        <location filename="../../src/papi_desktop/gui/home.py" line="225"/>
        <source>New self-assessment</source>
        <translation>Bản tự đánh giá mới</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="63"/>
        <location filename="../../src/papi_desktop/gui/home.py" line="122"/>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="64"/>
        <source>School year:</source>
        <translation>Năm học:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="91"/>
        <source>&amp;School:</source>
        <translation>T&amp;rường:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="93"/>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="97"/>
        <source>School &amp;profile…</source>
        <translation>&amp;Hồ sơ trường…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="98"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="116"/>
        <source>Choose a school year and press Open (or double-click it). Everything you enter is saved at once; you can stop at any time and continue later.</source>
        <translation>Chọn một năm học rồi nhấn «Mở» (hoặc nháy đúp). Mọi thông tin nhập vào đều được lưu ngay; có thể dừng bất cứ lúc nào và làm tiếp sau.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="121"/>
        <source>Self-assessments</source>
        <translation>Các bản tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="122"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="122"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="123"/>
        <source>Last change</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="136"/>
        <source>&amp;Start a new school year…</source>
        <translation>&amp;Bắt đầu năm học mới…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="137"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="138"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Xoá bản nháp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="167"/>
        <source>No school yet</source>
        <translation>Chưa có trường nào</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="170"/>
        <source>School code %1 · %2 · %3 campus(es) · principal: %4</source>
        <translation>Mã trường %1 · %2 · %3 điểm trường · hiệu trưởng: %4</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="174"/>
        <source>Enter the school profile first (button «School profile»).</source>
        <translation>Hãy nhập hồ sơ trường trước (nút «Hồ sơ trường»).</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="218"/>
        <source>Copy the answers of %1 (each is marked for re-checking)</source>
        <translation>Chép câu trả lời của năm học %1 (mỗi câu được đánh dấu cần kiểm tra lại)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="226"/>
        <source>Write the school year as two years, e.g. 2025-2026.</source>
        <translation>Hãy ghi năm học gồm hai năm, ví dụ 2025-2026.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="241"/>
        <source>Delete draft</source>
        <translation>Xoá bản nháp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="242"/>
        <source>Delete the draft of school year %1 with all its answers and evidence? This cannot be undone.</source>
        <translation>Xoá bản nháp năm học %1 cùng mọi câu trả lời và minh chứng? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="244"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/home.py" line="244"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="106"/>
        <source>Import the data files (.papi) the schools sent. Each file is checked first; a file that fails a check is rejected with the reason and changes nothing.</source>
        <translation>Nhập các tệp dữ liệu (.papi) do các trường gửi. Mỗi tệp được kiểm tra trước; tệp không đạt sẽ bị từ chối, có ghi lý do, và không làm thay đổi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="111"/>
        <source>Import &amp;files…</source>
        <translation>Nhập các &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="112"/>
        <source>Import a f&amp;older…</source>
        <translation>Nhập cả thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="113"/>
        <source>Only &amp;check, do not import</source>
        <translation>&amp;Chỉ kiểm tra, không nhập</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="114"/>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="127"/>
        <source>Import progress</source>
        <translation>Tiến độ nhập tệp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="129"/>
        <source>No files imported yet.</source>
        <translation>Chưa nhập tệp nào.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="132"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="132"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="132"/>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="132"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="137"/>
        <source>Result of each file</source>
        <translation>Kết quả của từng tệp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="166"/>
        <source>Reading the files…</source>
        <translation>Đang đọc các tệp…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="173"/>
        <source>Stopping after the current file…</source>
        <translation>Sẽ dừng sau tệp đang xử lý…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="184"/>
        <source>Checked %1 of %2 files…</source>
        <translation>Đã kiểm tra %1/%2 tệp…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="200"/>
        <source>No .papi files were found there.</source>
        <translation>Không tìm thấy tệp .papi nào ở đó.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="203"/>
        <source>Checked only, nothing was imported. %1</source>
        <translation>Chỉ kiểm tra, chưa nhập gì. %1</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="203"/>
        <source>Done. %1</source>
        <translation>Đã xong — %1</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="211"/>
        <source>Import</source>
        <translation>Nhập tệp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="41"/>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="64"/>
        <source>PAPI self-assessment of the school</source>
        <extracomment>the one-writer lock of the data file, taken by run_gui (tests open windows without it)</extracomment>
        <translation>Tự đánh giá PAPI của nhà trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="43"/>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="67"/>
        <source>&amp;Home</source>
        <translation>&amp;Trang chính</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="70"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="72"/>
        <source>Aggregation (receiving &amp;office)…</source>
        <translation>Tổng hợp (cơ quan &amp;nhận báo cáo)…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="74"/>
        <source>&amp;Print the report</source>
        <translation>&amp;In báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="77"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="87"/>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="119"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="144"/>
        <source>Saved %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="218"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="219"/>
        <source>The data was restored from the backup.</source>
        <translation>Dữ liệu đã được khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="220"/>
        <source>The previous data was kept in %1.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ lại tại %1.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="265"/>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/main_window.py" line="266"/>
        <source>The last change could not be saved. Close anyway?</source>
        <translation>Thay đổi cuối cùng chưa lưu được. Vẫn đóng chương trình?</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="54"/>
        <source>Not complete yet</source>
        <translation>Chưa đủ để hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="57"/>
        <source>The self-assessment cannot be finalised yet. Still missing (%1):</source>
        <translation>Chưa hoàn thành được bản tự đánh giá. Còn thiếu (%1 mục):</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="62"/>
        <source>What is missing</source>
        <translation>Những mục còn thiếu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="39"/>
        <source>not fully answered</source>
        <translation>chưa trả lời đủ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="45"/>
        <source>needs re-checking (copied from last year)</source>
        <translation>cần kiểm tra lại (chép từ năm trước)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="71"/>
        <source>&amp;Go to the criterion</source>
        <translation>&amp;Đến tiêu chí</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/assessment_view.py" line="72"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="35"/>
        <source>Choose data files to import</source>
        <translation>Chọn các tệp dữ liệu cần nhập</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="36"/>
        <source>PAPI data files (*.papi);;All files (*)</source>
        <translation>Tệp dữ liệu PAPI (*.papi);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/importing.py" line="42"/>
        <source>Choose a folder to import</source>
        <translation>Chọn thư mục cần nhập</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="34"/>
        <source>Choose the list of schools</source>
        <translation>Chọn danh sách trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="35"/>
        <source>Lists of schools (*.xlsx *.csv);;All files (*)</source>
        <translation>Danh sách trường (*.xlsx *.csv);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../src/papi_desktop/gui/office/window.py" line="25"/>
        <source>Aggregation (receiving office)</source>
        <translation>Tổng hợp (cơ quan nhận báo cáo)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/window.py" line="31"/>
        <source>&amp;Import files</source>
        <translation>&amp;Nhập tệp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/window.py" line="32"/>
        <source>Dash&amp;board</source>
        <translation>&amp;Bảng tổng hợp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/window.py" line="33"/>
        <source>&amp;Who has not sent</source>
        <translation>Trường chưa &amp;gửi</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/window.py" line="34"/>
        <source>Su&amp;mmary reports</source>
        <translation>Báo cáo tổng &amp;hợp</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="163"/>
        <source>Receiving offices</source>
        <translation>Nơi nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="164"/>
        <source>The offices the report is sent to, one per line (since 1 July 2025 usually the commune People&apos;s Committee and the provincial Department of Education).</source>
        <translation>Các cơ quan nhận báo cáo, mỗi dòng một cơ quan (từ 01/7/2025 thường là UBND xã/phường và Sở Giáo dục và Đào tạo).</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="169"/>
        <source>Receiving offices, one per line</source>
        <translation>Nơi nhận, mỗi dòng một nơi</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="176"/>
        <source>Enter at least one receiving office.</source>
        <translation>Hãy ghi ít nhất một nơi nhận.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="185"/>
        <source>Principal and deputies</source>
        <translation>Hiệu trưởng và phó hiệu trưởng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="188"/>
        <source>&amp;Principal:</source>
        <translation>&amp;Hiệu trưởng:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="188"/>
        <source>Principal&apos;s full name</source>
        <translation>Họ và tên hiệu trưởng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="191"/>
        <source>Deputy principals, one per line</source>
        <translation>Các phó hiệu trưởng, mỗi dòng một người</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="192"/>
        <source>&amp;Deputies (one per line):</source>
        <translation>Phó hiệu t&amp;rưởng (mỗi dòng một người):</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="201"/>
        <source>Enter the principal&apos;s full name.</source>
        <translation>Hãy ghi họ và tên hiệu trưởng.</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="31"/>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="32"/>
        <source>In progress</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="33"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="45"/>
        <source>Fix: %1</source>
        <translation>Khắc phục: %1</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="68"/>
        <location filename="../../src/papi_desktop/gui/plan.py" line="166"/>
        <source>Improvement plan</source>
        <translation>Kế hoạch cải thiện</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="69"/>
        <source>Action</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="69"/>
        <source>Person responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="69"/>
        <location filename="../../src/papi_desktop/gui/plan.py" line="119"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="70"/>
        <location filename="../../src/papi_desktop/gui/plan.py" line="127"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="80"/>
        <source>&amp;Create plan from the criteria not met</source>
        <translation>Tạ&amp;o kế hoạch từ các tiêu chí chưa đạt</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="81"/>
        <source>Add &amp;action</source>
        <translation>Thêm &amp;việc</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="82"/>
        <location filename="../../src/papi_desktop/gui/plan.py" line="188"/>
        <source>Remove action</source>
        <translation>Bỏ việc</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="167"/>
        <source>Every criterion not met already has an action in the plan.</source>
        <translation>Mọi tiêu chí chưa đạt đều đã có việc trong kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="173"/>
        <source>New action</source>
        <translation>Việc mới</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="188"/>
        <source>Remove this action from the plan?</source>
        <translation>Bỏ việc này khỏi kế hoạch?</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="189"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/plan.py" line="189"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="283"/>
        <source>School profile</source>
        <extracomment>the pages of the wizard, in order (the welcome page is added only on an empty data folder)</extracomment>
        <translation>Hồ sơ trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="286"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="287"/>
        <source>&amp;Next &gt;</source>
        <translation>Tiế&amp;p &gt;</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="288"/>
        <source>&amp;Finish</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="289"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="290"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="291"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="74"/>
        <source>Scores per dimension (0–10)</source>
        <extracomment>open this criterion in the walk-through</extracomment>
        <translation>Điểm theo từng nội dung (0–10)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="78"/>
        <source>Dimension</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="78"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="78"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="79"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="79"/>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="79"/>
        <source>Scores</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="83"/>
        <location filename="../../src/papi_desktop/gui/review.py" line="87"/>
        <source>Criteria not met</source>
        <translation>Các tiêu chí chưa đạt</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="85"/>
        <source>Double-click or press Enter to open a criterion.</source>
        <translation>Nháy đúp hoặc nhấn Enter để mở tiêu chí.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="93"/>
        <source>Improvement plan</source>
        <translation>Kế hoạch cải thiện</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="100"/>
        <source>Compared with the previous school year</source>
        <translation>So với năm học trước</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="105"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="105"/>
        <source>Previous year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="105"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="106"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="106"/>
        <source>Comparison with the previous school year</source>
        <translation>So sánh với năm học trước</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="119"/>
        <source>Overall score: %1 / 10</source>
        <translation>Điểm chung: %1 / 10</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="141"/>
        <source>None — every answered criterion is met.</source>
        <translation>Không có — mọi tiêu chí đã trả lời đều đạt.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="155"/>
        <source>There is no assessment of an earlier school year to compare with.</source>
        <translation>Chưa có bản tự đánh giá năm học trước để so sánh.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="161"/>
        <source>School year %1 compared with %2.</source>
        <translation>Năm học %1 so với năm học %2.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="165"/>
        <source>better</source>
        <translation>tốt hơn</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="165"/>
        <source>worse</source>
        <translation>kém hơn</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/review.py" line="165"/>
        <source>same</source>
        <translation>như cũ</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="47"/>
        <source>&amp;Load the list of schools…</source>
        <translation>Nạp &amp;danh sách trường…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="55"/>
        <source>Code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="55"/>
        <source>School</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="55"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="58"/>
        <source>Schools that have not sent their data file</source>
        <translation>Các trường chưa gửi tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="82"/>
        <source>No list of schools loaded yet. Load a CSV or Excel file with the columns code, name and unit to see which schools have not sent their data.</source>
        <translation>Chưa nạp danh sách trường. Hãy nạp tệp CSV hoặc Excel có các cột mã trường, tên trường và đơn vị để biết trường nào chưa gửi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="85"/>
        <source>All %1 schools of the list have sent their data for school year %2.</source>
        <translation>Cả %1 trường trong danh sách đã gửi dữ liệu năm học %2.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="88"/>
        <source>%1 of the %2 schools of the list have not sent their data for school year %3:</source>
        <translation>%1 trong số %2 trường của danh sách chưa gửi dữ liệu năm học %3:</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="38"/>
        <source>%1 – school year %2 (read only)</source>
        <translation>%1 – năm học %2 (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="41"/>
        <source>Verification code: %1</source>
        <translation>Mã xác thực: %1</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="49"/>
        <source>Compare it with the code printed on the school&apos;s signed paper report: if they differ, the file is not the assessment the principal signed.</source>
        <translation>Hãy đối chiếu với mã in trên báo cáo giấy có chữ ký của trường: nếu hai mã khác nhau, tệp này không phải bản tự đánh giá hiệu trưởng đã ký.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="56"/>
        <source>School: %1 (%2), %3</source>
        <translation>Trường: %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="58"/>
        <source>Revision %1, finalised %2, document no. %3 of %4</source>
        <translation>Lần sửa %1, hoàn thành ngày %2, văn bản số %3 ngày %4</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="61"/>
        <source>Overall score: %1 / 10</source>
        <translation>Điểm chung: %1/10</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="68"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="68"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="68"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="68"/>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="69"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="77"/>
        <source>Answers and results</source>
        <translation>Câu trả lời và kết quả</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="87"/>
        <source>&amp;Print / export PDF</source>
        <translation>&amp;In / Xuất PDF</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/school_view.py" line="90"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="118"/>
        <source>Your school</source>
        <translation>Thông tin trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="119"/>
        <source>As written on the school&apos;s documents.</source>
        <translation>Ghi đúng như trên văn bản của trường.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="122"/>
        <source>School &amp;code:</source>
        <translation>&amp;Mã trường:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="122"/>
        <source>School code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="122"/>
        <source>e.g. TH64300001</source>
        <translation>ví dụ TH64300001</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="123"/>
        <source>School &amp;name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="123"/>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="124"/>
        <source>e.g. Trường Tiểu học Lê Lợi</source>
        <translation>ví dụ Trường Tiểu học Lê Lợi</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="125"/>
        <source>&amp;Abbreviation on documents:</source>
        <translation>Tên &amp;viết tắt trên văn bản:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="125"/>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="126"/>
        <source>e.g. THLL</source>
        <translation>ví dụ THLL</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="127"/>
        <source>Supervising &amp;body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="127"/>
        <source>Supervising body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="128"/>
        <source>e.g. UBND XÃ EA KAR</source>
        <translation>ví dụ UBND XÃ EA KAR</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="129"/>
        <source>&amp;Place name on documents:</source>
        <translation>Địa &amp;danh ghi trên văn bản:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="129"/>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="130"/>
        <source>e.g. Ea Kar</source>
        <translation>ví dụ Ea Kar</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="131"/>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="131"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="143"/>
        <source>Enter the school code: letters and digits only, 2 to 32 characters.</source>
        <translation>Hãy ghi mã trường: chỉ chữ cái không dấu và chữ số, từ 2 đến 32 ký tự.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="145"/>
        <source>Enter the school&apos;s name.</source>
        <translation>Hãy ghi tên trường.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="147"/>
        <source>Enter the place name used on documents (e.g. Ea Kar).</source>
        <translation>Hãy ghi địa danh dùng trên văn bản (ví dụ Ea Kar).</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="157"/>
        <source>Main campus</source>
        <translation>Điểm trường chính</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <extracomment>the signer&apos;s title as printed: the principal, or a deputy signing for the principal (two lines)</extracomment>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="49"/>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="55"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="60"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="61"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="62"/>
        <source>Text &amp;size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="65"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="70"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="71"/>
        <source>Op&amp;en</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="73"/>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="78"/>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="79"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="81"/>
        <source>&amp;Backup folder:</source>
        <translation>Thư mục &amp;sao lưu:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="85"/>
        <source>Backups to keep</source>
        <translation>Số bản sao lưu giữ lại</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="86"/>
        <source>Backups to &amp;keep:</source>
        <translation>Số bản sao lưu &amp;giữ lại:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="90"/>
        <source>Back &amp;up now</source>
        <translation>Sao &amp;lưu ngay</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="92"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="102"/>
        <source>Signing the report</source>
        <extracomment>the backup the user chose to restore (the main window restores it after the dialog closes)</extracomment>
        <translation>Người ký báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="112"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="114"/>
        <source>Principal (HIỆU TRƯỞNG)</source>
        <translation>Hiệu trưởng ký (HIỆU TRƯỞNG)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="115"/>
        <source>Deputy for the principal (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG)</source>
        <translation>Phó hiệu trưởng ký thay (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="118"/>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="119"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="120"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="123"/>
        <source>Receiving offices (one per line)</source>
        <translation>Nơi nhận báo cáo (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="127"/>
        <source>Receiving offices, one per line</source>
        <translation>Nơi nhận, mỗi dòng một nơi</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="173"/>
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="173"/>
        <source>The data was copied and checked.</source>
        <translation>Dữ liệu đã được sao chép và kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="181"/>
        <source>Replace the data with the backup %1? The current data is backed up first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu %1? Dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/settings_dialog.py" line="182"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="100"/>
        <source>The office (printed on the summary report)</source>
        <translation>Cơ quan tổng hợp (in trên báo cáo tổng hợp)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="103"/>
        <source>Office &amp;name:</source>
        <translation>&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="103"/>
        <source>S&amp;upervising body:</source>
        <translation>Cơ quan chủ &amp;quản:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="105"/>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="105"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức d&amp;anh người ký:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="106"/>
        <source>&amp;Recipients (separated by ;):</source>
        <translation>Nơ&amp;i nhận (cách nhau bằng dấu ;):</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="115"/>
        <source>(fill in later)</source>
        <translation>(điền sau)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="119"/>
        <source>Sa&amp;ve the office details</source>
        <translation>&amp;Lưu thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="123"/>
        <source>The files use the school year and unit chosen on the dashboard.</source>
        <translation>Các tệp lấy theo năm học và đơn vị đang chọn ở bảng tổng hợp.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="127"/>
        <source>Summary as &amp;Excel…</source>
        <translation>Bảng tổng hợp &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="128"/>
        <source>Summary as &amp;CSV…</source>
        <translation>Bảng tổng hợp &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="104"/>
        <source>Abbrevi&amp;ation:</source>
        <translation>Chữ &amp;viết tắt:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="104"/>
        <source>P&amp;lace name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="116"/>
        <source>&amp;Document number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="129"/>
        <source>Summary report as &amp;PDF…</source>
        <translation>Báo cáo tổng hợp &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="130"/>
        <source>Bundle &amp;for the next level…</source>
        <translation>Đóng gói gửi cấp t&amp;rên…</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="159"/>
        <source>Office details</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="159"/>
        <source>The office details were saved.</source>
        <translation>Đã lưu thông tin cơ quan.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="164"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="164"/>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="166"/>
        <source>Save the summary</source>
        <translation>Lưu bảng tổng hợp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="186"/>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="186"/>
        <source>The summary was saved as %1.</source>
        <translation>Đã lưu bảng tổng hợp: %1.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="191"/>
        <source>Save the bundle for the next level</source>
        <translation>Lưu gói gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="192"/>
        <source>ZIP archive (*.zip)</source>
        <translation>Tệp nén ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="203"/>
        <source>Bundle</source>
        <translation>Đóng gói</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/office/reports.py" line="203"/>
        <source>The bundle was saved as %1: %2 schools&apos; data files with the summary (Excel and PDF).</source>
        <translation>Đã lưu gói: %1, gồm tệp dữ liệu của %2 trường cùng bảng tổng hợp (Excel và PDF).</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="96"/>
        <source>Criteria</source>
        <extracomment>the criterion now shown (id) criteria in the order of the navigation pane (by dimension), which next/back follow</extracomment>
        <translation>Các tiêu chí</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="122"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="123"/>
        <source>&amp;Next ▶</source>
        <translation>Tiếp th&amp;eo ▶</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="124"/>
        <source>Previous criterion (Ctrl+PgUp or Alt+Left)</source>
        <translation>Tiêu chí trước (Ctrl+PgUp hoặc Alt+←)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="125"/>
        <source>Next criterion (Ctrl+PgDown or Alt+Right)</source>
        <translation>Tiêu chí sau (Ctrl+PgDown hoặc Alt+→)</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="180"/>
        <source>needs re-checking</source>
        <translation>cần kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="180"/>
        <source>started, not complete</source>
        <translation>đang làm, chưa đủ</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="181"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="181"/>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="181"/>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="182"/>
        <source>not answered yet</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/walkthrough.py" line="231"/>
        <source>Criterion %1 of %2</source>
        <translation>Tiêu chí %1 / %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="98"/>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="100"/>
        <source>This program helps you assess your school against the criteria for raising the PAPI index. First enter your school&apos;s profile; it takes a few minutes.

Want to see a filled-in example first? Open the sample school. You can add your own school later from the home page.</source>
        <translation>Chương trình giúp nhà trường tự đánh giá theo các tiêu chí nâng cao Chỉ số PAPI. Trước hết hãy nhập hồ sơ trường; chỉ mất vài phút.

Muốn xem trước một ví dụ đã điền sẵn? Hãy mở trường mẫu. Có thể thêm trường của mình sau, từ trang chính.</translation>
    </message>
    <message>
        <location filename="../../src/papi_desktop/gui/wizard.py" line="106"/>
        <source>Open the &amp;sample school</source>
        <translation>&amp;Mở trường mẫu</translation>
    </message>
</context>
</TS>

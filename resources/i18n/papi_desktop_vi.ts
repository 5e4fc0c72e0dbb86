<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành tệp PDF</translation>
    </message>
    <message>
        <source>Print / export PDF</source>
        <translation>In / Xuất PDF</translation>
    </message>
    <message>
        <source>The report was saved, but no program to show PDF files opened it. Open the file with a PDF viewer (e.g. Foxit Reader or Adobe Acrobat Reader) to print it.</source>
        <translation>Báo cáo đã được lưu, nhưng không có chương trình xem PDF nào mở được tệp. Hãy mở tệp bằng một chương trình xem PDF (ví dụ Foxit Reader hoặc Adobe Acrobat Reader) để in.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>No printer program answered, so the report is opened instead: print it from there.</source>
        <translation>Không có chương trình in nào nhận lệnh, nên báo cáo được mở ra để thầy/cô in từ đó (nếu chưa có máy in, hãy kiểm tra máy in đã được cài đặt).</translation>
    </message>
    <message>
        <source>The report was saved, but neither a printer program nor a program to show PDF files answered. Open the file with a PDF viewer (e.g. Foxit Reader or Adobe Acrobat Reader) to print it.</source>
        <translation>Báo cáo đã được lưu, nhưng máy không có chương trình in hay chương trình xem PDF nào mở được tệp. Hãy mở tệp bằng một chương trình xem PDF (ví dụ Foxit Reader hoặc Adobe Acrobat Reader) để in.</translation>
    </message>
    <message>
        <source>Export data file</source>
        <translation>Xuất tệp dữ liệu</translation>
    </message>
    <message>
        <source>Only finalised assessments are exported as data files. This assessment is still a draft.</source>
        <translation>Chỉ bản tự đánh giá đã hoàn thành mới xuất được tệp dữ liệu. Bản này vẫn là bản nháp.</translation>
    </message>
    <message>
        <source>Answer every criterion, then press “Finalise…” and give the report&apos;s number and date. After that, press “Export data file” again.</source>
        <translation>Hãy trả lời đủ các tiêu chí, bấm «Hoàn thành…» và nhập số, ngày của văn bản báo cáo. Sau đó bấm lại «Xuất tệp dữ liệu».</translation>
    </message>
    <message>
        <source>PAPI data file (*.papi);;Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Tệp dữ liệu PAPI (*.papi);;Bảng tính Excel (*.xlsx);;Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>The data file was saved as %1. Send it to the receiving office together with the signed report.</source>
        <translation>Đã lưu tệp dữ liệu: %1. Hãy gửi tệp này cho cơ quan nhận báo cáo cùng với báo cáo đã ký.</translation>
    </message>
    <message>
        <source>The answers were saved as %1.</source>
        <translation>Đã lưu các câu trả lời: %1.</translation>
    </message>
    <message>
        <source>Verification code: %1 (the same code is printed on the paper report).</source>
        <translation>Mã xác thực: %1 (trùng với mã in trên báo cáo giấy).</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>◀ &amp;Home</source>
        <translation>◀ Trang &amp;chính</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <source>&amp;Print / export PDF</source>
        <translation>&amp;In / Xuất PDF</translation>
    </message>
    <message>
        <source>E&amp;xport data file</source>
        <translation>&amp;Xuất tệp dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>Trả &amp;lời</translation>
    </message>
    <message>
        <source>&amp;Review and plan</source>
        <translation>Tổng hợ&amp;p và kế hoạch</translation>
    </message>
    <message>
        <source>Parents&apos; &amp;views</source>
        <translation>Ý &amp;kiến cha mẹ</translation>
    </message>
    <message>
        <source>finalised (read-only)</source>
        <translation>đã hoàn thành (chỉ xem)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>%1 — school year %2 — %3</source>
        <translation>%1 — năm học %2 — %3</translation>
    </message>
    <message>
        <source>Finalise the self-assessment of %1? Afterwards it can only be read; to change it you must reopen it and give a reason.</source>
        <translation>Hoàn thành bản tự đánh giá năm học %1? Sau đó chỉ xem được; muốn sửa phải mở lại và ghi lý do.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Why must the finalised self-assessment be changed? The reason is kept in the history.</source>
        <translation>Vì sao cần sửa bản tự đánh giá đã hoàn thành? Lý do được lưu vào nhật ký.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>Bỏ tệp minh chứng</translation>
    </message>
    <message>
        <source>Remove “%1” from this criterion?</source>
        <translation>Bỏ tệp «%1» khỏi tiêu chí này?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>Thêm tệp mi&amp;nh chứng…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>CampusesPage</name>
    <message>
        <source>Campuses</source>
        <translation>Điểm trường</translation>
    </message>
    <message>
        <source>The main campus first, then each satellite campus (điểm trường).</source>
        <translation>Điểm trường chính ghi trước, sau đó từng điểm trường lẻ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>&amp;Add campus</source>
        <translation>&amp;Thêm điểm trường</translation>
    </message>
    <message>
        <source>&amp;Remove campus</source>
        <translation>&amp;Bỏ điểm trường</translation>
    </message>
    <message>
        <source>Main campus</source>
        <translation>Điểm trường chính</translation>
    </message>
    <message>
        <source>Enter at least the main campus.</source>
        <translation>Hãy ghi ít nhất điểm trường chính.</translation>
    </message>
</context>
<context>
    <name>CauseBox</name>
    <message>
        <source>Cause (printed in section IV of the report)</source>
        <translation>Nguyên nhân (in ở mục IV của báo cáo)</translation>
    </message>
    <message>
        <source>Why is the criterion not met? Write it in a sentence or two. While the box is empty, the report prints the suggestion shown in grey.</source>
        <translation>Vì sao tiêu chí chưa đạt? Thầy/cô ghi một, hai câu. Khi ô còn trống, báo cáo in câu gợi ý đang hiện chữ mờ.</translation>
    </message>
    <message>
        <source>Cause of the criterion not met</source>
        <translation>Nguyên nhân tiêu chí chưa đạt</translation>
    </message>
    <message>
        <source>&amp;Start from the suggestion</source>
        <translation>Bắt đầ&amp;u từ câu gợi ý</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Một phần</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>These received files contradict what is held, so they were kept aside and not used. Choose one to compare both versions; the version you do not keep is filed in the history, and your choice is recorded.</source>
        <translation>Các tệp dưới đây mâu thuẫn với dữ liệu đang có nên được giữ riêng, chưa dùng đến. Chọn một dòng để so sánh hai bản; bản không được giữ sẽ được lưu vào lịch sử, và lựa chọn của cơ quan được ghi lại.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đang có</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mới nhận</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Các xung đột</translation>
    </message>
    <message>
        <source>Show only what &amp;differs</source>
        <translation>Chỉ hiện chỗ &amp;khác nhau</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Held version</source>
        <translation>Bản đang có</translation>
    </message>
    <message>
        <source>Received version</source>
        <translation>Bản mới nhận</translation>
    </message>
    <message>
        <source>Both versions side by side</source>
        <translation>Hai bản đặt cạnh nhau</translation>
    </message>
    <message>
        <source>Keep the &amp;held version</source>
        <translation>Giữ bản đang &amp;có</translation>
    </message>
    <message>
        <source>Use the &amp;received version</source>
        <translation>&amp;Dùng bản mới nhận</translation>
    </message>
    <message>
        <source>No conflicts: every received file agreed with what is held.</source>
        <translation>Không có xung đột: mọi tệp nhận được đều khớp với dữ liệu đang có.</translation>
    </message>
    <message>
        <source>Co&amp;nflicts (%1)</source>
        <translation>&amp;Xung đột (%1)</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Xung đột</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 difference(s)</source>
        <translation>%1 chỗ khác nhau</translation>
    </message>
    <message>
        <source>Keep the version held (%1) and file the received one in the history?</source>
        <translation>Giữ bản đang có (%1) và lưu bản mới nhận vào lịch sử?</translation>
    </message>
    <message>
        <source>Replace the version held by the received one (%1)? The held version is filed in the history.</source>
        <translation>Thay bản đang có bằng bản mới nhận (%1)? Bản đang có được lưu vào lịch sử.</translation>
    </message>
    <message>
        <source>Settle the conflict</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <source>Why it matters</source>
        <translation>Vì sao quan trọng</translation>
    </message>
    <message>
        <source>How it is judged</source>
        <translation>Cách đánh giá</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>This answer was copied from last school year. Check it, change what is different, or confirm that it is still right.</source>
        <translation>Câu trả lời này được chép từ năm học trước. Hãy kiểm tra, sửa chỗ đã khác, hoặc xác nhận vẫn đúng.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Still ri&amp;ght</source>
        <translation>&amp;Vẫn đúng</translation>
    </message>
    <message>
        <source>About this criterion (why it matters, how it is judged)</source>
        <translation>Về tiêu chí này (vì sao quan trọng, cách đánh giá)</translation>
    </message>
    <message>
        <source>Show or hide what the criterion is about</source>
        <translation>Hiện hoặc ẩn phần giới thiệu tiêu chí</translation>
    </message>
    <message>
        <source>N&amp;ot applicable to this school</source>
        <translation>&amp;Không áp dụng với trường</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
    <message>
        <source>Reason why the criterion does not apply</source>
        <translation>Lý do tiêu chí không áp dụng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Điều cần sửa</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Suggested evidence: %1</source>
        <translation>Minh chứng gợi ý: %1</translation>
    </message>
    <message>
        <source>Evidence no&amp;te:</source>
        <translation>&amp;Ghi chú minh chứng:</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Ghi chú minh chứng</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>%1 — %2. Met: %3 schools, pass rate %4</source>
        <translation>%1 — %2. Đạt: %3 trường, tỉ lệ đạt %4</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>School &amp;year:</source>
        <extracomment>the school year or unit shown changed (the other tabs follow) a submission was accepted or returned here (assessment id)</extracomment>
        <translation>Nă&amp;m học:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tình trạng xem xét</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Average score per dimension</source>
        <translation>Điểm trung bình theo nội dung</translation>
    </message>
    <message>
        <source>Schools and criteria</source>
        <translation>Các trường và tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>Tiế&amp;p nhận…</translation>
    </message>
    <message>
        <source>Write the receip&amp;t…</source>
        <translation>Ghi giấy bá&amp;o…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>T&amp;rả lại…</translation>
    </message>
    <message>
        <source>Write all &amp;pending receipts…</source>
        <translation>Ghi các giấy báo &amp;chưa gửi…</translation>
    </message>
    <message>
        <source>%1 (%2 schools)</source>
        <translation>%1 (%2 trường)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Tất cả các nội dung</translation>
    </message>
    <message>
        <source>No school shown: no finalised assessment with the review state chosen.</source>
        <translation>Không có trường nào: chưa có bản tự đánh giá nào ở tình trạng xem xét đã chọn.</translation>
    </message>
    <message>
        <source>No finalised assessments have been imported yet.</source>
        <translation>Chưa nhập bản tự đánh giá đã hoàn thành nào.</translation>
    </message>
    <message>
        <source>%1 schools, school year %2, average score %3 (0–10). ✓ met, ✗ not met, – not applicable, empty: unanswered. The second header line is the pass rate.</source>
        <translation>%1 trường, năm học %2, điểm trung bình %3 (thang 0–10). ✓ đạt, ✗ chưa đạt, – không áp dụng, để trống: chưa trả lời. Dòng thứ hai của tiêu đề cột là tỉ lệ đạt.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Lịch: %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Có lỗi</translation>
    </message>
    <message>
        <source>Please write it here first; without it nothing is changed.</source>
        <translation>Hãy ghi vào đây trước; chưa ghi thì chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>(fill in later)</source>
        <translation>(ghi sau)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>Ảnh và văn bản (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>The program met an unexpected error (%1). Everything that was saved is intact. You can copy the details and send them to the person who helps you with the computer.</source>
        <translation>Chương trình gặp lỗi không mong muốn (%1). Mọi dữ liệu đã lưu vẫn còn nguyên. Thầy/cô có thể sao chép chi tiết lỗi và gửi cho người hỗ trợ máy tính.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>DisclosureEditor</name>
    <message>
        <source>Yes, disclosed</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Disclosed: yes</source>
        <translation>Công khai: đã công khai</translation>
    </message>
    <message>
        <source>Disclosed: not yet</source>
        <translation>Công khai: chưa</translation>
    </message>
    <message>
        <source>Messages about the ways</source>
        <translation>Thông báo về hình thức công khai</translation>
    </message>
    <message>
        <source>Disclosed:</source>
        <translation>Công khai:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Date of disclosure</source>
        <translation>Ngày công khai</translation>
    </message>
    <message>
        <source>Date of disclosure:</source>
        <translation>Ngày công khai:</translation>
    </message>
    <message>
        <source>Messages about the date</source>
        <translation>Thông báo về ngày công khai</translation>
    </message>
    <message>
        <source>Made public by: %1</source>
        <translation>Hình thức công khai: %1</translation>
    </message>
    <message>
        <source>Made public by:</source>
        <translation>Hình thức công khai:</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>Messages: %1</source>
        <translation>Thông báo: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>The school profile has no campus yet: add one in the school profile.</source>
        <translation>Hồ sơ trường chưa có điểm trường nào: hãy thêm trong hồ sơ trường.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Finalised (revision %1)</source>
        <translation>Đã hoàn thành (lần sửa %1)</translation>
    </message>
    <message>
        <source>Draft (reopened, revision %1)</source>
        <translation>Bản nháp (mở lại, lần sửa %1)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>Bản tự đánh giá mới</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>sent again</source>
        <translation>đã gửi lại</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>T&amp;rường:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>&amp;Add a school…</source>
        <translation>&amp;Thêm trường…</translation>
    </message>
    <message>
        <source>School &amp;profile…</source>
        <translation>&amp;Hồ sơ trường…</translation>
    </message>
    <message>
        <source>Delete this s&amp;chool…</source>
        <translation>Xoá trường &amp;này…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Choose a school year and press Open (or double-click it). Everything you enter is saved at once; you can stop at any time and continue later.</source>
        <translation>Chọn một năm học rồi nhấn «Mở» (hoặc nháy đúp). Mọi thông tin nhập vào đều được lưu ngay; có thể dừng bất cứ lúc nào và làm tiếp sau.</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Các bản tự đánh giá</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Office&apos;s review</source>
        <translation>Ý kiến của cơ quan</translation>
    </message>
    <message>
        <source>&amp;Start a new school year…</source>
        <translation>&amp;Bắt đầu năm học mới…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Xoá bản nháp</translation>
    </message>
    <message>
        <source>Delete %1 (%2) with its %3 self-assessment(s), %4 of them finalised, their answers, evidence and history? A backup of all the data is made first, so it can be restored (Settings → Backups).</source>
        <translation>Xoá %1 (%2) cùng %3 bản tự đánh giá (%4 bản đã hoàn thành), các câu trả lời, minh chứng và lịch sử? Trước khi xoá, toàn bộ dữ liệu được sao lưu để có thể khôi phục (Cài đặt → Sao lưu).</translation>
    </message>
    <message>
        <source>Delete school</source>
        <translation>Xoá trường</translation>
    </message>
    <message>
        <source>Delete the school</source>
        <translation>Xoá trường</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Đã xoá %1.</translation>
    </message>
    <message>
        <source>Backup made before deleting: %1</source>
        <translation>Bản sao lưu trước khi xoá: %1</translation>
    </message>
    <message>
        <source>School code %1 · %2 · %3 campus(es) · principal: %4</source>
        <translation>Mã trường %1 · %2 · %3 điểm trường · hiệu trưởng: %4</translation>
    </message>
    <message>
        <source>Write the school year as two years, e.g. 2025-2026.</source>
        <translation>Hãy ghi năm học gồm hai năm, ví dụ 2025-2026.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xoá bản nháp</translation>
    </message>
    <message>
        <source>Delete the draft of school year %1 with all its answers and evidence? This cannot be undone.</source>
        <translation>Xoá bản nháp năm học %1 cùng mọi câu trả lời và minh chứng? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import the data files (.papi) the schools sent. Each file is checked first; a file that fails a check is rejected with the reason and changes nothing.</source>
        <translation>Nhập các tệp dữ liệu (.papi) do các trường gửi. Mỗi tệp được kiểm tra trước; tệp không đạt sẽ bị từ chối, có ghi lý do, và không làm thay đổi dữ liệu.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Nhập các &amp;tệp…</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Nhập cả thư &amp;mục…</translation>
    </message>
    <message>
        <source>Only &amp;check, do not import</source>
        <translation>&amp;Chỉ kiểm tra, không nhập</translation>
    </message>
    <message>
        <source>Accept only digitally si&amp;gned files</source>
        <translation>Chỉ nhận tệp đã &amp;ký số</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tiến độ nhập tệp</translation>
    </message>
    <message>
        <source>No files imported yet.</source>
        <translation>Chưa nhập tệp nào.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Result of each file</source>
        <translation>Kết quả của từng tệp</translation>
    </message>
    <message>
        <source>Accept the &amp;new signer…</source>
        <translation>Chấp nhận &amp;người ký mới…</translation>
    </message>
    <message>
        <source>For the selected file held aside because the school&apos;s digital signature changed: after checking with the school, accept its new certificate and import the file.</source>
        <translation>Với tệp đang chọn, được giữ riêng vì chữ ký số của trường đã đổi: sau khi đã hỏi lại trường, chấp nhận chứng thư số mới của trường và nhập tệp.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Đang đọc các tệp…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Sẽ dừng sau tệp đang xử lý…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 files…</source>
        <translation>Đã kiểm tra %1/%2 tệp…</translation>
    </message>
    <message>
        <source>%1

Only accept if you have checked with the school (by telephone, say) that it changed its digital certificate. The acceptance is recorded in the audit log.</source>
        <translation>%1

Chỉ chấp nhận khi đã hỏi lại trường (ví dụ qua điện thoại) và trường xác nhận đã đổi chứng thư số. Việc chấp nhận được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Accept the new signer of %1</source>
        <translation>Chấp nhận người ký mới của trường %1</translation>
    </message>
    <message>
        <source>Accept and import</source>
        <translation>Chấp nhận và nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>No .papi files were found there.</source>
        <translation>Không tìm thấy tệp .papi nào ở đó.</translation>
    </message>
    <message>
        <source>Checked only, nothing was imported. %1</source>
        <translation>Chỉ kiểm tra, chưa nhập gì. %1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Đã xong — %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập tệp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PAPI self-assessment of the school</source>
        <extracomment>the one-writer lock of the data file, taken by run_gui (tests open windows without it)</extracomment>
        <translation>Tự đánh giá PAPI của nhà trường</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Trang chính</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Aggregation (receiving &amp;office)…</source>
        <translation>Tổng hợp (cơ quan &amp;nhận báo cáo)…</translation>
    </message>
    <message>
        <source>Read the office&apos;s &amp;receipt…</source>
        <translation>Đọc &amp;giấy báo kết quả của cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Print the report</source>
        <translation>&amp;In báo cáo</translation>
    </message>
    <message>
        <source>&amp;Back to my data</source>
        <translation>&amp;Về dữ liệu của tôi</translation>
    </message>
    <message>
        <source>Try it with s&amp;ample data</source>
        <translation>Xem thử với dữ liệu &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Add a school</source>
        <translation>Thêm trường</translation>
    </message>
    <message>
        <source>This is the sample data: a school added here could not send anything. Go back to your own data and add the school there?</source>
        <translation>Đây là dữ liệu mẫu: trường thêm vào đây không gửi được gì. Về dữ liệu của thầy/cô để thêm trường ở đó?</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Về dữ liệu của tôi</translation>
    </message>
    <message>
        <source>Stay in the sample</source>
        <translation>Ở lại dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>The data was restored from the backup.</source>
        <translation>Dữ liệu đã được khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The previous data was kept in %1.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ lại tại %1.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>The last change could not be saved. Close anyway?</source>
        <translation>Thay đổi cuối cùng chưa lưu được. Vẫn đóng chương trình?</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <source>Not complete yet</source>
        <translation>Chưa đủ để hoàn thành</translation>
    </message>
    <message>
        <source>The self-assessment cannot be finalised yet. Still missing (%1):</source>
        <translation>Chưa hoàn thành được bản tự đánh giá. Còn thiếu (%1 mục):</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Những mục còn thiếu</translation>
    </message>
    <message>
        <source>not fully answered</source>
        <translation>chưa trả lời đủ</translation>
    </message>
    <message>
        <source>needs re-checking (copied from last year)</source>
        <translation>cần kiểm tra lại (chép từ năm trước)</translation>
    </message>
    <message>
        <source>&amp;Go to the criterion</source>
        <translation>&amp;Đến tiêu chí</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New self-assessment</source>
        <translation>Bản tự đánh giá mới</translation>
    </message>
    <message>
        <source>Choose the school year of the new self-assessment.</source>
        <translation>Chọn năm học của bản tự đánh giá mới.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Nă&amp;m học:</translation>
    </message>
    <message>
        <source>&amp;Copy the answers of %1</source>
        <translation>&amp;Chép câu trả lời của năm học %1</translation>
    </message>
    <message>
        <source>Each copied answer is marked «needs re-checking» until you confirm it.</source>
        <translation>Mỗi câu được chép sẽ mang dấu «cần kiểm tra lại» cho đến khi thầy/cô xác nhận.</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Choose data files to import</source>
        <translation>Chọn các tệp dữ liệu cần nhập</translation>
    </message>
    <message>
        <source>PAPI data files and receipts (*.papi *.papi-receipt);;All files (*)</source>
        <translation>Tệp dữ liệu PAPI và giấy báo kết quả (*.papi *.papi-receipt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Where is the received file?</source>
        <translation>Tệp đã nhận hiện nằm ở đâu?</translation>
    </message>
    <message>
        <source>PAPI data files (*.papi);;All files (*)</source>
        <translation>Tệp dữ liệu PAPI (*.papi);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Chọn thư mục cần nhập</translation>
    </message>
    <message>
        <source>Choose the list of schools</source>
        <extracomment>row colours of the roster by status</extracomment>
        <translation>Chọn danh sách trường</translation>
    </message>
    <message>
        <source>Lists of schools (*.xlsx *.csv);;All files (*)</source>
        <translation>Danh sách trường (*.xlsx *.csv);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>OfficeNoteBox</name>
    <message>
        <source>The office&apos;s note on this criterion</source>
        <translation>Ghi chú của cơ quan về tiêu chí này</translation>
    </message>
    <message>
        <source>%1 returned revision %2 on %3 with this note:</source>
        <translation>%1 đã trả lại lần sửa %2 lúc %3, ghi chú về tiêu chí này:</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Aggregation (receiving office)</source>
        <translation>Tổng hợp (cơ quan nhận báo cáo)</translation>
    </message>
    <message>
        <source>&amp;Import files</source>
        <translation>&amp;Nhập tệp</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Bảng tổng hợp</translation>
    </message>
    <message>
        <source>Parents&apos; feedbac&amp;k</source>
        <translation>Ý kiến cha mẹ</translation>
    </message>
    <message>
        <source>&amp;Who has sent</source>
        <translation>Tình trạng &amp;gửi</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Xung đột</translation>
    </message>
    <message>
        <source>Su&amp;mmary reports</source>
        <translation>Báo cáo tổng &amp;hợp</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <source>Receiving offices</source>
        <translation>Nơi nhận báo cáo</translation>
    </message>
    <message>
        <source>The offices the report is sent to, one per line (since 1 July 2025 usually the commune People&apos;s Committee and the provincial Department of Education).</source>
        <translation>Các cơ quan nhận báo cáo, mỗi dòng một cơ quan (từ 01/7/2025 thường là UBND xã/phường và Sở Giáo dục và Đào tạo).</translation>
    </message>
    <message>
        <source>Receiving offices, one per line</source>
        <translation>Nơi nhận, mỗi dòng một nơi</translation>
    </message>
    <message>
        <source>Enter at least one receiving office.</source>
        <translation>Hãy ghi ít nhất một nơi nhận.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Principal and deputies</source>
        <translation>Hiệu trưởng và phó hiệu trưởng</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Hiệu trưởng:</translation>
    </message>
    <message>
        <source>Principal&apos;s full name</source>
        <translation>Họ và tên hiệu trưởng</translation>
    </message>
    <message>
        <source>Deputy principals, one per line</source>
        <translation>Các phó hiệu trưởng, mỗi dòng một người</translation>
    </message>
    <message>
        <source>&amp;Deputies (one per line):</source>
        <translation>Phó hiệu t&amp;rưởng (mỗi dòng một người):</translation>
    </message>
    <message>
        <source>Enter the principal&apos;s full name.</source>
        <translation>Hãy ghi họ và tên hiệu trưởng.</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Action</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Create plan from the criteria not met</source>
        <translation>Tạ&amp;o kế hoạch từ các tiêu chí chưa đạt</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Thêm &amp;việc</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Bỏ việc</translation>
    </message>
    <message>
        <source>Every criterion not met already has an action in the plan.</source>
        <translation>Mọi tiêu chí chưa đạt đều đã có việc trong kế hoạch.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Việc mới</translation>
    </message>
    <message>
        <source>Remove this action from the plan?</source>
        <translation>Bỏ việc này khỏi kế hoạch?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>School profile</source>
        <translation>Hồ sơ trường</translation>
    </message>
    <message>
        <source>New school</source>
        <extracomment>the pages of the wizard, in order</extracomment>
        <translation>Thêm trường</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Tiế&amp;p &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Not every page was filled in.</source>
        <translation>Còn trang chưa điền.</translation>
    </message>
    <message>
        <source>Close without saving what you entered?</source>
        <translation>Đóng mà không lưu những gì đã nhập?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <source>Go on entering</source>
        <translation>Nhập tiếp</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng lên</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm xuống</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Tìm tr&amp;ong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Các vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Đổi tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện các tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Đã có tệp %1.
Có ghi đè lên tệp đó không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» đang được bảo vệ chống ghi.
Vẫn xoá chứ?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Có chắc muốn xoá «%1» không?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xoá được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không cho tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng hẳn</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Open the office&apos;s receipt</source>
        <extracomment>colours of the verdict panel (background, border) by state</extracomment>
        <translation>Mở giấy báo kết quả của cơ quan</translation>
    </message>
    <message>
        <source>Receipts of the office (*.papi-receipt)</source>
        <translation>Giấy báo kết quả của cơ quan (*.papi-receipt)</translation>
    </message>
    <message>
        <source>The office&apos;s receipt</source>
        <translation>Giấy báo kết quả của cơ quan</translation>
    </message>
    <message>
        <source>Has the office told you (by telephone, say) that it changed its digital certificate? Only then accept the new certificate; the acceptance is kept in the history.</source>
        <translation>Cơ quan đã báo cho thầy/cô (ví dụ qua điện thoại) là đã đổi chứng thư số chưa? Chỉ khi đó mới chấp nhận chứng thư mới; việc chấp nhận được ghi vào lịch sử.</translation>
    </message>
    <message>
        <source>Accept the new certificate</source>
        <translation>Chấp nhận chứng thư mới</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>Không chấp nhận</translation>
    </message>
    <message>
        <source>Reopen to make changes</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <source>Why must the finalised self-assessment be changed? The reason is kept in the history.</source>
        <translation>Vì sao cần sửa bản tự đánh giá đã hoàn thành? Lý do được lưu vào nhật ký.</translation>
    </message>
</context>
<context>
    <name>ReportDetailsBox</name>
    <message>
        <source>The report sent to the offices above</source>
        <translation>Báo cáo gửi cấp trên</translation>
    </message>
    <message>
        <source>Fig&amp;ures as of:</source>
        <translation>Số liệu tính đến &amp;ngày:</translation>
    </message>
    <message>
        <source>Date the figures refer to</source>
        <translation>Ngày chốt số liệu</translation>
    </message>
    <message>
        <source>The Department&apos;s plan this report answers</source>
        <translation>Căn cứ: văn bản của Sở mà báo cáo thực hiện</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>e.g. 1234/KH-SGDĐT (leave empty if the copy has none)</source>
        <translation>ví dụ 1234/KH-SGDĐT (để trống nếu bản sao không ghi số)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>N&amp;gày ban hành:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or mm/yyyy when the day is not known</source>
        <translation>dd/mm/yyyy, hoặc mm/yyyy nếu không rõ ngày</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>e.g. Sở Giáo dục và Đào tạo tỉnh Đắk Lắk</source>
        <translation>ví dụ Sở Giáo dục và Đào tạo tỉnh Đắk Lắk</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>e.g. nâng cao Chỉ số PAPI năm 2025</source>
        <translation>ví dụ nâng cao Chỉ số PAPI năm 2025</translation>
    </message>
    <message>
        <source>I&amp;mplements:</source>
        <translation>Văn bản cấp t&amp;rên:</translation>
    </message>
    <message>
        <source>the province&apos;s plan it cites (optional)</source>
        <translation>kế hoạch của tỉnh mà văn bản này thực hiện (nếu có)</translation>
    </message>
    <message>
        <source>Proposals (section VI), by who can solve them</source>
        <translation>Đề xuất, kiến nghị (mục VI), theo cấp có thể giải quyết</translation>
    </message>
    <message>
        <source>Commune People&apos;s Committee:</source>
        <translation>Ủy ban nhân dân xã, phường:</translation>
    </message>
    <message>
        <source>Department of Education:</source>
        <translation>Sở Giáo dục và Đào tạo:</translation>
    </message>
    <message>
        <source>Provincial People&apos;s Committee (through the Department):</source>
        <translation>Ủy ban nhân dân tỉnh (qua Sở):</translation>
    </message>
    <message>
        <source>The school itself:</source>
        <translation>Nhà trường tự khắc phục:</translation>
    </message>
    <message>
        <source>Fill in a&amp;gain from the criteria not met</source>
        <translation>Điền lại từ các tiêu chí chư&amp;a đạt</translation>
    </message>
    <message>
        <source>School year %1: the same plan goes into every report of that year.</source>
        <translation>Năm học %1: mọi báo cáo của năm học này dùng chung căn cứ này.</translation>
    </message>
    <message>
        <source>Suggested from the criteria not met; edit them as you need.</source>
        <translation>Gợi ý từ các tiêu chí chưa đạt; thầy/cô sửa lại cho phù hợp.</translation>
    </message>
    <message>
        <source>Written by you.</source>
        <translation>Do thầy/cô ghi.</translation>
    </message>
    <message>
        <source>Printed as: %1</source>
        <translation>Báo cáo sẽ in: %1</translation>
    </message>
    <message>
        <source>The report names no plan of the Department until you fill it in.</source>
        <translation>Báo cáo chưa nêu căn cứ (văn bản của Sở) cho đến khi thầy/cô ghi vào đây.</translation>
    </message>
    <message>
        <source>The report gives no date for its figures until you set one.</source>
        <translation>Báo cáo chưa ghi số liệu tính đến ngày nào cho đến khi thầy/cô chọn ngày.</translation>
    </message>
    <message>
        <source>Fill in who issued the plan and its title; the plan is saved then.</source>
        <translation>Hãy ghi cơ quan ban hành và trích yếu; khi đủ, căn cứ được lưu.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Returned. Write the receipt for the school now? It tells the school the reason and the notes.</source>
        <translation>Đã trả lại. Ghi giấy báo kết quả để gửi trường ngay bây giờ? Giấy báo cho trường biết lý do và các ghi chú.</translation>
    </message>
    <message>
        <source>Accepted. Write the receipt for the school now?</source>
        <translation>Đã tiếp nhận. Ghi giấy báo kết quả để gửi trường ngay bây giờ?</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Giấy báo kết quả</translation>
    </message>
    <message>
        <source>Write the receipt…</source>
        <translation>Ghi giấy báo…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Save the receipt for the school</source>
        <translation>Lưu giấy báo kết quả gửi trường</translation>
    </message>
    <message>
        <source>Receipts (*.papi-receipt)</source>
        <translation>Giấy báo kết quả (*.papi-receipt)</translation>
    </message>
    <message>
        <source>The receipt was saved as %1. Send it to the school (USB, e-mail or Zalo); the school opens it in its program.</source>
        <translation>Đã lưu giấy báo kết quả: %1. Hãy gửi tệp này cho trường (USB, thư điện tử hoặc Zalo); trường mở tệp trong chương trình của trường.</translation>
    </message>
    <message>
        <source>Choose the folder for the receipts</source>
        <translation>Chọn thư mục lưu các giấy báo kết quả</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Giấy báo kết quả</translation>
    </message>
    <message>
        <source>Every reviewed submission has its receipt already.</source>
        <translation>Mọi bản đã xem xét đều đã có giấy báo kết quả.</translation>
    </message>
    <message>
        <source>%1 receipts were saved in %2. Each file name starts with the school&apos;s code: send each one to its school.</source>
        <translation>Đã lưu %1 giấy báo kết quả vào %2. Tên mỗi tệp bắt đầu bằng mã trường: hãy gửi từng tệp cho đúng trường.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Return the self-assessment</source>
        <translation>Trả lại bản tự đánh giá</translation>
    </message>
    <message>
        <source>Accept the self-assessment</source>
        <translation>Tiếp nhận bản tự đánh giá</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người xem xét</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Lý do trả lại</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Người xem xét:</translation>
    </message>
    <message>
        <source>%1 (%2), school year %3, revision %4.</source>
        <translation>%1 (%2), năm học %3, lần sửa %4.</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Mã xác thực: %1</translation>
    </message>
    <message>
        <source>Reason for re&amp;turning (the school reads it):</source>
        <translation>&amp;Lý do trả lại (trường sẽ đọc):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>Ý &amp;kiến (không bắt buộc):</translation>
    </message>
    <message>
        <source>Notes per criterion</source>
        <translation>Ghi chú theo tiêu chí</translation>
    </message>
    <message>
        <source>A note on a criterion shows on that criterion&apos;s page at the school. Double-click the last column to write one; leave it empty for the others.</source>
        <translation>Ghi chú về một tiêu chí sẽ hiện trên trang của tiêu chí đó ở trường. Bấm đúp vào cột cuối để ghi; để trống với các tiêu chí khác.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note for the school</source>
        <translation>Ghi chú cho trường</translation>
    </message>
    <message>
        <source>Re&amp;turn it</source>
        <translation>&amp;Trả lại</translation>
    </message>
    <message>
        <source>&amp;Accept it</source>
        <translation>&amp;Tiếp nhận</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Scores per dimension (0–10)</source>
        <extracomment>open this criterion in the walk-through</extracomment>
        <translation>Điểm theo từng nội dung (0–10)</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Các tiêu chí chưa đạt</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a criterion.</source>
        <translation>Nháy đúp hoặc nhấn Enter để mở tiêu chí.</translation>
    </message>
    <message>
        <source>%1: %2 / 10</source>
        <translation>%1: %2/10</translation>
    </message>
    <message>
        <source>Compared with the previous school year</source>
        <translation>So với năm học trước</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>Add them to the p&amp;lan</source>
        <translation>Lập kế hoạch cho các tiê&amp;u chí này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Comparison with the previous school year</source>
        <translation>So sánh với năm học trước</translation>
    </message>
    <message>
        <source>None — every answered criterion is met.</source>
        <translation>Không có — mọi tiêu chí đã trả lời đều đạt.</translation>
    </message>
    <message>
        <source>Not met and not in the plan yet: %1.</source>
        <translation>Chưa đạt mà chưa có trong kế hoạch: %1.</translation>
    </message>
    <message>
        <source>There is no assessment of an earlier school year to compare with.</source>
        <translation>Chưa có bản tự đánh giá năm học trước để so sánh.</translation>
    </message>
    <message>
        <source>School year %1 compared with %2.</source>
        <translation>Năm học %1 so với năm học %2.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>tốt hơn</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>kém hơn</translation>
    </message>
    <message>
        <source>same</source>
        <translation>như cũ</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>&amp;Load the list of schools…</source>
        <translation>Nạp &amp;danh sách trường…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>X&amp;em:</translation>
    </message>
    <message>
        <source>Status shown</source>
        <translation>Tình trạng cần xem</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Mọi trường</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Status of each school of the list</source>
        <translation>Tình trạng của từng trường trong danh sách</translation>
    </message>
    <message>
        <source>No list of schools loaded yet: the table shows the schools that sent their data (%1). Load a CSV or Excel file with the columns code, name and unit to see which schools have not sent.</source>
        <translation>Chưa nạp danh sách trường: bảng chỉ có các trường đã gửi dữ liệu (%1). Hãy nạp tệp CSV hoặc Excel có các cột mã, tên và đơn vị để biết trường nào chưa gửi.</translation>
    </message>
    <message>
        <source>School year %1, %2 schools on the list: %3.</source>
        <translation>Năm học %1, %2 trường trong danh sách: %3.</translation>
    </message>
    <message>
        <source>Every school of the list has sent its data.</source>
        <translation>Tất cả các trường trong danh sách đã gửi dữ liệu.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>%1 — SAMPLE DATA</source>
        <translation>%1 — DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <translation>DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <source>For trying the program only. Reports printed from it carry «SAMPLE DATA»; no data file can be exported from it. Your own data is kept separately.</source>
        <translation>Chỉ để xem thử. Báo cáo in ra từ đây có dấu «DỮ LIỆU MẪU»; không xuất được tệp dữ liệu để gửi. Dữ liệu của thầy/cô được giữ riêng.</translation>
    </message>
    <message>
        <source>Back to &amp;my data</source>
        <translation>&amp;Về dữ liệu của tôi</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>%1 – school year %2 (read only)</source>
        <translation>%1 – năm học %2 (chỉ xem)</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Mã xác thực: %1</translation>
    </message>
    <message>
        <source>Compare it with the code printed on the school&apos;s signed paper report: if they differ, the file is not the assessment the principal signed.</source>
        <translation>Hãy đối chiếu với mã in trên báo cáo giấy có chữ ký của trường: nếu hai mã khác nhau, tệp này không phải bản tự đánh giá hiệu trưởng đã ký.</translation>
    </message>
    <message>
        <source>School: %1 (%2), %3</source>
        <translation>Trường: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Revision %1, finalised %2, document no. %3 of %4</source>
        <translation>Lần sửa %1, hoàn thành ngày %2, văn bản số %3 ngày %4</translation>
    </message>
    <message>
        <source>Overall score: %1 / 10</source>
        <translation>Điểm tự đánh giá: %1/10</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Answers and results</source>
        <translation>Câu trả lời và kết quả</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>Tiế&amp;p nhận…</translation>
    </message>
    <message>
        <source>Write the receip&amp;t…</source>
        <translation>Ghi giấy &amp;báo…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>T&amp;rả lại…</translation>
    </message>
    <message>
        <source>&amp;Print / export PDF</source>
        <translation>&amp;In / Xuất PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Tình trạng xem xét: %1</translation>
    </message>
    <message>
        <source>revision %1, %2, %3</source>
        <translation>lần sửa %1, lúc %2, người xem xét %3</translation>
    </message>
    <message>
        <source>Reviewed before it came here: %1</source>
        <translation>Cấp dưới đã xem xét trước khi gửi lên: %1</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>&amp;Open evidence file</source>
        <translation>&amp;Mở tệp minh chứng</translation>
    </message>
    <message>
        <source>Evidence files (%1):</source>
        <translation>Tệp minh chứng (%1):</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>Thông tin trường</translation>
    </message>
    <message>
        <source>As written on the school&apos;s documents.</source>
        <translation>Ghi đúng như trên văn bản của trường.</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>&amp;Mã trường:</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>e.g. TH64300001</source>
        <translation>ví dụ TH64300001</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>e.g. Trường Tiểu học Lê Lợi</source>
        <translation>ví dụ Trường Tiểu học Lê Lợi</translation>
    </message>
    <message>
        <source>&amp;Abbreviation on documents:</source>
        <translation>Tên &amp;viết tắt trên văn bản:</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>e.g. THLL</source>
        <translation>ví dụ THLL</translation>
    </message>
    <message>
        <source>Enter the school code: letters and digits only, 2 to 32 characters (e.g. TH64300001).</source>
        <translation>Hãy nhập mã trường: chỉ gồm chữ và số, từ 2 đến 32 ký tự (ví dụ TH64300001).</translation>
    </message>
    <message>
        <source>A school with the code %1 is already in this data file. Check the code, or cancel and choose that school on the home page.</source>
        <translation>Trong tệp dữ liệu này đã có trường mã %1. Hãy kiểm tra lại mã, hoặc huỷ rồi chọn trường đó ở trang chính.</translation>
    </message>
    <message>
        <source>&amp;Place name on documents:</source>
        <translation>Địa &amp;danh ghi trên văn bản:</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>e.g. Ea Kar</source>
        <translation>ví dụ Ea Kar</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>Hãy ghi tên trường.</translation>
    </message>
    <message>
        <source>Enter the place name used on documents (e.g. Ea Kar).</source>
        <translation>Hãy ghi địa danh dùng trên văn bản (ví dụ Ea Kar).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>the signer&apos;s title as printed: the principal, or a deputy signing for the principal (two lines)</extracomment>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Thư mục &amp;sao lưu:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Số bản sao lưu giữ lại</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Số bản sao lưu &amp;giữ lại:</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Sao &amp;lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Signing the report</source>
        <extracomment>the backup the user chose to restore (the main window restores it after the dialog closes)</extracomment>
        <translation>Người ký báo cáo</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Principal (HIỆU TRƯỞNG)</source>
        <translation>Hiệu trưởng ký (HIỆU TRƯỞNG)</translation>
    </message>
    <message>
        <source>Deputy for the principal (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG)</source>
        <translation>Phó hiệu trưởng ký thay (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Receiving offices (one per line)</source>
        <translation>Nơi nhận báo cáo (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Receiving offices, one per line</source>
        <translation>Nơi nhận, mỗi dòng một nơi</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>The data was copied and checked.</source>
        <translation>Dữ liệu đã được sao chép và kiểm tra.</translation>
    </message>
    <message>
        <source>Replace the data with the backup %1? The current data is backed up first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu %1? Dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message>
        <source>Q%1</source>
        <translation>Câu %1</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The office (printed on the summary report)</source>
        <translation>Cơ quan tổng hợp (in trên báo cáo tổng hợp)</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <source>S&amp;upervising body:</source>
        <translation>Cơ quan chủ &amp;quản:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức d&amp;anh người ký:</translation>
    </message>
    <message>
        <source>(fill in later)</source>
        <translation>(điền sau)</translation>
    </message>
    <message>
        <source>Sa&amp;ve the office details</source>
        <translation>&amp;Lưu thông tin cơ quan</translation>
    </message>
    <message>
        <source>Count ever&amp;y submission received, not only the accepted ones</source>
        <translation>Tính cả các bản chưa tiếp nhận (&amp;mọi bản đã nhận)</translation>
    </message>
    <message>
        <source>Summary as &amp;Excel…</source>
        <translation>Bảng tổng hợp &amp;Excel…</translation>
    </message>
    <message>
        <source>Summary as &amp;CSV…</source>
        <translation>Bảng tổng hợp &amp;CSV…</translation>
    </message>
    <message>
        <source>Abbrevi&amp;ation:</source>
        <translation>Chữ &amp;viết tắt:</translation>
    </message>
    <message>
        <source>e.g. Phòng Văn hóa – Xã hội phường Buôn Ma Thuột</source>
        <translation>ví dụ Phòng Văn hóa – Xã hội phường Buôn Ma Thuột</translation>
    </message>
    <message>
        <source>e.g. UBND phường Buôn Ma Thuột</source>
        <translation>ví dụ UBND phường Buôn Ma Thuột</translation>
    </message>
    <message>
        <source>in the document number; empty: from the name</source>
        <translation>dùng trong số văn bản; để trống: lấy từ tên</translation>
    </message>
    <message>
        <source>P&amp;lace name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>printed before the date, e.g. Buôn Ma Thuột</source>
        <translation>in trước ngày tháng, ví dụ Buôn Ma Thuột</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>e.g. TRƯỞNG PHÒNG, or KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG</source>
        <translation>ví dụ TRƯỞNG PHÒNG, hoặc KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG</translation>
    </message>
    <message>
        <source>Addres&amp;sed to (Kính gửi, separated by ;):</source>
        <translation>Kính gửi (các cơ q&amp;uan, cách nhau bởi dấu ;):</translation>
    </message>
    <message>
        <source>e.g. Sở Giáo dục và Đào tạo tỉnh Đắk Lắk</source>
        <translation>ví dụ Sở Giáo dục và Đào tạo tỉnh Đắk Lắk</translation>
    </message>
    <message>
        <source>Other &amp;recipients (Nơi nhận, separated by ;):</source>
        <translation>Nơ&amp;i nhận khác (cách nhau bởi dấu ;):</translation>
    </message>
    <message>
        <source>e.g. UBND phường (để báo cáo)</source>
        <translation>ví dụ UBND phường (để báo cáo)</translation>
    </message>
    <message>
        <source>&amp;Document number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Summary report as &amp;PDF…</source>
        <translation>Báo cáo tổng hợp &amp;PDF…</translation>
    </message>
    <message>
        <source>Bundle &amp;for the next level…</source>
        <translation>Đóng gói gửi cấp t&amp;rên…</translation>
    </message>
    <message>
        <source>The files hold school year %1, %2 (chosen on the dashboard).</source>
        <translation>Các tệp gồm năm học %1, %2 (chọn ở «Bảng tổng hợp»).</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>tất cả đơn vị</translation>
    </message>
    <message>
        <source>Still to fill in before the summary report can be printed: %1.</source>
        <translation>Cần ghi thêm trước khi in được báo cáo tổng hợp: %1.</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>The office details were saved.</source>
        <translation>Đã lưu thông tin cơ quan.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Lưu bảng tổng hợp</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>The summary was saved as %1.</source>
        <translation>Đã lưu bảng tổng hợp: %1.</translation>
    </message>
    <message>
        <source>Save the bundle for the next level</source>
        <translation>Lưu gói gửi cấp trên</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Tệp nén ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Đóng gói</translation>
    </message>
    <message>
        <source>The bundle was saved as %1: %2 schools&apos; data files with the summary (Excel and PDF).</source>
        <translation>Đã lưu gói: %1, gồm tệp dữ liệu của %2 trường cùng bảng tổng hợp (Excel và PDF).</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Load survey forms</source>
        <translation>Nạp phiếu khảo sát</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Bảng tính (*.csv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 %2 — the school: %3; %4 of parents say yes (%6 of %5 forms)</source>
        <translation>%1 %2 — nhà trường: %3; %4 cha mẹ trả lời «Có» (%6/%5 phiếu)</translation>
    </message>
</context>
<context>
    <name>SurveyGrid</name>
    <message>
        <source>DK</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>để trống</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>trả lời</translation>
    </message>
    <message>
        <source>delete form</source>
        <translation>xoá phiếu</translation>
    </message>
    <message>
        <source>Survey forms</source>
        <translation>Phiếu khảo sát</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>&amp;Enter forms</source>
        <translation>&amp;Nhập phiếu</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Kết &amp;quả</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Điểm trường</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Ca&amp;mpus:</source>
        <translation>Điểm &amp;trường:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <source>&amp;Delete form</source>
        <translation>Xoá phiế&amp;u</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Number of forms to print</source>
        <translation>Số phiếu cần in</translation>
    </message>
    <message>
        <source>Cop&amp;ies:</source>
        <translation>&amp;Số bản:</translation>
    </message>
    <message>
        <source>Print &amp;blank forms…</source>
        <translation>In phiếu trắn&amp;g…</translation>
    </message>
    <message>
        <source>Load a CSV/Excel &amp;table…</source>
        <translation>Nạp tệp CSV/&amp;Excel…</translation>
    </message>
    <message>
        <source>This class: %1 forms · whole school: %2 forms</source>
        <translation>Lớp này: %1 phiếu · cả trường: %2 phiếu</translation>
    </message>
    <message>
        <source>The self-assessment is finalised, so the forms can only be read.</source>
        <translation>Bản tự đánh giá đã hoàn thành nên các phiếu chỉ xem được.</translation>
    </message>
    <message>
        <source>Keys: %1 · 0 leave blank · Enter next form · Ctrl+Z undo</source>
        <translation>Phím: %1 · 0 để trống · Enter sang phiếu sau · Ctrl+Z hoàn tác</translation>
    </message>
    <message>
        <source>This question takes the keys 1 to %1 (0 leaves it blank).</source>
        <translation>Câu này chỉ nhận phím 1 đến %1 (phím 0 để trống).</translation>
    </message>
    <message>
        <source>Save the survey forms as PDF</source>
        <translation>Lưu phiếu khảo sát thành tệp PDF</translation>
    </message>
    <message>
        <source>Forms loaded</source>
        <translation>Đã nạp phiếu</translation>
    </message>
    <message>
        <source>%1 forms were loaded from %2.</source>
        <translation>Đã nạp %1 phiếu từ tệp %2.</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>By unit (all the parents of its schools together):</source>
        <translation>Theo đơn vị (gộp ý kiến cha mẹ của mọi trường trong đơn vị):</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Schools with a survey</source>
        <translation>Trường có khảo sát</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Parents&apos; answers by unit</source>
        <translation>Ý kiến cha mẹ theo đơn vị</translation>
    </message>
    <message>
        <source>By school, the largest gap with the school&apos;s verdicts first (double-click opens the school):</source>
        <translation>Theo trường, trường lệch nhiều nhất với kết quả tự đánh giá ở trên cùng (nhấp đúp để mở trường):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Parents&apos; answers by school</source>
        <translation>Ý kiến cha mẹ theo trường</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>Các câu hỏi</translation>
    </message>
    <message>
        <source>No finalised assessments have been imported yet.</source>
        <translation>Chưa nhập bản tự đánh giá đã hoàn thành nào.</translation>
    </message>
    <message>
        <source>School year %1: %2 of %3 schools sent a parents&apos; survey (%4 forms). Share of parents answering “yes” to each question; red: fewer than half.</source>
        <translation>Năm học %1: %2/%3 trường có gửi khảo sát ý kiến cha mẹ học sinh (%4 phiếu). Tỉ lệ cha mẹ trả lời “có” ở từng câu hỏi; ô đỏ: chưa đến một nửa trả lời “có”.</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Largest gap</source>
        <translation>Chênh lệch lớn nhất</translation>
    </message>
    <message>
        <source>Questions: </source>
        <translation>Câu hỏi: </translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <source>Results for</source>
        <translation>Xem kết quả của</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Cả trường</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>X&amp;em:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Không biết</translation>
    </message>
    <message>
        <source>Share of yes</source>
        <translation>Tỉ lệ «Có»</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Khoảng tin cậy 95%</translation>
    </message>
    <message>
        <source>Results per question</source>
        <translation>Kết quả từng câu hỏi</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Điểm trường</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Forms per class</source>
        <translation>Số phiếu theo lớp</translation>
    </message>
    <message>
        <source>No forms from this campus yet.</source>
        <translation>Chưa có phiếu nào của điểm trường này.</translation>
    </message>
    <message>
        <source>%1 forms, entered on %2.</source>
        <translation>%1 phiếu, nhập ngày %2.</translation>
    </message>
    <message>
        <source>%1 forms, entered %2 to %3.</source>
        <translation>%1 phiếu, nhập từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Where the school&apos;s verdict and the parents disagree:</source>
        <translation>Chỗ kết luận của nhà trường khác với ý kiến của đa số cha mẹ:</translation>
    </message>
    <message>
        <source>The parents&apos; answers agree with the school&apos;s verdicts.</source>
        <translation>Ý kiến của cha mẹ phù hợp với kết luận của nhà trường.</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(chưa ghi lớp)</translation>
    </message>
</context>
<context>
    <name>SurveySummary</name>
    <message>
        <source>Parents&apos; views</source>
        <translation>Ý kiến của cha mẹ học sinh</translation>
    </message>
    <message>
        <source>Where the school&apos;s verdict and the parents disagree</source>
        <translation>Chỗ kết luận của nhà trường khác với ý kiến cha mẹ</translation>
    </message>
    <message>
        <source>Check these criteria again, or find out why the parents see it otherwise. The report prints them in section III. Click a criterion to open it.</source>
        <translation>Thầy/cô hãy xem lại các tiêu chí này, hoặc tìm hiểu vì sao cha mẹ thấy khác. Báo cáo in các chỗ này ở mục III. Bấm vào mã tiêu chí để mở tiêu chí đó.</translation>
    </message>
    <message>
        <source>No parents&apos; survey forms entered yet. Enter them in the tab “Parents&apos; views”.</source>
        <translation>Chưa nhập phiếu khảo sát cha mẹ học sinh nào. Hãy nhập ở thẻ «Ý kiến cha mẹ».</translation>
    </message>
    <message>
        <source>%1 forms from parents.</source>
        <translation>Đã có %1 phiếu của cha mẹ học sinh.</translation>
    </message>
    <message>
        <source>Their answers agree with the school&apos;s verdicts.</source>
        <translation>Ý kiến của cha mẹ phù hợp với kết luận của nhà trường.</translation>
    </message>
    <message>
        <source>Criteria where the school&apos;s verdict and most parents disagree (%1):</source>
        <translation>Các tiêu chí mà kết luận của nhà trường khác với ý kiến của đa số cha mẹ (%1):</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Commune or ward, and size</source>
        <translation>Xã/phường và quy mô</translation>
    </message>
    <message>
        <source>The report&apos;s «Scale» line and the receiving office&apos;s summaries use these.</source>
        <translation>Dùng cho dòng «Quy mô» của báo cáo và cho các bảng tổng hợp của cơ quan nhận báo cáo.</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>e.g. xã Ea Kar</source>
        <translation>ví dụ xã Ea Kar</translation>
    </message>
    <message>
        <source>Co&amp;mmune or ward:</source>
        <translation>Xã/p&amp;hường:</translation>
    </message>
    <message>
        <source>The list holds the %1 communes and wards of %2 since %3. A school elsewhere types the name.</source>
        <translation>Danh sách gồm %1 xã, phường của tỉnh %2 từ ngày %3. Trường ở nơi khác thì gõ tên xã/phường.</translation>
    </message>
    <message>
        <source>Supervising &amp;body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>Supervising body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>e.g. UBND XÃ EA KAR</source>
        <translation>ví dụ UBND XÃ EA KAR</translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation>Số &amp;lớp:</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>P&amp;upils:</source>
        <translation>Số học &amp;sinh:</translation>
    </message>
    <message>
        <source>Number of pupils</source>
        <translation>Số học sinh</translation>
    </message>
    <message>
        <source>&amp;Teachers:</source>
        <translation>Số &amp;giáo viên:</translation>
    </message>
    <message>
        <source>Number of teachers</source>
        <translation>Số giáo viên</translation>
    </message>
    <message>
        <source>Managers and other staf&amp;f:</source>
        <translation>Số cán bộ quản lý, &amp;nhân viên:</translation>
    </message>
    <message>
        <source>Number of managers and other staff</source>
        <translation>Số cán bộ quản lý, nhân viên</translation>
    </message>
    <message>
        <source>Choose or type the commune or ward the school belongs to.</source>
        <translation>Hãy chọn hoặc gõ tên xã/phường nơi trường đóng.</translation>
    </message>
    <message>
        <source>Enter the supervising body (e.g. UBND XÃ EA KAR).</source>
        <translation>Hãy nhập cơ quan chủ quản (ví dụ UBND XÃ EA KAR).</translation>
    </message>
    <message>
        <source>Enter the number of classes, pupils and teachers (the report prints them).</source>
        <translation>Hãy nhập số lớp, số học sinh và số giáo viên (báo cáo in các số này).</translation>
    </message>
</context>
<context>
    <name>VerdictBox</name>
    <message>
        <source>The office&apos;s verdict</source>
        <translation>Kết quả xem xét của cơ quan</translation>
    </message>
    <message>
        <source>&amp;Reopen to make changes</source>
        <translation>Mở lại để &amp;sửa</translation>
    </message>
    <message>
        <source>%1 accepted revision %2 of this self-assessment (%3).</source>
        <translation>%1 đã tiếp nhận lần sửa %2 của bản tự đánh giá này (%3).</translation>
    </message>
    <message>
        <source>%1 returned revision %2 of this self-assessment (%3). Reason: «%4».</source>
        <translation>%1 đã trả lại lần sửa %2 của bản tự đánh giá này (%3). Lý do: «%4».</translation>
    </message>
    <message>
        <source>Its notes are on the pages of the criteria %5.</source>
        <translation>Ghi chú của cơ quan có ở trang các tiêu chí %5.</translation>
    </message>
    <message>
        <source>You have finalised revision %1 since: send its data file to the office.</source>
        <translation>Trường đã hoàn thành lần sửa %1 sau đó: hãy gửi tệp dữ liệu của lần sửa này cho cơ quan.</translation>
    </message>
    <message>
        <source>The changes are being made in revision %1; finalise it and send its data file.</source>
        <translation>Đang sửa ở lần sửa %1; sửa xong hãy hoàn thành rồi gửi tệp dữ liệu cho cơ quan.</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Criteria</source>
        <extracomment>name of the criteria pane&apos;s divider in the per-user preferences the criterion now shown (id) criteria in the order of the navigation pane (by dimension), which next/back follow</extracomment>
        <translation>Các tiêu chí</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Tiếp th&amp;eo ▶</translation>
    </message>
    <message>
        <source>Previous criterion (Ctrl+PgUp or Alt+Left)</source>
        <translation>Tiêu chí trước (Ctrl+PgUp hoặc Alt+←)</translation>
    </message>
    <message>
        <source>Next criterion (Ctrl+PgDown or Alt+Right)</source>
        <translation>Tiêu chí sau (Ctrl+PgDown hoặc Alt+→)</translation>
    </message>
    <message>
        <source>needs re-checking</source>
        <translation>cần kiểm tra lại</translation>
    </message>
    <message>
        <source>started, not complete</source>
        <translation>đang làm, chưa đủ</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <source>Criterion %1 of %2</source>
        <translation>Tiêu chí %1 / %2</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome! Who will use the program on this computer?</source>
        <extracomment>repository setting: the role chosen at the first start (&quot;school&quot; or &quot;office&quot;)</extracomment>
        <translation>Chào mừng! Ai sẽ dùng chương trình trên máy này?</translation>
    </message>
    <message>
        <source>The program helps a primary school assess itself against the criteria for raising the PAPI index, and helps the receiving office aggregate the schools&apos; reports. Choose one; you can do the others later.</source>
        <translation>Chương trình giúp trường tiểu học tự đánh giá theo các tiêu chí nâng cao Chỉ số PAPI, và giúp cơ quan nhận báo cáo tổng hợp báo cáo của các trường. Hãy chọn một mục; các mục còn lại có thể làm sau.</translation>
    </message>
    <message>
        <source>My &amp;school</source>
        <translation>T&amp;rường của tôi</translation>
    </message>
    <message>
        <source>Enter the school&apos;s profile (a few minutes), then assess each criterion, print the report and export the data file for the receiving office.</source>
        <translation>Nhập hồ sơ trường (vài phút), rồi tự đánh giá từng tiêu chí, in báo cáo và xuất tệp dữ liệu gửi cơ quan nhận báo cáo.</translation>
    </message>
    <message>
        <source>Receiving &amp;office</source>
        <translation>&amp;Cơ quan tổng hợp</translation>
    </message>
    <message>
        <source>Commune or ward People&apos;s Committee, Department of Education: import the data files the schools sent, see the summary table, make the summary report. Later: File → Aggregation.</source>
        <translation>UBND xã/phường, Sở GDĐT: nhập các tệp dữ liệu các trường gửi lên, xem bảng tổng hợp, lập báo cáo tổng hợp. Về sau mở từ Tệp → Tổng hợp.</translation>
    </message>
    <message>
        <source>Try it with &amp;sample data</source>
        <translation>&amp;Xem thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Opens six filled-in sample schools in a separate file: your own data is not touched, and nothing made from the sample can be sent.</source>
        <translation>Mở sáu trường mẫu đã điền sẵn, trong một tệp riêng: dữ liệu của thầy/cô không bị đụng đến, và không gì làm từ dữ liệu mẫu gửi đi được.</translation>
    </message>
</context>
</TS>

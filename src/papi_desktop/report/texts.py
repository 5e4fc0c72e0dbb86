"""Fixed wording of the report, Vietnamese first, English second. Data (offices, names) never lives here."""

from __future__ import annotations

from datetime import date

T: dict[str, tuple[str, str]] = {
    "national": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "number": ("Số", "No."),
    "doc_type": ("BÁO CÁO", "REPORT"),
    "summary": ("Kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI năm học {year}",
                "Self-assessment against the criteria for raising the PAPI index, school year {year}"),
    "to": ("Kính gửi:", "To:"),
    "intro": ("Thực hiện {source}, {school} báo cáo kết quả tự đánh giá các tiêu chí nâng cao Chỉ số Hiệu quả "
              "quản trị và hành chính công cấp tỉnh (PAPI) năm học {year} như sau:",
              "Following {source}, {school} reports the result of its self-assessment against the criteria for "
              "raising the Provincial Governance and Public Administration Performance Index (PAPI), school year "
              "{year}, as follows:"),
    "the_plan": ("kế hoạch nâng cao Chỉ số PAPI của ngành giáo dục", "the education sector's PAPI plan"),
    "s1": ("I. THÔNG TIN CHUNG", "I. GENERAL INFORMATION"),
    "s2": ("II. KẾT QUẢ TỰ ĐÁNH GIÁ", "II. SELF-ASSESSMENT RESULTS"),
    "s3": ("III. TỒN TẠI, HẠN CHẾ", "III. SHORTCOMINGS"),
    "s4": ("IV. KẾ HOẠCH KHẮC PHỤC", "IV. IMPROVEMENT PLAN"),
    "s5": ("V. ĐỀ XUẤT, KIẾN NGHỊ", "V. PROPOSALS"),
    "school_line": ("1. Tên trường: {name} (mã trường: {code}). Địa chỉ: {address}.",
                    "1. School: {name} (code {code}). Address: {address}."),
    "campus_line": ("2. Số điểm trường: {n}", "2. Campuses: {n}"),
    "scale_line": ("3. Quy mô: {classes} lớp; {pupils} học sinh; {teachers} giáo viên; {staff} cán bộ, nhân viên.",
                   "3. Size: {classes} classes; {pupils} pupils; {teachers} teachers; {staff} staff."),
    "overall_line": ("Điểm chung: {overall}/10. Số tiêu chí đạt: {met}/{total}; chưa đạt: {not_met}; "
                     "không áp dụng: {na}; chưa trả lời: {unanswered}.",
                     "Overall score: {overall}/10. Criteria met: {met}/{total}; not met: {not_met}; "
                     "not applicable: {na}; not answered: {unanswered}."),
    "dim_heading": ("{n}. {name} (điểm: {score}/10)", "{n}. {name} (score: {score}/10)"),
    "tt": ("TT", "No."),
    "dimension": ("Lĩnh vực", "Dimension"),
    "criteria_n": ("Số tiêu chí", "Criteria"),
    "met_n": ("Đạt", "Met"),
    "not_met_n": ("Chưa đạt", "Not met"),
    "score": ("Điểm (0–10)", "Score (0–10)"),
    "overall": ("Điểm chung", "Overall"),
    "criterion": ("Tiêu chí", "Criterion"),
    "facts": ("Thực trạng", "Facts"),
    "verdict": ("Kết quả", "Result"),
    "evidence": ("Minh chứng", "Evidence"),
    "no_shortcomings": ("Tất cả các tiêu chí đã đạt.", "Every criterion is met."),
    "unanswered_left": ("Còn {n} tiêu chí chưa trả lời (bản nháp).", "{n} criteria are not answered yet (draft)."),
    "action": ("Nội dung công việc", "Action"),
    "who": ("Người thực hiện", "Responsible"),
    "due": ("Thời hạn", "Due"),
    "status": ("Tình trạng", "Status"),
    "planned": ("Chưa thực hiện", "Planned"),
    "in_progress": ("Đang thực hiện", "In progress"),
    "done": ("Đã hoàn thành", "Done"),
    "no_actions": ("Chưa có kế hoạch khắc phục.", "No improvement actions yet."),
    "proposal_default": ("Đề nghị các cấp quản lý quan tâm hỗ trợ nhà trường khắc phục các tiêu chí chưa đạt nêu "
                         "tại mục III, đặc biệt về cơ sở vật chất và điều kiện dạy học ở các điểm trường.",
                         "We ask the supervising offices to help the school remedy the criteria not met listed in "
                         "section III, especially facilities and teaching conditions at the campuses."),
    "proposal_none": ("Nhà trường tiếp tục duy trì các kết quả đã đạt; không có kiến nghị khác.",
                      "The school will keep the results achieved; no further proposals."),
    "closing": ("Trên đây là báo cáo kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI năm học {year} "
                "của {school}./.",
                "This is the self-assessment report of {school} for the school year {year}./."),
    "recipients": ("Nơi nhận:", "Recipients:"),
    "as_above": ("- Như trên;", "- As above;"),
    "archive": ("- Lưu: VT, HSTĐG.", "- Filed: office, self-assessment records."),
    "archive_office": ("- Lưu: VT.", "- Filed: office."),
    "principal": ("HIỆU TRƯỞNG", "PRINCIPAL"),
    "draft": ("BẢN NHÁP", "DRAFT"),
    "sample": ("DỮ LIỆU MẪU", "SAMPLE DATA"),
    "draft_note": ("BẢN NHÁP — chưa hoàn thành, không dùng để gửi.", "DRAFT — not finalised, not to be sent."),
    "verify_head": ("Mã xác thực: {code}", "Verification code: {code}"),
    "verify_text": ("Trường {school_code}, năm học {year}, lần {revision}. Mã băm nội dung (SHA-256): {digest}. "
                    "Cơ quan nhận đối chiếu mã này với tệp dữ liệu đã nhập.",
                    "School {school_code}, school year {year}, revision {revision}. Content hash (SHA-256): "
                    "{digest}. The receiving office compares this code with the imported data file."),
    "footer": ("Mã xác thực {code}", "Verification code {code}"),
}


def t(key: str, lang: str = "vi", **values) -> str:
    text = T[key][0 if lang == "vi" else 1]
    return text.format(**values) if values else text


def place_date(place: str, when: date, lang: str = "vi") -> str:
    """"Buôn Ma Thuột, ngày 05 tháng 01 năm 2026" — days < 10 and months 1–2 zero-padded (NĐ 30)."""
    if lang != "vi":
        return f"{place}, {when:%d %B %Y}" if place else f"{when:%d %B %Y}"
    month = f"{when.month:02d}" if when.month <= 2 else str(when.month)  # only January and February are padded
    text = f"ngày {when.day:02d} tháng {month} năm {when.year}"
    return f"{place}, {text}" if place else text.capitalize()


def doc_number(number: int | None, abbreviation: str, lang: str = "vi", kind: str = "BC") -> str:
    """"Số: 05/BC-THLL"; without a number the clerk's blank "Số:      /BC-THLL"."""
    num = f"{int(number):02d}" if number is not None else "\u00a0" * 8
    return f"{t('number', lang)}: {num}/{kind}-{abbreviation}"

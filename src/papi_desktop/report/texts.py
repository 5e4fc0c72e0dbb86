"""Fixed wording of the report, Vietnamese first, English second. Data (offices, names) never lives here."""

from __future__ import annotations

from datetime import date

from papi_desktop.core import terms
from papi_desktop.core.catalogue import Text
from papi_desktop.core.survey.questionnaire import ANSWER_TEXT, DONT_KNOW, NO, YES


def _heading(number: str, term: Text) -> tuple[str, str]:
    """A section heading made of the glossary's word: ``"V. KẾ HOẠCH KHẮC PHỤC"``."""
    return f"{number}. {term.vi.upper()}", f"{number}. {term.en.upper()}"


T: dict[str, tuple[str, str]] = {
    "national": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "number": ("Số", "No."),
    "doc_type": ("BÁO CÁO", "REPORT"),
    "summary": ("Kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI năm học {year}",
                "Self-assessment against the criteria for raising the PAPI index, school year {year}"),
    "to": ("Kính gửi:", "To:"),
    "intro": ("{lead}{school} báo cáo kết quả tự đánh giá các tiêu chí nâng cao Chỉ số Hiệu quả quản trị và "
              "Hành chính công cấp tỉnh (PAPI) năm học {year} như sau:",
              "{lead}{school} reports the result of its self-assessment against the criteria for raising the "
              "Provincial Governance and Public Administration Performance Index (PAPI), school year {year}, as "
              "follows:"),
    "basis_cites": ("Căn cứ {cites};", "Pursuant to {cites};"),
    "basis_lead": ("Thực hiện {basis}, ", "Implementing {basis}, "),
    "missing_basis": ("Chưa ghi căn cứ (văn bản của Sở Giáo dục và Đào tạo cho năm học {year}).",
                      "The plan this report answers (the Department's document for {year}) is not set."),
    "missing_reference": ("Chưa ghi ngày chốt số liệu.", "The date the figures refer to is not set."),
    "s1": ("I. THÔNG TIN CHUNG", "I. GENERAL INFORMATION"),
    "s2": ("II. KẾT QUẢ TỰ ĐÁNH GIÁ", "II. SELF-ASSESSMENT RESULTS"),
    "s_parents": _heading("III", terms.PARENTS_VIEWS),
    "s3": ("IV. TỒN TẠI, HẠN CHẾ", "IV. SHORTCOMINGS"),
    "s4": _heading("V", terms.PLAN),
    "s5": _heading("VI", terms.PROPOSALS),
    "school_line": ("1. Tên trường: {name} (mã trường: {code}). Địa chỉ: {address}.",
                    "1. School: {name} (code {code}). Address: {address}."),
    "campus_line": ("2. Số điểm trường: {n}", "2. Campuses: {n}"),
    "scale_line": ("3. Quy mô: {classes} lớp; {pupils} học sinh; {teachers} giáo viên; {staff} cán bộ, nhân viên.",
                   "3. Size: {classes} classes; {pupils} pupils; {teachers} teachers; {staff} staff."),
    "reference_line": (f"4. {terms.REFERENCE_DATE.vi}.", f"4. {terms.REFERENCE_DATE.en}."),
    "overall_line": ("Điểm tự đánh giá: {overall}/10. Số tiêu chí đạt: {met}/{total}; chưa đạt: {not_met}; "
                     "không áp dụng: {na}; chưa trả lời: {unanswered}.",
                     "Self-assessment score: {overall}/10. Criteria met: {met}/{total}; not met: {not_met}; "
                     "not applicable: {na}; not answered: {unanswered}."),
    "dim_heading": ("{title} (điểm: {score}/10)", "{title} (score: {score}/10)"),
    "yoy_intro": ("So với năm học {prev}: điểm tự đánh giá {change}.", "Compared with {prev}: the score {change}."),
    "yoy_up": ("tăng từ {old} lên {new}", "rose from {old} to {new}"),
    "yoy_down": ("giảm từ {old} xuống {new}", "fell from {old} to {new}"),
    "yoy_same": ("giữ nguyên {new}", "stayed at {new}"),
    "yoy_better": ("Tiến bộ ở: {items}.", "Improved: {items}."),
    "yoy_worse": ("Giảm ở: {items}.", "Fell back: {items}."),
    "yoy_item": ("{name} ({old} → {new})", "{name} ({old} → {new})"),
    "score_of": ("Điểm {year}", "Score {year}"),
    "tt": ("TT", "No."),
    "criteria_n": ("Số tiêu chí", "Criteria"),
    "met_n": ("Đạt", "Met"),
    "not_met_n": ("Chưa đạt", "Not met"),
    "score": ("Điểm (0–10)", "Score (0–10)"),
    "all_dimensions": ("Cả 8 nội dung", "All dimensions"),
    "facts": ("Thực trạng", "Facts"),
    "verdict": ("Kết quả", "Result"),
    "evidence": ("Minh chứng", "Evidence"),
    "no_shortcomings": ("Tất cả các tiêu chí đã đạt.", "Every criterion is met."),
    "unanswered_left": ("Còn {n} tiêu chí chưa trả lời (bản nháp).", "{n} criteria are not answered yet (draft)."),
    "shortcoming": ("{n}. {cid} – {text}: chưa đạt.", "{n}. {cid} – {text}: not met."),
    "cause_line": (f"{terms.CAUSE.vi}: {{cause}}", f"{terms.CAUSE.en}: {{cause}}"),
    "action": ("Nội dung công việc", "Action"),
    "who": ("Người thực hiện", "Responsible"),
    "due": ("Thời hạn", "Due"),
    "status": ("Tình trạng", "Status"),
    "no_actions": ("Chưa có kế hoạch khắc phục.", "No improvement actions yet."),
    "overdue_note": ("Có {n} việc đã quá thời hạn mà chưa hoàn thành (tính đến ngày {date}).",
                     "{n} actions are past their deadline and not done (as of {date})."),
    "to_province": ("Đề nghị Sở GDĐT xem xét, trình UBND tỉnh:", "We ask the Department to put to the provincial "
                    "People's Committee:"),
    "to_so": ("Đề nghị Sở GDĐT:", "We ask the Department of Education and Training:"),
    "to_commune": ("Đề nghị {office}:", "We ask {office}:"),
    "to_commune_default": ("Ủy ban nhân dân xã, phường", "the commune People's Committee"),
    "by_school": ("Nhà trường tự khắc phục (kế hoạch tại mục V):", "The school remedies itself (plan in section V):"),
    "proposal_none": ("Nhà trường tiếp tục duy trì các kết quả đã đạt; không có kiến nghị khác.",
                      "The school will keep the results achieved; no further proposals."),
    "sv_none": ("Bản tự đánh giá này không kèm phiếu hỏi ý kiến cha mẹ học sinh.",
                "This self-assessment comes without any parents' survey forms."),
    "sv_forms": ("Nhà trường đã thu lại và nhập {forms} phiếu hỏi ý kiến cha mẹ học sinh (phiếu không ghi tên) của "
                 "{classes} lớp, {dates}.",
                 "The school collected and entered {forms} anonymous parents' survey forms from {classes} classes, "
                 "{dates}."),
    "sv_dates": ("nhập từ ngày {first} đến ngày {last}", "entered from {first} to {last}"),
    "sv_date": ("nhập ngày {first}", "entered on {first}"),
    "sv_campus_forms": ("Theo điểm trường: {items}.", "By campus: {items}."),
    "sv_campus_item": ("{name}: {n} phiếu", "{name}: {n} forms"),
    "sv_how": ("Tỉ lệ “có” tính trên số phiếu trả lời “có” hoặc “không” (không tính “không biết” và câu bỏ trống), "
               "kèm khoảng tin cậy 95% (phương pháp Wilson). Các câu hỏi được đặt sao cho “có” là điều tốt.",
               "The share of “yes” is taken over the forms answering “yes” or “no” (“don't know” and blanks left "
               "out), with its 95% interval (Wilson). Every question is put so that “yes” is the good answer."),
    "sv_table": ("1. Tỉ lệ cha mẹ trả lời “có” theo từng câu hỏi", "1. Share of parents answering “yes”, per question"),
    "sv_question": ("Câu hỏi", "Question"),
    "sv_yes": (ANSWER_TEXT[YES].vi, ANSWER_TEXT[YES].en),
    "sv_no": (ANSWER_TEXT[NO].vi, ANSWER_TEXT[NO].en),
    "sv_dont_know": (ANSWER_TEXT[DONT_KNOW].vi, ANSWER_TEXT[DONT_KNOW].en),
    "sv_share": ("Tỉ lệ “có” (khoảng tin cậy 95%)", "Share of “yes” (95% interval)"),
    "sv_campus_table": ("{n}. Tỉ lệ trả lời “có” theo điểm trường", "{n}. Share of “yes” by campus"),
    "sv_campus_head": ("{name} ({n} phiếu)", "{name} ({n} forms)"),
    "sv_campus_note": ("Trong ngoặc: số phiếu trả lời “có” hoặc “không” ở điểm trường.",
                       "In brackets: the campus's forms answering “yes” or “no”."),
    "sv_choices": ("{n}. Các câu hỏi khác (số phiếu chọn)", "{n}. The other questions (forms choosing each answer)"),
    "sv_choice_none": ("Không phiếu nào trả lời câu này.", "No form answers this question."),
    "sv_gaps": ("{n}. Chênh lệch giữa kết quả tự đánh giá và ý kiến cha mẹ", "{n}. Where the self-assessment and the "
                "parents disagree"),
    "sv_gap_met": ("{cid} – {text}: nhà trường đánh giá “{verdict}”, nhưng chỉ {share} cha mẹ trả lời “có” ở câu "
                   "{questions} ({yes}/{answered} phiếu; khoảng tin cậy 95%: {interval}).",
                   "{cid} – {text}: the school says “{verdict}”, but only {share} of parents answer “yes” to "
                   "question {questions} ({yes}/{answered} forms; 95% interval: {interval})."),
    "sv_gap_not_met": ("{cid} – {text}: nhà trường đánh giá “{verdict}”, nhưng {share} cha mẹ trả lời “có” ở câu "
                       "{questions} ({yes}/{answered} phiếu; khoảng tin cậy 95%: {interval}).",
                       "{cid} – {text}: the school says “{verdict}”, but {share} of parents answer “yes” to "
                       "question {questions} ({yes}/{answered} forms; 95% interval: {interval})."),
    "sv_no_gaps": ("Ý kiến của đa số cha mẹ không trái với kết quả tự đánh giá ở tiêu chí nào có câu hỏi tương ứng.",
                   "For every criterion a question speaks to, most parents agree with the school's verdict."),
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
    "verify_text": ("Trường {school_code}, năm học {year}, {revision}. Mã băm nội dung (SHA-256): {digest}. "
                    "Cơ quan nhận đối chiếu mã này với tệp dữ liệu đã nhập.",
                    "School {school_code}, school year {year}, {revision}. Content hash (SHA-256): "
                    "{digest}. The receiving office compares this code with the imported data file."),
    "footer": ("Mã xác thực {code}", "Verification code {code}"),
    "annex": ("PHỤ LỤC", "ANNEX"),
    "annex_of": ("(Kèm theo Báo cáo {number} ngày {date} của {school})", "(Attached to report {number} of {date} "
                 "by {school})"),
    "annex_notes": ("{n}. Toàn văn ghi chú", "{n}. Notes in full"),
    "annex_images": ("{n}. Hình ảnh minh chứng", "{n}. Evidence images"),
    "annex_files": ("{n}. Tệp minh chứng khác", "{n}. Other evidence files"),
    "cut_ref": ("… (toàn văn tại Phụ lục, mục {ref})", "… (in full in the annex, item {ref})"),
    "file": ("Tệp", "File"),
    "size": ("Dung lượng", "Size"),
    "image_caption": ("{cid}{campus} – {name} – SHA-256: {sha}", "{cid}{campus} – {name} – SHA-256: {sha}"),
}


def missing_flags(details: dict, school_year: str, lang: str = "vi") -> list[str]:
    """What a draft's report still lacks for its opening and section I (plan basis, reference date): printed under
    the draft mark, shown by the GUI and the CLI."""
    out = []
    if not details.get("basis"):
        out.append(t("missing_basis", lang, year=school_year))
    if not details.get("reference_date"):
        out.append(t("missing_reference", lang))
    return out


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


#: names spelled out on first use in the body, abbreviated afterwards (full form, short form, in parentheses)
SPELLED = (
    ("Ủy ban nhân dân", "UBND", "UBND"),
    ("Sở Giáo dục và Đào tạo", "Sở GDĐT", "GDĐT"),
)


class Spelled:
    """Spells each name of :data:`SPELLED` out the first time it appears ("Sở Giáo dục và Đào tạo (GDĐT)",
    "Ủy ban nhân dân (UBND)"), then writes its short form; a short form met first is spelled out in its place.
    Document symbols such as "KH-UBND" are left alone."""

    def __init__(self, lang: str = "vi"):
        self.lang = lang
        self.done: set[str] = set()

    def __call__(self, text: str) -> str:
        import re

        if self.lang != "vi":
            return text
        for full, short, paren in SPELLED:
            pattern = re.compile(rf"(?<![\w/-]){re.escape(full)}(?: \({re.escape(paren)}\))?(?![\w-])"
                                 rf"|(?<![\w/-]){re.escape(short)}(?![\w-])")

            def swap(m, full=full, short=short, paren=paren):
                if full in self.done:
                    return short
                self.done.add(full)
                return f"{full} ({paren})"

            text = pattern.sub(swap, text)
        return text

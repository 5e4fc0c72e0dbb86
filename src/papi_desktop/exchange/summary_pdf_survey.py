"""Section III of the office's summary report, "Ý kiến của cha mẹ học sinh" (laid out by
:mod:`papi_desktop.exchange.summary_pdf` from ``data["survey"]``, :func:`papi_desktop.exchange.survey_office.
survey_summary`): how many schools sent a survey and how many forms, the share of "có" per question over all forms
with its 95 % interval and the schools where most parents said "không", the shares per unit, and the schools whose
verdicts the parents contradict most, in plain words."""

from __future__ import annotations

from papi_desktop.core.scoring import MET, VERDICT_TEXT
from papi_desktop.report.survey_section import interval, percent


def parents(story) -> None:
    """Write section III into ``story`` (a ``summary_pdf._Story``)."""
    d = story.data.get("survey") or {}
    story.p("III. Ý KIẾN CỦA CHA MẸ HỌC SINH", "heading")
    if not d.get("surveyed"):
        story.p("Chưa trường nào gửi kèm phiếu hỏi ý kiến cha mẹ học sinh.")
        return
    story.p(f"Có {d['surveyed']}/{d['schools']} trường gửi kèm phiếu hỏi ý kiến cha mẹ học sinh (phiếu không ghi "
            f"tên), tổng cộng {d['forms']} phiếu. Tỉ lệ “có” tính trên các phiếu trả lời “có” hoặc “không”, gộp mọi "
            "phiếu, kèm khoảng tin cậy 95% (phương pháp Wilson); các câu hỏi được đặt sao cho “có” là điều tốt.")
    if d["without_count"]:
        names = ", ".join(d["without"])
        more = f" và {d['without_count'] - len(d['without'])} trường khác" if d["without_count"] > len(d["without"]) \
            else ""
        story.p(f"Không có khảo sát: {names}{more}.")
    story.table(["TT", "Câu hỏi", "Tiêu chí", "Số phiếu trả lời", "Tỉ lệ “có” (khoảng tin cậy 95%)",
                 "Số trường dưới 50%"],
                [[q["number"], q["text"], ", ".join(q["criteria"]), q["answered"],
                  "–" if q["share"] is None else f"{percent(q['share'])} ({interval(q['low'], q['high'])})",
                  q["schools_under_half"]] for q in d["questions"]],
                [0.06, 0.4, 0.11, 0.12, 0.18, 0.13], {0, 2, 3, 4, 5},
                heading="1. Tỉ lệ cha mẹ trả lời “có” theo câu hỏi")
    if len(d["units"]) > 2:  # more than one unit and the total
        numbers = [str(q["number"]) for q in d["questions"]]
        share = 0.6 / max(1, len(numbers))
        story.table(["Đơn vị", "Trường có khảo sát", "Số phiếu", *numbers],
                    [[u["unit"], f"{u['surveyed']}/{u['schools']}", u["forms"], *[percent(v) for v in u["shares"]]]
                     for u in d["units"]],
                    [0.2, 0.11, 0.09, *[share] * len(numbers)], set(range(1, 3 + len(numbers))),
                    heading="2. Tỉ lệ trả lời “có” theo đơn vị")
        story.p("Cột 1, 2, …: tỉ lệ “có” ở câu hỏi cùng số của bảng 1.", "small_note")
    n = 3 if len(d["units"]) > 2 else 2
    story.p(f"{n}. Các trường có chênh lệch lớn nhất giữa kết quả tự đánh giá và ý kiến cha mẹ:", "group")
    if not d["largest"]:
        story.p("Không trường nào có tiêu chí mà ý kiến của đa số cha mẹ trái với kết quả tự đánh giá.", "item")
        return
    for g in d["largest"]:
        how = "nhưng chỉ" if g["verdict"] == MET else "nhưng"
        story.p(f"- {g['school']} ({g['unit']}): {g['criterion']} tự đánh giá “{VERDICT_TEXT[g['verdict']].vi}”, "
                f"{how} {percent(g['share'])} cha mẹ trả lời “có” ({g['yes']}/{g['answered']} phiếu).", "item")
    if d["gap_schools"] > len(d["largest"]):
        story.p(f"Tổng cộng {d['gap_schools']} trường có ít nhất một tiêu chí như vậy (danh sách đầy đủ trong bảng "
                "tổng hợp XLSX kèm theo).", "item")

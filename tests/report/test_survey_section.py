"""Section III of the report, "Ý kiến của cha mẹ học sinh": the number of forms and the days they were entered, per
question the share of "có" with its 95 % interval, per campus, and the gaps with the principal's verdicts in plain
words — read from the PDF's text; a report without forms says so in one sentence."""

from __future__ import annotations

import re
import unicodedata

import pytest

from papi_desktop.core.model import Answer
from papi_desktop.core.survey import DONT_KNOW, NO, YES, SurveyForm
from papi_desktop.report.builder import report_bytes

FURNITURE = re.compile(r"^(BẢN NHÁP|DỮ LIỆU MẪU|Mã xác thực [A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})$")


def body_text(data: bytes) -> str:
    """The text of every page without its page number, draft mark and footer, white space collapsed, NFC."""
    import io

    from pypdf import PdfReader

    kept = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
        lines = [x.strip() for x in unicodedata.normalize("NFC", page.extract_text() or "").splitlines()]
        lines = [x for x in lines if x and not FURNITURE.match(x)]
        if lines and lines[0] == str(number):  # the page number, top centre from page 2
            lines = lines[1:]
        kept += lines
    return " ".join(" ".join(kept).split())


def section(text: str) -> str:
    return text.split("III. Ý KIẾN CỦA CHA MẸ HỌC SINH", 1)[1].split("IV. TỒN TẠI, HẠN CHẾ", 1)[0]


@pytest.fixture
def surveyed(demo_repo):
    """(repo, assessment) of a two-campus sample school's finalised report with 14 forms whose answers are known:
    question 1 at the main campus 7 có, 3 không; at the other campus 1 có, 1 không, 2 không biết; question 4 (third
    shift) "không" on every form while the school says TH.04 is met. Entered on 02/03 and 09/03/2026."""
    from tests.exchange.test_format_v2 import complete

    repo = demo_repo
    a = next(x for x in repo.list_assessments() if not x.is_final and len(repo.school_for(x).campuses) > 1)
    repo.delete_survey_forms(a.id, [f.id for f in repo.list_survey_forms(a.id)])
    complete(repo, a)
    repo.save_answer(a.id, Answer("TH.04", {"choice": "yes"}))
    main, other = (c.code for c in repo.school_for(a).campuses[:2])
    forms = [SurveyForm(class_label="3A", campus=main, answers={"lop_hoc": v, "ca_ba": NO}, entered_on="2026-03-02")
             for v in [YES] * 7 + [NO] * 3]
    forms += [SurveyForm(class_label="1C", campus=other, answers={"lop_hoc": v, "ca_ba": NO, "thoi_gian": "tren_60"},
                         entered_on="2026-03-09") for v in (YES, NO, DONT_KNOW, DONT_KNOW)]
    repo.save_survey_forms(a.id, forms)
    repo.finalise(a.id)
    return repo, repo.get_assessment(a.id)


def _pdf(repo, a, lang: str = "vi") -> bytes:
    return report_bytes(repo.snapshot(a.id), repo.catalogue_of(a), lang=lang)


def test_the_section_gives_forms_dates_shares_intervals_and_campuses(surveyed):
    """14 forms of 2 classes entered 02/03–09/03/2026; question 1: 8 có of 12 → 67%, Wilson (39–86%); the main
    campus 7/10 → 70% (10 answered), the other 1/2 → 50% (2 answered); numbers as the results compute them."""
    repo, a = surveyed
    text = section(body_text(_pdf(repo, a)))
    campuses = repo.school_for(a).campuses
    assert "đã thu lại và nhập 14 phiếu hỏi ý kiến cha mẹ học sinh (phiếu không ghi tên) của 2 lớp, nhập từ ngày " \
           "02/03/2026 đến ngày 09/03/2026." in text
    assert f"Theo điểm trường: {campuses[0].name}: 10 phiếu; {campuses[1].name}: 4 phiếu" in text
    q1 = repo.survey_results(a.id).school.questions[0]
    assert (q1.yes, q1.no, q1.dont_know) == (8, 4, 2)
    # p = 8/12: centre 0.6667 + 3.8416/24 = 0.82673; spread 1.96·√(0.2222/12 + 3.8416/576) = 0.31363;
    # denominator 1.32013 → (0.3887, 0.8638)
    assert "Phòng học của con có chắc chắn, kiên cố (tường gạch, mái không dột) không? TH.01 8 4 2 67% (39–86%)" \
        in text
    assert f"{campuses[0].name} (10 phiếu)" in text and f"{campuses[1].name} (4 phiếu)" in text
    assert "70% (10) 50% (2)" in text
    assert "Trên 1 giờ: 4 (100%)" in text
    assert "11. Nhìn chung, cha mẹ thấy việc dạy và học ở trường thế nào? Không phiếu nào trả lời câu này." in text


def test_the_gaps_are_stated_plainly(surveyed):
    """TH.04 marked met while all 14 parents say "không" to question 4: one line saying so, with the count and the
    interval (0 of 14 → 0–22 %)."""
    repo, a = surveyed
    text = section(body_text(_pdf(repo, a)))
    cat = repo.catalogue_of(a)
    assert (f"- TH.04 – {cat.criterion('TH.04').text.vi.rstrip('.')}: nhà trường đánh giá “Đạt”, nhưng chỉ 0% cha "
            "mẹ trả lời “có” ở câu 4 (0/14 phiếu; khoảng tin cậy 95%: 0–22%).") in text


def test_the_english_report_says_the_same(surveyed):
    """The English report prints the same numbers with English words."""
    repo, a = surveyed
    text = body_text(_pdf(repo, a, "en")).split("III. THE PARENTS' VIEWS", 1)[1]
    assert "14 anonymous parents' survey forms from 2 classes, entered from 02/03/2026 to 09/03/2026" in text
    assert "the school says “Met”, but only 0% of parents answer “yes” to question 4 (0/14 forms" in text


def test_a_report_without_forms_says_so_in_one_sentence(final_parts):
    """The 2024-2025 sample report has no survey: section III is one sentence, nothing else."""
    _repo, _a, cat, snap = final_parts
    assert snap["survey"] is None
    assert section(body_text(report_bytes(snap, cat))).strip() == \
        "Bản tự đánh giá này không kèm phiếu hỏi ý kiến cha mẹ học sinh."


def test_agreement_is_said_too(demo_repo):
    """When no criterion's verdict is contradicted by most parents, the section says so."""
    a = next(x for x in demo_repo.list_assessments() if not x.is_final)
    campus = demo_repo.school_for(a).campuses[0].code
    verdicts = demo_repo.snapshot(a.id)["verdicts"]
    met = next(q for q in demo_repo.survey_questionnaire(a.id).yes_no_questions()
               if all(verdicts.get(c) == "met" for c in q.criteria))
    demo_repo.delete_survey_forms(a.id, [f.id for f in demo_repo.list_survey_forms(a.id)])
    demo_repo.save_survey_forms(a.id, [SurveyForm(class_label="2A", campus=campus, answers={met.id: YES})])
    assert demo_repo.snapshot(a.id)["survey"]["gaps"] == []
    text = section(body_text(_pdf(demo_repo, a)))
    assert "Ý kiến của đa số cha mẹ không trái với kết quả tự đánh giá ở tiêu chí nào có câu hỏi tương ứng." in text

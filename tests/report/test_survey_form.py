"""The printed parents' form: one A4 page per copy, large type in the bundled font, tick boxes, batch code."""

from __future__ import annotations

import io
import json

import pytest

from papi_desktop.core.survey import default_questionnaire, parse_questionnaire
from papi_desktop.demo import school_profile
from papi_desktop.errors import ReportError
from papi_desktop.report.survey_form import build_survey_form, write_survey_form
from papi_desktop.resources import resource_path
from tests.report.conftest import BASE14, all_fonts, page_texts, pdf_text, text_runs


@pytest.fixture(scope="module")
def school():
    return school_profile(1, 0)  # Trường Tiểu học Lê Lợi, abbreviation THLL


def pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def test_form_shows_every_question_the_anonymity_line_and_the_batch_code(school):
    """A parent reads the title, every question, the three answers, that the form is anonymous; the class teacher
    sees the batch code of the class."""
    q = default_questionnaire()
    data = build_survey_form(q, school, "2025-2026", class_label="3A", invariant=True)
    text = pdf_text(data)
    assert "PHIẾU HỎI Ý KIẾN CHA MẸ HỌC SINH" in text and school.name in text
    for question in q.questions:
        assert question.text.vi in text
    for label in ("Có", "Không", "Không biết", "Dưới 15 phút", "Trung bình"):
        assert label in text
    assert q.anonymity.vi in text
    assert "THLL-2526-3A" in text and "Lớp: 3A" in text


@pytest.mark.parametrize("copies", [1, 3, 40])
def test_n_copies_are_exactly_n_pages_each_the_whole_form(school, copies):
    """--copies N gives N pages, and every page carries the whole form (nothing spills onto a next page)."""
    data = build_survey_form(default_questionnaire(), school, "2025-2026", copies=copies, class_label="5B")
    texts = page_texts(data)
    assert len(texts) == copies
    assert len(set(texts)) == 1 and "THLL-2526-5B" in texts[-1] and "cảm ơn" in texts[-1]


def test_only_the_bundled_font_is_used_and_it_is_embedded(school):
    """Every font is an embedded TrueType subset; no base-14 font (Helvetica…) appears."""
    data = build_survey_form(default_questionnaire(), school, "2025-2026", copies=2)
    fonts = all_fonts(data)
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"]).split("+")[-1]
        assert name not in BASE14
        assert "/FontFile2" in font["/FontDescriptor"]
    assert b"Helvetica" not in data


def test_type_is_large(school):
    """Older parents read it without glasses: no text under 13 pt, the title bigger still."""
    runs = text_runs(build_survey_form(default_questionnaire(), school, "2025-2026", class_label="1A"))
    assert runs and min(r["size"] for r in runs) >= 13
    title = next(r for r in runs if r["text"].startswith("PHIẾU HỎI"))
    assert title["size"] > 14


def test_without_a_class_there_is_a_line_to_write_it(school):
    """Forms printed for the whole school leave the class to be written in; the code has school and year."""
    text = pdf_text(build_survey_form(default_questionnaire(), school, "2025-2026"))
    assert "Lớp: …" in text and "THLL-2526" in text and "THLL-2526-" not in text


def test_a_long_school_name_still_fits_one_page(school):
    """The longest names the profile allows still give one page per copy."""
    school = school_profile(1, 0)
    school.name = "Trường Tiểu học Nguyễn Thị Minh Khai số 12 xã Liên Sơn Lắk tỉnh Đắk Lắk"
    school.supervising_body = "ỦY BAN NHÂN DÂN XÃ LIÊN SƠN LẮK, TỈNH ĐẮK LẮK"
    assert pages(build_survey_form(default_questionnaire(), school, "2025-2026", copies=2)) == 2


def test_a_questionnaire_too_long_for_one_page_is_refused(school):
    """A form that would spill onto a second page is refused instead of printed badly."""
    raw = json.loads(resource_path("surveys", "cha-me-tieu-hoc.json").read_text(encoding="utf-8"))
    extra = raw["questions"][0]
    raw["questions"] = [dict(extra, id=f"q{i}", text={"vi": extra["text"]["vi"] * 2, "en": "x"}) for i in range(16)]
    with pytest.raises(ReportError) as info:
        build_survey_form(parse_questionnaire(raw), school, "2025-2026")
    assert "không vừa một trang" in info.value.vi


@pytest.mark.parametrize("copies", [0, -1, 2001])
def test_a_senseless_number_of_copies_is_refused(school, copies):
    """0, negative or more than 2000 copies: a sentence, no file."""
    with pytest.raises(ReportError, match="copies"):
        build_survey_form(default_questionnaire(), school, "2025-2026", copies=copies)


def test_writing_the_forms_of_an_assessment(demo_repo, tmp_path):
    """The file appears complete under its name; a class name that is not valid is refused before writing."""
    from papi_desktop.errors import ValidationError

    a = next(x for x in demo_repo.list_assessments() if not x.is_final)
    out = write_survey_form(demo_repo, a.id, tmp_path / "phiếu" / "lop-2a.pdf", copies=2, class_label="lớp 2a")
    assert out.is_file() and pages(out.read_bytes()) == 2 and "-2526-2A" in pdf_text(out.read_bytes())
    assert [p.name for p in out.parent.iterdir()] == ["lop-2a.pdf"]
    with pytest.raises(ValidationError):
        write_survey_form(demo_repo, a.id, tmp_path / "x.pdf", class_label="2A\x00")
    assert not (tmp_path / "x.pdf").exists()

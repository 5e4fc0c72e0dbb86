"""Readable facts, evidence and dates for the report (pure functions, no PDF)."""

from __future__ import annotations

from datetime import date

from papi_desktop.core.catalogue import catalogue_for, default_catalogue
from papi_desktop.report import facts as F
from papi_desktop.report.texts import doc_number, place_date

CAMPUSES = [{"code": "chinh", "name": "Điểm trường chính"}, {"code": "diem-1", "name": "Điểm trường Buôn Trấp"}]


OLD = catalogue_for("papi-tieu-hoc", "2025.1")


def _first(model: str, per_campus: bool | None = None, cat=None):
    for c in (cat or default_catalogue()).criteria:
        if c.answer.model == model and (per_campus is None or c.answer.per_campus == per_campus):
            return c
    raise AssertionError(f"no {model} criterion in the catalogue")


def test_per_campus_form_lists_each_campus_with_field_labels():
    """A per-campus form of a catalogue without phrases (2025.1) shows every campus by name with each field's label
    and value."""
    c = _first("form", per_campus=True, cat=OLD)
    values = {f.key: 3 for f in c.answer.fields if f.type == "count"}
    lines = F.facts(c, {"value": {"campuses": {"chinh": values, "diem-1": values}}}, CAMPUSES)
    assert [line.head for line in lines] == ["Điểm trường chính: ", "Điểm trường Buôn Trấp: "]
    first_label = next(f.label.vi for f in c.answer.fields if f.type == "count")
    assert f"{first_label}: 3" in lines[0].text


def test_missing_campus_is_marked_not_entered():
    """A campus without values says so instead of disappearing."""
    c = _first("form", per_campus=True)
    lines = F.facts(c, {"value": {"campuses": {}}}, CAMPUSES)
    assert all("chưa nhập" in line.text.lower() for line in lines)


def test_disclosure_shows_date_ddmmyyyy_and_method_labels():
    """A disclosure shows its date as dd/mm/yyyy and the ways by label, not key."""
    c = _first("disclosure")
    m = c.answer.methods[0]
    [line] = F.facts(c, {"value": {"disclosed": "yes", "date": "2025-09-05", "methods": [m.key]}}, [])
    assert "05/09/2025" in line.text and m.label.vi in line.text and m.key not in line.text


def test_not_applicable_shows_reason():
    """"Không áp dụng" is printed with its reason."""
    c = _first("yes_no_partly")
    [line] = F.facts(c, {"na": True, "na_reason": "Trường không có bếp ăn."}, [])
    assert line.text == "Không áp dụng: Trường không có bếp ăn."


def test_yes_no_partly_words_and_unanswered():
    """Yes/partly/no print as Vietnamese words (or the catalogue's phrase); no answer prints "Chưa trả lời"."""
    c = _first("yes_no_partly", cat=OLD)
    assert F.facts(c, {"value": {"choice": "partly"}}, [])[0].text == "Một phần."
    assert F.facts(c, None, [])[0].text == "Chưa trả lời"
    d = default_catalogue().criterion("D3.01")
    [line] = F.facts(d, {"value": {"choice": "yes", "detail": "Quyết định số 10/QĐ-THLL ngày 05/9/2025"}}, [])
    assert line.text == ("Quy chế làm việc của trường quy định cụ thể việc thực hiện trách nhiệm giải trình: "
                         "Quyết định số 10/QĐ-THLL ngày 05/9/2025.")


def test_choice_fields_print_option_labels():
    """Choice and multichoice values print their option labels, joined by "; " (labels contain commas)."""
    from papi_desktop.core.answers.text import field_phrase
    from papi_desktop.core.catalogue import Field, Option, Text

    f = Field("nguon", "multichoice", Text("Nguồn nước", "Water"),
              options=(Option("may", Text("Nước máy, giếng", "Piped")), Option("gieng", Text("Giếng khoan", "Well"))))
    assert field_phrase(f, ["may", "gieng"], "vi") == "Nguồn nước: Nước máy, giếng; Giếng khoan"
    assert field_phrase(Field("x", "yes_no", Text("X", "X")), "yes", "vi") == "X: có"
    assert field_phrase(Field("n", "number", Text("N", "N")), 12.5, "vi") == "N: 12,5"


def test_facts_read_as_sentences_from_the_catalogue_phrases():
    """2026.1 facts are sentences a Sở officer accepts: phrases, no "(0 nếu không có)" label dumps."""
    c = default_catalogue().criterion("TH.10")
    values = {"so_lop": 12, "si_so_lon_nhat": 33, "so_lop_ghep": 0, "si_so_ghep_lon_nhat": 0}
    [line] = F.facts(c, {"value": {"campuses": {"chinh": values}}}, CAMPUSES[:1])
    assert line.head == "Điểm trường chính: "
    assert line.text == "Có 12 lớp. Lớp đông nhất có 33 học sinh. Không có lớp ghép."


def test_evidence_is_note_and_file_names():
    """Evidence lists the note, then the attached files' names."""
    lines = F.evidence({"note": "Biên bản họp."}, ["anh-lop-1.jpg", "bien-ban.pdf"])
    assert lines[0].text == "Biên bản họp."
    assert lines[1].head == "Tệp: " and lines[1].text == "anh-lop-1.jpg, bien-ban.pdf"


def test_place_date_pads_days_below_ten_and_january_february_only():
    """Dates follow NĐ 30: days < 10 and months 1–2 get a leading zero, other months do not."""
    assert place_date("Buôn Ma Thuột", date(2026, 1, 5)) == "Buôn Ma Thuột, ngày 05 tháng 01 năm 2026"
    assert place_date("Ea Kar", date(2025, 3, 9)) == "Ea Kar, ngày 09 tháng 3 năm 2025"
    assert place_date("Ea Kar", date(2025, 11, 20)) == "Ea Kar, ngày 20 tháng 11 năm 2025"


def test_document_number_is_padded_or_left_blank():
    """"Số: 05/BC-THLL" pads numbers below 10; a draft without a number leaves room to write it."""
    assert doc_number(5, "THLL") == "Số: 05/BC-THLL"
    assert doc_number(12, "THLL") == "Số: 12/BC-THLL"
    assert doc_number(None, "THLL").startswith("Số: ") and doc_number(None, "THLL").endswith("/BC-THLL")

"""Rows of a CSV/XLSX table of survey forms → forms: every spelling a principal types is understood, and every
wrong header or cell is refused with one sentence naming the line and the column."""

from __future__ import annotations

import pytest

from papi_desktop.core.model import Campus, School
from papi_desktop.core.survey import DONT_KNOW, NO, YES, default_questionnaire
from papi_desktop.errors import SurveyError
from papi_desktop.exchange.survey_table import forms_from_rows, table_digest

ONE = School(code="TH01", name="Trường Tiểu học Lê Lợi", campuses=[Campus("chinh", "Điểm trường chính", True)])
TWO = School(code="TH02", name="Trường Tiểu học Kim Đồng",
             campuses=[Campus("chinh", "Điểm trường chính", True), Campus("ea-nuol", "Điểm trường Buôn Ea Nuôl")])


def read(rows, school=ONE):
    return forms_from_rows(rows, default_questionnaire(), school)


@pytest.mark.parametrize("value, answer", [
    ("có", YES), ("Có", YES), ("CÓ", YES), ("co", YES), ("c", YES), ("C", YES), ("1", YES),
    ("không", NO), ("Khong", NO), ("k", NO), ("K", NO), ("0", NO),
    ("không biết", DONT_KNOW), ("Không  Biết", DONT_KNOW), ("khong biet", DONT_KNOW), ("kb", DONT_KNOW),
    ("KB", DONT_KNOW),
])
def test_every_documented_spelling_of_an_answer_is_understood(value, answer):
    """có/không/không biết, c/k/kb, 1/0 — whatever the case, with or without accents."""
    (form,), _skipped = read([["lop_hoc"], [value]])
    assert form.answers == {"lop_hoc": answer}


def test_choice_questions_take_the_option_number_key_or_label():
    """Travel time and rating: "1", "duoi_15", "Dưới 15 phút" and "trung binh" all name an option."""
    forms, _ = read([["thoi_gian", "danh_gia"], ["1", "trung binh"], ["Dưới 15 phút", "4"],
                     ["tu_30_den_60", "Khá"], ["30 phút – 1 giờ", "tot"]])
    assert [(f.answers["thoi_gian"], f.answers["danh_gia"]) for f in forms] == [
        ("duoi_15", "trung_binh"), ("duoi_15", "kem"), ("tu_30_den_60", "kha"), ("tu_30_den_60", "tot")]


def test_headers_ignore_case_and_accents_and_class_and_campus_are_read():
    """"Lớp", "Điểm trường", "STT", "Ghi chú" headers; a campus by name or code; class labels cleaned."""
    rows = [["STT", "Lớp", "Điểm trường", "LOP_HOC", "Nha ve sinh", "Ghi chú"],
            ["1", "lớp 3a", "Buôn Ea Nuôl", "c", "k", "phiếu hơi nhoè"],
            ["2", "3A", "chinh", "kb", "", ""]]
    forms, skipped = read(rows, TWO)
    assert skipped == 0
    assert [(f.class_label, f.campus, f.answers) for f in forms] == [
        ("3A", "ea-nuol", {"lop_hoc": YES, "nha_ve_sinh": NO}), ("3A", "chinh", {"lop_hoc": DONT_KNOW})]


def test_rows_without_any_answer_are_skipped_and_one_campus_needs_no_column():
    """Empty rows (also ones with only the class filled down) are not forms; one campus is taken as given."""
    forms, skipped = read([["lop", "lop_hoc"], ["2B", "1"], [], ["2B", ""], ["2B", "0"]])
    assert [(f.class_label, f.campus, f.answers["lop_hoc"]) for f in forms] == [("2B", "chinh", YES),
                                                                                ("2B", "chinh", NO)]
    assert skipped == 2


@pytest.mark.parametrize("rows, school, words", [
    ([["lop_hoc", "ho_ten"], ["1", "Nguyễn Văn A"]], ONE, "Dòng 1, cột B («ho_ten»): không phải mã câu hỏi"),
    ([["lop_hoc", "Lop_Hoc"], ["1", "1"]], ONE, "Dòng 1, cột B («Lop_Hoc»): cột này bị lặp lại"),
    ([["lop", "diem_truong"], ["3A", "chinh"]], ONE, "Dòng 1 không có cột nào mang mã câu hỏi"),
    ([["lop_hoc", "nuoc_uong"], ["1", "1"], ["có", "có lẽ"]], ONE,
     "Dòng 3, cột B («nuoc_uong»): «có lẽ» không phải câu trả lời hợp lệ"),
    ([["lop_hoc", "danh_gia"], ["1", "5"]], ONE, "Dòng 2, cột B («danh_gia»): «5» không phải lựa chọn"),
    ([["lop_hoc", "diem_truong"], ["1", "Buôn Mới"]], TWO, "Dòng 2, cột B («diem_truong»): không có điểm trường"),
    ([["lop_hoc"], ["1"]], TWO, "Dòng 2: thiếu điểm trường"),
    ([["lop", "lop_hoc"], ["Lớp ba A của cô Hoa", "1"]], ONE, "Dòng 2, cột A («lop»): Tên lớp"),
    ([], ONE, "không có dòng nào"),
])
def test_a_wrong_table_is_refused_naming_the_line_and_column(rows, school, words):
    """A mistyped header, a repeated column, a value that is no answer, an unknown or missing campus, a class
    name too long: one sentence saying where."""
    with pytest.raises(SurveyError) as info:
        read(rows, school)
    assert words in info.value.vi
    assert "\n" not in info.value.vi


def test_the_same_table_saved_again_has_the_same_digest():
    """Trailing empty cells, empty rows and spaces around cells do not make a table new (no double loading)."""
    rows = [["lop", "lop_hoc"], ["3A", "1"]]
    assert table_digest(rows) == table_digest([["lop", "lop_hoc", ""], [" 3A", "1 "], [], [""]])
    assert table_digest(rows) != table_digest([["lop", "lop_hoc"], ["3A", "0"]])

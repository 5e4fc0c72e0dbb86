"""Answer widgets for every field type of the catalogue schema — generated, never written per criterion."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QRadioButton, QSpinBox

from papi_desktop.core.catalogue import parse_catalogue
from papi_desktop.core.model import Campus
from papi_desktop.gui.editors import make_editor
from papi_desktop.gui.widgets import DateField

from .helpers import set_field


def _t(s):
    return {"vi": s, "en": s}


def _catalogue():
    fields = [
        {"key": "so_lop", "type": "count", "label": _t("Số lớp"), "min": 0, "max": 60},
        {"key": "ty_le", "type": "number", "label": _t("Tỷ lệ"), "min": 0, "max": 100, "unit": _t("%")},
        {"key": "co_nuoc", "type": "yes_no", "label": _t("Có nước uống")},
        {"key": "nguon", "type": "choice", "label": _t("Nguồn nước"),
         "options": [{"key": k, "label": _t(k)} for k in ("may", "gieng", "mua", "binh", "khac")]},
        {"key": "muc", "type": "choice", "label": _t("Mức"),
         "options": [{"key": k, "label": _t(k)} for k in ("thap", "cao")]},
        {"key": "kenh", "type": "multichoice", "label": _t("Kênh"),
         "options": [{"key": k, "label": _t(k)} for k in ("zalo", "so", "hop")]},
        {"key": "ngay", "type": "date", "label": _t("Ngày kiểm tra")},
        {"key": "ghi", "type": "text", "label": _t("Ghi chú"), "required": False},
    ]
    raw = {
        "format": "papi-catalogue/1", "catalogue_id": "thu-nghiem", "version": "2025.1",
        "school_years": ["2025-2026"], "title": _t("Thử"),
        "dimensions": [{"id": "TH", "papi_dimension": 6, "name": _t("Tiểu học")}],
        "criteria": [{
            "id": "TH.90", "dimension": "TH", "text": _t("Mọi loại câu hỏi"), "guidance": _t("…"),
            "legal_basis": ["—"], "verdict_rule": _t("…"), "evidence": _t("…"), "weight": 1, "seed_refs": ["II.7"],
            "answer": {"model": "form", "per_campus": per_campus, "fields": fields,
                       "met_when": [{"field": "co_nuoc", "in": ["yes"]}]},
        } | {"id": f"TH.9{i}"} for i, per_campus in enumerate((False, True))],
    }
    return parse_catalogue(raw)


VALUES = {"so_lop": 12, "ty_le": 97.5, "co_nuoc": "yes", "nguon": "gieng", "muc": "cao", "kenh": ["zalo", "hop"],
          "ngay": "2025-09-15", "ghi": "Đã kiểm tra"}
CAMPUSES = [Campus("chinh", "Điểm trường chính", True), Campus("diem-1", "Điểm trường Buôn Trấp")]


@pytest.mark.parametrize("per_campus", [False, True])
def test_every_field_type_round_trips_through_its_widget(qtbot, per_campus):
    """Values set through the widgets come back as the answer dict scoring reads; loading shows them again."""
    criterion = _catalogue().criteria[int(per_campus)]
    editor = make_editor(criterion, CAMPUSES)
    qtbot.addWidget(editor)
    edits = []
    editor.edited.connect(edits.append)
    campuses = [c.code for c in CAMPUSES] if per_campus else [None]
    for code in campuses:
        for inp in editor._inputs[code]:
            set_field(inp, VALUES[inp.field.key])
    expected = {"campuses": {c: VALUES for c in campuses}} if per_campus else VALUES
    assert editor.value() == expected
    assert edits, "no change was reported"
    again = make_editor(criterion, CAMPUSES)
    qtbot.addWidget(again)
    again.set_value(expected)
    assert again.value() == expected


def test_widget_kinds_follow_the_field_type(qtbot):
    """Counts are spin boxes, long choices combos, multichoice checkboxes, dates dd/mm/yyyy fields, text line
    edits."""
    editor = make_editor(_catalogue().criteria[0], CAMPUSES)
    qtbot.addWidget(editor)
    kinds = {i.field.key: type(i.widget) for i in editor._inputs[None]}
    assert kinds["so_lop"] is QSpinBox and kinds["ty_le"] is QDoubleSpinBox
    assert kinds["nguon"] is QComboBox and kinds["ngay"] is DateField and kinds["ghi"] is QLineEdit
    assert len(editor.findChildren(QCheckBox)) == 3


def test_an_unanswered_number_is_empty_not_zero(qtbot):
    """A count nobody filled in shows "—" and is left out of the answer (so it is not mistaken for 0)."""
    editor = make_editor(_catalogue().criteria[0], CAMPUSES)
    qtbot.addWidget(editor)
    spin = editor.field_input("so_lop")
    assert spin.text() == "—"
    assert "so_lop" not in editor.value()
    spin.setValue(0)
    assert editor.value()["so_lop"] == 0


def test_editor_registry_matches_the_core_models():
    """Every answer model of the core registry (and so of the catalogue schema) has an editor, and no other."""
    from papi_desktop.core.answers import MODELS
    from papi_desktop.gui.editors import EDITORS

    assert set(EDITORS) == set(MODELS)


@pytest.mark.parametrize(("typed", "iso"), [("10022026", "2026-02-10"), ("10/02/2026", "2026-02-10"),
                                            ("10/2/2026", "2026-02-10"), ("10-02-2026", "2026-02-10"),
                                            (" 10.02.2026 ", "2026-02-10")])
def test_a_date_can_be_typed_or_pasted(qtbot, typed, iso):
    """Typing "10022026" or pasting "10/02/2026" gives the date; leaving the field shows it as dd/mm/yyyy."""
    field = DateField("Ngày", "2025-2026")
    qtbot.addWidget(field)
    edits = []
    field.edited.connect(edits.append)
    field.edit.setText(typed)
    field.edit.textEdited.emit(typed)
    assert field.value() == iso and edits == [True]
    field.edit.editingFinished.emit()
    assert field.edit.text() == "10/02/2026"


def test_an_empty_date_shows_a_placeholder_and_a_wrong_one_is_kept(qtbot):
    """Empty: the placeholder, no value (never "—1022027"); a day that does not exist is kept as typed, so the
    message next to the field can say what to fix and nothing typed is lost."""
    from papi_desktop.gui.i18n import install_language

    install_language("vi")
    field = DateField("Ngày", "2025-2026")
    qtbot.addWidget(field)
    assert field.edit.text() == "" and field.edit.placeholderText() == "ngày/tháng/năm" and field.value() is None
    field.edit.setText("31/02/2026")
    assert field.value() == "31/02/2026"
    field.set_value("2025-09-05")
    assert field.edit.text() == "05/09/2025"


def test_the_calendar_opens_inside_the_school_year_in_vietnamese(qtbot):
    """With no date yet the calendar opens in the assessment's school year (not January 2000), with Vietnamese
    month names; with a date it opens on that date; picking a day fills the field."""
    from datetime import date

    from PySide6.QtCore import QDate, QLocale

    field = DateField("Ngày", "2025-2026")
    qtbot.addWidget(field)
    field._open_calendar()
    shown = field.calendar.selectedDate().toPython()
    assert date(2025, 9, 1) <= shown <= date(2026, 8, 31)
    assert field.calendar.locale().language() == QLocale.Language.Vietnamese
    assert "tháng" in field.calendar.locale().monthName(3).lower()
    field.set_value("2026-03-14")
    field._open_calendar()
    assert field.calendar.selectedDate() == QDate(2026, 3, 14)
    field._picked(QDate(2026, 4, 2))
    assert field.value() == "2026-04-02"


def test_wide_choice_rows_wrap_instead_of_widening_the_page(qtbot):
    """A row of long radio labels goes one choice per line in a narrow page (a scale read in order, not a ragged
    flow) rather than asking for more width, and back onto one line when the page is wide enough."""
    from papi_desktop.core.catalogue import catalogue_for

    c = catalogue_for("papi-tieu-hoc", "2026.1").criterion("TH.07")
    editor = make_editor(c, CAMPUSES, "2025-2026")
    qtbot.addWidget(editor)
    editor.resize(260, 800)
    editor.show()
    row = editor._inputs[None][0].widget
    buttons = row.findChildren(QRadioButton)
    assert editor.minimumSizeHint().width() <= 260
    assert len({b.y() for b in buttons}) == len(buttons) and len({b.x() for b in buttons}) == 1
    assert [b.y() for b in buttons] == sorted(b.y() for b in buttons)  # in the catalogue's order
    editor.resize(1600, 800)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)

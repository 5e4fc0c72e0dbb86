"""Answer widgets for every field type of the catalogue schema — generated, never written per criterion."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

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

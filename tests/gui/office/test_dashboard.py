"""Dashboard: schools × criteria coloured by verdict, filters, Vietnamese sorting, pass rates; a school read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from papi_desktop.gui.office.dashboard_model import COLOURS, FIXED
from papi_desktop.gui.office.tables import GREEN, RED


def _names(model) -> list[str]:
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_rows_are_the_schools_and_cells_are_coloured_by_verdict(filled):
    """One row per school of the latest year; met cells green, not met red, each with the verdict in words."""
    model = filled.dashboard.model
    assert model.rowCount() == 5 and model.columnCount() == FIXED + 41
    seen = set()
    for r in range(model.rowCount()):
        for c in range(FIXED, model.columnCount()):
            verdict = model.verdict(r, c)
            index = model.index(r, c)
            assert index.data(Qt.ItemDataRole.BackgroundRole) == COLOURS[verdict]
            seen.add(verdict)
            if verdict == "not_met":
                assert "Chưa đạt" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert {"met", "not_met"} <= seen
    assert COLOURS["met"] == GREEN and COLOURS["not_met"] == RED
    assert "5 trường" in filled.dashboard.summary.text()


def test_filters_by_unit_and_by_dimension(filled):
    """Choosing a unit keeps its schools only; choosing a dimension keeps its criteria only."""
    panel = filled.dashboard
    unit_name = panel.model.index(0, 2).data()
    panel.unit_combo.setCurrentIndex(panel.unit_combo.findText(unit_name))
    units = {panel.model.index(r, 2).data() for r in range(panel.model.rowCount())}
    assert units == {unit_name} and 0 < panel.model.rowCount() < 5
    panel.unit_combo.setCurrentIndex(0)
    assert panel.model.rowCount() == 5
    panel.dimension_combo.setCurrentIndex(2)  # the second dimension
    dim = panel.dimension_combo.currentData()
    ids = [panel.model.headerData(c, Qt.Orientation.Horizontal).split("\n")[0]
           for c in range(FIXED, panel.model.columnCount())]
    assert ids and all(i.startswith(dim) for i in ids), (dim, ids)
    assert panel.chart.rows and len(panel.chart.rows) == 1


def test_names_sort_in_vietnamese_order(filled):
    """Clicking the name header sorts An, Ánh, Bình, Dung, Đông (not by code point); again reverses it."""
    panel = filled.dashboard
    names = ["Trường Đông", "Trường Ánh", "Trường Dung", "Trường Bình", "Trường An"]
    panel.d.rows[:] = [r._replace(school_name=n) for r, n in zip(panel.d.rows, names, strict=True)]
    panel._sort_clicked(1)
    assert _names(panel.model) == ["Trường An", "Trường Ánh", "Trường Bình", "Trường Dung", "Trường Đông"]
    panel._sort_clicked(1)
    assert _names(panel.model)[0] == "Trường Đông"


def test_header_shows_each_criterion_pass_rate(filled):
    """The second header line is the share of schools that met the criterion (n/a not counted)."""
    model = filled.dashboard.model
    for c in range(FIXED, model.columnCount()):
        verdicts = [model.verdict(r, c) for r in range(model.rowCount())]
        counted = [v for v in verdicts if v != "na"]
        header = model.headerData(c, Qt.Orientation.Horizontal)
        if counted:
            assert header.split("\n")[1] == f"{round(100 * verdicts.count('met') / len(counted))} %", header


def test_double_click_opens_the_school_read_only_with_its_code(filled, qtbot, monkeypatch, tmp_path):
    """Opening a school shows its verification code big and its answers; its PDF can be printed from there."""
    from pypdf import PdfReader

    from papi_desktop.gui import actions

    panel = filled.dashboard
    aid = panel.model.assessment_id(0)
    panel.open_row(0)
    dialog = filled.school_dialog
    code = filled.repo.snapshot(aid)["verification_code"]
    assert code and code in dialog.code_label.text() and "Mã xác thực" in dialog.code_label.text()
    assert dialog.model.rowCount() == 41
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QTextEdit

    assert not dialog.findChildren(QLineEdit) + dialog.findChildren(QTextEdit) + dialog.findChildren(QAbstractSpinBox)
    assert not dialog.model.flags(dialog.model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    out = tmp_path / "truong.pdf"
    monkeypatch.setattr(actions, "save_file", lambda *a: str(out))
    monkeypatch.setattr(actions, "open_file", lambda p: True)
    dialog.pdf_button.click()
    assert code in "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", " ")

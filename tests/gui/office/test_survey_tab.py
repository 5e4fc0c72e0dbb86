"""The office's tab «Ý kiến cha mẹ»: per unit and per school the parents' share of "có" for each question (red under
one half), the school with the largest gap first, "không có khảo sát" for a file without a survey, and the year and
unit chosen on the dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from papi_desktop.gui.office.tables import GREY, RED


def _column(model, header: str) -> int:
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == header)


def _tab(window):
    """The survey tab, shown (it reads the data when shown)."""
    window.tabs.setCurrentWidget(window.survey)
    return window.survey


def test_schools_show_their_shares_with_the_largest_gap_first(filled):
    """Five schools of 2025-2026, each with its forms; the first has the largest gap, named in its row; a share
    under one half is red and read out with its question."""
    panel = _tab(filled)
    model = panel.schools_model
    assert model.rowCount() == 5 and filled.tabs.tabText(filled.tabs.indexOf(panel)) == "Ý kiến cha mẹ"
    o = panel.overview
    first = o.schools[0]
    assert model.index(0, 0).data() == first.school_code and first.gaps
    assert model.index(0, _column(model, "Chênh lệch lớn nhất")).data().startswith(first.gaps[0].criterion)
    assert model.index(0, 3).data() == str(first.forms)
    q1 = _column(model, "Câu 1\nTH.01")
    reds = [(r, c) for r in range(model.rowCount()) for c in range(q1, model.columnCount())
            if model.index(r, c).data(Qt.ItemDataRole.BackgroundRole) == RED]
    assert reds
    r, c = reds[0]
    assert int(model.index(r, c).data().rstrip("%")) < 50
    assert model.index(r, c).data(Qt.ItemDataRole.AccessibleTextRole).startswith(model.index(r, 1).data())
    assert "5/5 trường có gửi khảo sát" in panel.summary.text()
    assert panel.legend.text().startswith("Câu hỏi: 1. Phòng học của con")


def test_units_pool_their_schools_and_a_total_closes_the_list(filled):
    """The units table has one row per unit and "Tất cả đơn vị" last, whose forms are all the schools' forms."""
    panel = _tab(filled)
    model = panel.units_model
    o = panel.overview
    assert model.rowCount() == len(o.units) + 1
    assert model.index(model.rowCount() - 1, 0).data() == "Tất cả đơn vị"
    assert int(model.index(model.rowCount() - 1, 2).data()) == sum(s.forms for s in o.schools)


def test_the_tab_follows_the_dashboards_year_and_unit(filled):
    """Choosing 2024-2025 (a file from before the survey) shows that school greyed as "không có khảo sát";
    choosing a unit keeps its schools only."""
    dashboard, panel = filled.dashboard, _tab(filled)
    dashboard.year_combo.setCurrentIndex(dashboard.year_combo.findData("2024-2025"))
    model = panel.schools_model
    assert model.rowCount() == 1 and model.index(0, 4).data() == "không có khảo sát"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == GREY
    assert "0/1 trường" in panel.summary.text()
    dashboard.year_combo.setCurrentIndex(dashboard.year_combo.findData("2025-2026"))
    dashboard.unit_combo.setCurrentIndex(1)
    unit = dashboard.unit_combo.currentText()
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {unit} and model.rowCount() < 5


def test_the_tab_reads_nothing_until_it_is_shown(filled, monkeypatch):
    """Filters changed on the dashboard do not make the hidden survey tab read the database; showing it does."""
    import papi_desktop.exchange.survey_office as office

    calls = []
    real = office.survey_overview
    monkeypatch.setattr(office, "survey_overview", lambda *a, **k: calls.append(1) or real(*a, **k))
    dashboard = filled.dashboard
    dashboard.year_combo.setCurrentIndex(dashboard.year_combo.findData("2024-2025"))
    assert calls == []
    assert _tab(filled).schools_model.rowCount() == 1 and calls == [1]


def test_double_click_opens_the_school(filled, qtbot):
    """Activating a school's row opens its assessment read-only, as on the dashboard."""
    panel = _tab(filled)
    with qtbot.waitSignal(panel.open_requested) as blocker:
        panel.schools.activated.emit(panel.schools_model.index(0, 1))
    assert blocker.args == [panel.overview.schools[0].assessment_id]
    assert filled.school_dialog is not None and filled.school_dialog.isVisible()

"""The office: every tab follows the chosen school year, filters never hide rows silently, conflicts are compared
side by side and settled."""

from __future__ import annotations

import uuid

from papi_desktop.gui.i18n import sort_vi
from papi_desktop.gui.office import reports
from tests.exchange.conftest import rebuild

from .helpers import run_import


def _later_year_file(path, out, year="2026-2027"):
    """One school's file turned into an assessment of a later school year."""
    new_id = str(uuid.uuid4())

    def content(c):
        c["assessment"].update(id=new_id, school_year=year)

    out.write_bytes(rebuild(path.read_bytes(), content=content,
                            manifest=lambda m: m.update(assessment_id=new_id, school_year=year)))
    return out


def _codes(panel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def test_the_dashboard_opens_on_the_year_most_schools_sent(office, inbox, qtbot):
    """A single file of a newer year does not hide the year 5 schools sent: the dashboard opens on that one."""
    first = sorted(inbox.glob("*2025-2026*.papi"))[0]
    _later_year_file(first, inbox / "nam-sau.papi")
    window = office()
    run_import(qtbot, window, [inbox])
    panel = window.dashboard
    assert panel.d.school_year == "2025-2026" and len(_codes(panel)) == 5
    years = [panel.year_combo.itemText(i) for i in range(panel.year_combo.count())]
    assert years == ["2026-2027 (1 trường)", "2025-2026 (5 trường)", "2024-2025 (1 trường)"]


def test_changing_the_year_resets_the_unit_so_no_hidden_filter_remains(filled):
    """A unit chosen in one year is not applied to another: the box says "Tất cả đơn vị" and the table agrees."""
    panel = filled.dashboard
    panel.unit_combo.setCurrentIndex(1)
    assert 0 < len(_codes(panel)) < 5
    panel.year_combo.setCurrentIndex(panel.year_combo.findData("2024-2025"))
    assert panel.unit_combo.currentData() is None and panel.unit_combo.currentText() == "Tất cả đơn vị"
    assert panel.d.school_year == "2024-2025" and len(_codes(panel)) == 1
    assert "1 trường" in panel.summary.text()
    assert filled.filters() == ("2024-2025", None)


def test_units_are_in_vietnamese_order(filled):
    """The unit filter lists the units alphabetically in Vietnamese (phường before xã; Buôn before Ea)."""
    combo = filled.dashboard.unit_combo
    units = [combo.itemText(i) for i in range(1, combo.count())]
    assert units == sort_vi(units) and len(units) >= 2


def test_every_tab_follows_the_chosen_year(filled, monkeypatch, tmp_path):
    """"Trường chưa gửi" and the summaries use the year chosen on the dashboard, at once."""
    roster = tmp_path / "ds.csv"
    roster.write_text("Mã trường,Tên trường,Đơn vị\nTH99900001,Trường Tiểu học Ánh Dương,xã Ea Tiêu\n",
                      encoding="utf-8-sig")
    monkeypatch.setattr(reports, "choose_roster_file", lambda _p: str(roster))
    filled.roster.load_button.click()
    assert "2025-2026" in filled.roster.summary.text() and "2025-2026" in filled.summaries.note.text()
    panel = filled.dashboard
    panel.year_combo.setCurrentIndex(panel.year_combo.findData("2024-2025"))
    assert "2024-2025" in filled.roster.summary.text()
    assert "2024-2025" in filled.summaries.note.text() and "tất cả đơn vị" in filled.summaries.note.text()


def _conflict(window, inbox, qtbot, note="Ghi chú khác của lần gửi thứ hai"):
    first = sorted(inbox.glob("*2025-2026*.papi"))[0]
    run_import(qtbot, window, [first])

    def other_note(c):
        c["answers"][0]["note"] = note

    second = inbox.parent / "lan-hai.papi"
    second.write_bytes(rebuild(first.read_bytes(), content=other_note))
    run_import(qtbot, window, [second])
    return second


def test_a_conflict_is_shown_side_by_side_and_the_received_version_can_be_kept(office, inbox, qtbot, user):
    """The Xung đột tab counts the kept-aside file, names school, year and revisions, shows the one criterion
    that differs in both versions; "Dùng bản mới nhận" (confirmed) replaces the held version and empties the tab."""
    window = office()
    note = "Ghi chú khác của lần gửi thứ hai"
    _conflict(window, inbox, qtbot, note)
    tabs, panel = window.tabs, window.conflicts
    assert tabs.tabText(tabs.indexOf(panel)).replace("&", "") == "Xung đột (1)"
    row = panel.list_model.rows[0]
    assert row[1] == "2025-2026" and row[2] == row[3] and "(" in row[0]
    assert not any(len(cell) == 36 and cell.count("-") == 4 for cell in row)  # no UUID
    assert panel.only_differences.isChecked()
    shown = panel.compare_model.rows
    criteria = [r for r in shown if r[0][:2] in ("CD", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "TH")]
    assert len(criteria) == 1 and note in criteria[0][2] and note not in criteria[0][1]
    aid = window.dashboard.model.assessment_id(0)
    user.confirm_answers[:] = [True]
    assert panel.keep_incoming_button.isEnabled()
    panel.keep_incoming_button.click()
    assert "Thay bản đang có bằng bản mới nhận" in user.kinds("confirm")[-1]
    assert tabs.tabText(tabs.indexOf(panel)).replace("&", "") == "Xung đột"
    assert panel.pages.currentWidget() is panel.empty
    cid = criteria[0][0].split()[0]
    assert window.repo.get_answers(aid)[cid].note == note
    assert any(e.action == "conflict_resolved" for e in window.repo.audit_log(aid))


def test_keeping_the_held_version_asks_first_and_changes_no_answer(office, inbox, qtbot, user):
    """"Giữ bản đang có": nothing happens when the clerk says no; yes keeps the held answers and clears the tab."""
    window = office()
    _conflict(window, inbox, qtbot)
    panel = window.conflicts
    aid = window.dashboard.model.assessment_id(0)
    before = {k: v.note for k, v in window.repo.get_answers(aid).items()}
    user.confirm_answers[:] = [False]
    panel.keep_held_button.click()
    assert len(panel.items) == 1
    user.confirm_answers[:] = [True]
    panel.keep_held_button.click()
    assert panel.items == [] and {k: v.note for k, v in window.repo.get_answers(aid).items()} == before

"""The principal's "Xuất tệp dữ liệu": a finalised assessment becomes a .papi file (or XLSX); a draft is refused."""

from __future__ import annotations

from papi_desktop.gui import actions


def _open(window, final: bool):
    a = next(a for a in window.home.assessments if a.is_final == final)
    window.open_assessment(a.id)
    return a


def test_export_button_writes_a_file_that_imports_back(demo_db, open_window, monkeypatch, tmp_path, user):
    """The export button saves the .papi file under the suggested name; an office imports it as the same assessment."""
    from papi_desktop.core.snapshot import verification_code
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.storage.repository import Repository

    suggested = []

    def save(_parent, _title, name, _filters):
        suggested.append(name)
        return str(tmp_path / name)

    monkeypatch.setattr(actions, "save_file", save)
    window = open_window(demo_db)
    a = _open(window, final=True)
    window.assessment_view.export_button.click()
    assert suggested == [f"{a.school_code}_{a.school_year}_r{a.revision}.papi"]
    out = tmp_path / suggested[0]
    assert out.is_file()
    code = verification_code(a.content_hash)
    assert any(code in m and "Mã xác thực" in m for m in user.kinds("inform")), user.messages
    with Repository.open(tmp_path / "office.sqlite3") as office:
        report = import_paths(office, [out])
        assert [r.result for r in report.results] == ["imported"]
        assert office.get_assessment(a.id).content_hash == a.content_hash


def test_draft_export_is_refused_with_how_to_finalise(demo_db, open_window, monkeypatch, tmp_path, user):
    """A draft gives a message (only finalised assessments, press Hoàn thành…) and no save dialog, no file."""
    asked = []
    monkeypatch.setattr(actions, "save_file", lambda *a: asked.append(a) or str(tmp_path / "x.papi"))
    window = open_window(demo_db)
    _open(window, final=False)
    window.assessment_view.export_button.click()
    assert asked == [] and not list(tmp_path.glob("*.papi"))
    [message] = user.kinds("inform")
    assert "bản nháp" in message and "Hoàn thành" in message, message


def test_one_assessment_exports_to_xlsx(demo_db, open_window, monkeypatch, tmp_path):
    """Choosing a .xlsx name writes the answers as a workbook with one row per criterion."""
    from openpyxl import load_workbook

    out = tmp_path / "ket-qua.xlsx"
    monkeypatch.setattr(actions, "save_file", lambda *a: str(out))
    window = open_window(demo_db)
    _open(window, final=True)
    window.assessment_view.export_button.click()
    sheet = load_workbook(out)["Tiêu chí"]
    assert sheet.max_row - 1 == len(window.session.catalogue.criteria)
    assert {row[3] for row in sheet.iter_rows(min_row=2, values_only=True)} <= {"Đạt", "Chưa đạt", "Không áp dụng",
                                                                                "Chưa trả lời"}

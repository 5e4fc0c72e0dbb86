"""A double-clicked ``.papi`` file (``papi-desktop --open FILE``): the office window imports it at once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_opening_a_papi_file_imports_it_in_the_office_window(open_window, tmp_path, sent_files, qtbot):
    """The office window comes up on the import tab and the school of the file is in the database afterwards."""
    from papi_desktop.gui.app import open_at_office
    from papi_desktop.storage.repository import Repository

    db = tmp_path / "office.sqlite3"
    Repository.open(db).close()
    file = sorted(sent_files.glob("*.papi"))[0]
    window = open_window(db)
    office = open_at_office(window, file)
    assert office.isVisible() and office.tabs.currentWidget() is office.import_panel
    qtbot.waitUntil(lambda: not office.import_panel.running(), timeout=60000)
    assert "đã nhập: 1" in office.import_panel.summary.text()
    with Repository.open(db) as repo:
        [assessment] = repo.list_assessments()
    assert assessment.school_code in file.name
    office.close()
    QApplication.processEvents()

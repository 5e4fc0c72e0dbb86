"""Import screen: a folder of schools' files is imported in the background with progress and a result per file."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt

from papi_desktop.gui.office.tables import GREEN, RED

from .helpers import run_import


def _column(window, col: int) -> list[str]:
    model = window.import_panel.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_folder_import_reaches_100_percent_with_a_row_per_file(office, inbox, qtbot):
    """Importing a folder fills the progress bar and lists every file as "đã nhập" in green."""
    window = office()
    report = run_import(qtbot, window, [inbox])
    files = sorted(p.name for p in inbox.glob("*.papi"))
    bar = window.import_panel.progress
    assert bar.value() == bar.maximum() == len(files)
    assert sorted(_column(window, 0)) == files
    assert set(_column(window, 1)) == {"đã nhập"}
    assert window.import_panel.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == GREEN
    assert "đã nhập: 6" in window.import_panel.summary.text()
    assert report.count("imported") == len(files)
    assert window.dashboard.model.rowCount() == 5  # refreshed: the latest year's schools


def test_importing_again_says_unchanged(filled, inbox, qtbot):
    """The same folder a second time changes nothing and says so for each file."""
    run_import(qtbot, filled, [inbox])
    assert set(_column(filled, 1)) == {"không đổi"}


def test_hostile_file_is_rejected_with_reason_and_changes_nothing(office, inbox, qtbot):
    """A forged file is listed as "từ chối" in red with the reason; the database stays empty."""
    good = sorted(inbox.glob("*.papi"))[1]
    bad = inbox / "gia-mao.papi"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "assessment.json":
                data = data.replace(b'"yes"', b'"no"', 1) if b'"yes"' in data else data + b" "
            dst.writestr(item, data)
    (inbox / "rac.papi").write_bytes(b"not a zip at all")
    window = office()
    run_import(qtbot, window, [bad, inbox / "rac.papi"])
    assert _column(window, 1) == ["từ chối", "từ chối"]
    assert all(_column(window, 3)), "every rejected file has a reason"
    assert window.import_panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == RED
    assert window.repo.list_assessments() == [] and window.dashboard.model.rowCount() == 0


def test_dry_run_checks_without_importing(office, inbox, qtbot):
    """With "Chỉ kiểm tra, không nhập" ticked, files are classified but nothing is stored."""
    window = office()
    run_import(qtbot, window, [inbox], dry_run=True)
    assert set(_column(window, 1)) == {"đã nhập"}
    assert "không nhập" in window.import_panel.summary.text().lower() or "chỉ kiểm tra" in \
        window.import_panel.summary.text().lower()
    assert window.repo.list_assessments() == []


def test_stop_ends_the_import_after_the_current_file(office, inbox):
    """The worker asked to stop imports one file and no more (what the Dừng button does)."""
    from papi_desktop.gui.office.importing import ImportWorker

    window = office()
    worker = ImportWorker(window.db_path, [str(inbox)], False)
    worker.cancel()
    worker.run()  # in this thread: the worker opens its own connection either way
    assert len(worker.report.results) == 1
    assert len(window.repo.list_assessments()) == 1


def test_a_folder_of_hundreds_of_files_imports_with_reading_processes(office, qtbot, tmp_path_factory):
    """A folder big enough for the import to read in worker processes (started from the GUI's import thread)
    imports every file, with one progress step per file, and the dashboard lists the schools."""
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.importer import PARALLEL_FROM, default_workers
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.storage.repository import Repository

    root = tmp_path_factory.mktemp("many")
    with Repository.open(root / "schools.sqlite3") as repo:
        make_demo(repo, schools=PARALLEL_FROM * 3 // 2 + 20, seed=2)
        files = export_all(repo, root / "sent")
    assert len(files) >= PARALLEL_FROM and default_workers(len(files)) > 1
    window = office()
    steps = []
    window.import_panel.progress.valueChanged.connect(steps.append)
    report = run_import(qtbot, window, [root / "sent"])
    assert report.count("imported") == len(files) and report.ok
    assert window.import_panel.progress.value() == len(files) and len(set(steps)) >= len(files) // 2
    assert window.dashboard.model.rowCount() == sum("2025-2026" in p.name for p in files)

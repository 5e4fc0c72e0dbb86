"""Office fixtures: schools' exported ``.papi`` files, and office windows on empty temporary databases."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session")
def sent_files(tmp_path_factory):
    """A folder of the data files 12 sample schools sent (5 of 2025-2026, 1 of 2024-2025)."""
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.storage.repository import Repository

    root = tmp_path_factory.mktemp("schools")
    with Repository.open(root / "schools.sqlite3") as repo:
        make_demo(repo, schools=12, seed=1)
        export_all(repo, root / "sent")
    return root / "sent"


@pytest.fixture
def inbox(sent_files, tmp_path):
    """A private copy of the sent files (a test may add hostile files to it)."""
    return shutil.copytree(sent_files, tmp_path / "inbox")


@pytest.fixture
def office(qtbot, tmp_path):
    """``office(name="office")``: a shown office window on a new database in the test's folder."""

    def make(name: str = "office"):
        from papi_desktop.gui.office import create_office_window

        window = create_office_window(tmp_path / f"{name}.sqlite3")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    QApplication.processEvents()


@pytest.fixture
def filled(office, inbox, qtbot):
    """An office window after importing the inbox folder."""
    from .helpers import run_import

    window = office()
    run_import(qtbot, window, [inbox])
    return window

"""Start the GUI."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db_path: Path) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from papi_desktop.storage.repository import Repository

    app = QApplication.instance() or QApplication(sys.argv)
    repo = Repository.open(db_path)
    window = QMainWindow()
    window.setWindowTitle("papi-desktop")
    window.setCentralWidget(QLabel(f"{len(repo.list_assessments())} bản tự đánh giá — {db_path}"))
    window.resize(900, 600)
    window.show()
    return app.exec()

"""GUI fixtures: windows on temporary databases, and a stand-in for the user at every dialog.

Dialogs are answered through :mod:`papi_desktop.gui.dialogs` (plain module functions the GUI looks up at call
time), so no test blocks on a modal box; what each dialog said is recorded for the assertions.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from papi_desktop.gui import dialogs


class DialogStandIn:
    """Records every message and answers questions from queues (default: yes / no text)."""

    def __init__(self):
        self.messages: list[tuple[str, str]] = []
        self.confirm_answers: list[bool] = []
        self.text_answers: list[str | None] = []
        self.files: list[str] = []
        self.finalise_answer: tuple[int | None, str] = (7, "2026-05-20")

    def confirm(self, _parent, title, question, yes="", no=""):
        self.messages.append(("confirm", f"{title}: {question}"))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def inform(self, _parent, title, message, details=""):
        self.messages.append(("inform", f"{title}: {message} {details}"))

    def warn(self, _parent, title, message):
        self.messages.append(("warn", f"{title}: {message}"))

    def show_error(self, _parent, exc):
        self.messages.append(("error", exc.message("vi")))

    def ask_text(self, _parent, title, label, text="", **_options):
        self.messages.append(("ask_text", f"{title}: {label}"))
        return self.text_answers.pop(0) if self.text_answers else None

    def ask_finalise(self, _parent, question, doc_number):
        self.messages.append(("ask_finalise", question))
        if self.confirm_answers and not self.confirm_answers.pop(0):
            return None
        return self.finalise_answer

    def choose_files(self, _parent):
        return list(self.files)

    def kinds(self, kind: str) -> list[str]:
        return [m for k, m in self.messages if k == kind]


@pytest.fixture(autouse=True)
def no_real_file_dialogs(monkeypatch):
    """A modal file dialog would wait forever offscreen: any test that reaches one must patch it first."""
    from PySide6.QtWidgets import QFileDialog

    def refuse(*_args, **_kwargs):
        raise AssertionError("a real file dialog was opened; patch the function that asks for the file")

    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))


@pytest.fixture(autouse=True)
def user(monkeypatch):
    """The person at the dialogs."""
    stand_in = DialogStandIn()
    for name in ("confirm", "inform", "warn", "show_error", "ask_text", "ask_finalise", "choose_files"):
        monkeypatch.setattr(dialogs, name, getattr(stand_in, name))
    return stand_in


@pytest.fixture
def demo_db(tmp_path):
    """A database with the sample school 0 (2024-2025 finalised, 2025-2026 draft) and one more school."""
    from papi_desktop.demo import make_demo
    from papi_desktop.storage.repository import Repository

    path = tmp_path / "demo.sqlite3"
    with Repository.open(path) as repo:
        make_demo(repo, schools=2, seed=1)
    return path


@pytest.fixture
def open_window(qtbot):
    """``open_window(db_path)``: a shown main window on that database, closed at the end of the test."""

    def make(db_path):
        from papi_desktop.gui.app import create_main_window

        window = create_main_window(db_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=2000)
        return window

    return make

"""The main window: home or one open assessment, a quiet "saved" indicator, and the start/close rules.

Only what the empty frame needs is imported at module level (the frame is shown before anything else loads);
views, dialogs and the data layer are imported where they are first used.

The window wires views together with signals; views call the repository or the session themselves. On every
navigation the position is stored in the database (``gui.resume``), so after a crash or power cut the next start
reopens the same assessment at the same criterion.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from papi_desktop.gui.i18n import install_language
from papi_desktop.gui.prefs import RESUME_KEY, UiPrefs, apply_zoom


class MainWindow(QMainWindow):
    """Home ↔ assessment. ``session`` is the open assessment (None on the home page)."""

    def __init__(self, db_path: str | Path, prefs: UiPrefs):
        super().__init__()
        self.db_path = Path(db_path)
        self.prefs = prefs
        self.repo = None  # opened by load()
        #: the one-writer lock of the data file, taken by run_gui (tests open windows without it)
        self.instance_lock = None
        self.session = None  # the open AssessmentSession, None on the home page
        self.assessment_view = None  # its AssessmentView (imported on first use: not needed to show home)
        self.home = None
        self.profile_wizard = None
        self.office_window = None  # the receiving office's window, when opened from the menu
        self.is_sample = False  # the data file is the sample data (set by load())
        self._closed = False
        from papi_desktop.gui.fit import available_size, fit_to_screen

        geometry = prefs.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1100, 720)
        elif self.width() > available_size(self)[0] or self.height() > available_size(self)[1]:
            fit_to_screen(self, self.width(), self.height())
        self.setWindowTitle(self.tr("PAPI self-assessment of the school"))
        # the frame is shown before the data layer is imported; nothing here may need Qt's big enum namespace
        self.statusBar().showMessage(self.tr("Opening the data…"))
        self.setAcceptDrops(True)  # the office's receipts can be dropped on the window

    def load(self) -> None:
        """Open the database and build the views; reopens where the principal was. Raises PapiError."""
        from papi_desktop.gui.welcome import OFFICE, ROLE_KEY
        from papi_desktop.storage.repository import Repository
        from papi_desktop.storage.sample import is_sample

        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.repo = Repository.open(self.db_path)
        self.destroyed.connect(self.repo.close)
        self.is_sample = is_sample(self.repo)
        self._build()
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._resume()
        if not self.repo.list_schools() and self.repo.get_setting(ROLE_KEY) == OFFICE:
            QTimer.singleShot(0, self.open_office)  # a clerk's computer: straight to the office's window

    # -- building ---------------------------------------------------------------------------------------------

    def _build(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        from papi_desktop.gui.welcome import window_title

        self.statusBar().clearMessage()
        title = self.tr("PAPI self-assessment of the school")
        self.setWindowTitle(window_title(title, self.is_sample))
        self.menuBar().clear()
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        home = QAction(self.tr("&Home"), self)
        home.setShortcut(QKeySequence("Ctrl+Home"))
        home.triggered.connect(self.go_home)
        settings = QAction(self.tr("&Settings…"), self)
        settings.triggered.connect(self.open_settings)
        office = QAction(self.tr("Aggregation (receiving &office)…"), self)
        office.triggered.connect(self.open_office)
        receipt = QAction(self.tr("Read the office's &receipt…"), self)
        receipt.triggered.connect(lambda: self.read_receipts())
        self.print_action = QAction(self.tr("&Print the report"), self)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self.print_report)
        sample = QAction(self.tr("&Back to my data") if self.is_sample else self.tr("Try it with s&ample data"),
                         self)
        sample.triggered.connect(self.leave_sample if self.is_sample else self.open_sample)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        for a in (home, self.print_action, receipt, settings, office, sample, quit_action):
            file_menu.addAction(a)
        old_label = getattr(self, "saved_label", None)
        if old_label is not None:
            self.statusBar().removeWidget(old_label)
            old_label.deleteLater()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self.statusBar().addPermanentWidget(self.saved_label)
        from PySide6.QtWidgets import QVBoxLayout

        from papi_desktop.gui.home import HomeView
        from papi_desktop.gui.welcome import SampleBanner

        self.stack = QStackedWidget()
        self.home = HomeView(self.repo)
        self.home.open_requested.connect(self.open_assessment)
        self.home.profile_requested.connect(lambda code: self.edit_profile(code or None))
        self.home.add_school_requested.connect(self.add_school)
        self.home.settings_requested.connect(self.open_settings)
        self.home.office_requested.connect(self.start_as_office)
        self.home.sample_requested.connect(self.open_sample)
        self.stack.addWidget(self.home)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sample_banner = None
        if self.is_sample:
            self.sample_banner = SampleBanner()
            self.sample_banner.leave_requested.connect(self.leave_sample)
            layout.addWidget(self.sample_banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)  # Qt deletes the previous central widget

    # -- the office's receipts (drop a .papi-receipt on the window, or Tệp → Đọc giấy báo) --------------------------

    def read_receipts(self, paths: list[str] | None = None) -> list:
        """Read the office's receipts and show the verdict where it belongs (home page, criteria pages)."""
        from papi_desktop.gui.receipts import import_receipt_files

        if self.session is not None:
            self.session.flush()
        results = import_receipt_files(self, self.repo, paths)
        if any(r.result == "applied" for r in results):
            if self.session is not None:
                self.session.load(self.session.id)
                self.session.state_changed.emit()
            self.home.refresh()
        return results

    @staticmethod
    def _dropped_receipts(event) -> list[str]:
        from papi_desktop.exchange.receipt_import import is_receipt

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls if u.isLocalFile() and is_receipt(u.toLocalFile())]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_receipts(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = self._dropped_receipts(event)
        if paths:
            event.acceptProposedAction()
            self.read_receipts(paths)

    def _resume(self) -> None:
        state = self.repo.get_setting(RESUME_KEY) or {}
        if state.get("assessment") in {a.id for a in self.repo.list_assessments()}:
            self.open_assessment(state["assessment"], criterion=state.get("criterion"), view=state.get("view"))

    # -- navigation ---------------------------------------------------------------------------------------------

    def open_assessment(self, assessment_id: str, *, criterion: str | None = None, view: str | None = None) -> None:
        from papi_desktop.errors import PapiError
        from papi_desktop.gui import dialogs
        from papi_desktop.gui.assessment_view import REVIEW, AssessmentView
        from papi_desktop.gui.session import AssessmentSession

        self._close_session()
        try:
            self.session = AssessmentSession(self.repo, assessment_id, self)
        except PapiError as exc:  # e.g. made with a catalogue this version of the app does not ship
            dialogs.show_error(self, exc)
            self.go_home()
            return
        self.session.pending.connect(lambda: self.saved_label.setText(self.tr("Saving…")))
        self.session.saved.connect(self._saved)
        self.session.failed.connect(lambda exc: dialogs.show_error(self, exc))
        self.assessment_view = AssessmentView(self.session)
        self.assessment_view.home_requested.connect(self.go_home)
        self.assessment_view.walkthrough.navigated.connect(
            lambda cid: self.session.remember_position(cid, self.assessment_view.current_view()))
        self.stack.addWidget(self.assessment_view)
        self.stack.setCurrentWidget(self.assessment_view)
        first = criterion or self.assessment_view.walkthrough.order[0]
        self.assessment_view.walkthrough.show_criterion(first)
        if view == REVIEW:
            self.assessment_view.show_review()
        self.saved_label.setText("")

    def print_report(self) -> None:
        """Ctrl+P: print the open assessment's report (on the home page: the selected one)."""
        from papi_desktop.gui import actions

        selected = self.home.selected() if self.session is None else None
        assessment_id = self.session.id if self.session is not None else (selected.id if selected else None)
        if assessment_id:
            actions.print_report(self, self.repo, assessment_id)

    def _saved(self) -> None:
        self.saved_label.setText(self.tr("Saved %1").replace("%1", QTime.currentTime().toString("HH:mm")))

    def _close_session(self) -> None:
        if self.session is not None:
            self.session.flush()
        if self.assessment_view is not None:
            self.stack.removeWidget(self.assessment_view)
            self.assessment_view.deleteLater()
            self.assessment_view = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None

    def go_home(self) -> None:
        self._close_session()
        self.repo.set_setting(RESUME_KEY, None)
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self.session is not None and not self._closed and old is not None:
            self.session.flush()

    # -- dialogs --------------------------------------------------------------------------------------------

    def edit_profile(self, code: str | None) -> None:
        """The profile wizard for school ``code``, or for a new school (``None``); the school is saved at Finish."""
        from papi_desktop.gui.wizard import ProfileWizard

        wizard = ProfileWizard(self.repo, code, parent=self)
        self.profile_wizard = wizard
        wizard.finished.connect(lambda result: self._profile_done(wizard, result))
        wizard.open()

    def add_school(self) -> None:
        """The wizard for a new school — in the user's own data: from the sample data it offers to go back first."""
        from papi_desktop.gui import dialogs
        from papi_desktop.gui.welcome import ROLE_KEY, SCHOOL

        if self.is_sample:
            if not dialogs.confirm(self, self.tr("Add a school"),
                                   self.tr("This is the sample data: a school added here could not send anything. "
                                           "Go back to your own data and add the school there?"),
                                   yes=self.tr("Back to my data"), no=self.tr("Stay in the sample")):
                return
            self.leave_sample()
            if self.is_sample:  # could not switch (the message was shown)
                return
        if self.repo.get_setting(ROLE_KEY) is None:
            self.repo.set_setting(ROLE_KEY, SCHOOL)
        self.edit_profile(None)

    def _profile_done(self, wizard, result: int) -> None:
        if result and wizard.saved_code:
            self.home.show_school(wizard.saved_code)
        else:
            self.home.refresh()

    def start_as_office(self) -> None:
        """The first start's "Cơ quan tổng hợp": remember it (the next start opens the office's window) and open it."""
        from papi_desktop.gui.welcome import OFFICE, ROLE_KEY

        self.repo.set_setting(ROLE_KEY, OFFICE)
        self.open_office()

    # -- which data file ------------------------------------------------------------------------------------

    def open_sample(self) -> None:
        """Xem thử với dữ liệu mẫu: reopen the window on the sample data (its own file, made the first time)."""
        from papi_desktop.errors import PapiError
        from papi_desktop.gui import actions, dialogs
        from papi_desktop.sample import ensure_sample_db

        try:
            with actions.busy_cursor():
                path = ensure_sample_db()
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return
        self.switch_database(path)

    def leave_sample(self) -> None:
        """Back to the user's own data file."""
        from papi_desktop.paths import default_db_path

        self.switch_database(default_db_path())

    def switch_database(self, path: str | Path) -> bool:
        """Close the data file and open ``path`` in this window (taking its one-writer lock first, when this window
        holds one). False, with a message, when ``path`` cannot be opened; the current file then stays open."""
        from papi_desktop.errors import PapiError
        from papi_desktop.gui import dialogs
        from papi_desktop.storage.lock import acquire_instance_lock

        path = Path(path)
        new_lock = None
        if self.instance_lock is not None:
            try:
                new_lock = acquire_instance_lock(path)
            except PapiError as exc:
                dialogs.show_error(self, exc)
                return False
        if self.office_window is not None:
            self.office_window.close()
        self._close_session()
        self.repo.set_setting(RESUME_KEY, None)
        self._unload()
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = new_lock
        self.db_path = path
        self.load()
        return True

    def _unload(self) -> None:
        """Close the repository (the views go with the next ``_build``)."""
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        self.repo.close()

    def open_settings(self) -> None:
        from papi_desktop.gui.settings_dialog import SettingsDialog

        code = self.session.school.code if self.session else self.home.school_code()
        dialog = SettingsDialog(self.repo, self.prefs, code, self)
        if dialog.exec():
            self.apply_preferences()
        elif dialog.restore_path:
            self.restore_from_backup(dialog.restore_path)

    def restore_from_backup(self, backup: str | Path) -> None:
        """Replace the data with a checked backup (the current data is backed up first), then reopen it."""
        from papi_desktop.errors import PapiError
        from papi_desktop.gui import dialogs
        from papi_desktop.storage.lock import acquire_instance_lock
        from papi_desktop.storage.restore import restore_backup

        self._close_session()
        self._unload()
        if self.instance_lock is not None:
            self.instance_lock.release()
        result = None
        try:
            result = restore_backup(self.db_path, backup)
        except PapiError as exc:
            dialogs.show_error(self, exc)
        finally:
            if self.instance_lock is not None:
                self.instance_lock = acquire_instance_lock(self.db_path)
            self.load()
        if result is not None:
            dialogs.inform(self, self.tr("Restored"),
                           self.tr("The data was restored from the backup."),
                           self.tr("The previous data was kept in %1.").replace(
                               "%1", str(getattr(result.previous, "path", result.previous) or "")))

    def open_office(self):
        """Tổng hợp: the receiving office's window (import schools' files, dashboard, summaries) on this database."""
        from papi_desktop.gui.office import create_office_window

        if self.session is not None:
            self.session.flush()
        if self.office_window is not None and self.office_window.isVisible():
            self.office_window.raise_()
            self.office_window.activateWindow()
            return self.office_window
        from PySide6.QtCore import Qt

        window = create_office_window(self.db_path, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its connection closes with it
        window.destroyed.connect(self._office_closed)
        self.office_window = window
        window.show()
        return window

    def _office_closed(self) -> None:
        self.office_window = None

    def apply_preferences(self) -> None:
        """Apply language and text size: the views are rebuilt in place, at the same assessment and criterion."""
        state = None
        if self.session is not None:
            self.session.flush()
            view = self.assessment_view
            state = (self.session.id, view.walkthrough.current_id(), view.current_view())
        self._close_session()
        install_language(self.prefs.language)
        apply_zoom(self.prefs.zoom)
        self._build()
        if state:
            self.open_assessment(state[0], criterion=state[1], view=state[2])

    # -- closing ----------------------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        from papi_desktop.gui import dialogs

        unsaved = self.session is not None and not self.session.flush()
        if unsaved and not dialogs.confirm(self, self.tr("Not saved"),
                                           self.tr("The last change could not be saved. Close anyway?")):
            event.ignore()
            return
        self.prefs.set_geometry(self.saveGeometry())
        if self.repo is not None and not self._closed:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        self._closed = True
        super().closeEvent(event)

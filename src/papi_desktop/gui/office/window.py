"""The office window ("Tổng hợp — cơ quan nhận báo cáo"): tabs Nhập tệp, Bảng tổng hợp, Ý kiến cha mẹ, Tình trạng
gửi, Xung đột, Báo cáo tổng hợp. It opens its own connection to the database; the import worker opens another.

Every tab follows the school year (and unit) chosen on the dashboard; the window fits the screen's free area.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from papi_desktop.gui.office.conflicts import ConflictsPanel
from papi_desktop.gui.office.dashboard_view import DashboardPanel
from papi_desktop.gui.office.importing import ImportPanel
from papi_desktop.gui.office.reports import RosterPanel, SummaryPanel
from papi_desktop.gui.office.survey_view import SurveyPanel


class OfficeWindow(QMainWindow):
    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        from papi_desktop.gui.fit import fit_to_screen
        from papi_desktop.gui.welcome import window_title
        from papi_desktop.storage.repository import Repository
        from papi_desktop.storage.sample import is_sample

        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.repo = Repository.open(self.db_path)
        self.school_dialog = None
        self._closed = False
        self.is_sample = is_sample(self.repo)
        title = self.tr("Aggregation (receiving office)")
        self.setWindowTitle(window_title(title, self.is_sample))
        self.tabs = QTabWidget()
        self.import_panel = ImportPanel(self.db_path, self.repo)
        self.dashboard = DashboardPanel(self.repo)
        self.survey = SurveyPanel(self.repo, self.filters)
        self.roster = RosterPanel(self.repo, lambda: self.filters()[0])
        self.conflicts = ConflictsPanel(self.repo)
        self.summaries = SummaryPanel(self.repo, self.filters)
        self.tabs.addTab(self.import_panel, self.tr("&Import files"))
        self.tabs.addTab(self.dashboard, self.tr("Dash&board"))
        self.tabs.addTab(self.survey, self.tr("Parents' feedbac&k"))
        self.tabs.addTab(self.roster, self.tr("&Who has sent"))
        self.tabs.addTab(self.conflicts, self.tr("Co&nflicts"))
        self.tabs.addTab(self.summaries, self.tr("Su&mmary reports"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.is_sample:
            from papi_desktop.gui.welcome import SampleBanner

            layout.addWidget(SampleBanner(can_leave=False))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.import_panel.finished.connect(lambda report: report.dry_run or self.refresh())
        self.dashboard.open_requested.connect(self.open_school)
        self.survey.open_requested.connect(self.open_school)
        self.dashboard.filters_changed.connect(self._filters_changed)
        self.conflicts.resolved.connect(self.dashboard.refresh)
        self.conflicts.counted.connect(
            lambda _n: self.tabs.setTabText(self.tabs.indexOf(self.conflicts), self.conflicts.tab_title()))
        fit_to_screen(self, 1200, 760)
        self.refresh()

    def filters(self) -> tuple[str | None, str | None]:
        """School year and unit chosen on the dashboard (used by the other tabs)."""
        return self.dashboard.filters()

    def refresh(self) -> None:
        self.conflicts.refresh()
        self.dashboard.refresh()  # the other tabs follow through filters_changed

    def _filters_changed(self) -> None:
        self.survey.follow_filters()
        self.roster.refresh()
        self.summaries.show_filters()

    def open_school(self, assessment_id: str):
        """The school's assessment read-only (its verification code, answers, PDF)."""
        from papi_desktop.errors import PapiError
        from papi_desktop.gui import dialogs
        from papi_desktop.gui.office.school_view import SchoolDialog

        try:
            self.school_dialog = SchoolDialog(self.repo, assessment_id, self)
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return None
        self.school_dialog.reviewed.connect(self._reviewed)
        self.school_dialog.show()
        return self.school_dialog

    def _reviewed(self, assessment_id: str) -> None:
        """A decision taken in the school's window: the dashboard and the roster show it."""
        self.dashboard.refresh()
        self.dashboard.select_assessment(assessment_id)

    def closeEvent(self, event) -> None:
        self.import_panel.wait()
        if self.school_dialog is not None:
            self.school_dialog.close()
        if not self._closed:
            self._closed = True
            self.repo.close()
        super().closeEvent(event)

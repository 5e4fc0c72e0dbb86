"""The office window ("Tổng hợp — cơ quan nhận báo cáo"): tabs Nhập tệp, Bảng tổng hợp, Danh sách trường,
Báo cáo tổng hợp. It opens its own connection to the database; the import worker opens another."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from papi_desktop.gui.office.dashboard_view import DashboardPanel
from papi_desktop.gui.office.importing import ImportPanel
from papi_desktop.gui.office.reports import RosterPanel, SummaryPanel


class OfficeWindow(QMainWindow):
    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        from papi_desktop.storage.repository import Repository

        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.repo = Repository.open(self.db_path)
        self.school_dialog = None
        self._closed = False
        self.setWindowTitle(self.tr("Aggregation (receiving office)"))
        self.tabs = QTabWidget()
        self.import_panel = ImportPanel(self.db_path)
        self.dashboard = DashboardPanel(self.repo)
        self.roster = RosterPanel(self.repo, lambda: self.dashboard.d.school_year if self.dashboard.d else None)
        self.summaries = SummaryPanel(self.repo, self.filters)
        self.tabs.addTab(self.import_panel, self.tr("&Import files"))
        self.tabs.addTab(self.dashboard, self.tr("Dash&board"))
        self.tabs.addTab(self.roster, self.tr("&Who has not sent"))
        self.tabs.addTab(self.summaries, self.tr("Su&mmary reports"))
        self.setCentralWidget(self.tabs)
        self.import_panel.imported.connect(self.refresh)
        self.dashboard.open_requested.connect(self.open_school)
        self.resize(1200, 760)
        self.refresh()

    def filters(self) -> tuple[str | None, str | None]:
        """School year and unit chosen on the dashboard (used by the summaries)."""
        d = self.dashboard
        return (d.d.school_year if d.d else None), d.unit_combo.currentData()

    def refresh(self) -> None:
        self.dashboard.refresh()
        self.roster.refresh()

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
        self.school_dialog.show()
        return self.school_dialog

    def closeEvent(self, event) -> None:
        self.import_panel.wait()
        if self.school_dialog is not None:
            self.school_dialog.close()
        if not self._closed:
            self._closed = True
            self.repo.close()
        super().closeEvent(event)

"""Evidence files of one criterion: add (file dialog; only accepted types), open (:func:`open_evidence`), remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from papi_desktop.core.model import Attachment
from papi_desktop.errors import PapiError
from papi_desktop.gui import dialogs
from papi_desktop.gui.session import AssessmentSession
from papi_desktop.gui.widgets import WrappingDelegate


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def open_evidence(parent: QWidget, repo, attachment: Attachment) -> Path | None:
    """The one way the app opens an evidence file (the principal's list, the office's read-only view): a marked
    temporary copy under a safe name (:func:`papi_desktop.storage.evidence_copies.copy_for_viewer`) handed to the
    system's viewer. A file whose content is not an accepted type is not opened; the reason is shown instead."""
    from papi_desktop.storage.evidence_copies import copy_for_viewer

    try:
        path = copy_for_viewer(repo.attachment_bytes(attachment.sha256), attachment.filename)
    except PapiError as exc:
        dialogs.show_error(parent, exc)
        return None
    except OSError as exc:
        dialogs.show_error(parent, PapiError(f"Không mở được tệp: {exc.strerror or exc}.",
                                             f"Cannot open the file: {exc.strerror or exc}."))
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class AttachmentsPanel(QWidget):
    """The list of evidence files with its three buttons."""

    changed = Signal()

    def __init__(self, session: AssessmentSession, criterion_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.criterion_id = criterion_id
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Evidence files"))
        self.list.setMaximumHeight(120)
        WrappingDelegate(self.list)  # a long file name on two lines, not behind a sideways scroll bar
        self.list.itemActivated.connect(lambda _i: self.open_selected())
        self.add_button = QPushButton(self.tr("A&dd file…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for att in self.session.repo.list_attachments(self.session.id, self.criterion_id):
            item = QListWidgetItem(f"{att.filename}  ({size_text(att.size)})")
            item.setData(Qt.ItemDataRole.UserRole, att)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ro = self.session.read_only
        has = self.list.currentItem() is not None
        self.add_button.setEnabled(not ro)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and not ro)

    def current(self) -> Attachment | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_files(self, paths: list[str] | None = None) -> None:
        for path in paths or dialogs.choose_files(self):
            try:
                self.session.repo.add_attachment(self.session.id, self.criterion_id, path)
            except PapiError as exc:
                dialogs.show_error(self, exc)
        self.refresh()
        self.changed.emit()

    def open_selected(self) -> Path | None:
        att = self.current()
        return open_evidence(self, self.session.repo, att) if att is not None else None

    def remove_selected(self) -> None:
        att = self.current()
        if att is None:
            return
        if not dialogs.confirm(self, self.tr("Remove evidence file"),
                               self.tr("Remove “%1” from this criterion?").replace("%1", att.filename),
                               yes=self.tr("Remove"), no=self.tr("Keep")):
            return
        try:
            self.session.repo.remove_attachment(att.id)
        except PapiError as exc:
            dialogs.show_error(self, exc)
        self.refresh()
        self.changed.emit()

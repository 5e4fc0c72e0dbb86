"""The office's note on one criterion, on that criterion's page, when the office returned the self-assessment with
a note on it (the newest receipt read: :mod:`papi_desktop.exchange.receipt_import`). Shown until a newer receipt
(an acceptance, say) replaces it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from papi_desktop.gui.i18n import datetime_text
from papi_desktop.gui.session import AssessmentSession


class OfficeNoteBox(QFrame):
    """Hidden unless the newest receipt returned the assessment with a note on ``criterion_id``."""

    def __init__(self, criterion_id: str, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.criterion_id, self.session = criterion_id, session
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("OfficeNoteBox { background: #fff4d6; border: 1px solid #e0a800; }")
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName(self.tr("The office's note on this criterion"))
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        session.state_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        receipt = self.session.repo.newest_receipt(self.session.id)
        note = (receipt or {}).get("notes", {}).get(self.criterion_id) if receipt and \
            receipt["state"] == "returned" else None
        self.setVisible(bool(note))
        if note:
            self.heading.setText(self.tr("%1 returned revision %2 on %3 with this note:")
                                 .replace("%1", receipt["office_name"]).replace("%2", str(receipt['revision']))
                                 .replace("%3", datetime_text(receipt["decided_at"])))
            self.note.setText(note)

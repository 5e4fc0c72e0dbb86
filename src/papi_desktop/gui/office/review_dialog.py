"""Accepting or returning a school's submission at the office (from the dashboard or the read-only school view),
and writing the receipts that tell the schools. The rules are :func:`papi_desktop.exchange.review.decide`'s.

Returning takes a reason and, optionally, a note on any criterion (typed in the table's last column); accepting
takes an optional comment. After a decision the clerk is offered to write the receipt at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.errors import PapiError
from papi_desktop.gui import actions, dialogs
from papi_desktop.gui.i18n import current_language, text
from papi_desktop.gui.office.dashboard_model import COLOURS

ACCEPTED, RETURNED = "accepted", "returned"
NOTE_COLUMN = 3


class ReviewDialog(QDialog):
    """Accept (``state="accepted"``) or return (``"returned"``) the submission ``assessment_id``; ``decision`` is
    the stored decision once accepted."""

    def __init__(self, repo, assessment_id: str, state: str, parent: QWidget | None = None):
        super().__init__(parent)
        from papi_desktop.core.scoring import VERDICT_TEXT
        from papi_desktop.core.snapshot import verification_code
        from papi_desktop.exchange.review import default_reviewer

        self.repo, self.assessment_id, self.state = repo, assessment_id, state
        self.decision: dict | None = None
        a = repo.get_assessment(assessment_id)
        school = repo.school_for(a)
        returning = state == RETURNED
        self.setWindowTitle(self.tr("Return the self-assessment") if returning else
                            self.tr("Accept the self-assessment"))
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("%1 (%2), school year %3, revision %4.").replace("%1", school.name)
                       .replace("%2", a.school_code).replace("%3", a.school_year).replace("%4", str(a.revision))
                       + "\n" + self.tr("Verification code: %1").replace("%1", verification_code(a.content_hash or "")))
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.reviewer = QLineEdit(default_reviewer(repo))
        self.reviewer.setAccessibleName(self.tr("Reviewer"))
        reviewer_label = QLabel(self.tr("&Reviewer:"))
        reviewer_label.setBuddy(self.reviewer)
        form.addRow(reviewer_label, self.reviewer)
        layout.addLayout(form)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
        self.reason.setAccessibleName(self.tr("Reason for returning") if returning else self.tr("Comment"))
        reason_label = QLabel(self.tr("Reason for re&turning (the school reads it):") if returning else
                              self.tr("&Comment (optional):"))
        reason_label.setWordWrap(True)
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        self.notes = QTableWidget(0, 4)
        self.notes.setAccessibleName(self.tr("Notes per criterion"))
        if returning:
            hint = QLabel(self.tr("A note on a criterion shows on that criterion's page at the school. Double-click "
                                  "the last column to write one; leave it empty for the others."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
            catalogue = repo.catalogue_of(a)
            verdicts = repo.snapshot(assessment_id)["verdicts"]
            lang = current_language()
            self.notes.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Criterion"), self.tr("Result"),
                                                  self.tr("Note for the school")])
            self.notes.setRowCount(len(catalogue.criteria))
            for row, c in enumerate(catalogue.criteria):
                verdict = verdicts.get(c.id, "unanswered")
                for col, value in enumerate((c.id, text(c.text), VERDICT_TEXT[verdict].get(lang), "")):
                    item = QTableWidgetItem(value)
                    if col < NOTE_COLUMN:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        item.setBackground(COLOURS[verdict])
                    self.notes.setItem(row, col, item)
            self.notes.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
            self.notes.verticalHeader().setVisible(False)
            header = self.notes.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            self.notes.setColumnWidth(0, 70)
            self.notes.setColumnWidth(1, 420)
            self.notes.setColumnWidth(2, 100)
            self.notes.setWordWrap(False)
            layout.addWidget(self.notes, 1)
        else:
            self.notes.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        box = QDialogButtonBox()
        ok = box.addButton(self.tr("Re&turn it") if returning else self.tr("&Accept it"),
                           QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        box.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        from papi_desktop.gui.fit import fit_height, fit_to_screen

        if returning:
            fit_to_screen(self, 980, 680)
        else:
            fit_height(self, 620)

    def set_note(self, criterion_id: str, note: str) -> None:
        """Write ``note`` in the row of ``criterion_id`` (as a clerk typing in the table)."""
        for row in range(self.notes.rowCount()):
            if self.notes.item(row, 0).text() == criterion_id:
                self.notes.item(row, NOTE_COLUMN).setText(note)
                return
        raise KeyError(criterion_id)

    def typed_notes(self) -> dict[str, str]:
        return {self.notes.item(r, 0).text(): self.notes.item(r, NOTE_COLUMN).text()
                for r in range(self.notes.rowCount()) if self.notes.item(r, NOTE_COLUMN).text().strip()}

    def accept(self) -> None:
        """Store the decision; a refusal (no reason, control characters…) is said in the dialog, which stays."""
        from papi_desktop.exchange.review import decide

        try:
            self.decision = decide(self.repo, self.assessment_id, self.state, reason=self.reason.toPlainText(),
                                   notes=self.typed_notes(), reviewer=self.reviewer.text())
        except PapiError as exc:
            self.problem.setText(exc.message(current_language()))
            self.problem.show()
            return
        super().accept()


def review_submission(parent: QWidget | None, repo, assessment_id: str, state: str) -> dict | None:
    """Accept or return a submission, then offer to write its receipt; the decision, or None when cancelled."""
    dialog = ReviewDialog(repo, assessment_id, state, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    question = (QCoreApplication.translate("Review", "Returned. Write the receipt for the school now? It tells the "
                                                     "school the reason and the notes.")
                if state == RETURNED else
                QCoreApplication.translate("Review", "Accepted. Write the receipt for the school now?"))
    if dialogs.confirm(parent, QCoreApplication.translate("Review", "Receipt"), question,
                       yes=QCoreApplication.translate("Review", "Write the receipt…"),
                       no=QCoreApplication.translate("Review", "Later")):
        save_receipt(parent, repo, assessment_id)
    return dialog.decision


def _signer(repo):
    from papi_desktop.exchange.signing import settings_signer

    return settings_signer(repo)


def save_receipt(parent: QWidget | None, repo, assessment_id: str) -> str | None:
    """Ghi giấy báo: save the receipt of a submission's decision (named for its school); the path, or None."""
    from papi_desktop.exchange.receipt import build_receipt, current_decision, write_receipt

    decision = actions.run_reporting_errors(parent, lambda: current_decision(repo, assessment_id))
    if decision is None:
        return None
    suggested = actions.run_reporting_errors(parent, lambda: build_receipt(repo, decision)[0])
    if suggested is None:
        return None
    out = actions.save_file(parent, QCoreApplication.translate("Review", "Save the receipt for the school"), suggested,
                            QCoreApplication.translate("Review", "Receipts (*.papi-receipt)"))
    if not out:
        return None
    path = Path(out) if out.lower().endswith(".papi-receipt") else Path(out + ".papi-receipt")
    done = actions.run_reporting_errors(parent, lambda: write_receipt(repo, assessment_id, path,
                                                                      signer=_signer(repo)))
    if done is None:
        return None
    dialogs.inform(parent, QCoreApplication.translate("Review", "Receipt"),
                   QCoreApplication.translate("Review", "The receipt was saved as %1. Send it to the school (USB, "
                                                        "e-mail or Zalo); the school opens it in its program.")
                   .replace("%1", str(path)))
    return str(path)


def choose_receipt_folder(parent: QWidget | None) -> str:
    """Where the pending receipts go ("" when cancelled; tests replace this function)."""
    from papi_desktop.gui.files import existing_folder

    return existing_folder(parent, "receipts-out", QCoreApplication.translate(
        "Review", "Choose the folder for the receipts"))


def save_pending_receipts(parent: QWidget | None, repo) -> list[Path] | None:
    """One receipt per reviewed submission whose receipt was not written yet, into a folder."""
    from papi_desktop.exchange.receipt import pending_decisions, write_pending

    if not pending_decisions(repo):
        dialogs.inform(parent, QCoreApplication.translate("Review", "Receipts"),
                       QCoreApplication.translate("Review", "Every reviewed submission has its receipt already."))
        return []
    folder = choose_receipt_folder(parent)
    if not folder:
        return None
    with actions.busy_cursor():
        paths = actions.run_reporting_errors(parent, lambda: write_pending(repo, folder, signer=_signer(repo)))
    if paths is None:
        return None
    dialogs.inform(parent, QCoreApplication.translate("Review", "Receipts"),
                   QCoreApplication.translate("Review", "%1 receipts were saved in %2. Each file name starts with the "
                                                        "school's code: send each one to its school.")
                   .replace("%1", str(len(paths))).replace("%2", folder))
    return paths

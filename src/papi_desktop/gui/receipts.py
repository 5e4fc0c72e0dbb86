"""The office's answer at the school: reading receipt files (Tệp menu, drag and drop), the verdict on the home page,
and "Mở lại để sửa" after a return (the new revision starts with the office's reason as the reason for reopening).

The rules are Qt-free (:mod:`papi_desktop.exchange.receipt_import`, :mod:`papi_desktop.exchange.review`); this
module only shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from papi_desktop.core.model import Assessment
from papi_desktop.gui import dialogs
from papi_desktop.gui.i18n import current_language, datetime_text

#: colours of the verdict panel (background, border) by state
COLOURS = {"accepted": ("#e8f5e9", "#1b7d32"), "returned": ("#fff4d6", "#e0a800"),
           "resubmitted": ("#e3f2fd", "#1565c0")}


def choose_receipt_files(parent: QWidget | None) -> list[str]:
    """Pick the office's receipt files; [] when cancelled (tests replace this function)."""
    from papi_desktop.gui.files import open_file_names

    return open_file_names(parent, "receipts", QCoreApplication.translate("Receipts", "Open the office's receipt"),
                           QCoreApplication.translate("Receipts", "Receipts of the office (*.papi-receipt)"))


def import_receipt_files(parent: QWidget | None, repo, paths: list[str] | None = None) -> list:
    """Read receipts (``paths``, or chosen in a dialog) and say in one message what each one means; returns the
    results (:class:`~papi_desktop.exchange.receipt_import.ReceiptResult`)."""
    from papi_desktop.exchange.receipt_import import import_receipts

    paths = choose_receipt_files(parent) if paths is None else paths
    if not paths:
        return []
    results = import_receipts(repo, paths)
    lang = current_language()
    title = QCoreApplication.translate("Receipts", "The office's receipt")
    changed = [i for i, r in enumerate(results) if r.signer_changed]
    if changed and dialogs.confirm(
            parent, title, "\n\n".join(results[i].text(lang) for i in changed) + "\n\n" + QCoreApplication.translate(
                "Receipts", "Has the office told you (by telephone, say) that it changed its digital certificate? "
                            "Only then accept the new certificate; the acceptance is kept in the history."),
            yes=QCoreApplication.translate("Receipts", "Accept the new certificate"),
            no=QCoreApplication.translate("Receipts", "Do not accept")):
        for i in changed:
            results[i] = import_receipts(repo, [results[i].path], accept_new_key=True)[0]
    lines = "\n\n".join(r.text(lang) if len(results) == 1 else r.line(lang) for r in results)
    if all(r.ok for r in results):
        dialogs.inform(parent, title, lines)
    else:
        dialogs.warn(parent, title, lines)
    return results


def reopen_after_return(parent: QWidget | None, repo, assessment: Assessment) -> bool:
    """"Mở lại để sửa": reopen the returned revision, the office's reason offered as the reason; True when done."""
    from papi_desktop.errors import PapiError
    from papi_desktop.exchange.review import reopen_reason, returned_receipt

    receipt = returned_receipt(repo, assessment)
    suggested = reopen_reason(receipt, current_language()) if receipt else ""
    reason = dialogs.ask_text(parent, QCoreApplication.translate("Receipts", "Reopen to make changes"),
                              QCoreApplication.translate("Receipts", "Why must the finalised self-assessment be "
                                                                     "changed? The reason is kept in the history."),
                              suggested, required=True)
    if not reason:
        return False
    try:
        repo.reopen(assessment.id, reason=reason)
    except PapiError as exc:
        dialogs.show_error(parent, exc)
        return False
    return True


class VerdictBox(QFrame):
    """The office's verdict on the assessment chosen on the home page (hidden when no receipt was read);
    ``reopen_requested(assessment_id)`` from its "Mở lại để sửa" button after a return."""

    reopen_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.assessment_id: str | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("The office's verdict"))
        self.reopen_button = QPushButton(self.tr("&Reopen to make changes"))
        self.reopen_button.clicked.connect(lambda: self.reopen_requested.emit(self.assessment_id or ""))
        row.addWidget(self.text, 1)
        row.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_for(self, repo, assessment: Assessment | None) -> None:
        from papi_desktop.exchange.review import returned_receipt, school_state

        receipt = repo.newest_receipt(assessment.id) if assessment else None
        self.assessment_id = assessment.id if assessment else None
        self.setVisible(receipt is not None)
        if receipt is None:
            return
        state = school_state(assessment, receipt)
        background, border = COLOURS[state]
        self.setStyleSheet(f"VerdictBox {{ background: {background}; border: 1px solid {border}; }}")
        when = datetime_text(receipt["decided_at"])
        office, rev = receipt["office_name"], str(receipt['revision'])
        if receipt["state"] == "accepted":
            text = self.tr("%1 accepted revision %2 of this self-assessment (%3).")
        else:
            text = self.tr("%1 returned revision %2 of this self-assessment (%3). Reason: «%4».")
            if receipt["notes"]:
                text += " " + self.tr("Its notes are on the pages of the criteria %5.")
        text = (text.replace("%1", office).replace("%2", rev).replace("%3", when).replace("%4", receipt["reason"])
                .replace("%5", ", ".join(receipt["notes"])))
        if state == "resubmitted":
            text += " " + self.tr("You have finalised revision %1 since: send its data file to the office.") \
                .replace("%1", str(assessment.revision))
        elif state == "returned" and not assessment.is_final:
            text += " " + self.tr("The changes are being made in revision %1; finalise it and send its data file.") \
                .replace("%1", str(assessment.revision))
        self.text.setText(text)
        self.reopen_button.setVisible(returned_receipt(repo, assessment) is not None)

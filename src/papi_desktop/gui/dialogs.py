"""Every message box and small question of the GUI, in one place, with our own translated button texts.

Qt ships no Vietnamese for its standard buttons, so each button text is set here through the translator. Errors
a user may see (:class:`~papi_desktop.errors.PapiError`) are shown by :func:`show_error` only. Tests replace these
functions to answer for the user (they are plain module functions, looked up at call time).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.errors import PapiError
from papi_desktop.gui.i18n import current_language


def set_box_texts(box: QDialogButtonBox) -> None:
    """Give a button box's standard buttons our translated texts."""
    texts = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("Dialogs", "OK"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("Dialogs", "Cancel"),
        QDialogButtonBox.StandardButton.Yes: QCoreApplication.translate("Dialogs", "Yes"),
        QDialogButtonBox.StandardButton.No: QCoreApplication.translate("Dialogs", "No"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("Dialogs", "Close"),
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate("Dialogs", "Save"),
    }
    for which, label in texts.items():
        button = box.button(which)
        if button is not None:
            button.setText(label)


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str,
                details: str = "") -> QMessageBox:
    """A message box without buttons yet (the functions below add them and show it)."""
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    return box


def confirm(parent: QWidget | None, title: str, question: str, yes: str = "", no: str = "") -> bool:
    """Ask a yes/no question; ``yes``/``no`` override the button texts (e.g. "Xoá" / "Giữ lại")."""
    box = message_box(parent, QMessageBox.Icon.Question, title, question)
    ok = box.addButton(yes or QCoreApplication.translate("Dialogs", "Yes"), QMessageBox.ButtonRole.YesRole)
    cancel = box.addButton(no or QCoreApplication.translate("Dialogs", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def inform(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """A plain message with one OK button."""
    box = message_box(parent, QMessageBox.Icon.Information, title, message, details)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, message: str) -> None:
    """A message about something the user must fix before going on."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, message)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_error(parent: QWidget | None, exc: PapiError) -> None:
    """The one place where errors meant for a user are shown."""
    warn(parent, QCoreApplication.translate("Dialogs", "Something went wrong"), exc.message(current_language()))


class TextDialog(QDialog):
    """One line of text; with ``required``, OK on an empty line says what is missing and keeps the dialog open."""

    def __init__(self, parent: QWidget | None, title: str, label: str, text: str = "", *, required: bool = False):
        from papi_desktop.gui.fit import fit_height, fit_to_title

        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        caption = QLabel(label)
        caption.setWordWrap(True)
        self.edit = QLineEdit(text)
        self.edit.setAccessibleName(label)
        caption.setBuddy(self.edit)
        self.hint = QLabel(QCoreApplication.translate("Dialogs", "Please write it here first; without it nothing "
                                                                 "is changed."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b3261e;")
        self.hint.hide()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        set_box_texts(box)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        for w in (caption, self.edit, self.hint, box):
            layout.addWidget(w)
        fit_to_title(self)
        fit_height(self, max(self.minimumWidth(), 480))

    def accept(self) -> None:
        from papi_desktop.gui.fit import fit_height

        if self.required and not self.edit.text().strip():
            self.hint.show()
            fit_height(self, self.width())
            self.edit.setFocus()
            return
        super().accept()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", *, required: bool = False) -> str | None:
    """Ask for one line of text (e.g. the reason for reopening); None when cancelled or left empty. With
    ``required`` an empty line cannot be confirmed: the dialog says so and stays open."""
    dialog = TextDialog(parent, title, label, text, required=required)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    value = dialog.edit.text().strip()
    return value or None


class FinaliseDialog(QDialog):
    """Confirm finalising; the report's number (``number``) and date (``day``)."""

    def __init__(self, parent: QWidget | None, question: str, doc_number: int | None):
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QDateEdit, QFormLayout, QSpinBox

        from papi_desktop.gui.fit import fit_height, fit_to_title

        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Finalise"))
        layout = QVBoxLayout(self)
        intro = QLabel(question)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.number = QSpinBox()
        self.number.setRange(0, 9999)
        self.number.setSpecialValueText(QCoreApplication.translate("Dialogs", "(fill in later)"))
        self.number.setValue(doc_number or 0)
        self.number.setAccessibleName(QCoreApplication.translate("Dialogs", "Document number"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(QCoreApplication.translate("Dialogs", "Document date"))
        for caption, field in ((QCoreApplication.translate("Dialogs", "Document &number:"), self.number),
                               (QCoreApplication.translate("Dialogs", "Document &date:"), self.day)):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        box = QDialogButtonBox()
        box.addButton(QCoreApplication.translate("Dialogs", "Finalise"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Dialogs", "Not yet"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        fit_to_title(self)
        fit_height(self, max(self.minimumWidth(), 520))


def ask_finalise(parent: QWidget | None, question: str, doc_number: int | None) -> tuple[int | None, str] | None:
    """Confirm finalising and ask the report's number and date (NĐ 30: numbers restart each calendar year).

    Returns ``(doc_number or None, "YYYY-MM-DD")``, or None when the user does not want to finalise yet.
    """
    dialog = FinaliseDialog(parent, question, doc_number)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return (dialog.number.value() or None, dialog.day.date().toString("yyyy-MM-dd"))


def choose_files(parent: QWidget | None) -> list[str]:
    """Pick evidence files (photos, scans, documents)."""
    from papi_desktop.gui.files import open_file_names

    return open_file_names(
        parent, "evidence", QCoreApplication.translate("Dialogs", "Choose evidence files"),
        QCoreApplication.translate("Dialogs", "Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls "
                                              "*.xlsx);;All files (*)"))


def choose_folder(parent: QWidget | None, start: str = "") -> str:
    """Pick a folder ("" when cancelled)."""
    from papi_desktop.gui.files import existing_folder

    return existing_folder(parent, "folder", QCoreApplication.translate("Dialogs", "Choose a folder"), start)


def choose_backup(parent: QWidget | None, start: str = "") -> str:
    """Pick a backup file to restore ("" when cancelled)."""
    from papi_desktop.gui.files import open_file_name

    return open_file_name(parent, "backup", QCoreApplication.translate("Dialogs", "Choose a backup to restore"),
                          QCoreApplication.translate("Dialogs", "Backups (*.sqlite3);;All files (*)"), start)


def show_crash(parent: QWidget | None, details: str, exc: BaseException) -> None:
    """An unexpected error: one calm sentence, and a button that copies the details for IT support."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Dialogs", "Unexpected error"),
                      QCoreApplication.translate("Dialogs", "The program met an unexpected error (%1). Everything "
                                                            "that was saved is intact. You can copy the details and "
                                                            "send them to the person who helps you with the "
                                                            "computer.").replace("%1", type(exc).__name__),
                      QMessageBox.StandardButton.NoButton, parent)
    copy = box.addButton(QCoreApplication.translate("Dialogs", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Dialogs", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.setDetailedText(details)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()

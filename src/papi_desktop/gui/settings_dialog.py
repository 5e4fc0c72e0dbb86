"""Settings: language, text size and the backup folder belong to this computer (``may-nay.json``, never restored
from a backup: :mod:`papi_desktop.storage.machine`); the signer and receiving offices to the school's data
(repository settings and the school profile)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.model import SIGNER_TITLES
from papi_desktop.core.text import nfc
from papi_desktop.errors import PapiError
from papi_desktop.gui import dialogs
from papi_desktop.gui.prefs import ZOOMS, UiPrefs
from papi_desktop.storage.backup import DEFAULT_KEEP, backup_settings
from papi_desktop.storage.backup import SETTING_KEY as BACKUP_KEY
from papi_desktop.storage.repository import Repository

SIGNER_KEY = "signer"

#: the signer's title as printed: the principal, or a deputy signing for the principal (two lines)


class SettingsDialog(QDialog):
    """Edit the settings; everything is written when the user presses OK."""

    def __init__(self, repo: Repository, prefs: UiPrefs, school_code: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.prefs = prefs
        self.school_code = school_code
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        view = QGroupBox(self.tr("Display"))
        form = QFormLayout(view)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.zoom = QComboBox()
        for z in ZOOMS:
            self.zoom.addItem(f"{z} %", z)
        self.zoom.setCurrentIndex(max(0, self.zoom.findData(prefs.zoom)))
        self.zoom.setAccessibleName(self.tr("Text size"))
        self._row(form, self.tr("&Language:"), self.language)
        self._row(form, self.tr("Text &size:"), self.zoom)
        layout.addWidget(view)

        data = QGroupBox(self.tr("Data"))
        form = QFormLayout(data)
        folder = str(repo.path.parent) if repo.path else ""
        self.data_folder = QLineEdit(folder)
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        open_data = QPushButton(self.tr("Op&en"))
        open_data.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
        self._row(form, self.tr("Data folder:"), self._with_button(self.data_folder, open_data))
        saved = repo.get_setting(BACKUP_KEY) or {}
        saved = saved if isinstance(saved, dict) else {}
        self.backup = QLineEdit(saved.get("dir") or "")
        self.backup.setPlaceholderText(str(backup_settings(None, repo.path)[0]) if repo.path else "")
        self.backup.setAccessibleName(self.tr("Backup folder"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_backup)
        self._row(form, self.tr("&Backup folder:"), self._with_button(self.backup, choose))
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(int(saved.get("keep") or DEFAULT_KEEP))
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        self._row(form, self.tr("Backups to &keep:"), self.keep)
        actions = QWidget()
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        self.backup_now = QPushButton(self.tr("Back &up now"))
        self.backup_now.clicked.connect(self._backup_now)
        self.restore = QPushButton(self.tr("&Restore from a backup…"))
        self.restore.clicked.connect(self._choose_restore)
        row.addWidget(self.backup_now)
        row.addWidget(self.restore)
        row.addStretch(1)
        form.addRow(QLabel(""), actions)
        layout.addWidget(data)
        #: the backup the user chose to restore (the main window restores it after the dialog closes)
        self.restore_path: str | None = None

        sign = QGroupBox(self.tr("Signing the report"))
        form = QFormLayout(sign)
        signer = repo.get_setting(SIGNER_KEY) or {}
        school = self._school()
        self.signer_name = QComboBox()
        self.signer_name.setEditable(True)
        for person in ([school.principal, *school.deputies] if school else []):
            if person:
                self.signer_name.addItem(person)
        self.signer_name.setCurrentText(signer.get("name") or (school.principal if school else ""))
        self.signer_name.setAccessibleName(self.tr("Signer's name"))
        self.signer_title = QComboBox()
        self.signer_title.addItem(self.tr("Principal (HIỆU TRƯỞNG)"), SIGNER_TITLES[0])
        self.signer_title.addItem(self.tr("Deputy for the principal (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG)"),
                                  SIGNER_TITLES[1])
        self.signer_title.setCurrentIndex(max(0, self.signer_title.findData(signer.get("title", SIGNER_TITLES[0]))))
        self.signer_title.setAccessibleName(self.tr("Signer's title"))
        self._row(form, self.tr("Signer's &name:"), self.signer_name)
        self._row(form, self.tr("Signer's &title:"), self.signer_title)
        layout.addWidget(sign)

        offices = QGroupBox(self.tr("Receiving offices (one per line)"))
        box = QVBoxLayout(offices)
        self.offices = QPlainTextEdit("\n".join(school.receiving_offices) if school else "")
        self.offices.setTabChangesFocus(True)
        self.offices.setAccessibleName(self.tr("Receiving offices, one per line"))
        self.offices.setEnabled(school is not None)
        self.offices.setFixedHeight(self.offices.fontMetrics().lineSpacing() * 4 + 14)
        box.addWidget(self.offices)
        layout.addWidget(offices)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        dialogs.set_box_texts(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    @staticmethod
    def _row(form: QFormLayout, label: str, field: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        form.addRow(caption, field)

    @staticmethod
    def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return w

    def _school(self):
        try:
            return self.repo.get_school(self.school_code) if self.school_code else None
        except PapiError:
            return None

    def _save_backup_setting(self) -> None:
        self.repo.set_setting(BACKUP_KEY, {"dir": self.backup.text().strip() or None, "keep": self.keep.value()})

    def _backup_now(self) -> None:
        from papi_desktop.storage.backup import make_backup

        try:
            self._save_backup_setting()
            info = make_backup(self.repo.conn, self.repo.path, "manual")
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.inform(self, self.tr("Backup made"), self.tr("The data was copied and checked."),
                       f"{info.path} ({info.size / 1e6:.1f} MB)")

    def _choose_restore(self) -> None:
        folder = self.backup.text().strip() or self.backup.placeholderText()
        path = dialogs.choose_backup(self, folder)
        if not path:
            return
        question = self.tr("Replace the data with the backup %1? The current data is backed up first.")
        if dialogs.confirm(self, self.tr("Restore"), question.replace("%1", path)):
            self.restore_path = path
            self.reject()  # nothing else of this dialog is saved

    def _choose_backup(self) -> None:
        folder = dialogs.choose_folder(self, self.backup.text())
        if folder:
            self.backup.setText(folder)

    def accept(self) -> None:
        """Write the settings; the caller applies language and text size."""
        try:
            self.repo.set_setting(SIGNER_KEY, {"name": nfc(self.signer_name.currentText().strip()),
                                               "title": self.signer_title.currentData()})
            self._save_backup_setting()
            school = self._school()
            if school is not None:
                school.receiving_offices = [nfc(x.strip()) for x in self.offices.toPlainText().splitlines()
                                            if x.strip()]
                self.repo.save_school(school)
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return
        self.prefs.language = self.language.currentData()
        self.prefs.zoom = self.zoom.currentData()
        super().accept()

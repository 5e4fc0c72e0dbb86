"""On the review page: what the report says beyond the answers — the date the figures refer to, the Sở's plan the
report answers (per school year, shared by every report of that year) and the proposals of section VI, pre-filled
from the criteria not met and editable. Every change is written at once (one transaction each)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core import terms
from papi_desktop.core.documents import basis_text, day_text
from papi_desktop.core.remedies import written_or_suggested
from papi_desktop.core.scoring import NOT_MET
from papi_desktop.core.text import nfc
from papi_desktop.errors import PapiError
from papi_desktop.gui import dialogs
from papi_desktop.gui.i18n import current_language
from papi_desktop.gui.session import AssessmentSession

SAVE_AFTER_MS = 600
BASIS_FIELDS = ("number", "date", "issuer", "title", "cites")


def _red(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    return label


class ReportDetailsBox(QGroupBox):
    """Reference date, plan basis and proposals of the open assessment's report."""

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(self.tr("The report sent to the offices above"), parent)
        self.session = session
        self._loading = False
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.has_reference = QCheckBox(self.tr("Fig&ures as of:"))
        self.reference = QDateEdit()
        self.reference.setDisplayFormat("dd/MM/yyyy")
        self.reference.setCalendarPopup(True)
        self.reference.setAccessibleName(self.tr("Date the figures refer to"))
        self.has_reference.toggled.connect(self._save_reference)
        self.reference.dateChanged.connect(self._save_reference)
        row.addWidget(self.has_reference)
        row.addWidget(self.reference)
        row.addStretch(1)
        layout.addLayout(row)

        self.basis_box = QGroupBox(self.tr("The Department's plan this report answers"))
        form = QFormLayout(self.basis_box)
        self.basis_year = QLabel()
        self.basis_year.setWordWrap(True)
        form.addRow(self.basis_year)
        self.basis: dict[str, QLineEdit] = {}
        for key, caption, hint in (
                ("number", self.tr("&Number:"), self.tr("e.g. 1234/KH-SGDĐT (leave empty if the copy has none)")),
                ("date", self.tr("&Date:"), self.tr("dd/mm/yyyy, or mm/yyyy when the day is not known")),
                ("issuer", self.tr("Issued &by:"), self.tr("e.g. Sở Giáo dục và Đào tạo tỉnh Đắk Lắk")),
                ("title", self.tr("&Title:"), self.tr("e.g. nâng cao Chỉ số PAPI năm 2025")),
                ("cites", self.tr("I&mplements:"), self.tr("the province's plan it cites (optional)"))):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(caption.replace("&", "").rstrip(":"))
            edit.editingFinished.connect(self._save_basis)
            label = QLabel(caption)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.basis[key] = edit
        self.basis_preview = QLabel()
        self.basis_preview.setWordWrap(True)
        form.addRow(self.basis_preview)
        layout.addWidget(self.basis_box)
        self.missing = _red(QLabel())
        layout.addWidget(self.missing)

        self.proposals_box = QGroupBox(self.tr("Proposals (section VI), by who can solve them"))
        pform = QFormLayout(self.proposals_box)
        self.proposals: dict[str, QPlainTextEdit] = {}
        captions = {"commune": self.tr("Commune People's Committee:"), "so": self.tr("Department of Education:"),
                    "province": self.tr("Provincial People's Committee (through the Department):"),
                    "school": self.tr("The school itself:")}
        for solver in ("commune", "so", "province", "school"):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(captions[solver].rstrip(":"))
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            edit.textChanged.connect(self._typed)
            pform.addRow(QLabel(captions[solver]), edit)
            self.proposals[solver] = edit
        self.proposals_note = QLabel()
        self.proposals_note.setWordWrap(True)
        pform.addRow(self.proposals_note)
        self.suggest_button = QPushButton(self.tr("Fill in a&gain from the criteria not met"))
        self.suggest_button.clicked.connect(self.suggest_again)
        pform.addRow(self.suggest_button)
        layout.addWidget(self.proposals_box)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False

    # -- loading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what is stored (or suggested) for the open assessment."""
        if self._dirty:
            self.flush()
        s, repo = self.session, self.session.repo
        a = s.assessment
        stored = repo.stored_details(s.id)
        ro = s.read_only
        self._loading = True
        try:
            ref = stored.get("reference_date")
            self.has_reference.setChecked(bool(ref))
            self.reference.setDate(QDate.fromString(ref, "yyyy-MM-dd") if ref else QDate.currentDate())
            self.reference.setEnabled(bool(ref) and not ro)
            self.has_reference.setEnabled(not ro)
            basis = (stored.get("basis") if ro else repo.plan_basis(a.school_year)) or {}
            for key, edit in self.basis.items():
                value = basis.get(key, "")
                edit.setText(day_text(value) if key == "date" and value else value)
                edit.setReadOnly(ro)
            written = stored.get("proposals")
            texts = written if written is not None else self._suggested()
            for solver, edit in self.proposals.items():
                if edit.toPlainText() != texts.get(solver, ""):
                    edit.setPlainText(texts.get(solver, ""))
                edit.setReadOnly(ro)
        finally:
            self._loading = False
        self.suggest_button.setEnabled(not ro)
        self.basis_year.setText(self.tr("School year %1: the same plan goes into every report of that year.")
                                .replace("%1", terms.year_text(a.school_year)))
        self.proposals_note.setText(self.tr("Suggested from the criteria not met; edit them as you need.")
                                    if written is None else self.tr("Written by you."))
        self._show_state(basis, bool(ref))

    def _suggested(self) -> dict[str, str]:
        s = self.session
        not_met = [cid for cid, ev in s.evaluations().items() if ev.verdict == NOT_MET]
        values = {cid: a.value for cid, a in s.answers.items()}
        campuses = [{"code": c.code, "name": c.name} for c in s.school.campuses]
        return written_or_suggested(s.catalogue, {}, not_met, values, campuses, current_language())[1]

    def _show_state(self, basis: dict, has_reference: bool) -> None:
        lang = current_language()
        self.basis_preview.setText(self.tr("Printed as: %1").replace("%1", basis_text(basis, lang))
                                   if basis else "")
        missing = []
        if not basis:
            missing.append(self.tr("The report names no plan of the Department until you fill it in."))
        if not has_reference:
            missing.append(self.tr("The report gives no date for its figures until you set one."))
        self.missing.setText("\n".join(missing) if not self.session.read_only else "")
        self.missing.setVisible(bool(missing) and not self.session.read_only)

    # -- saving --------------------------------------------------------------------------------------------

    def _write(self, work) -> bool:
        try:
            work()
        except PapiError as exc:
            dialogs.show_error(self, exc)
            return False
        self.session.saved.emit()
        return True

    def _save_reference(self, *_args) -> None:
        if self._loading or self.session.read_only:
            return
        on = self.has_reference.isChecked()
        self.reference.setEnabled(on)
        value = self.reference.date().toString("yyyy-MM-dd") if on else None
        self._write(lambda: self.session.repo.save_report_details(self.session.id, reference_date=value))
        self._show_state(self.session.repo.plan_basis(self.session.assessment.school_year) or {}, on)

    def _save_basis(self) -> None:
        if self._loading or self.session.read_only:
            return
        repo, year = self.session.repo, self.session.assessment.school_year
        values = {k: nfc(e.text()) or "" for k, e in self.basis.items()}
        current = repo.plan_basis(year) or {}
        shown = {k: day_text(v) if k == "date" and v else v for k, v in current.items()}
        if all(values[k] == shown.get(k, "") for k in BASIS_FIELDS):
            return
        if any(values.values()) and not (values["issuer"] and values["title"]):
            self.missing.setText(self.tr("Fill in who issued the plan and its title; the plan is saved then."))
            self.missing.setVisible(True)
            return
        if self._write(lambda: repo.set_plan_basis(year, {**{k: current[k] for k in ("kind",) if k in current},
                                                          **values})):
            basis = repo.plan_basis(year) or {}
            self._show_state(basis, self.has_reference.isChecked())

    def _typed(self) -> None:
        if self._loading or self.session.read_only:
            return
        self._dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Write the proposals if they were edited."""
        self._timer.stop()
        if not self._dirty:
            return True
        texts = {k: nfc(e.toPlainText()) or "" for k, e in self.proposals.items()}
        ok = self._write(lambda: self.session.repo.save_report_details(self.session.id, proposals=texts))
        if ok:
            self._dirty = False
            self.proposals_note.setText(self.tr("Written by you."))
        return ok

    def suggest_again(self) -> None:
        """Forget the written proposals: the report goes back to the suggestions."""
        self._timer.stop()
        self._dirty = False
        if self._write(lambda: self.session.repo.save_report_details(self.session.id, proposals=None)):
            self.refresh()

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)


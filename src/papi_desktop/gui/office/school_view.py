"""One school's assessment, read-only, as the office sees it: the verification code (to compare with the signed
paper report), scores, the review state, and every criterion with its verdict and answer; "Tiếp nhận" / "Trả lại"
decide on it, "Ghi giấy báo" writes the receipt for the school, "In / Xuất PDF" prints its report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.scoring import VERDICT_TEXT
from papi_desktop.gui.i18n import current_language, date_text, number_text, text
from papi_desktop.gui.office.dashboard_model import COLOURS
from papi_desktop.gui.office.tables import RowsModel


class SchoolDialog(QDialog):
    """Read-only view of assessment ``assessment_id`` (nothing here can change it; the review is the office's own
    record). ``reviewed(assessment_id)`` after an acceptance or a return."""

    reviewed = Signal(str)

    def __init__(self, repo, assessment_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        from papi_desktop.exchange.tabular import answer_text

        self.repo, self.assessment_id = repo, assessment_id
        a = repo.get_assessment(assessment_id)
        snap = repo.snapshot(assessment_id)
        catalogue = repo.catalogue_of(a)
        answers = repo.get_answers(assessment_id)
        school = snap["content"]["school"]
        lang = current_language()
        self.setWindowTitle(self.tr("%1 – school year %2 (read only)").replace("%1", school["name"])
                            .replace("%2", a.school_year))
        layout = QVBoxLayout(self)
        self.code_label = QLabel(self.tr("Verification code: %1").replace("%1", snap["verification_code"] or "–"))
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.code_label.text())
        layout.addWidget(self.code_label)
        hint = QLabel(self.tr("Compare it with the code printed on the school's signed paper report: if they differ, "
                              "the file is not the assessment the principal signed."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        dims = {d.id: text(d.name) for d in catalogue.dimensions}
        scores = snap["scores"]["dimensions"]
        facts = [
            self.tr("School: %1 (%2), %3").replace("%1", school["name"]).replace("%2", school["code"])
            .replace("%3", school.get("unit_name") or ""),
            self.tr("Revision %1, finalised %2, document no. %3 of %4").replace("%1", str(a.revision))
            .replace("%2", date_text(a.finalised_at)).replace("%3", str(a.doc_number or "–"))
            .replace("%4", date_text(a.doc_date)),
            self.tr("Overall score: %1 / 10").replace("%1", number_text(snap["scores"]["overall"])) + " — "
            + "; ".join(f"{dims.get(k, k)}: {number_text(v)}" for k, v in scores.items()),
        ]
        info = QLabel("\n".join(facts))
        info.setWordWrap(True)
        layout.addWidget(info)
        self.review_label = QLabel()  # the review state here, and what a lower office decided (from its bundle)
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setAccessibleName(self.tr("Review"))
        layout.addWidget(self.review_label)
        verdicts = [snap["verdicts"].get(c.id, "unanswered") for c in catalogue.criteria]
        self.model = RowsModel([self.tr("Code"), self.tr("Criterion"), self.tr("Result"), self.tr("Answer"),
                                self.tr("Note")], self, colour=lambda r: COLOURS[verdicts[r]])
        self.model.set_rows([
            [c.id, text(c.text), VERDICT_TEXT[v].get(lang),
             answer_text(c, answers.get(c.id), lang, school["campuses"], " "),
             answers[c.id].note if c.id in answers else ""]
            for c, v in zip(catalogue.criteria, verdicts, strict=True)
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Answers and results"))
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 420)
        self.table.setColumnWidth(2, 110)
        self.table.setColumnWidth(3, 300)
        layout.addWidget(self.table, 1)
        self._add_evidence(layout)
        buttons = QDialogButtonBox()
        self.accept_button = QPushButton(self.tr("&Accept…"))
        self.return_button = QPushButton(self.tr("&Return…"))
        self.receipt_button = QPushButton(self.tr("Write the receip&t…"))
        self.accept_button.clicked.connect(lambda: self.review("accepted"))
        self.return_button.clicked.connect(lambda: self.review("returned"))
        self.receipt_button.clicked.connect(self.save_receipt)
        self.pdf_button = QPushButton(self.tr("&Print / export PDF"))
        self.pdf_button.clicked.connect(self.print_pdf)
        for b in (self.accept_button, self.return_button, self.receipt_button, self.pdf_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        from papi_desktop.gui.fit import fit_to_screen

        fit_to_screen(self, 1100, 700)
        self.show_review()

    def show_review(self) -> None:
        """The review state with who decided, when and why; a lower office's verdict when one came with a bundle."""
        from papi_desktop.exchange.receipt_import import verdict_sentence
        from papi_desktop.exchange.review import state_text
        from papi_desktop.gui.i18n import datetime_text

        lang = current_language()
        current = self.repo.current_reviews([self.assessment_id]).get(self.assessment_id)
        state = current["current_state"] if current else None
        line = self.tr("Review: %1").replace("%1", state_text(state, lang))
        if current:
            line += " — " + self.tr("revision %1, %2, %3").replace("%1", str(current['revision'])) \
                .replace("%2", datetime_text(current["decided_at"])).replace("%3", current["reviewer"])
            if current["reason"]:
                line += " — " + current["reason"]
        lower = self.repo.newest_receipt(self.assessment_id)
        if lower is not None:
            line += "\n" + self.tr("Reviewed before it came here: %1").replace("%1", verdict_sentence(lower, lang))
        self.review_label.setText(line)
        self.receipt_button.setEnabled(state in ("accepted", "returned"))

    def review(self, state: str) -> dict | None:
        from papi_desktop.gui.office.review_dialog import review_submission

        decision = review_submission(self, self.repo, self.assessment_id, state)
        if decision is not None:
            self.show_review()
            self.reviewed.emit(self.assessment_id)
        return decision

    def save_receipt(self) -> str | None:
        from papi_desktop.gui.office.review_dialog import save_receipt

        return save_receipt(self, self.repo, self.assessment_id)

    def _add_evidence(self, layout: QVBoxLayout) -> None:
        """The school's evidence files, each opened only through :func:`~papi_desktop.gui.attachments.open_evidence`."""
        from papi_desktop.gui.attachments import size_text

        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Evidence files"))
        self.evidence.setMaximumHeight(110)
        for att in self.repo.list_attachments(self.assessment_id):
            item = QListWidgetItem(f"{att.criterion_id}: {att.filename}  ({size_text(att.size)})")
            item.setData(Qt.ItemDataRole.UserRole, att)
            self.evidence.addItem(item)
        self.open_button = QPushButton(self.tr("&Open evidence file"))
        self.open_button.setEnabled(self.evidence.count() > 0)
        if self.evidence.count():
            self.evidence.setCurrentRow(0)
        self.open_button.clicked.connect(self.open_evidence)
        self.evidence.itemActivated.connect(lambda _i: self.open_evidence())
        caption = QLabel(self.tr("Evidence files (%1):").replace("%1", str(self.evidence.count())))
        caption.setBuddy(self.evidence)
        row = QHBoxLayout()
        row.addWidget(self.evidence, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(caption)
        layout.addLayout(row)

    def open_evidence(self):
        """Open the selected evidence file (a marked temporary copy; refused types are not opened)."""
        from papi_desktop.gui.attachments import open_evidence

        item = self.evidence.currentItem()
        return open_evidence(self, self.repo, item.data(Qt.ItemDataRole.UserRole)) if item else None

    def print_pdf(self) -> str | None:
        from papi_desktop.gui import actions

        return actions.export_pdf(self, self.repo, self.assessment_id)

"""The keyboard-first grid of returned survey forms: one row per form, one column per question.

Keys: 1, 2, 3 … choose an answer (1 Có, 2 Không, 3 Không biết; for a choice question the option's number) and move
to the next question; 0 or Space leaves a question blank and moves on; Delete clears; Enter goes to the next form.
The last row is always empty: typing into it adds a form. Every change is saved at once (one transaction) and can
be undone (Ctrl+Z) and redone (Ctrl+Y).

:class:`FormsEntry` is the controller between the widgets and the repository; widgets never write to the database.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

from papi_desktop.core.survey import DONT_KNOW, NO, YES, Questionnaire, SurveyForm
from papi_desktop.errors import PapiError
from papi_desktop.gui.i18n import text

_COLOURS = {YES: QColor(220, 242, 220), NO: QColor(250, 222, 218), DONT_KNOW: QColor(236, 236, 236)}


def _short(value: str, label: str) -> str:
    """Short cell text: "KB" for "Không biết" keeps nine yes/no columns narrow."""
    return QCoreApplication.translate("SurveyGrid", "DK") if value == DONT_KNOW else label


class FormsModel(QAbstractTableModel):
    """The forms of one class at one campus, plus an empty row at the end for the next form."""

    def __init__(self, questionnaire: Questionnaire, parent: QObject | None = None):
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.questions = questionnaire.questions
        self.forms: list[SurveyForm] = []
        self.read_only = False

    def set_forms(self, forms: list[SurveyForm], read_only: bool) -> None:
        self.beginResetModel()
        self.forms = forms
        self.read_only = read_only
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.forms) + (0 if self.read_only else 1)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.questions)

    def form_at(self, row: int) -> SurveyForm | None:
        return self.forms[row] if 0 <= row < len(self.forms) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        form = self.form_at(index.row())
        if form is None:
            return None
        q = self.questions[index.column()]
        value = form.answers.get(q.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return _short(value, text(q.label(value))) if value else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return text(q.label(value)) if value else QCoreApplication.translate("SurveyGrid", "blank")
        if role == Qt.ItemDataRole.BackgroundRole and value in _COLOURS:
            return QBrush(_COLOURS[value])
        if role == Qt.ItemDataRole.ForegroundRole and value in _COLOURS:
            return QBrush(QColor(0, 0, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text(self.questions[section].text)
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if section < len(self.forms) else "+"
        return None

    def flags(self, index: QModelIndex):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def changed(self, form: SurveyForm) -> None:
        row = self.forms.index(form)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.questions) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

    def insert(self, form: SurveyForm, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.forms.insert(row, form)
        self.endInsertRows()

    def remove(self, form: SurveyForm) -> int:
        row = self.forms.index(form)
        self.beginRemoveRows(QModelIndex(), row, row)
        self.forms.pop(row)
        self.endRemoveRows()
        return row


class FormsEntry(QObject):
    """Keeps the model and the database in step; every change is an undoable command saved at once."""

    # a change was written (the "đã lưu" indicator)
    saved = Signal()
    # a PapiError to show; the forms were reloaded from the database
    failed = Signal(object)
    # the number of forms changed (counts in the page)
    count_changed = Signal()

    def __init__(self, repo, assessment_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.repo = repo
        self.assessment_id = assessment_id
        self.questionnaire = repo.survey_questionnaire(assessment_id)
        self.model = FormsModel(self.questionnaire, self)
        self.undo_stack = QUndoStack(self)
        self.campus = ""
        self.class_label = ""

    def show(self, campus: str, class_label: str, read_only: bool) -> None:
        """Show the forms of one class at one campus (the undo history starts again)."""
        self.campus, self.class_label = campus, class_label
        self.undo_stack.clear()
        forms = [f for f in self.repo.list_survey_forms(self.assessment_id)
                 if f.campus == campus and f.class_label == class_label]
        self.model.set_forms(forms, read_only)

    # -- user actions -----------------------------------------------------------------------------------------

    def answer(self, row: int, column: int, value: str) -> None:
        """Set (or with ``""`` clear) one answer; on the empty last row this adds a form."""
        question = self.questionnaire.questions[column]
        form = self.model.form_at(row)
        if form is None:
            if not value:
                return
            form = SurveyForm(class_label=self.class_label, campus=self.campus)
            self.undo_stack.push(_SetAnswer(self, form, question.id, value, created=True))
        elif form.answers.get(question.id, "") != value:
            self.undo_stack.push(_SetAnswer(self, form, question.id, value))

    def delete(self, row: int) -> None:
        form = self.model.form_at(row)
        if form is not None:
            self.undo_stack.push(_DeleteForm(self, form, row))

    # -- what the commands do ---------------------------------------------------------------------------------

    def _write(self, work) -> None:
        try:
            work()
        except PapiError as exc:
            self.show(self.campus, self.class_label, self.model.read_only)  # the database is the truth
            self.failed.emit(exc)
            return
        self.saved.emit()

    def _save(self, form: SurveyForm) -> None:
        stored = self.repo.save_survey_forms(self.assessment_id, [form])[0]
        form.id, form.batch, form.entered_on = stored.id, stored.batch, stored.entered_on

    def set_answer(self, form: SurveyForm, question_id: str, value: str) -> None:
        if value:
            form.answers[question_id] = value
        else:
            form.answers.pop(question_id, None)
        self.model.changed(form)
        self._write(lambda: self._save(form))

    def add_form(self, form: SurveyForm, row: int) -> None:
        form.id = None
        self.model.insert(form, row)
        self._write(lambda: self._save(form))
        self.count_changed.emit()

    def remove_form(self, form: SurveyForm) -> None:
        self.model.remove(form)
        if form.id is not None:
            form_id, form.id = form.id, None
            self._write(lambda: self.repo.delete_survey_forms(self.assessment_id, [form_id]))
        self.count_changed.emit()


class _SetAnswer(QUndoCommand):
    def __init__(self, entry: FormsEntry, form: SurveyForm, question_id: str, value: str, created: bool = False):
        super().__init__(QCoreApplication.translate("SurveyGrid", "answer"))
        self.entry, self.form, self.qid, self.value, self.created = entry, form, question_id, value, created
        self.old = form.answers.get(question_id, "")

    def redo(self) -> None:
        if self.created:
            self.form.answers[self.qid] = self.value
            self.entry.add_form(self.form, len(self.entry.model.forms))
        else:
            self.entry.set_answer(self.form, self.qid, self.value)

    def undo(self) -> None:
        if self.created:
            self.entry.remove_form(self.form)
            self.form.answers.pop(self.qid, None)
        else:
            self.entry.set_answer(self.form, self.qid, self.old)


class _DeleteForm(QUndoCommand):
    def __init__(self, entry: FormsEntry, form: SurveyForm, row: int):
        super().__init__(QCoreApplication.translate("SurveyGrid", "delete form"))
        self.entry, self.form, self.row = entry, form, row

    def redo(self) -> None:
        self.entry.remove_form(self.form)

    def undo(self) -> None:
        self.entry.add_form(self.form, self.row)


class FormsGrid(QTableView):
    """The grid's keys (see the module docstring); everything else is a normal table view."""

    # a key that is not an answer of the current question (the page says which keys are)
    wrong_key = Signal(int)

    def __init__(self, entry: FormsEntry, parent=None):
        super().__init__(parent)
        self.entry = entry
        self.setModel(entry.model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(QCoreApplication.translate("SurveyGrid", "Survey forms"))
        # widths from the answers' texts, set once: sizing to contents would read every row at every key
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        metrics = self.fontMetrics()
        for col, q in enumerate(entry.questionnaire.questions):
            labels = [_short(k, text(q.label(k))) for k in q.answer_keys()]
            self.setColumnWidth(col, max(metrics.horizontalAdvance(t) for t in [*labels, "00"]) + 14)

    def go(self, row: int, column: int) -> None:
        model = self.model()
        row = max(0, min(row, model.rowCount() - 1))
        column = max(0, min(column, model.columnCount() - 1))
        self.setCurrentIndex(model.index(row, column))

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        index = self.currentIndex()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if not index.isValid() or not plain or self.entry.model.read_only:
            return super().keyPressEvent(event)
        row, col = index.row(), index.column()
        last = self.model().columnCount() - 1
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            keys = self.entry.questionnaire.questions[col].answer_keys()
            number = key - Qt.Key.Key_0
            if number > len(keys):
                QApplication.beep()
                self.wrong_key.emit(col)
                return None
            self.entry.answer(row, col, keys[number - 1])
            return self.go(row + 1, 0) if col == last else self.go(row, col + 1)
        if key in (Qt.Key.Key_0, Qt.Key.Key_Space):
            self.entry.answer(row, col, "")
            return self.go(row + 1, 0) if col == last else self.go(row, col + 1)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.entry.answer(row, col, "")
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.go(row + 1, 0)
        return super().keyPressEvent(event)

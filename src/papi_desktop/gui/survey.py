"""The parents' survey in the principal's window: the tab "Ý kiến cha mẹ" — enter returned forms class by class,
print blank ones, load a CSV/XLSX, see the results (:mod:`papi_desktop.gui.survey_results`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.survey import clean_class_label
from papi_desktop.errors import PapiError
from papi_desktop.gui import actions, dialogs
from papi_desktop.gui.i18n import current_language, sort_vi, text
from papi_desktop.gui.session import AssessmentSession
from papi_desktop.gui.survey_grid import FormsEntry, FormsGrid
from papi_desktop.gui.survey_results import SurveyResultsView


def choose_table_file(parent: QWidget | None) -> str:
    """Pick a CSV or Excel file of entered forms ("" when cancelled)."""
    from papi_desktop.gui.files import open_file_name

    return open_file_name(parent, "survey", QCoreApplication.translate("Survey", "Load survey forms"),
                          QCoreApplication.translate("Survey", "Tables (*.csv *.xlsx);;All files (*)"))


class SurveyPage(QWidget):
    """The tab "Ý kiến cha mẹ": enter returned forms class by class, print blank forms, load a table, results."""

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.entry = FormsEntry(session.repo, session.id, self)
        self.entry.saved.connect(lambda: self.saved.setText(self.tr("Saved %1").replace(
            "%1", QTime.currentTime().toString("HH:mm"))))
        self.entry.failed.connect(lambda exc: dialogs.show_error(self, exc))
        self.entry.count_changed.connect(self._count)
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        self.tabs.addTab(self._entry_page(), self.tr("&Enter forms"))
        self.results = SurveyResultsView(session)
        self.tabs.addTab(self.results, self.tr("Res&ults"))
        self.tabs.currentChanged.connect(lambda _i: self.results.refresh() if self.tabs.currentWidget()
                                         is self.results else None)
        session.state_changed.connect(self.reload)
        self.reload()

    def showEvent(self, event) -> None:
        """The verdicts may have changed on the other tabs: the results follow them."""
        super().showEvent(event)
        if self.tabs.currentWidget() is self.results:
            self.results.refresh()

    def _entry_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.campus = QComboBox()
        self.campus.setAccessibleName(self.tr("Campus"))
        for c in self.session.school.campuses:
            self.campus.addItem(c.name, c.code)
        self.campus.activated.connect(lambda _i: self._campus_chosen())
        self.class_box = QComboBox()
        self.class_box.setEditable(True)
        self.class_box.setAccessibleName(self.tr("Class"))
        self.class_box.setMinimumContentsLength(8)
        self.class_box.activated.connect(lambda _i: self._class_chosen())
        self.class_box.lineEdit().returnPressed.connect(self._class_chosen)
        self.class_box.lineEdit().editingFinished.connect(self._class_chosen)
        for caption, widget in ((self.tr("Ca&mpus:"), self.campus), (self.tr("C&lass:"), self.class_box)):
            label = QLabel(caption)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        self.count = QLabel()
        self.count.setWordWrap(True)  # two lines at 150 % beside a long campus name
        top.addWidget(self.count, 1)
        layout.addLayout(top)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        font = self.banner.font()
        font.setBold(True)
        self.banner.setFont(font)
        layout.addWidget(self.banner)
        self.keys = QLabel()
        self.keys.setWordWrap(True)
        layout.addWidget(self.keys)
        self.grid = FormsGrid(self.entry)
        self.grid.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_question(cur.column()))
        self.grid.wrong_key.connect(self._wrong_key)
        layout.addWidget(self.grid, 1)
        bottom = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete form"))
        self.delete_button.clicked.connect(lambda: self.entry.delete(self.grid.currentIndex().row()))
        self.undo_action = self.entry.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.redo_action = self.entry.undo_stack.createRedoAction(self, self.tr("Redo"))
        for action, keys in ((self.undo_action, QKeySequence.StandardKey.Undo),
                             (self.redo_action, QKeySequence.StandardKey.Redo)):
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.entry.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.saved = QLabel()
        self.copies = QSpinBox()
        self.copies.setRange(1, 2000)
        self.copies.setValue(35)
        self.copies.setAccessibleName(self.tr("Number of forms to print"))
        copies_label = QLabel(self.tr("Cop&ies:"))
        copies_label.setBuddy(self.copies)
        self.print_button = QPushButton(self.tr("Print &blank forms…"))
        self.print_button.clicked.connect(self.print_forms)
        self.load_button = QPushButton(self.tr("Load a CSV/Excel &table…"))
        self.load_button.clicked.connect(self.load_file)
        for w in (self.delete_button, self.undo_button, self.saved):
            bottom.addWidget(w)
        bottom.addStretch(1)
        for w in (copies_label, self.copies, self.print_button, self.load_button):
            bottom.addWidget(w)
        layout.addLayout(bottom)
        return page

    # -- state --------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the forms again (also after finalising or reopening: finalised forms are read-only)."""
        ro = self.session.read_only
        for w in (self.delete_button, self.undo_button, self.load_button):
            w.setEnabled(not ro)
        self.undo_button.setEnabled(False)
        forms = self.session.repo.list_survey_forms(self.session.id)
        last = forms[-1] if forms else None
        if last is not None and self.campus.findData(last.campus) >= 0:
            self.campus.setCurrentIndex(self.campus.findData(last.campus))
        self._fill_classes(last.class_label if last else "", forms)
        self._class_chosen(again=True)
        self._show_question(0)

    def _fill_classes(self, chosen: str, forms: list | None = None) -> None:
        """The classes of the campus chosen that have forms (``forms``: all of them, when already read)."""
        code = self.campus.currentData() or ""
        if forms is None:
            forms = self.session.repo.list_survey_forms(self.session.id)
        labels = {f.class_label for f in forms if f.campus == code}
        self.class_box.blockSignals(True)
        self.class_box.clear()
        self.class_box.addItems(sort_vi(list(labels | ({chosen} if chosen else set()))))
        self.class_box.setCurrentText(chosen)
        self.class_box.blockSignals(False)

    def _campus_chosen(self) -> None:
        self._fill_classes(self.class_box.currentText())
        self._class_chosen()

    def _class_chosen(self, *, again: bool = False) -> None:
        """Show the forms of the class typed or picked (``again``: even when it is the one shown)."""
        try:
            label = clean_class_label(self.class_box.currentText())
        except PapiError as exc:
            dialogs.show_error(self, exc)
            self.class_box.setCurrentText(self.entry.class_label)
            return
        self.class_box.setCurrentText(label)
        campus = self.campus.currentData() or ""
        if not again and (campus, label) == (self.entry.campus, self.entry.class_label):
            return
        self.entry.show(campus, label, self.session.read_only)
        self._count()
        self.grid.go(len(self.entry.model.forms), 0)

    def _count(self) -> None:
        total = self.session.repo.survey_form_count(self.session.id)
        here = len(self.entry.model.forms)
        self.count.setText(self.tr("This class: %1 forms · whole school: %2 forms").replace("%1", str(here))
                           .replace("%2", str(total)))

    def _show_question(self, column: int) -> None:
        if self.session.read_only:
            self.banner.setText(self.tr("The self-assessment is finalised, so the forms can only be read."))
            self.keys.setText("")
            return
        questions = self.entry.questionnaire.questions
        q = questions[max(0, min(column, len(questions) - 1))]
        self.banner.setText(f"{questions.index(q) + 1}. {text(q.text)}")
        choices = " · ".join(f"{n} {text(q.label(key))}" for n, key in enumerate(q.answer_keys(), start=1))
        self.keys.setText(self.tr("Keys: %1 · 0 leave blank · Enter next form · Ctrl+Z undo").replace("%1", choices))

    def _wrong_key(self, column: int) -> None:
        count = len(self.entry.questionnaire.questions[column].answer_keys())
        self.saved.setText(self.tr("This question takes the keys 1 to %1 (0 leaves it blank).")
                           .replace("%1", str(count)))

    # -- actions ------------------------------------------------------------------------------------------------

    def print_forms(self) -> str | None:
        """Save blank forms for the chosen class as a PDF (one page per family) and open it to print."""
        label = self.entry.class_label
        a = self.session.assessment
        name = f"phieu-khao-sat-{a.school_code}-{a.school_year}" + (f"-{label}" if label else "") + ".pdf"
        out = actions.save_file(self, self.tr("Save the survey forms as PDF"), name, "PDF (*.pdf)")
        if not out:
            return None
        from papi_desktop.report.survey_form import write_survey_form  # lazy: reportlab is heavy

        with actions.busy_cursor():  # the forms are for the parents: in Vietnamese whatever the window's language
            done = actions.run_reporting_errors(self, lambda: write_survey_form(
                self.session.repo, self.session.id, out, copies=self.copies.value(), class_label=label))
        if done is not None:
            actions.open_file(out)
        return str(done) if done is not None else None

    def load_file(self) -> int | None:
        """Load forms typed into a CSV/Excel table; a refused file changes nothing and says which cell is wrong."""
        path = choose_table_file(self)
        if not path:
            return None
        from papi_desktop.exchange.survey_table import read_survey_file

        repo, aid = self.session.repo, self.session.id

        def work():
            loaded = read_survey_file(path, repo.survey_questionnaire(aid), self.session.school)
            repo.add_survey_file(aid, loaded.forms, file_name=loaded.file_name, file_sha256=loaded.sha256)
            return loaded

        with actions.busy_cursor():
            loaded = actions.run_reporting_errors(self, work)
        if loaded is None:
            return None
        dialogs.inform(self, self.tr("Forms loaded"), self.tr("%1 forms were loaded from %2.")
                       .replace("%1", str(len(loaded.forms))).replace("%2", loaded.file_name))
        self.entry.show(self.entry.campus, self.entry.class_label, self.session.read_only)
        self._fill_classes(self.entry.class_label)
        self._count()
        return len(loaded.forms)


def survey_tab(session: AssessmentSession) -> QWidget:
    """The survey tab of an assessment; if its forms cannot be read (e.g. they answer a questionnaire this version
    of the app does not ship), a sentence saying so instead — the rest of the assessment still opens."""
    try:
        return SurveyPage(session)
    except PapiError as exc:
        label = QLabel(exc.message(current_language()))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

"""Answer widgets generated from a criterion's answer model — never written per criterion.

:data:`EDITORS` maps each answer model of :mod:`papi_desktop.core.answers` to its editor class;
``make_editor(criterion, campuses, school_year)`` builds one. An :class:`AnswerEditor` gives ``value()`` (the
answer's ``value`` in the data file's format), ``set_value()``, ``inputs()`` (tab order) and ``show_messages()``
(each message next to the field it concerns); ``edited(typing)`` fires on every change (``typing`` True for
keystrokes, which the session saves after a short pause).

Every field is a block: its label (wrapping, never clipped), the input, its help and its messages. A count or
number that has not been filled in shows "—" (the lowest value of the spin box stands for "no answer"), so an
unanswered field is never mistaken for 0; a date shows the placeholder "dd/mm/yyyy".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.answers import yes_no_partly
from papi_desktop.core.catalogue import Criterion, Field
from papi_desktop.core.model import Campus
from papi_desktop.gui.i18n import text
from papi_desktop.gui.widgets import ChoiceLayout, DateField, WheelGuard

EMPTY = "—"
ERROR_COLOUR, REASON_COLOUR = "#b3261e", "#7a4f00"
_GUARD = WheelGuard()


def wrapping_label(value: str, *, small: bool = False) -> QLabel:
    label = QLabel(value)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if small:
        label.setStyleSheet("color: #555555;")
    return label


def set_line(edit: QLineEdit, value: str) -> None:
    """Show ``value`` in a one-line field from its beginning (Qt scrolls to the end: a long reason read as its
    last words); a field that already holds it is left alone, cursor and all."""
    if edit.text() != value:
        edit.setText(value)
        edit.setCursorPosition(0)


def radio_row(owner: QWidget, choices: list[tuple[str, str]], accessible: str) -> QButtonGroup:
    """Radio buttons on ``owner``, one per ``(key, label)``: on one line, or one per line when the line is too
    narrow for them all; each button carries its key."""
    row = ChoiceLayout(owner)
    group = QButtonGroup(owner)
    for i, (key, label) in enumerate(choices):
        rb = QRadioButton(label)
        rb.setProperty("key", key)
        rb.setAccessibleName(f"{accessible}: {label}")
        group.addButton(rb, i)
        row.addWidget(rb)
    return group


class MessageLabel(QLabel):
    """The messages of one field, under it: errors in red, reasons for "Chưa đạt" in brown; hidden when none."""

    def __init__(self, accessible: str):
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(accessible)
        self.hide()

    def show_lines(self, errors: list[str], reasons: list[str]) -> None:
        lines = [f"⚠ {m}" for m in errors] + [f"• {m}" for m in reasons]
        self.setText("\n".join(lines))
        self.setStyleSheet(f"color: {ERROR_COLOUR if errors else REASON_COLOUR};")
        self.setVisible(bool(lines))


class FieldInput(QObject):
    """One field of a form: its block (label, input, help, messages) and how to read and write its value."""

    edited = Signal(bool)

    def __init__(self, f: Field, accessible: str, school_year: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self.school_year = school_year
        self.widget = self._build(f, accessible)
        self.block = QWidget()
        col = QVBoxLayout(self.block)
        col.setContentsMargins(0, 0, 0, 4)
        col.setSpacing(3)
        self.label = wrapping_label(text(f.label) + ":")
        self.label.setBuddy(self.widget.edit if isinstance(self.widget, DateField) else self.widget)
        col.addWidget(self.label)
        if isinstance(self.widget, (QSpinBox, QDoubleSpinBox, QComboBox)):
            row = QHBoxLayout()
            row.addWidget(self.widget)
            row.addStretch(1)
            col.addLayout(row)
        else:
            col.addWidget(self.widget)
        if f.help:
            col.addWidget(wrapping_label(text(f.help), small=True))
        self.message = MessageLabel(self.tr("Messages: %1").replace("%1", accessible))
        col.addWidget(self.message)

    def _build(self, f: Field, accessible: str) -> QWidget:
        if f.type in ("count", "number"):
            box = QSpinBox() if f.type == "count" else QDoubleSpinBox()
            if f.type == "number":
                box.setDecimals(1)
            low = f.min if f.min is not None else 0
            box.setRange(int(low) - 1 if f.type == "count" else low - 1, int(f.max) if f.max is not None else 99999)
            box.setSpecialValueText(EMPTY)
            box.setValue(box.minimum())
            if f.unit:
                box.setSuffix(" " + text(f.unit))
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.installEventFilter(_GUARD)
            box.setMinimumWidth(110)
            box.valueChanged.connect(lambda _v: self.edited.emit(True))
            w = box
        elif f.type == "yes_no" or (f.type == "choice" and len(f.options) <= 3):
            w = QWidget()
            labels = ([self.tr("Yes"), self.tr("No")] if f.type == "yes_no" else [text(o.label) for o in f.options])
            self._group = radio_row(w, list(zip(f.option_keys(), labels, strict=True)), accessible)
            self._group.buttonClicked.connect(lambda _b: self.edited.emit(False))
        elif f.type == "choice":
            w = QComboBox()
            w.addItem(self.tr("— choose —"), None)
            for o in f.options:
                w.addItem(text(o.label), o.key)
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.installEventFilter(_GUARD)
            # as wide as the longest choice where there is room, down to 24 characters where there is not
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            w.setMinimumContentsLength(24)
            w.activated.connect(lambda _i: self.edited.emit(False))
        elif f.type == "multichoice":
            w = QWidget()
            col = QVBoxLayout(w)
            col.setContentsMargins(0, 0, 0, 0)
            self._checks = []
            for o in f.options:
                cb = QCheckBox(text(o.label))
                cb.setProperty("key", o.key)
                cb.setAccessibleName(f"{accessible}: {text(o.label)}")
                cb.toggled.connect(lambda _c: self.edited.emit(False))
                self._checks.append(cb)
                col.addWidget(cb)
        elif f.type == "date":
            w = DateField(accessible, self.school_year)
            w.edited.connect(self.edited)
        else:  # text
            w = QLineEdit()
            w.textEdited.connect(lambda _t: self.edited.emit(True))
        if not isinstance(w, DateField):
            w.setAccessibleName(accessible)
        if f.help:
            w.setToolTip(text(f.help))
        return w

    def focusables(self) -> list[QWidget]:
        """The widgets that take keyboard focus (the buttons inside a radio row or a group of checkboxes)."""
        if self.field.type == "multichoice":
            return list(self._checks)
        if isinstance(self.widget, DateField):
            return self.widget.focusables()
        group = getattr(self, "_group", None)
        return list(group.buttons()) if group is not None else [self.widget]

    def value(self):
        w, t = self.widget, self.field.type
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            return None if w.value() == w.minimum() else (int(w.value()) if t == "count" else w.value())
        if isinstance(w, DateField):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QLineEdit):
            return w.text().strip() or None
        if t == "multichoice":
            return [cb.property("key") for cb in self._checks if cb.isChecked()]
        checked = self._group.checkedButton()
        return checked.property("key") if checked else None

    def set_value(self, value) -> None:
        w, t = self.widget, self.field.type
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            w.setValue(value if isinstance(value, (int, float)) and not isinstance(value, bool) else w.minimum())
        elif isinstance(w, DateField):
            w.set_value(value)
        elif isinstance(w, QComboBox):
            i = w.findData(value)
            w.setCurrentIndex(i if i >= 0 else 0)
        elif isinstance(w, QLineEdit):
            set_line(w, value if isinstance(value, str) else "")
        elif t == "multichoice":
            chosen = set(value or []) if isinstance(value, list) else set()
            for cb in self._checks:
                cb.setChecked(cb.property("key") in chosen)
        else:
            self._group.setExclusive(False)
            for b in self._group.buttons():
                b.setChecked(b.property("key") == value)
            self._group.setExclusive(True)


class AnswerEditor(QWidget):
    """Base of the generated editors: ``(criterion, campuses, school_year)``."""

    edited = Signal(bool)

    def __init__(self, criterion: Criterion, campuses: list[Campus], school_year: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.criterion, self.school_year = criterion, school_year

    def value(self) -> dict:
        raise NotImplementedError

    def set_value(self, value: dict) -> None:
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """Every input widget, in tab order."""
        raise NotImplementedError

    def message_slots(self) -> dict[tuple[str | None, str | None], MessageLabel]:
        """``{(campus, field): label}`` where messages about that field are shown."""
        return {}

    def show_messages(self, problems, reasons) -> tuple[list, list]:
        """Show each message next to its field; returns ``(problems, reasons)`` that have no field here."""
        slots = self.message_slots()
        placed: dict[int, tuple[MessageLabel, list, list]] = {id(label): (label, [], []) for label in slots.values()}
        rest: tuple[list, list] = ([], [])
        for kind, messages in enumerate((problems, reasons)):
            for p in messages:
                label = slots.get((p.campus, p.field)) or slots.get((None, p.field))
                (placed[id(label)][kind + 1] if label is not None else rest[kind]).append(p)
        for label, errors, why in placed.values():
            label.show_lines([text(p.message) for p in errors], [text(p.message) for p in why])
        return rest


class ChoiceEditor(AnswerEditor):
    """``yes_no_partly``: three radio buttons, and the detail line when the catalogue asks for one."""

    def __init__(self, criterion: Criterion, campuses: list[Campus], school_year: str = "",
                 parent: QWidget | None = None):
        super().__init__(criterion, campuses, school_year, parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        row = QWidget()
        choices = [("yes", self.tr("Yes")), ("partly", self.tr("Partly")), ("no", self.tr("No"))]
        self.group = radio_row(row, choices, text(criterion.text))
        self.group.buttonClicked.connect(lambda _b: self.edited.emit(False))
        col.addWidget(row)
        self.message = MessageLabel(self.tr("Messages"))
        col.addWidget(self.message)
        self.detail = None
        detail = yes_no_partly.detail_label(criterion)
        if detail:
            label, example = detail
            col.addWidget(wrapping_label(text(label) + ":"))
            self.detail = QLineEdit()
            self.detail.setAccessibleName(text(label))
            if example:
                self.detail.setPlaceholderText(self.tr("e.g. %1").replace("%1", text(example)))
            self.detail.textEdited.connect(lambda _t: self.edited.emit(True))
            col.addWidget(self.detail)

    def value(self) -> dict:
        b = self.group.checkedButton()
        out = {"choice": b.property("key")} if b else {}
        if self.detail is not None and self.detail.text().strip():
            out["detail"] = self.detail.text().strip()
        return out

    def set_value(self, value: dict) -> None:
        self.group.setExclusive(False)
        for b in self.group.buttons():
            b.setChecked(b.property("key") == (value or {}).get("choice"))
        self.group.setExclusive(True)
        if self.detail is not None:
            detail = (value or {}).get("detail")
            set_line(self.detail, detail if isinstance(detail, str) else "")

    def inputs(self) -> list[QWidget]:
        return [*self.group.buttons(), *([self.detail] if self.detail is not None else [])]

    def message_slots(self):
        return {(None, None): self.message, (None, "choice"): self.message}


class FormEditor(AnswerEditor):
    """``form``: one block per field; for ``per_campus`` criteria one group of blocks per campus."""

    def __init__(self, criterion: Criterion, campuses: list[Campus], school_year: str = "",
                 parent: QWidget | None = None):
        super().__init__(criterion, campuses, school_year, parent)
        self.per_campus = criterion.answer.per_campus
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._inputs: dict[str | None, list[FieldInput]] = {}
        groups = [(c.code, c.name) for c in campuses] if self.per_campus else [(None, "")]
        for code, name in groups:
            box = QGroupBox(name) if self.per_campus else QWidget()
            if self.per_campus:
                box.setAccessibleName(name)
            col = QVBoxLayout(box)
            if not self.per_campus:
                col.setContentsMargins(0, 0, 0, 0)
            row_inputs = []
            for f in criterion.answer.fields:
                label_text = text(f.label)
                inp = FieldInput(f, f"{label_text} – {name}" if name else label_text, school_year, self)
                inp.edited.connect(self.edited)
                col.addWidget(inp.block)
                row_inputs.append(inp)
            self._inputs[code] = row_inputs
            outer.addWidget(box)
        if self.per_campus and not campuses:
            outer.addWidget(wrapping_label(self.tr("The school profile has no campus yet: add one in the school "
                                                   "profile.")))

    def value(self) -> dict:
        if not self.per_campus:
            return {i.field.key: v for i in self._inputs[None] if (v := i.value()) not in (None, [])}
        return {"campuses": {
            code: {i.field.key: v for i in inputs if (v := i.value()) not in (None, [])}
            for code, inputs in self._inputs.items()
        }}

    def set_value(self, value: dict) -> None:
        value = value or {}
        for code, inputs in self._inputs.items():
            values = value if code is None else (value.get("campuses") or {}).get(code) or {}
            for i in inputs:
                i.set_value(values.get(i.field.key))

    def field_input(self, key: str, campus: str | None = None) -> QWidget:
        """The widget of field ``key`` (of ``campus`` for per-campus criteria) — used by tests and focus."""
        return next(i.widget for i in self._inputs[campus] if i.field.key == key)

    def inputs(self) -> list[QWidget]:
        return [w for inputs in self._inputs.values() for i in inputs for w in i.focusables()]

    def message_slots(self):
        slots = {(code, i.field.key): i.message for code, inputs in self._inputs.items() for i in inputs}
        if self.per_campus and self._inputs:  # a message about a total over the campuses: by the first campus
            first = next(iter(self._inputs))
            slots.update({(None, i.field.key): i.message for i in self._inputs[first]})
        return slots


class DisclosureEditor(AnswerEditor):
    """``disclosure``: disclosed yes/no, the date (dd/mm/yyyy, calendar inside the school year), the ways."""

    def __init__(self, criterion: Criterion, campuses: list[Campus], school_year: str = "",
                 parent: QWidget | None = None):
        super().__init__(criterion, campuses, school_year, parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(wrapping_label(self.tr("Disclosed:")))
        self.yes = QRadioButton(self.tr("Yes, disclosed"))
        self.no = QRadioButton(self.tr("Not yet"))
        self.group = QButtonGroup(self)
        row = QWidget()
        choices = ChoiceLayout(row)
        for i, b in enumerate((self.yes, self.no)):
            self.group.addButton(b, i)
            choices.addWidget(b)
        col.addWidget(row)
        self.yes.setAccessibleName(self.tr("Disclosed: yes"))
        self.no.setAccessibleName(self.tr("Disclosed: not yet"))
        self.group.buttonClicked.connect(lambda _b: self._changed(False))
        self.disclosed_message = MessageLabel(self.tr("Messages"))
        col.addWidget(self.disclosed_message)
        date_label = wrapping_label(self.tr("Date of disclosure:"))
        col.addWidget(date_label)
        self.date = DateField(self.tr("Date of disclosure"), school_year)
        self.date.edited.connect(self._changed)
        date_label.setBuddy(self.date.edit)
        col.addWidget(self.date)
        self.date_message = MessageLabel(self.tr("Messages about the date"))
        col.addWidget(self.date_message)
        col.addWidget(wrapping_label(self.tr("Made public by:")))
        self.methods: list[QCheckBox] = []
        for m in criterion.answer.methods:
            cb = QCheckBox(text(m.label))
            cb.setProperty("key", m.key)
            cb.setAccessibleName(self.tr("Made public by: %1").replace("%1", text(m.label)))
            cb.toggled.connect(lambda _c: self._changed(False))
            self.methods.append(cb)
            col.addWidget(cb)
        self.methods_message = MessageLabel(self.tr("Messages about the ways"))
        col.addWidget(self.methods_message)
        self._sync()

    def _changed(self, typing: bool) -> None:
        self._sync()
        self.edited.emit(typing)

    def _sync(self) -> None:
        on = not self.no.isChecked()
        self.date.setEnabled(on and self.isEnabled())
        for cb in self.methods:
            cb.setEnabled(on and self.isEnabled())

    def value(self) -> dict:
        if self.no.isChecked():
            return {"disclosed": "no"}
        out: dict = {}
        if self.yes.isChecked():
            out["disclosed"] = "yes"
        when = self.date.value()
        if when:
            out["date"] = when
        chosen = [cb.property("key") for cb in self.methods if cb.isChecked()]
        if chosen:
            out["methods"] = chosen
        return out

    def set_value(self, value: dict) -> None:
        value = value or {}
        self.group.setExclusive(False)
        self.yes.setChecked(value.get("disclosed") == "yes")
        self.no.setChecked(value.get("disclosed") == "no")
        self.group.setExclusive(True)
        self.date.set_value(value.get("date"))
        chosen = set(value.get("methods") or [])
        for cb in self.methods:
            cb.setChecked(cb.property("key") in chosen)
        self._sync()

    def inputs(self) -> list[QWidget]:
        return [self.yes, self.no, *self.date.focusables(), *self.methods]

    def message_slots(self):
        return {(None, "disclosed"): self.disclosed_message, (None, "date"): self.date_message,
                (None, "methods"): self.methods_message}


#: the editor of each answer model (a test checks it matches the catalogue schema and the core registry)
EDITORS: dict[str, type[AnswerEditor]] = {
    "yes_no_partly": ChoiceEditor,
    "form": FormEditor,
    "disclosure": DisclosureEditor,
}


def make_editor(criterion: Criterion, campuses: list[Campus], school_year: str = "") -> AnswerEditor:
    """The editor for ``criterion``'s answer model."""
    return EDITORS[criterion.answer.model](criterion, campuses, school_year)

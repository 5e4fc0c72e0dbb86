"""Answer widgets generated from a criterion's answer model — never written per criterion.

``make_editor(criterion, campuses)`` returns an :class:`AnswerEditor`: ``value()`` gives the answer's ``value``
dict in the shape :mod:`papi_desktop.core.scoring` reads, ``set_value()`` loads one, and ``edited(typing)`` fires
on every change (``typing`` True for keystrokes, which the session saves after a short pause).

A count, number or date that has not been filled in yet shows "—" (the lowest value of the spin box stands for
"no answer"), so an unanswered field is never mistaken for 0.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from papi_desktop.core.catalogue import Criterion, Field
from papi_desktop.core.model import Campus
from papi_desktop.gui.i18n import text

NO_DATE = QDate(2000, 1, 1)
EMPTY = "—"


class _WheelGuard(QObject):
    """Scrolling the page must not change a spin box, combo or date the mouse passes over."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Wheel and not obj.hasFocus():
            event.ignore()
            return True
        return False


_GUARD = _WheelGuard()


def radio_row(owner: QWidget, choices: list[tuple[str, str]], accessible: str) -> QButtonGroup:
    """A row of radio buttons on ``owner``, one per ``(key, label)``; each button carries its key."""
    row = QHBoxLayout(owner)
    row.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(owner)
    for i, (key, label) in enumerate(choices):
        rb = QRadioButton(label)
        rb.setProperty("key", key)
        rb.setAccessibleName(f"{accessible}: {label}")
        group.addButton(rb, i)
        row.addWidget(rb)
    row.addStretch(1)
    return group


class FieldInput(QObject):
    """One input of a form field: the widget plus how to read and write its value."""

    edited = Signal(bool)

    def __init__(self, f: Field, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self.widget = self._build(f, accessible)

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
            w = QDateEdit()
            w.setDisplayFormat("dd/MM/yyyy")
            w.setCalendarPopup(True)
            w.setMinimumDate(NO_DATE)
            w.setSpecialValueText(EMPTY)
            w.setDate(NO_DATE)
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.installEventFilter(_GUARD)
            w.setMinimumWidth(140)
            w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            w.dateChanged.connect(lambda _d: self.edited.emit(True))
        else:  # text
            w = QLineEdit()
            w.textEdited.connect(lambda _t: self.edited.emit(True))
        w.setAccessibleName(accessible)
        if f.help:
            w.setToolTip(text(f.help))
            w.setWhatsThis(text(f.help))
        return w

    def focusables(self) -> list[QWidget]:
        """The widgets that take keyboard focus (the buttons inside a radio row or a group of checkboxes)."""
        if self.field.type == "multichoice":
            return list(self._checks)
        group = getattr(self, "_group", None)
        return list(group.buttons()) if group is not None else [self.widget]

    def value(self):
        w, t = self.widget, self.field.type
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            return None if w.value() == w.minimum() else (int(w.value()) if t == "count" else w.value())
        if isinstance(w, QDateEdit):
            return None if w.date() == NO_DATE else w.date().toString("yyyy-MM-dd")
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
        elif isinstance(w, QDateEdit):
            d = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
            w.setDate(d if d.isValid() else NO_DATE)
        elif isinstance(w, QComboBox):
            i = w.findData(value)
            w.setCurrentIndex(i if i >= 0 else 0)
        elif isinstance(w, QLineEdit):
            w.setText(value if isinstance(value, str) else "")
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
    """Base of the generated editors."""

    edited = Signal(bool)

    def value(self) -> dict:
        raise NotImplementedError

    def set_value(self, value: dict) -> None:
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """Every input widget, in tab order."""
        raise NotImplementedError


class ChoiceEditor(AnswerEditor):
    """``yes_no_partly``: three radio buttons."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None):
        super().__init__(parent)
        choices = [("yes", self.tr("Yes")), ("partly", self.tr("Partly")), ("no", self.tr("No"))]
        self.group = radio_row(self, choices, text(criterion.text))
        self.group.buttonClicked.connect(lambda _b: self.edited.emit(False))

    def value(self) -> dict:
        b = self.group.checkedButton()
        return {"choice": b.property("key")} if b else {}

    def set_value(self, value: dict) -> None:
        self.group.setExclusive(False)
        for b in self.group.buttons():
            b.setChecked(b.property("key") == (value or {}).get("choice"))
        self.group.setExclusive(True)

    def inputs(self) -> list[QWidget]:
        return list(self.group.buttons())


class FormEditor(AnswerEditor):
    """``form``: one input per field; for ``per_campus`` criteria one group of inputs per campus."""

    def __init__(self, criterion: Criterion, campuses: list[Campus], parent: QWidget | None = None):
        super().__init__(parent)
        self.per_campus = criterion.answer.per_campus
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._inputs: dict[str | None, list[FieldInput]] = {}
        groups = [(c.code, c.name) for c in campuses] if self.per_campus else [(None, "")]
        for code, name in groups:
            box = QGroupBox(name) if self.per_campus else QWidget()
            if self.per_campus:
                box.setAccessibleName(name)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            if not self.per_campus:
                form.setContentsMargins(0, 0, 0, 0)
            row_inputs = []
            for f in criterion.answer.fields:
                label_text = text(f.label)
                inp = FieldInput(f, f"{label_text} – {name}" if name else label_text, self)
                inp.edited.connect(self.edited)
                label = QLabel(label_text + ":")
                label.setWordWrap(True)
                label.setBuddy(inp.widget)
                form.addRow(label, inp.widget)
                row_inputs.append(inp)
            self._inputs[code] = row_inputs
            outer.addWidget(box)
        if self.per_campus and not campuses:
            outer.addWidget(QLabel(self.tr("The school profile has no campus yet: add one in the school profile.")))

    def value(self) -> dict:
        if not self.per_campus:
            return {i.field.key: i.value() for i in self._inputs[None] if i.value() not in (None, [])}
        return {"campuses": {
            code: {i.field.key: i.value() for i in inputs if i.value() not in (None, [])}
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


class DisclosureEditor(AnswerEditor):
    """``disclosure``: disclosed yes/no, the date, and the ways it was made public."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.yes = QRadioButton(self.tr("Yes, disclosed"))
        self.no = QRadioButton(self.tr("Not yet"))
        self.group = QButtonGroup(self)
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        for i, b in enumerate((self.yes, self.no)):
            self.group.addButton(b, i)
            lay.addWidget(b)
        lay.addStretch(1)
        self.yes.setAccessibleName(self.tr("Disclosed: yes"))
        self.no.setAccessibleName(self.tr("Disclosed: not yet"))
        self.group.buttonClicked.connect(lambda _b: self._changed(False))
        form.addRow(QLabel(self.tr("Disclosed:")), row)
        self.date = QDateEdit()
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(EMPTY)
        self.date.setDate(NO_DATE)
        self.date.setMinimumWidth(140)
        self.date.setAccessibleName(self.tr("Date of disclosure"))
        self.date.installEventFilter(_GUARD)
        self.date.dateChanged.connect(lambda _d: self._changed(True))
        date_label = QLabel(self.tr("Date of disclosure:"))
        date_label.setBuddy(self.date)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        form.addRow(date_label, date_row)
        ways = QWidget()
        col = QVBoxLayout(ways)
        col.setContentsMargins(0, 0, 0, 0)
        self.methods: list[QCheckBox] = []
        for m in criterion.answer.methods:
            cb = QCheckBox(text(m.label))
            cb.setProperty("key", m.key)
            cb.setAccessibleName(self.tr("Made public by: %1").replace("%1", text(m.label)))
            cb.toggled.connect(lambda _c: self._changed(False))
            self.methods.append(cb)
            col.addWidget(cb)
        form.addRow(QLabel(self.tr("Made public by:")), ways)
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
        if self.date.date() != NO_DATE:
            out["date"] = self.date.date().toString("yyyy-MM-dd")
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
        d = QDate.fromString(value.get("date") or "", "yyyy-MM-dd")
        self.date.setDate(d if d.isValid() else NO_DATE)
        chosen = set(value.get("methods") or [])
        for cb in self.methods:
            cb.setChecked(cb.property("key") in chosen)
        self._sync()

    def inputs(self) -> list[QWidget]:
        return [self.yes, self.no, self.date, *self.methods]


def make_editor(criterion: Criterion, campuses: list[Campus]) -> AnswerEditor:
    """The editor for ``criterion``'s answer model."""
    model = criterion.answer.model
    if model == "yes_no_partly":
        return ChoiceEditor(criterion)
    if model == "disclosure":
        return DisclosureEditor(criterion)
    return FormEditor(criterion, campuses)

"""Driving the generated widgets the way a user would (click, pick, set a value), for any catalogue."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

from papi_desktop.core.model import Answer
from papi_desktop.demo import answer_for
from papi_desktop.gui.editors import ChoiceEditor, DisclosureEditor, FieldInput, FormEditor
from papi_desktop.gui.widgets import DateField


def _radio(group, key) -> None:
    for b in group.buttons():
        if b.property("key") == key:
            b.click()


def set_field(inp: FieldInput, value) -> None:
    w = inp.widget
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        w.setValue(value)
    elif isinstance(w, DateField):
        type_date(w, value)
    elif isinstance(w, QComboBox):
        i = w.findData(value)
        w.setCurrentIndex(i)
        w.activated.emit(i)
    elif isinstance(w, QLineEdit):
        w.setText(value)
        w.textEdited.emit(value)
    elif inp.field.type == "multichoice":
        for cb in w.findChildren(QCheckBox):
            cb.setChecked(cb.property("key") in value)
    else:
        _radio(inp._group, value)


def type_date(field: DateField, value: str) -> None:
    """Enter an ISO date the way a person types it: dd/mm/yyyy."""
    shown = f"{value[8:10]}/{value[5:7]}/{value[:4]}" if len(value) == 10 and value[4] == "-" else value
    field.edit.setText(shown)
    field.edit.textEdited.emit(shown)


def fill_page(page, answer: Answer) -> None:
    """Enter ``answer`` through the page's widgets."""
    editor = page.editor
    if answer.na:
        page.na.setChecked(True)
        page.na_reason.setText(answer.na_reason)
        page.na_reason.textEdited.emit(answer.na_reason)
        return
    v = answer.value
    if isinstance(editor, ChoiceEditor):
        _radio(editor.group, v["choice"])
        if "detail" in v:
            editor.detail.setText(v["detail"])
            editor.detail.textEdited.emit(v["detail"])
    elif isinstance(editor, DisclosureEditor):
        (editor.yes if v["disclosed"] == "yes" else editor.no).click()
        if v["disclosed"] == "yes":
            type_date(editor.date, v["date"])
            for cb in editor.methods:
                cb.setChecked(cb.property("key") in v["methods"])
    elif isinstance(editor, FormEditor):
        for code, inputs in editor._inputs.items():
            values = v["campuses"][code] if code is not None else v
            for inp in inputs:
                if inp.field.key in values:
                    set_field(inp, values[inp.field.key])


def plausible_answer(criterion, campus_codes, school_year, seed=0, session=None) -> Answer:
    """A valid answer (the demo generator's) for any criterion of any catalogue; with ``session``, one that agrees
    with its school profile and its other answers."""
    school, answers = (session.school, session.answers) if session else (None, None)
    answer = answer_for(random.Random(f"{seed}-{criterion.id}"), criterion, campus_codes, school_year, school, answers)
    answer.note = ""
    return answer

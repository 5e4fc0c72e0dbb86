"""Driving the generated widgets the way a user would (click, pick, set a value), for any catalogue."""

from __future__ import annotations

import random

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit, QSpinBox

from papi_desktop.core.model import Answer
from papi_desktop.demo import answer_for
from papi_desktop.gui.editors import ChoiceEditor, DisclosureEditor, FieldInput, FormEditor


def _radio(group, key) -> None:
    for b in group.buttons():
        if b.property("key") == key:
            b.click()


def set_field(inp: FieldInput, value) -> None:
    w = inp.widget
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        w.setValue(value)
    elif isinstance(w, QDateEdit):
        w.setDate(QDate.fromString(value, "yyyy-MM-dd"))
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
    elif isinstance(editor, DisclosureEditor):
        (editor.yes if v["disclosed"] == "yes" else editor.no).click()
        if v["disclosed"] == "yes":
            editor.date.setDate(QDate.fromString(v["date"], "yyyy-MM-dd"))
            for cb in editor.methods:
                cb.setChecked(cb.property("key") in v["methods"])
    elif isinstance(editor, FormEditor):
        for code, inputs in editor._inputs.items():
            values = v["campuses"][code] if code is not None else v
            for inp in inputs:
                if inp.field.key in values:
                    set_field(inp, values[inp.field.key])


def plausible_answer(criterion, campus_codes, school_year, seed=0) -> Answer:
    """A valid answer (the demo generator's) for any criterion of any catalogue."""
    answer = answer_for(random.Random(f"{seed}-{criterion.id}"), criterion, campus_codes, school_year)
    answer.note = ""
    return answer

"""No internal key and no ISO date in anything a person reads: the describe of every option, the PDF, the
per-assessment XLSX and CSV, the office's school view and the command line."""

from __future__ import annotations

import csv
import json
import re

import pytest

from papi_desktop.core.answers import describe_text
from papi_desktop.core.catalogue import bundled_catalogues
from papi_desktop.core.model import Answer

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
#: keys that are also plain English words (English text may say "no combined class", "School website")
ENGLISH = {"email", "website", "yes", "no", "partly"}
CATALOGUES = list(bundled_catalogues().values())


def keys_of(catalogue) -> set[str]:
    """Every option key of a catalogue, the words "yes"/"no"/"partly" and the field keys."""
    out = {"yes", "no", "partly"}
    for c in catalogue.criteria:
        out |= {m.key for m in c.answer.methods}
        for f in c.answer.fields:
            out |= {o.key for o in f.options} | {f.key}
    return out


def leaks(text: str, keys: set[str]) -> list[str]:
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
    return sorted(words & keys) + ISO_DATE.findall(text)


def every_option(criterion, which: int) -> dict:
    """A value of ``criterion`` choosing option ``which`` (wrapping) of every choice, all of a multichoice, a date."""
    m = criterion.answer
    if m.model == "yes_no_partly":
        value = {"choice": ("yes", "partly", "no")[which % 3]}
        return value | ({"detail": "Văn bản số 12/KH"} if "detail" in m.params else {})
    if m.model == "disclosure":
        if which % 4 == 3:
            return {"disclosed": "no"}
        return {"disclosed": "yes", "date": "2025-09-15", "methods": [x.key for x in m.methods]}
    values = {}
    for f in m.fields:
        if f.type in ("choice", "yes_no"):
            keys = f.option_keys()
            values[f.key] = keys[which % len(keys)]
        elif f.type == "multichoice":
            values[f.key] = list(f.option_keys()) if which % 2 == 0 else []
        elif f.type in ("count", "number"):
            values[f.key] = which % 3
        elif f.type == "date":
            values[f.key] = "2025-09-15"
        else:
            values[f.key] = "12/KH-THLL"
    return {"campuses": {"chinh": values, "diem-1": values}} if m.per_campus else values


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.version)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_describe_shows_no_key_and_no_iso_date_for_any_option(catalogue, lang):
    """Over every option of every field (and every yes/partly/no), the text has labels and dd/mm/yyyy only."""
    campuses = [("chinh", "Điểm trường chính"), ("diem-1", "Điểm trường Buôn Trấp")]
    keys = keys_of(catalogue) - (ENGLISH if lang == "en" else set())
    for c in catalogue.criteria:
        widest = max([len(f.options) for f in c.answer.fields] + [4])
        for which in range(widest):
            text = describe_text(c, Answer(c.id, every_option(c, which)), lang, campuses)
            assert text and not leaks(text, keys), (c.id, which, text)
            if any(f.type == "date" for f in c.answer.fields) or c.answer.model == "disclosure":
                assert "15/09/2025" in text or "disclosed" not in str(every_option(c, which)) or which % 4 == 3


@pytest.fixture
def every_option_assessment(demo_repo):
    """A 2026.1 draft of a sample school whose answers use the last option of every choice and every option of
    every multichoice; with an action due on a date."""
    from papi_desktop.core.model import Action

    repo = demo_repo
    a = next(x for x in repo.list_assessments() if not x.is_final and x.catalogue_version == "2026.1")
    cat = repo.catalogue_of(a)
    school = repo.school_for(a)
    answers = []
    for c in cat.criteria:
        value = every_option(c, 2)
        if c.answer.per_campus:
            value = {"campuses": {x.code: next(iter(value["campuses"].values())) for x in school.campuses}}
        answers.append(Answer(c.id, value))
    repo.save_answers(a.id, answers)
    repo.save_action(Action(None, a.id, what="Sửa nhà vệ sinh", due="2026-03-31", criterion_id="TH.02"))
    return repo, a, keys_of(cat)


def test_pdf_xlsx_csv_show_no_key_and_no_iso_date(every_option_assessment, tmp_path):
    """The report's text, the XLSX cells and the CSV cells carry labels and dd/mm/yyyy dates only."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from papi_desktop.exchange.tabular import assessment_sheets, write_tables
    from papi_desktop.report.api import render_assessment_pdf

    repo, a, keys = every_option_assessment
    pdf = render_assessment_pdf(repo, a.id, tmp_path / "bao-cao.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "15/09/2025" in text and not leaks(text, keys), leaks(text, keys)
    write_tables(tmp_path / "a.xlsx", assessment_sheets(repo, a.id))
    cells = [str(c) for ws in load_workbook(tmp_path / "a.xlsx").worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]
    answers = [c for c in cells if "Điểm trường chính:" in c]
    assert answers and not leaks("\n".join(cells), keys), leaks("\n".join(cells), keys)
    write_tables(tmp_path / "a.csv", assessment_sheets(repo, a.id))
    with open(tmp_path / "a.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert not leaks("\n".join(",".join(r) for r in rows), keys)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_school_view_shows_answers_in_the_users_language(every_option_assessment, qtbot, lang):
    """The office's read-only view shows the answer text without keys, in the language of its verdicts."""
    from papi_desktop.gui.i18n import install_language
    from papi_desktop.gui.office.school_view import SchoolDialog

    repo, a, keys = every_option_assessment
    install_language(lang)
    try:
        dialog = SchoolDialog(repo, a.id)
        qtbot.addWidget(dialog)
        m = dialog.model
        rows = [[m.index(r, col).data() or "" for col in range(m.columnCount())] for r in range(m.rowCount())]
    finally:
        install_language("vi")
    text = "\n".join(" ".join(r) for r in rows)
    english = ENGLISH if lang == "en" else set()
    assert not leaks(text, keys - english), leaks(text, keys - english)
    d201 = next(r for r in rows if r[0] == "D2.01")
    assert ("Disclosed on 15/09/2025" if lang == "en" else "Đã công khai ngày 15/09/2025") in d201[3]


def test_command_line_show_has_no_key(every_option_assessment):
    """`show --json` gives the text people read (labels, dd/mm/yyyy), the value keeps the data file's keys."""
    from tests.conftest import run_cli

    repo, a, keys = every_option_assessment
    for cid in ("CD.03", "TH.02", "TH.07", "D2.06"):
        got = run_cli("show", "--db", str(repo.path), "--assessment", a.id, "--criterion", cid, "--json")
        entry = json.loads(got.stdout)
        assert entry["text"] and not leaks(entry["text"], keys), (cid, entry["text"])

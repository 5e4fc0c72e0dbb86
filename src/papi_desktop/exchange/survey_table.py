"""Loading returned survey forms from a CSV or XLSX table: one row per form, question ids as headers.

Columns (headers compared without case or accents; spaces and hyphens count as ``_``):

* one column per question, headed by its id (``lop_hoc``, ``nha_ve_sinh``, …); a question without a column is
  blank on every form;
* ``lop`` (or ``class``) — the class the form came back from, e.g. ``3A``;
* ``diem_truong`` (or ``campus``) — the campus, by code or name; may be left out when the school has one campus;
* ``stt`` and ``ghi_chu`` are ignored; any other header is refused (it is most likely a mistyped question id).

Values of a yes/no question: ``có`` / ``không`` / ``không biết``, ``c`` / ``k`` / ``kb``, ``1`` / ``0``, or empty
(not answered) — without regard to case or accents. A choice question takes its option's number (1, 2, …), key or
label. A row with no answer at all is skipped (the empty rows at the end of a sheet).

The file is hostile until proven otherwise: it is read by the bounded table reader, and any wrong header or cell
refuses the whole file with one sentence naming the line and the column; nothing is stored then.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from papi_desktop.core.model import School
from papi_desktop.core.survey import DONT_KNOW, NO, YES, Questionnaire, SurveyForm, clean_class_label
from papi_desktop.errors import PapiError, SurveyError
from papi_desktop.exchange.table_reader import column_letter

MAX_ROWS = 5000
MAX_COLUMNS = 40
MAX_CELL_CHARS = 100
CLASS_HEADERS = ("lop", "class")
CAMPUS_HEADERS = ("diem_truong", "campus")
IGNORED_HEADERS = ("stt", "ghi_chu")
YES_NO_VALUES = {"co": YES, "c": YES, "1": YES, "khong": NO, "k": NO, "0": NO, "khong biet": DONT_KNOW,
                 "kb": DONT_KNOW}
YES_NO_HINT = ("có / không / không biết, c / k / kb, 1 / 0 hoặc để trống",
               "có / không / không biết, c / k / kb, 1 / 0 or empty")


def fold(text: str) -> str:
    """Lower case, without accents (đ → d), single spaces, dashes as "-": "Không  Biết" → "khong biet"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = plain.replace("–", "-").replace("—", "-")
    return " ".join(plain.split())


def _header_key(text: str) -> str:
    return fold(text).replace(" ", "_").replace("-", "_")


@dataclass(frozen=True)
class LoadedFile:
    """Forms read from one file, with what identifies its content (so it is never loaded twice)."""

    forms: list[SurveyForm]
    file_name: str
    sha256: str
    skipped_empty: int


def _refuse(line: int, col: int | None, header: str, vi: str, en: str) -> SurveyError:
    if col is None:
        return SurveyError(f"Dòng {line}: {vi}", f"Line {line}: {en}")
    where_vi = f"Dòng {line}, cột {column_letter(col + 1)} («{header}»)"
    where_en = f"Line {line}, column {column_letter(col + 1)} ('{header}')"
    return SurveyError(f"{where_vi}: {vi}", f"{where_en}: {en}")


def _campus_lookup(school: School) -> dict[str, str]:
    out = {}
    for c in school.campuses:
        name = fold(c.name)
        for key in (fold(c.code), name, name.removeprefix("diem truong ").strip()):
            out.setdefault(key, c.code)
    return out


def forms_from_rows(rows: list[list[str]], questionnaire: Questionnaire, school: School) -> tuple[list[SurveyForm],
                                                                                                    int]:
    """The forms of a table whose first row holds the headers; ``(forms, empty rows skipped)``. SurveyError
    names the first wrong header or cell."""
    if not rows:
        raise SurveyError("Tệp không có dòng nào.", "The file has no rows.")
    questions = {q.id: q for q in questionnaire.questions}
    columns: dict[str, int] = {}
    for col, raw in enumerate(rows[0]):
        key = _header_key(raw)
        if not key:
            continue
        name = ("class" if key in CLASS_HEADERS else "campus" if key in CAMPUS_HEADERS else key)
        if name in columns:
            raise _refuse(1, col, raw, "cột này bị lặp lại.", "this column appears twice.")
        if key in IGNORED_HEADERS:
            continue
        if name not in questions and name not in ("class", "campus"):
            raise _refuse(1, col, raw, "không phải mã câu hỏi của phiếu, cũng không phải cột «lop» hay "
                          "«diem_truong».", "is neither a question id of the form nor the column 'lop' or "
                          "'diem_truong'.")
        columns[name] = col
    if not any(name in questions for name in columns):
        raise SurveyError("Dòng 1 không có cột nào mang mã câu hỏi của phiếu (ví dụ: lop_hoc, nha_ve_sinh).",
                          "Line 1 has no column headed by a question id of the form (e.g. lop_hoc, nha_ve_sinh).")
    campuses = _campus_lookup(school)
    only_campus = school.campuses[0].code if len(school.campuses) == 1 else ""
    forms, skipped = [], 0
    for line, row in enumerate(rows[1:], start=2):
        def cell(name: str, row=row) -> str:
            col = columns.get(name)
            return row[col].strip() if col is not None and col < len(row) else ""

        answers = {}
        for qid, q in questions.items():
            if qid not in columns or not cell(qid):
                continue
            answers[qid] = _answer(q, cell(qid), line, columns[qid], rows[0][columns[qid]])
        if not answers:
            skipped += 1
            continue
        try:
            label = clean_class_label(cell("class"))
        except PapiError as exc:
            raise _refuse(line, columns["class"], rows[0][columns["class"]], exc.vi, exc.en) from None
        campus = campuses.get(fold(cell("campus"))) if cell("campus") else only_campus
        if campus is None:
            raise _refuse(line, columns["campus"], rows[0][columns["campus"]],
                          f"không có điểm trường «{cell('campus')}» trong hồ sơ của trường.",
                          f"the school has no campus '{cell('campus')}'.")
        if not campus and school.campuses:
            raise _refuse(line, columns.get("campus"), "diem_truong", "thiếu điểm trường (trường có nhiều điểm "
                          "trường, hãy thêm cột «diem_truong»).", "the campus is missing (the school has several "
                          "campuses: add a column 'diem_truong').")
        forms.append(SurveyForm(class_label=label, campus=campus, answers=answers))
    return forms, skipped


def _answer(q, value: str, line: int, col: int, header: str) -> str:
    folded = fold(value)
    if q.is_yes_no:
        if folded in YES_NO_VALUES:
            return YES_NO_VALUES[folded]
        raise _refuse(line, col, header, f"«{value}» không phải câu trả lời hợp lệ (dùng {YES_NO_HINT[0]}).",
                      f"'{value}' is not a valid answer (use {YES_NO_HINT[1]}).")
    folded = folded.replace("_", " ")
    for number, option in enumerate(q.options, start=1):
        if folded in (str(number), option.key.replace("_", " "), fold(option.label.vi), fold(option.label.en)):
            return option.key
    choices = ", ".join(f"{n} = {o.label.vi}" for n, o in enumerate(q.options, start=1))
    choices_en = ", ".join(f"{n} = {o.label.en}" for n, o in enumerate(q.options, start=1))
    raise _refuse(line, col, header, f"«{value}» không phải lựa chọn của câu này ({choices}).",
                  f"'{value}' is not an option of this question ({choices_en}).")


def read_survey_file(path: str | Path, questionnaire: Questionnaire, school: School) -> LoadedFile:
    """Read a CSV or XLSX file of forms through the bounded table reader. SurveyError (or the reader's own named
    error) when it is refused."""
    from papi_desktop.exchange.table_reader import read_table

    p = Path(path)
    rows = read_table(p, max_rows=MAX_ROWS + 1, max_columns=MAX_COLUMNS, max_cell_chars=MAX_CELL_CHARS)
    forms, skipped = forms_from_rows(rows, questionnaire, school)
    if not forms:
        raise SurveyError(f"Tệp {p.name} không có phiếu nào có câu trả lời.", f"File {p.name} has no form with an "
                          "answer.")
    return LoadedFile(forms, p.name, table_digest(rows), skipped)


def table_digest(rows: list[list[str]]) -> str:
    """SHA-256 of a table's cells (not of the file's bytes): the same forms saved again as CSV or XLSX, or with
    another name, are recognised as already loaded. Cells are compared stripped; empty rows and trailing empty
    cells do not count."""
    cells = []
    for row in rows:
        clean = [c.strip() for c in row]
        while clean and not clean[-1]:
            clean.pop()
        if clean:
            cells.append(clean)
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode("utf-8")).hexdigest()

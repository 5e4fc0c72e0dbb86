"""Spreadsheet exports (XLSX with openpyxl, CSV in UTF-8 with BOM for Excel) — of one assessment or a summary.

Every text cell is made safe for a spreadsheet before it is written:

* characters a spreadsheet cannot hold or that hide text (control characters other than tab and newline, bidi
  controls, U+FFFF) become U+FFFD "�", so one odd school name can never make a whole XLSX fail to save
  (:func:`cell_text`);
* text a spreadsheet would run as a formula (``= + - @``, a leading tab or carriage return) is made inert with a
  leading ``'``. In an XLSX cell only the start matters (:func:`inert`); in a CSV every place where an Excel that
  splits on another separator (``;`` in Vietnamese Windows, ``,`` or tab) would start a cell is neutralised too,
  and every field is quoted (:func:`csv_field`).

Files are written through :func:`papi_desktop.outputs.atomic_output`: whole or not at all.
"""

from __future__ import annotations

import contextlib
import csv
import re
from pathlib import Path

from papi_desktop.core import terms
from papi_desktop.core.answers.text import vn_date
from papi_desktop.core.scoring import VERDICT_TEXT
from papi_desktop.core.text import UNSAFE_CHARS
from papi_desktop.errors import ExchangeError
from papi_desktop.outputs import atomic_output

Sheet = tuple[str, list[str], list[list]]  # (title, header, rows)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # and full-width forms
# a formula start at the beginning of the field or right after anything a spreadsheet may split a line on
_CSV_CELL_START = re.compile("(^|[,;\t\r\n])(?=[=+\\-@\t\r\uff1d\uff0b\uff0d\uff20])")
CSV_SEPARATORS = (",", ";", "\t")
STATUS_TEXT = {key: word.vi for key, word in terms.ACTION_STATUS.items()}  # the glossary's (docs/glossary.md)


def cell_text(value):
    """``value`` with characters no spreadsheet should hold replaced by U+FFFD (other values unchanged)."""
    if not isinstance(value, str):
        return value
    return UNSAFE_CHARS.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))


def inert(value):
    """A safe XLSX cell: :func:`cell_text`, and text a spreadsheet would treat as a formula gets a leading ``'``."""
    value = cell_text(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_field(value):
    """A safe CSV field: :func:`cell_text`, and a ``'`` before every formula start at the field's beginning or after a
    separator or line break inside it (Excel splitting on ``;`` must not find ``=1+1`` in ``"A;=1+1"``)."""
    value = cell_text(value)
    if isinstance(value, str):
        return _CSV_CELL_START.sub(lambda m: m.group(1) + "'", value)
    return value


def write_csv(path: str | Path, header: list[str], rows: list[list], *, separator: str = ",") -> Path:
    """CSV for Excel: UTF-8 with BOM, ``separator`` between fields, every field quoted and made inert."""
    if separator not in CSV_SEPARATORS:
        raise ExchangeError(f"Dấu phân cách CSV «{separator}» không dùng được; hãy chọn «,», «;» hoặc tab.",
                            f"The CSV separator '{separator}' cannot be used; choose ',', ';' or tab.")
    p = Path(path)
    with atomic_output(p, ExchangeError) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=separator, quoting=csv.QUOTE_ALL)
        w.writerow([csv_field(h) for h in header])
        w.writerows([[csv_field(c) for c in row] for row in rows])
    return p


def write_xlsx(path: str | Path, sheets: list[Sheet]) -> Path:
    """One worksheet per ``(title, header, rows)``; header bold and frozen, columns sized to their content.

    Written in openpyxl's write-only mode: rows go to the file as they are added instead of becoming cell objects
    (an office's summary of 600 schools: ≈ 0.5 MiB of Python memory at most instead of ≈ 14 MiB)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    p = Path(path)
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    try:
        for title, header, rows in sheets:
            ws = wb.create_sheet(_sheet_title(title))
            ws.freeze_panes = "A2"
            for i, h in enumerate(header, start=1):  # in write-only mode widths and panes come before the rows
                width = max([len(str(h))] + [len(str(r[i - 1])) for r in rows[:200] if i - 1 < len(r) and r[i - 1]])
                ws.column_dimensions[get_column_letter(i)].width = min(max(8, width + 2), 60)
            heading = [WriteOnlyCell(ws, value=inert(h)) for h in header]
            for cell in heading:
                cell.font = bold
            ws.append(heading)
            for row in rows:
                ws.append([inert(c) for c in row])
        with atomic_output(p, ExchangeError) as tmp:
            wb.save(tmp)
    finally:  # after a failure the sheets' streams are still open: end them (nothing is written to ``path``)
        for ws in wb.worksheets:
            if not ws.closed:
                with contextlib.suppress(Exception):
                    ws.close()
    return p


def _sheet_title(title: str) -> str:
    """A worksheet name Excel accepts: no ``[]:*?/\\`` or unsafe characters, at most 31 characters."""
    return re.sub(r"[\[\]:*?/\\]", "-", UNSAFE_CHARS.sub("", title))[:31] or "Sheet"


def write_tables(path: str | Path, sheets: list[Sheet], fmt: str | None = None, *, csv_separator: str = ",") -> Path:
    """XLSX (every sheet) or CSV (the first sheet, fields separated by ``csv_separator``) by ``fmt`` or by the file
    suffix."""
    p = Path(path)
    fmt = (fmt or p.suffix.lstrip(".")).lower()
    if fmt == "xlsx":
        return write_xlsx(p, sheets)
    if fmt == "csv":
        _title, header, rows = sheets[0]
        return write_csv(p, header, rows, separator=csv_separator)
    raise ExchangeError(f"Không hỗ trợ định dạng «{fmt}»; hãy dùng .xlsx hoặc .csv.",
                        f"Unsupported format '{fmt}'; use .xlsx or .csv.")


def answer_text(criterion, answer, lang: str = "vi", campuses=(), sep: str = "\n") -> str:
    """What the principal answered, as people read it (the answer model's ``describe``): option labels,
    dd/mm/yyyy dates, one line per campus; "" when nothing was answered."""
    if answer is None:
        return ""
    from papi_desktop.core.answers import describe_text

    return describe_text(criterion, answer, lang, campuses, sep)


def assessment_sheets(repo, assessment_id: str) -> list[Sheet]:
    """Sheets of one assessment: criteria (verdict, answer, note, evidence), the school, the action plan."""
    from papi_desktop.storage.sample import refuse_export

    refuse_export(repo)
    snap = repo.snapshot(assessment_id)
    a = repo.get_assessment(assessment_id)
    cat = repo.catalogue_of(a)
    answers = repo.get_answers(assessment_id)
    evidence: dict[str, int] = {}
    for t in snap["content"]["attachments"]:
        evidence[t["criterion_id"]] = evidence.get(t["criterion_id"], 0) + 1
    dims = {d.id: d.name.vi for d in cat.dimensions}
    school = snap["content"]["school"]
    crit_rows = [
        [c.id, dims.get(c.dimension, c.dimension), c.text.vi, VERDICT_TEXT[snap["verdicts"][c.id]].vi,
         answer_text(c, answers.get(c.id), "vi", school["campuses"]), answers[c.id].note if c.id in answers else "",
         evidence.get(c.id, 0)]
        for c in cat.criteria
    ]
    info = [
        ["Trường", school["name"]], ["Mã trường", school["code"]], ["Đơn vị", school["unit_name"]],
        ["Năm học", a.school_year], ["Trạng thái", "Đã hoàn thành" if a.is_final else "Bản nháp"],
        ["Lần sửa", a.revision], [f"{terms.SCORE.vi} (0–10)", snap["scores"]["overall"]],
        ["Mã xác thực", snap["verification_code"] or ""],
    ] + [[f"Điểm {dims.get(k, k)}", v] for k, v in snap["scores"]["dimensions"].items() if v is not None]
    actions = [[x["criterion_id"] or "", x["what"], x["who"], vn_date(x["due"]) if x["due"] else "",
                STATUS_TEXT.get(x["status"], x["status"])] for x in snap["content"]["actions"]]
    return [
        ("Tiêu chí", ["Mã", terms.DIMENSION.vi, "Tiêu chí", "Kết quả", "Trả lời", "Ghi chú", "Số minh chứng"],
         crit_rows),
        ("Thông tin", ["Mục", "Giá trị"], info),
        ("Kế hoạch", ["Tiêu chí", "Việc cần làm", "Người thực hiện", "Hạn", "Trạng thái"], actions),
    ]


def summary_sheets(repo, *, school_year: str | None = None, unit: str | None = None,
                   all_submissions: bool = False) -> list[Sheet]:
    """Sheets of the office's summary — of the accepted submissions unless ``all_submissions``: schools (verdicts,
    scores, review state, parents' survey), criteria (pass rates), actions, what was counted, and the parents'
    survey per school, per unit and its questions (:func:`papi_desktop.exchange.survey_office.survey_sheets`)."""
    from papi_desktop.storage.sample import refuse_export

    refuse_export(repo)
    from papi_desktop.exchange.dashboard import counted_dashboards
    from papi_desktop.exchange.review import state_text
    from papi_desktop.storage import exchange_store as store

    everything, d = counted_dashboards(repo, school_year=school_year, unit=unit, all_submissions=all_submissions)
    dim_ids = [x[0] for x in d.dimensions]
    header = ["Mã trường", "Tên trường", "Đơn vị", "Năm học", "Lần sửa", terms.SCORE.vi]
    header += [f"Điểm {name}" for _id, name, _en in d.dimensions] + [c.criterion_id for c in d.columns]
    header += ["Số tiêu chí đạt", "Mã xác thực", "Phiếu ý kiến cha mẹ", "Chênh lệch lớn nhất với ý kiến cha mẹ",
               "Xem xét"]
    short = {"met": "Đạt", "not_met": "Chưa đạt", "na": "KAD", "unanswered": ""}
    from papi_desktop.core.snapshot import verification_code

    held = {r[0]: r[1:] for r in store.summary_rows(repo, school_year=d.school_year or "", unit=unit,
                                                     columns=("assessment_id", "revision", "content_hash"))}
    from papi_desktop.core.terms import NO_SURVEY
    from papi_desktop.exchange.survey_office import gap_text, survey_overview, survey_sheets

    parents = survey_overview(repo, school_year=d.school_year, unit=unit, sync=False,
                              counted={r.assessment_id for r in d.rows})
    surveyed = {s.assessment_id: s for s in parents.schools}
    schools = []
    for i, r in enumerate(d.rows):
        revision, content_hash = held[r.assessment_id]
        s = surveyed.get(r.assessment_id)
        schools.append([r.school_code, r.school_name, r.unit_name, d.school_year, revision, r.score]
                       + [d.dimension_score(i, k) for k in dim_ids]
                       + [short[d.verdict(i, j)] for j in range(len(d.columns))]
                       + [r.met, verification_code(content_hash) if content_hash else "",
                          s.forms if s and s.has_survey else NO_SURVEY.vi, gap_text(s.gaps[0]) if s and s.gaps else "",
                          state_text(d.review(i))])
    dim_names = {x[0]: x[1] for x in d.dimensions}
    criteria = []
    for c in d.columns:
        rate = d.pass_rates[c.criterion_id]
        criteria.append([c.criterion_id, dim_names.get(c.dimension_id, c.dimension_id), c.text_vi,
                         d.met_counts[c.criterion_id], len(d.rows), None if rate is None else round(100 * rate, 1)])
    criteria += [["", name, "Điểm trung bình của lĩnh vực", "", "", d.dimension_averages.get(k)]
                 for k, name, _en in d.dimensions]
    shown = {r.school_code for r in d.rows}
    actions = [[code, name, cid or "", what, who, vn_date(due) if due else "", STATUS_TEXT.get(st, st)]
               for code, name, cid, what, who, due, st in store.actions_of_year(repo, d.school_year or "")
               if code in shown]
    return [
        ("Trường", header, schools),
        ("Tiêu chí", ["Mã", terms.DIMENSION.vi, "Tiêu chí", "Số trường đạt", "Số trường", "Tỉ lệ đạt (%)"], criteria),
        ("Kế hoạch", ["Mã trường", "Tên trường", "Tiêu chí", "Việc cần làm", "Người thực hiện", "Hạn", "Trạng thái"],
         actions),
        ("Cách tính", ["Mục", "Giá trị"], [
            ["Năm học", d.school_year or ""], ["Số bản đã nhận", len(everything.rows)],
            ["Số bản được tổng hợp", len(d.rows)],
            ["Tổng hợp", "Tất cả các bản đã nhận" if all_submissions else "Chỉ các bản đã tiếp nhận"]]),
        *survey_sheets(parents),
    ]

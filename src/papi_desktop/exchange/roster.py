"""The office's list of expected schools (CSV or XLSX with code, name, unit) and who has not submitted yet."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from papi_desktop.core.text import nfc, vi_sort_key
from papi_desktop.errors import ExchangeError
from papi_desktop.storage import exchange_store as store

MAX_ROSTER_BYTES = 20 * 1024 * 1024
_HEADERS = {
    "code": ("code", "mã", "mã trường", "ma truong", "ma", "school code"),
    "name": ("name", "tên", "tên trường", "ten truong", "ten", "school name", "school"),
    "unit": ("unit", "đơn vị", "don vi", "xã", "phường", "xã/phường", "huyện", "unit name"),
}


def _cell(v) -> str:
    return nfc("" if v is None else str(v)) or ""


def _rows_from_csv(data: bytes) -> list[list[str]]:
    for enc in ("utf-8-sig", "cp1258", "latin-1"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    first = text.splitlines()[0] if text.strip() else ""
    delim = ";" if first.count(";") > first.count(",") else ("\t" if first.count("\t") > first.count(",") else ",")
    return [[_cell(c) for c in row] for row in csv.reader(io.StringIO(text), delimiter=delim)]


def _rows_from_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return [[_cell(c) for c in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


def read_roster(path: str | Path) -> list[tuple[str, str, str]]:
    """``(code, name, unit)`` rows of a CSV/XLSX file; a header row (code/mã, name/tên, unit/đơn vị) is optional."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_ROSTER_BYTES:
            raise ExchangeError("Tệp danh sách trường quá lớn.", "The school list file is too large.")
        rows = _rows_from_xlsx(p) if p.suffix.lower() == ".xlsx" else _rows_from_csv(p.read_bytes())
    except ExchangeError:
        raise
    except OSError as exc:
        raise ExchangeError(f"Không đọc được {p.name}: {exc.strerror or exc}.",
                            f"Cannot read {p.name}: {exc.strerror or exc}.") from None
    except Exception:
        raise ExchangeError(f"Không đọc được {p.name}: tệp Excel hỏng hoặc không đúng định dạng.",
                            f"Cannot read {p.name}: the spreadsheet is damaged or not in a known format.") from None
    rows = [r for r in rows if any(r)]
    if not rows:
        raise ExchangeError(f"Tệp {p.name} không có dòng nào.", f"{p.name} has no rows.")
    cols = {"code": 0, "name": 1, "unit": 2}
    head = [h.lower() for h in rows[0]]
    found = {k: next((i for i, h in enumerate(head) if h in names), None) for k, names in _HEADERS.items()}
    if found["code"] is not None:
        cols = {k: v for k, v in found.items() if v is not None}
        rows = rows[1:]
    out, seen, bad = [], set(), []
    for n, r in enumerate(rows, start=2 if found["code"] is not None else 1):
        code = r[cols["code"]] if len(r) > cols["code"] else ""
        name = r[cols["name"]] if "name" in cols and len(r) > cols["name"] else ""
        unit = r[cols["unit"]] if "unit" in cols and len(r) > cols["unit"] else ""
        if not code or not name:
            bad.append(n)
            continue
        if code not in seen:
            seen.add(code)
            out.append((code, name, unit))
    if bad:
        shown = ", ".join(map(str, bad[:10]))
        raise ExchangeError(f"Tệp {p.name}: dòng {shown} thiếu mã hoặc tên trường. Hãy sửa rồi nạp lại.",
                            f"{p.name}: row(s) {shown} lack a school code or name. Fix them and load again.")
    return out


def load_roster(repo, path: str | Path) -> int:
    """Replace the office's list of expected schools with the file's; returns the number of schools."""
    rows = read_roster(path)
    with repo.transaction():
        store.replace_roster(repo, [(c, n, u, vi_sort_key(n)) for c, n, u in rows], repo.clock())
    return len(rows)


def missing(repo, school_year: str | None = None) -> tuple[str | None, list[tuple[str, str, str]]]:
    """``(school_year, [(code, name, unit), …])`` of expected schools that sent no finalised assessment."""
    from papi_desktop.exchange.aggregate import sync_summary

    sync_summary(repo)
    if school_year is None:
        years = store.summary_years(repo)
        school_year = years[0] if years else None
    if school_year is None:
        return None, store.roster_rows(repo)
    return school_year, store.roster_missing(repo, school_year)

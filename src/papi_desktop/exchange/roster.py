"""The office's list of expected schools (CSV or XLSX with code, name, unit) and who has not submitted yet."""

from __future__ import annotations

from pathlib import Path

from papi_desktop.core.text import vi_sort_key
from papi_desktop.errors import ExchangeError
from papi_desktop.exchange.table_reader import read_table
from papi_desktop.storage import exchange_store as store

MAX_ROSTER_SCHOOLS = 20000  # a province has ~1,000 primary schools; the whole country ~15,000
_HEADERS = {
    "code": ("code", "mã", "mã trường", "ma truong", "ma", "school code"),
    "name": ("name", "tên", "tên trường", "ten truong", "ten", "school name", "school"),
    "unit": ("unit", "đơn vị", "don vi", "xã", "phường", "xã/phường", "huyện", "unit name"),
}


def school_code(text: str) -> str:
    """A school code as the office compares it: upper case (codes differing only by case are the same school)."""
    return text.strip().upper()


def read_roster(path: str | Path) -> list[tuple[str, str, str]]:
    """``(code, name, unit)`` rows of a CSV/XLSX file; a header row (code/mã, name/tên, unit/đơn vị) is optional.

    Read through the bounded :func:`~papi_desktop.exchange.table_reader.read_table`. Refused, with the line
    numbers: rows without a code or a name, and codes listed twice (also when they differ only by case). A file
    without any school is refused too, so loading it can never empty the list.
    """
    p = Path(path)
    rows = read_table(p, max_rows=MAX_ROSTER_SCHOOLS + 1, max_columns=50, max_cell_chars=300)
    first = next((i for i, r in enumerate(rows) if r), None)
    cols = {"code": 0, "name": 1, "unit": 2}
    start = first or 0
    if first is not None:
        head = [h.lower() for h in rows[first]]
        found = {k: next((i for i, h in enumerate(head) if h in names), None) for k, names in _HEADERS.items()}
        if found["code"] is not None:
            cols = {k: v for k, v in found.items() if v is not None}
            start = first + 1
    out: list[tuple[str, str, str]] = []
    bad: list[int] = []
    lines: dict[str, list[int]] = {}
    for n, r in enumerate(rows[start:], start=start + 1):
        if not r:
            continue
        cell = {k: (r[i] if i < len(r) else "") for k, i in cols.items()}
        code, name, unit = school_code(cell["code"]), cell.get("name", ""), cell.get("unit", "")
        if not code or not name:
            bad.append(n)
            continue
        lines.setdefault(code, []).append(n)
        if len(lines[code]) == 1:
            out.append((code, name, unit))
    if bad:
        shown = ", ".join(map(str, bad[:10]))
        raise ExchangeError(f"Tệp {p.name}: dòng {shown} thiếu mã hoặc tên trường. Hãy sửa rồi nạp lại.",
                            f"{p.name}: row(s) {shown} lack a school code or name. Fix them and load again.")
    repeated = [(code, ns) for code, ns in lines.items() if len(ns) > 1]
    if repeated:
        shown_vi = "; ".join(f"{c} ở dòng {', '.join(map(str, ns))}" for c, ns in repeated[:5])
        shown_en = "; ".join(f"{c} on rows {', '.join(map(str, ns))}" for c, ns in repeated[:5])
        raise ExchangeError(f"Tệp {p.name} có mã trường bị lặp: {shown_vi}. Hãy giữ mỗi trường một dòng rồi nạp lại.",
                            f"{p.name} lists a school code twice: {shown_en}. Keep one row per school and load "
                            "again.")
    if not out:
        raise ExchangeError(f"Tệp {p.name} không có trường nào, nên danh sách đang có được giữ nguyên.",
                            f"{p.name} lists no schools, so the list held was kept as it is.")
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

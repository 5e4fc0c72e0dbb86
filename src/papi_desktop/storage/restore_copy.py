"""Step 2 and 3 of a restore (:mod:`papi_desktop.storage.restore`): a new database built by the app's migrations,
holding only the data rows of a checked backup, checked again."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from papi_desktop.core.strict_json import loads as strict_loads
from papi_desktop.core.text import char_name, unsafe_char
from papi_desktop.storage.machine import MACHINE_KEYS

#: rows the app derives itself (recomputed after a restore, never taken from a file)
DERIVED_TABLES = frozenset({"summary", "summary_stale", "survey_summary", "_sqlite_migrations"})
#: columns holding JSON, read strictly before a restore is accepted
JSON_COLUMNS = {"schools": ("profile",), "assessments": ("school_profile",), "answers": ("value",),
                "settings": ("value",), "audit": ("detail",), "revisions": ("content",), "conflicts": ("content",),
                "survey_forms": ("answers",)}
#: columns that name things: no control or bidi characters
NAME_COLUMNS = {"schools": ("code", "name"), "roster": ("code", "name", "unit")}
_TYPES = {"INTEGER": ("integer",), "REAL": ("real", "integer"), "TEXT": ("text",), "BLOB": ("blob",)}


class Refused(Exception):
    """The backup's data cannot be restored: ``vi``/``en`` say why (completed into a sentence by the caller)."""

    def __init__(self, vi: str, en: str):
        super().__init__(en)
        self.vi, self.en = vi, en


def _objects(conn: sqlite3.Connection, schema: str = "main") -> dict[tuple[str, str], str]:
    """``(type, name) → sql`` of the tables, views and triggers of ``schema`` (SQLite's own objects aside)."""
    return {(t, n): sql or "" for t, n, sql in conn.execute(
        f"SELECT type, name, sql FROM {schema}.sqlite_master WHERE type IN ('table', 'view', 'trigger') "
        "AND name NOT LIKE 'sqlite_%'")}


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[tuple[str, str]]:
    """``(name, declared type)`` of a table's columns."""
    return [(r[1], (r[2] or "").upper()) for r in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def build(candidate: Path, target: Path) -> list[str]:
    """Make ``target`` (a new file) from the app's migrations and the data rows of ``candidate`` (already checked
    by ``integrity_check``); returns what the candidate had that was not taken. Raises :class:`Refused`."""
    from papi_desktop.storage.database import open_database

    open_database(target).close()  # the app's schema, every migration applied
    conn = sqlite3.connect(str(target), uri=True)
    try:
        with contextlib.suppress(sqlite3.DatabaseError):
            conn.execute("PRAGMA trusted_schema=OFF")  # no function of the file's schema may run (SQLite ≥ 3.31)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA foreign_keys=OFF")  # rows are copied in any order; the keys are checked after
        conn.execute("ATTACH DATABASE ? AS old", [candidate.resolve().as_uri() + "?mode=ro"])
        ignored = _copy(conn)
        conn.execute("DETACH DATABASE old")
        _check(conn)
        conn.execute("PRAGMA foreign_keys=ON")
    finally:
        conn.close()
    return ignored


def _copy(conn: sqlite3.Connection) -> list[str]:
    ours, theirs = _objects(conn, "main"), _objects(conn, "old")
    ignored = [f"{kind} {name}" for (kind, name) in sorted(theirs) if (kind, name) not in ours]
    with conn:
        for (kind, table), _sql in sorted(ours.items()):
            if kind != "table" or table in DERIVED_TABLES or ("table", table) not in theirs:
                continue
            if theirs[("table", table)].upper().startswith("CREATE VIRTUAL"):
                ignored.append(f"virtual table {table}")
                continue
            mine = [c for c, _t in _columns(conn, "main", table)]
            have = {c for c, _t in _columns(conn, "old", table)}
            ignored += [f"column {table}.{c}" for c in sorted(have - set(mine))]
            cols = ", ".join(f'"{c}"' for c in mine if c in have)
            where = ""
            if table == "settings":
                keys = ", ".join(f"'{k}'" for k in sorted(MACHINE_KEYS))
                where = f" WHERE key NOT IN ({keys})"
                ignored += [f"setting {k}" for (k,) in conn.execute(
                    f"SELECT key FROM old.settings WHERE key IN ({keys}) ORDER BY key")]
            conn.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM old."{table}"{where}')
    return ignored


def _check(conn: sqlite3.Connection) -> None:
    bad = conn.execute("PRAGMA foreign_key_check").fetchone()
    if bad:
        raise Refused(f"dữ liệu trong tệp không nhất quán (bảng {bad[0]} trỏ tới một dòng không có ở bảng {bad[2]}).",
                      f"its data is inconsistent (table {bad[0]} points to a row missing from {bad[2]}).")
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if ok != "ok":
        raise Refused(f"dữ liệu chép ra không đạt kiểm tra toàn vẹn ({ok}).", f"the copied data fails the integrity "
                      f"check ({ok}).")
    for (kind, table), _sql in _objects(conn).items():
        if kind != "table":
            continue
        for col, declared in _columns(conn, "main", table):
            allowed = _TYPES.get(declared)
            if allowed is None:
                continue
            types = ", ".join(f"'{t}'" for t in (*allowed, "null"))
            if conn.execute(f'SELECT 1 FROM "{table}" WHERE typeof("{col}") NOT IN ({types}) LIMIT 1').fetchone():
                raise Refused(f"cột {table}.{col} chứa giá trị sai kiểu.", f"column {table}.{col} holds values of "
                              "the wrong type.")
    for table, cols in JSON_COLUMNS.items():
        for col in cols:
            for (value,) in conn.execute(f'SELECT "{col}" FROM "{table}" WHERE "{col}" IS NOT NULL'):
                try:
                    strict_loads(value)
                except (ValueError, TypeError, RecursionError):
                    raise Refused(f"cột {table}.{col} chứa JSON không hợp lệ (khoá lặp, NaN hoặc Infinity).",
                                  f"column {table}.{col} holds invalid JSON (repeated keys, NaN or Infinity).") \
                        from None
    for table, cols in NAME_COLUMNS.items():
        for col in cols:
            for (value,) in conn.execute(f'SELECT "{col}" FROM "{table}"'):
                ch = unsafe_char(value or "", allow_layout=False)
                if ch:
                    raise Refused(f"cột {table}.{col} chứa ký tự điều khiển hoặc ký tự đảo chiều chữ "
                                  f"({char_name(ch)}).",
                                  f"column {table}.{col} holds a control or text-direction character "
                                  f"({char_name(ch)}).")

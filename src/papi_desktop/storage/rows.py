"""Turning rows into domain objects and values into stored JSON (shared by the repository's parts)."""

from __future__ import annotations

import json
from typing import Any

from papi_desktop.core.model import Campus, School
from papi_desktop.core.text import nfc_deep


def dumps(value: Any) -> str:
    """JSON as stored: NFC text, sorted keys, real UTF-8 characters; NaN and Infinity refused (not JSON)."""
    return json.dumps(nfc_deep(value), ensure_ascii=False, sort_keys=True, allow_nan=False)


def dict_rows(conn, sql: str, args: list | tuple = ()) -> list[dict]:
    """The rows of a query as dicts by column name (plain ``sqlite3``: reads need no sqlite-utils)."""
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def school_from_profile(code: str, profile: dict) -> School:
    """A School from its stored profile (unknown keys of newer files are ignored)."""
    data = dict(profile)
    data["campuses"] = [Campus(**c) for c in data.get("campuses", [])]
    data["code"] = code
    fields = School.__dataclass_fields__
    return School(**{k: v for k, v in data.items() if k in fields})

"""Readable renderings of answers for the report: plain text, no reportlab (tested on its own).

"Facts" (Thực trạng) are the answer model's ``describe`` (:mod:`papi_desktop.core.answers`): sentences from the
catalogue's phrases, option labels (never keys), dd/mm/yyyy dates, per campus for per-campus criteria, or
"Không áp dụng: <reason>". "Evidence" is the note plus the names of the attached files.
"""

from __future__ import annotations

from papi_desktop.core.answers import describe
from papi_desktop.core.answers.text import WORDS, Line, vn_date, vn_number
from papi_desktop.core.catalogue import Criterion

__all__ = ["WORDS", "Line", "evidence", "facts", "vn_date", "vn_number"]


def facts(criterion: Criterion, answer: dict | None, campuses: list[dict], lang: str = "vi") -> list[Line]:
    """The facts cell of one criterion. ``answer`` is a snapshot answer dict (or None); ``campuses`` the school's
    campus dicts (``code``, ``name``) in the school's order."""
    return describe(criterion, answer, lang, campuses)


def evidence(answer: dict | None, filenames: list[str], lang: str = "vi") -> list[Line]:
    """The evidence cell: the note, then the attached files' names."""
    lines = []
    note = ((answer or {}).get("note") or "").strip()
    if note:
        lines.append(Line(note))
    if filenames:
        lines.append(Line(", ".join(filenames), head=f"{WORDS['files'].get(lang)}: "))
    return lines

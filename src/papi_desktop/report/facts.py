"""Readable renderings of answers for the report: plain text, no reportlab (tested on its own).

"Facts" show what the school declared: field labels with their values (option labels, never keys), per campus
for per-campus forms, disclosure date (dd/mm/yyyy) and ways, or "không áp dụng: <reason>". "Evidence" is the
note plus the names of the attached files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from papi_desktop.core.catalogue import Criterion, Field, Text

WORDS = {
    "yes": Text("Có", "Yes"),
    "no": Text("Không", "No"),
    "partly": Text("Một phần", "Partly"),
    "na": Text("Không áp dụng", "Not applicable"),
    "unanswered": Text("Chưa trả lời", "Not answered"),
    "disclosed": Text("Đã công khai ngày {date}", "Disclosed on {date}"),
    "disclosed_undated": Text("Đã công khai (chưa ghi ngày)", "Disclosed (no date given)"),
    "not_disclosed": Text("Chưa công khai", "Not disclosed"),
    "methods": Text("hình thức", "ways"),
    "files": Text("Tệp", "Files"),
    "missing": Text("chưa nhập", "not entered"),
}


@dataclass(frozen=True)
class Line:
    """One line of a facts cell; ``head`` (e.g. a campus name) is printed in bold before ``text``."""

    text: str
    head: str = ""


def vn_date(value: Any) -> str:
    """``"2025-09-05"`` -> ``"05/09/2025"``; anything unparsable is returned as it is."""
    try:
        return date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def vn_number(value: float | int, lang: str = "vi", decimals: int | None = None) -> str:
    """Numbers as Vietnamese write them: decimal comma (``8,5``); whole numbers without decimals."""
    if decimals is not None:
        text = f"{value:.{decimals}f}"
    elif isinstance(value, float) and not value.is_integer():
        text = f"{value:g}"
    else:
        text = str(int(value))
    return text.replace(".", ",") if lang == "vi" else text


def field_value(f: Field, value: Any, lang: str = "vi") -> str:
    """One field's value with option labels, units and dd/mm/yyyy dates."""
    if value is None or value == "" or value == []:
        return "…"
    if f.type == "yes_no":
        return WORDS["yes" if value == "yes" else "no"].get(lang) if value in ("yes", "no") else str(value)
    labels = {o.key: o.label.get(lang) for o in f.options}
    if f.type == "choice":
        return labels.get(value, str(value))
    if f.type == "multichoice" and isinstance(value, list):
        return ", ".join(labels.get(v, str(v)) for v in value)
    if f.type == "date":
        return vn_date(value)
    if f.type in ("count", "number") and isinstance(value, (int, float)) and not isinstance(value, bool):
        text = vn_number(value, lang)
        return f"{text} {f.unit.get(lang)}" if f.unit else text
    return str(value)


def form_text(criterion: Criterion, values: dict, lang: str = "vi") -> str:
    """``Label: value; Label: value`` (a missing required value shows as "…"; nothing entered gives "")."""
    if all(values.get(f.key) in (None, "", []) for f in criterion.answer.fields):
        return ""
    parts = []
    for f in criterion.answer.fields:
        v = values.get(f.key)
        if (v is None or v == "") and not f.required:
            continue
        parts.append(f"{f.label.get(lang)}: {field_value(f, v, lang)}")
    return "; ".join(parts) + "." if parts else ""


def facts(criterion: Criterion, answer: dict | None, campuses: list[dict], lang: str = "vi") -> list[Line]:
    """The facts cell of one criterion. ``answer`` is a snapshot answer dict (or None); ``campuses`` the school's
    campus dicts (``code``, ``name``) in the school's order."""
    if answer is None:
        return [Line(WORDS["unanswered"].get(lang))]
    if answer.get("na"):
        reason = (answer.get("na_reason") or "").strip()
        return [Line(f"{WORDS['na'].get(lang)}: {reason}" if reason else WORDS["na"].get(lang))]
    value = answer.get("value") or {}
    model = criterion.answer
    if model.model == "yes_no_partly":
        choice = value.get("choice")
        return [Line(WORDS[choice].get(lang) if choice in ("yes", "no", "partly") else WORDS["unanswered"].get(lang))]
    if model.model == "disclosure":
        return [Line(_disclosure_text(criterion, value, lang))]
    if model.per_campus:
        per = value.get("campuses") or {}
        lines = []
        names = {c["code"]: c["name"] for c in campuses}
        codes = [c["code"] for c in campuses] or sorted(per)
        codes += [code for code in sorted(per) if code not in codes]  # campuses no longer in the profile
        for code in codes:
            text = form_text(criterion, per.get(code) or {}, lang) or WORDS["missing"].get(lang) + "."
            lines.append(Line(text, head=f"{names.get(code, code)}: "))
        return lines or [Line(WORDS["unanswered"].get(lang))]
    return [Line(form_text(criterion, value, lang) or WORDS["unanswered"].get(lang))]


def _disclosure_text(criterion: Criterion, value: dict, lang: str) -> str:
    disclosed = value.get("disclosed")
    if disclosed == "no":
        return WORDS["not_disclosed"].get(lang) + "."
    if disclosed != "yes":
        return WORDS["unanswered"].get(lang)
    when = value.get("date")
    text = WORDS["disclosed"].get(lang).format(date=vn_date(when)) if when else WORDS["disclosed_undated"].get(lang)
    labels = {m.key: m.label.get(lang) for m in criterion.answer.methods}
    methods = [labels.get(m, str(m)) for m in value.get("methods") or []]
    if methods:
        text += f"; {WORDS['methods'].get(lang)}: " + ", ".join(methods)
    return text + "."


def evidence(answer: dict | None, filenames: list[str], lang: str = "vi") -> list[Line]:
    """The evidence cell: the note, then the attached files' names."""
    lines = []
    note = ((answer or {}).get("note") or "").strip()
    if note:
        lines.append(Line(note))
    if filenames:
        lines.append(Line(", ".join(filenames), head=f"{WORDS['files'].get(lang)}: "))
    return lines

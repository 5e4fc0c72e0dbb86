"""Words and number/date forms shared by the answer models' ``describe`` (what people read: never a key, never an
ISO date)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from papi_desktop.core.catalogue import Field, Text

WORDS = {
    "yes": Text("Có", "Yes"),
    "no": Text("Không", "No"),
    "partly": Text("Một phần", "Partly"),
    "na": Text("Không áp dụng", "Not applicable"),
    "unanswered": Text("Chưa trả lời", "Not answered"),
    "missing": Text("chưa nhập", "not entered"),
    "none_chosen": Text("không chọn mục nào", "none chosen"),
    "files": Text("Tệp", "Files"),
}


@dataclass(frozen=True)
class Line:
    """One line of a description; ``head`` (e.g. a campus name) is printed in bold before ``text``."""

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
        out = f"{value:.{decimals}f}"
    elif isinstance(value, float) and not value.is_integer():
        out = f"{value:g}"
    else:
        out = str(int(value))
    return out.replace(".", ",") if lang == "vi" else out


def join_items(labels: list[str]) -> str:
    """Chosen options in a sentence: separated by "; " (labels often contain commas)."""
    return "; ".join(labels)


def sentence(part: str) -> str:
    """``part`` with a capital first letter and a full stop."""
    part = part.strip()
    if not part:
        return ""
    part = part[0].upper() + part[1:]
    return part if part.endswith((".", "!", "?")) else part + "."


def sentences(parts: list[str]) -> str:
    """Parts of a description as sentences: "12 phòng học. Tất cả kiên cố." (a part never ends up inside another's
    list of options)."""
    out: list[str] = []
    for s in (sentence(p) for p in parts):
        if s and s not in out:  # "Không có lớp ghép." said once, not for each of its two fields
            out.append(s)
    return " ".join(out)


def _number(f: Field, value: Any, lang: str) -> str:
    out = vn_number(value, lang)
    return f"{out} {f.unit.get(lang)}" if f.unit and not f.say else out


def field_phrase(f: Field, value: Any, lang: str) -> str | None:
    """How one field's value reads in a report: the catalogue's phrase for it, else "Label: value" with option
    labels, yes/no words and dd/mm/yyyy dates. None when nothing was entered in an optional field."""
    empty = value is None or value == "" or value == []
    if empty and not f.required and not (value == [] and f.say_zero):
        return None
    label = f.label.get(lang)
    if empty and value != []:
        return f"{label}: {WORDS['missing'].get(lang)}"
    if f.type == "yes_no" and value in ("yes", "no"):
        say = f.say_yes if value == "yes" else f.say_no
        return say.get(lang) if say else f"{label}: {WORDS[value].get(lang).lower()}"
    if f.type in ("choice", "multichoice"):
        options = {o.key: o for o in f.options}
        chosen = value if isinstance(value, list) else [value]
        if not chosen:
            return f.say_zero.get(lang) if f.say_zero else f"{label}: {WORDS['none_chosen'].get(lang)}"
        if f.type == "choice" and value in options and options[value].say:
            return options[value].say.get(lang)
        shown = join_items([options[k].label.get(lang) if k in options else str(k) for k in chosen])
    elif f.type in ("count", "number") and isinstance(value, (int, float)) and not isinstance(value, bool):
        if value == 0 and f.say_zero:
            return f.say_zero.get(lang)
        shown = _number(f, value, lang)
    elif f.type == "date":
        shown = vn_date(value)
    else:
        shown = str(value)
    return f.say.get(lang).replace("{value}", shown) if f.say else f"{label}: {shown}"

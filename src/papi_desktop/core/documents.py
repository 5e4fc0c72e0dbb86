"""What the report says beyond the answers, as plain data: the Sở's plan it answers ("căn cứ"), the date the
figures refer to, the causes of the criteria not met and the proposals. Qt-free, no database.

* **Plan basis** (per school year, set by the user, pre-filled from ``resources/documents/plan-basis.json`` for the
  years whose plan we know): ``{"kind", "number", "date", "issuer", "title", "cites"}``. ``number`` is printed only
  when the user gave it (a number is never invented); ``date`` is ``YYYY-MM-DD`` or ``YYYY-MM`` when the day is
  not known.
* **Report details** (per assessment): ``{"reference_date": "YYYY-MM-DD", "basis": {...}, "causes": {criterion id:
  text}, "proposals": {solver: text}}`` — the member ``"report"`` of the canonical content, with only the keys
  that are set (an assessment without any has no member, so older contents keep their bytes).

:func:`clean_basis` and :func:`clean_details` are the one check of these values, used when the user saves them
and when a data file brings them.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from typing import Any

from papi_desktop.core.terms import SOLVERS
from papi_desktop.core.text import iso_day, nfc, unsafe_char
from papi_desktop.errors import ValidationError
from papi_desktop.resources import resource_path

BASIS_KEYS = ("kind", "number", "date", "issuer", "title", "cites")
DETAIL_KEYS = ("reference_date", "basis", "causes", "proposals")
DEFAULT_KIND = "Kế hoạch"
MAX_SHORT = 300
MAX_CAUSE = 2000
MAX_PROPOSAL = 5000
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _text(value: Any, limit: int, what_vi: str, what_en: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{what_vi} phải là chữ.", f"{what_en} must be text.")
    value = nfc(value) or ""
    if unsafe_char(value):  # the rule of every text from outside: no C0/C1 control, no bidi override
        raise ValidationError(f"{what_vi} có ký tự điều khiển.", f"{what_en} contains control characters.")
    if len(value) > limit:
        raise ValidationError(f"{what_vi} quá dài (tối đa {limit} ký tự).", f"{what_en} is too long (at most {limit} "
                              "characters).")
    return value


def parse_day(value: str) -> date | None:
    """``YYYY-MM-DD`` or ``DD/MM/YYYY`` → date; None when it is neither."""
    value = (value or "").strip()
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", value)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return iso_day(value)
    except ValueError:
        return None


def _basis_date(value: Any) -> str:
    text = _text(value, 20, "Ngày của văn bản", "The document's date")
    if not text:
        return ""
    day = parse_day(text)
    if day:
        return day.isoformat()
    m = _MONTH.match(text) or re.match(r"^(\d{1,2})/(\d{4})$", text)
    if m:
        year, month = (int(m.group(1)), int(m.group(2))) if _MONTH.match(text) else (int(m.group(2)), int(m.group(1)))
        if 1 <= month <= 12 and 1900 < year < 2200:
            return f"{year:04d}-{month:02d}"
    raise ValidationError(f"Ngày của văn bản «{text}» không hợp lệ (ví dụ: 15/08/2025, hoặc 08/2025 khi không rõ "
                          "ngày).",
                          f"The document's date '{text}' is invalid (e.g. 15/08/2025, or 08/2025 without the day).")


def clean_basis(raw: Any) -> dict | None:
    """The plan basis in its stored form (NFC, known keys, only those set); None when nothing is set.

    The issuing body and the title are required once anything is set; ValidationError otherwise."""
    if raw is None or raw == {}:
        return None
    if not isinstance(raw, dict) or set(raw) - set(BASIS_KEYS):
        raise ValidationError("Căn cứ (văn bản của Sở) không đúng dạng.", "The plan basis is malformed.")
    labels = {"kind": ("Loại văn bản", "The document kind"), "number": ("Số văn bản", "The document number"),
              "issuer": ("Cơ quan ban hành", "The issuing body"), "title": ("Trích yếu", "The title"),
              "cites": ("Văn bản cấp trên", "The higher document")}
    out = {k: _text(raw.get(k), MAX_SHORT, *labels[k]) for k in labels}
    out["date"] = _basis_date(raw.get("date"))
    out = {k: v.strip() for k, v in out.items() if v and v.strip()}
    if not out:
        return None
    if not out.get("issuer") or not out.get("title"):
        raise ValidationError("Căn cứ cần ghi cơ quan ban hành và trích yếu của văn bản.",
                              "The plan basis needs the issuing body and the title of the document.")
    if out.get("kind") == DEFAULT_KIND:
        del out["kind"]
    return out


def clean_details(raw: Any, criterion_ids: set[str] | None = None) -> dict:
    """Report details in stored and canonical form: known keys, NFC, only what is set (``{}`` for nothing).

    ``criterion_ids`` (the catalogue's) limits the criteria a cause may name."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - set(DETAIL_KEYS):
        raise ValidationError("Thông tin của báo cáo không đúng dạng.", "The report details are malformed.")
    out: dict[str, Any] = {}
    ref = raw.get("reference_date")
    if ref:
        day = parse_day(ref) if isinstance(ref, str) else None
        if day is None:
            raise ValidationError("Ngày chốt số liệu không hợp lệ.", "The reference date is invalid.")
        out["reference_date"] = day.isoformat()
    basis = clean_basis(raw.get("basis"))
    if basis:
        out["basis"] = basis
    causes = raw.get("causes") or {}
    if not isinstance(causes, dict):
        raise ValidationError("Nguyên nhân không đúng dạng.", "The causes are malformed.")
    cleaned = {}
    for cid, text in causes.items():
        if not isinstance(cid, str) or (criterion_ids is not None and cid not in criterion_ids):
            raise ValidationError(f"Nguyên nhân ghi cho tiêu chí không có: {str(cid)[:20]}.",
                                  f"A cause names an unknown criterion: {str(cid)[:20]}.")
        text = _text(text, MAX_CAUSE, f"Nguyên nhân của {cid}", f"The cause of {cid}")
        if text:
            cleaned[cid] = text
    if cleaned:
        out["causes"] = dict(sorted(cleaned.items()))
    proposals = raw.get("proposals")
    if proposals is not None:
        if not isinstance(proposals, dict) or set(proposals) - set(SOLVERS):
            raise ValidationError("Đề xuất, kiến nghị không đúng dạng.", "The proposals are malformed.")
        texts = {k: _text(v, MAX_PROPOSAL, "Đề xuất, kiến nghị", "A proposal") for k, v in proposals.items()}
        # a deliberately emptied text is kept (as ""), so the report does not bring the suggestion back
        if any(k in texts for k in SOLVERS):
            out["proposals"] = {k: texts.get(k, "") for k in SOLVERS}
    return out


@cache
def _defaults() -> dict:
    raw = json.loads(resource_path("documents", "plan-basis.json").read_text(encoding="utf-8"))
    return {year: clean_basis(basis) for year, basis in raw["years"].items()}


def default_basis(school_year: str) -> dict | None:
    """The Sở's plan for ``school_year`` as far as the app knows it (``resources/documents/plan-basis.json``)."""
    basis = _defaults().get(school_year)
    return dict(basis) if basis else None


def day_text(value: str, lang: str = "vi") -> str:
    """A cited document's date: ``"12/7/2022"`` (as the Sở writes them), ``"tháng 8/2022"`` without a day."""
    m = _MONTH.match(value or "")
    if m:
        return f"tháng {int(m.group(2))}/{m.group(1)}" if lang == "vi" else f"{m.group(2)}/{m.group(1)}"
    day = parse_day(value or "")
    if day is None:
        return value or ""
    return f"{day.day:02d}/{day.month}/{day.year}" if lang == "vi" else f"{day.day:02d}/{day.month:02d}/{day.year}"


def basis_text(basis: dict, lang: str = "vi", *, issuer: str | None = None) -> str:
    """``"Kế hoạch số 12/KH-SGDĐT ngày 15/8/2025 của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk về …"``; ``issuer``
    replaces the stored name (e.g. with its abbreviation spelled out)."""
    kind = basis.get("kind") or (DEFAULT_KIND if lang == "vi" else "Plan")
    parts = [kind]
    if basis.get("number"):
        parts.append(("số " if lang == "vi" else "no. ") + basis["number"])
    when = basis.get("date")
    if when:
        text = day_text(when, lang)
        parts.append(text if text.startswith("tháng") else ("ngày " if lang == "vi" else "of ") + text)
    parts.append(("của " if lang == "vi" else "by ") + (issuer or basis.get("issuer", "")))
    title = basis.get("title", "")
    if title:
        lead = title.split(" ", 1)[0].casefold()
        parts.append(title if lead in ("về", "on", "about") else ("về " if lang == "vi" else "on ") + title)
    return " ".join(p for p in parts if p)

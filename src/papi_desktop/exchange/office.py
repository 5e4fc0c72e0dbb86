"""The receiving office's profile: what its summary report prints as issuer, place, addressees and signer.

Stored in the repository setting ``"office"`` (the key the office window already used): ``name``,
``supervising_body``, ``place_name``, ``signer``, ``signer_title``, ``recipients`` (under "Kính gửi"),
``copy_to`` (further lines of "Nơi nhận"), and optionally ``abbreviation`` and ``doc_number``. The summary PDF
refuses to print without the required fields (:func:`require_office`): an official report with "CƠ QUAN TỔNG HỢP"
or "THỦ TRƯỞNG CƠ QUAN" in it cannot be signed.
"""

from __future__ import annotations

from typing import Any

from papi_desktop.core.text import nfc, unsafe_char
from papi_desktop.errors import ExchangeError, ValidationError

OFFICE_KEY = "office"
TEXT_FIELDS = ("name", "supervising_body", "place_name", "signer", "signer_title", "abbreviation")
LIST_FIELDS = ("recipients", "copy_to")
REQUIRED = ("name", "supervising_body", "place_name", "signer", "signer_title", "recipients")
#: how each field is named to a user (Vietnamese, English) and on the command line
LABELS = {
    "name": ("tên cơ quan", "the office's name", "--name"),
    "supervising_body": ("cơ quan chủ quản", "the supervising body", "--parent"),
    "place_name": ("địa danh", "the place name", "--place"),
    "signer": ("người ký", "the signer", "--signer"),
    "signer_title": ("chức vụ người ký", "the signer's title", "--signer-title"),
    "recipients": ("nơi gửi (Kính gửi)", "the addressees (Kính gửi)", "--recipient"),
    "copy_to": ("nơi nhận khác", "other recipients", "--copy-to"),
    "abbreviation": ("chữ viết tắt", "the abbreviation", "--abbreviation"),
    "doc_number": ("số văn bản", "the document number", "--number"),
}
MAX_TEXT = 300
MAX_ITEMS = 20


def _clean_text(value: Any, key: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"«{LABELS[key][0]}» phải là chữ.", f"{LABELS[key][1]} must be text.")
    text = " ".join((nfc(value) or "").split())
    if unsafe_char(text) or len(text) > MAX_TEXT:  # the rule every text of a data file or receipt follows
        raise ValidationError(f"«{LABELS[key][0]}» quá dài hoặc có ký tự điều khiển.",
                              f"{LABELS[key][1]} is too long or has control characters.")
    return text


def clean_office(raw: Any) -> dict:
    """The profile in its stored form: known keys, NFC, single spaces, lists without empty items."""
    raw = raw if isinstance(raw, dict) else {}
    out: dict[str, Any] = {k: _clean_text(raw.get(k), k) for k in TEXT_FIELDS}
    for key in LIST_FIELDS:
        items = raw.get(key) or []
        if isinstance(items, str):
            items = items.split(";")
        if not isinstance(items, list) or len(items) > MAX_ITEMS:
            raise ValidationError(f"«{LABELS[key][0]}»: tối đa {MAX_ITEMS} dòng.", f"{LABELS[key][1]}: at most "
                                  f"{MAX_ITEMS} lines.")
        out[key] = [x for x in (_clean_text(i, key).strip(" ;.") for i in items) if x]
    number = raw.get("doc_number")
    if number in (None, "", 0):
        out["doc_number"] = None
    elif isinstance(number, int) and not isinstance(number, bool) and 0 < number < 100000:
        out["doc_number"] = number
    else:
        raise ValidationError("Số văn bản phải là số nguyên dương.", "The document number must be a positive "
                              "whole number.")
    return out


def load_office(repo) -> dict:
    """The stored profile (empty fields when nothing is stored; a malformed value reads as empty)."""
    try:
        return clean_office(repo.get_setting(OFFICE_KEY) or {})
    except ValidationError:
        return clean_office({})


def missing_fields(office: dict) -> list[str]:
    """The required fields that are empty, in form order."""
    return [k for k in REQUIRED if not office.get(k)]


def require_office(repo) -> dict:
    """The profile, or ExchangeError naming what is missing and how to set it."""
    office = load_office(repo)
    missing = missing_fields(office)
    if missing:
        vi = ", ".join(LABELS[k][0] for k in missing)
        en = ", ".join(LABELS[k][1] for k in missing)
        flags = " ".join(f"{LABELS[k][2]} …" for k in missing)
        raise ExchangeError(
            f"Chưa in được báo cáo tổng hợp: còn thiếu thông tin của cơ quan ({vi}). Hãy ghi ở thẻ «Báo cáo tổng "
            f"hợp» của cửa sổ cơ quan, hoặc bằng lệnh: papi-desktop office set {flags}",
            f"The summary report cannot be printed yet: the office's profile lacks {en}. Fill it in on the "
            f"office window's summary tab, or with: papi-desktop office set {flags}")
    return office


def save_office(repo, changes: dict) -> dict:
    """Merge ``changes`` into the stored profile (checked) and store it in one transaction; returns it."""
    office = clean_office({**load_office(repo), **changes})
    repo.set_setting(OFFICE_KEY, office)
    return office

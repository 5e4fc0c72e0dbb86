"""Unicode normalisation at every boundary (input, import, database, PDF): all text is stored in NFC."""

from __future__ import annotations

import unicodedata
from typing import Any


def nfc(value: str | None) -> str | None:
    """Return ``value`` in NFC, stripped of surrounding white space; ``None`` stays ``None``."""
    if value is None:
        return None
    return unicodedata.normalize("NFC", value).strip()


def nfc_deep(value: Any) -> Any:
    """NFC every string inside nested dicts/lists (keys too); other values are returned as they are."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {nfc_deep(k): nfc_deep(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [nfc_deep(v) for v in value]
    return value


def abbreviation(name: str) -> str:
    """Short upper-case code for a document number, e.g. "Trường Tiểu học Lê Lợi" -> "THLL".

    Diacritics are dropped and Đ becomes D, as Vietnamese offices write these codes.
    """
    words = [w for w in (name or "").replace("-", " ").split() if w]
    skip = {"trường", "truong"}
    letters = []
    for word in words:
        if word.lower() in skip:
            continue
        first = word[0].replace("Đ", "D").replace("đ", "d")
        base = unicodedata.normalize("NFD", first)[0]
        if base.isalnum():
            letters.append(base.upper())
    return "".join(letters) or "TH"

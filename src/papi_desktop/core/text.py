"""Unicode normalisation at every boundary (input, import, database, PDF): all text is stored in NFC."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

#: Characters refused in text from outside (names, codes, table cells): C0/C1 controls except tab and newline,
#: bidirectional-text controls (LRM/RLM, ALM, embeddings, overrides, isolates) that reverse or hide text on screen,
#: and the non-characters U+FFFE/U+FFFF.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff"
UNSAFE_CHARS = re.compile(f"[{_UNSAFE}]")
_UNSAFE_OR_LAYOUT = re.compile(f"[{_UNSAFE}\t\n]")


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


def unsafe_char(text: str, *, allow_layout: bool = True) -> str | None:
    """The first character of ``text`` that :data:`UNSAFE_CHARS` refuses (tab and newline too unless
    ``allow_layout``), or None."""
    m = (UNSAFE_CHARS if allow_layout else _UNSAFE_OR_LAYOUT).search(text)
    return m.group() if m else None


def char_name(ch: str) -> str:
    """``U+202E`` — how a refused character is named in a message."""
    return f"U+{ord(ch):04X}"


def shown_safely(text: str) -> str:
    """``text`` with every unsafe character written as ``\\uXXXX`` (for a terminal: an ANSI escape or U+202E in a
    name cannot move the cursor or reverse what follows; inside JSON strings the result is the same text)."""
    return UNSAFE_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def first_non_nfc(value: Any, path: str = "") -> str | None:
    """Where the first text inside nested dicts/lists that is not in NFC is (e.g. ``.questions[0].text.vi``);
    None when all of it is NFC. Data files shipped with the app are refused when it is not None."""
    if isinstance(value, str):
        return None if unicodedata.is_normalized("NFC", value) else path or "."
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        found = first_non_nfc(inner, f"{path}.{key}" if isinstance(value, dict) else f"{path}[{key}]")
        if found is not None:
            return found
    return None


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


# Vietnamese alphabet order (with f, j, w, z where Latin puts them, for names that use them).
_VI_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_VI_RANK = {ch: i for i, ch in enumerate(_VI_ALPHABET)}
# Letter-forming marks (they make a different letter) and tone marks (compared only after the letters).
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền, hỏi, ngã, sắc, nặng


def _vi_letters(text: str):
    """Yield ``(letter, tone, upper)`` for each base character of ``text`` (letter includes ă â đ ê ô ơ ư)."""
    letter, tone, upper = None, 0, False
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if letter is None:
                continue
            if ch in _TONES:
                tone = _TONES[ch]
            elif ch in _LETTER_MARKS:
                letter = unicodedata.normalize("NFC", letter + ch)
            continue
        if letter is not None:
            yield letter, tone, upper
        upper = ch != ch.lower()
        letter, tone = ch.lower(), 0
    if letter is not None:
        yield letter, tone, upper


def vi_sort_key(text: str | None) -> str:
    """A string whose plain (code-point) order is Vietnamese dictionary order of ``text``.

    Letters compare first in the order a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (case ignored);
    then tones (none, huyền, hỏi, ngã, sắc, nặng); then lower case before upper case. Digits come before
    letters, white space and punctuation before both. The key is plain text, so it can be stored in a column
    and sorted by SQLite (``ORDER BY sort_key``) as well as by Python (``sorted(names, key=vi_sort_key)``).
    """
    letters = list(_vi_letters(" ".join((text or "").split())))
    primary, tones, cases = [], [], []
    for letter, tone, upper in letters:
        if letter in _VI_RANK:
            primary.append(chr(0x400 + _VI_RANK[letter]))
        elif letter.isdigit():
            primary.append(chr(0x300 + int(letter)) if letter in "0123456789" else chr(0x30A))
        elif letter.isalpha():
            primary.append(chr(0x1000 + min(ord(letter), 0x10E000)))  # other scripts after the Vietnamese alphabet
        else:
            primary.append(chr(0x100 + min(ord(letter), 0x1FF)))  # spaces and punctuation first
        tones.append(chr(0x30 + tone))
        cases.append("1" if upper else "0")
    return "".join(primary) + "\x01" + "".join(tones) + "\x01" + "".join(cases)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: Any) -> date | None:
    """``"2025-09-05"`` → that date; None for anything else — the same on every Python the app supports
    (``date.fromisoformat`` of 3.11 also reads ``"2025-W36-2"`` and ``"20250905"``, 3.10 does not)."""
    if not (isinstance(value, str) and _ISO_DAY.fullmatch(value)):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None

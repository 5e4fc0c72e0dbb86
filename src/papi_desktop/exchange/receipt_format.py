"""The ``.papi-receipt`` file: the office's answer to one submission (see ``docs/exchange-format.md``).

A receipt is one small JSON file (UTF-8, NFC, keys sorted, indented by one space, a final newline — exactly
:func:`receipt_bytes` of its content), schema ``resources/schemas/papi-receipt.schema.json``. Its ``signature``
member is ``null`` or the base64 of a detached CMS (PKCS #7) signature, made with the office's certificate, over
:func:`signed_bytes` — the same serialisation of the receipt without its ``signature`` member. Shared by the
writer (:mod:`papi_desktop.exchange.receipt`) and the gate (:mod:`papi_desktop.exchange.receipt_reader`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from papi_desktop.core.text import char_name, nfc, unsafe_char
from papi_desktop.errors import ValidationError

FORMAT_NAME = "papi-desktop-receipt"
FORMAT_VERSION = 1
SUFFIX = ".papi-receipt"
MAX_BYTES = 1024 * 1024  # a receipt with a note on every criterion is ≈ 100 KB
MAX_SIGNATURE_BYTES = 256 * 1024
#: file-name words of each decision
STATE_WORDS = {"accepted": "tiep-nhan", "returned": "tra-lai"}

def clean_text(value: Any, limit: int, what_vi: str, what_en: str, *, multiline: bool = True) -> str:
    """Text a clerk typed, as stored and sent: NFC, line ends as ``\\n``, no surrounding white space; refused
    (ValidationError) when too long or holding a control or bidirectional-text character."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{what_vi} phải là chữ.", f"{what_en} must be text.")
    text = (nfc(value.replace("\r\n", "\n").replace("\r", "\n")) or "").strip()
    bad = unsafe_char(text, allow_layout=multiline)
    if bad is not None:
        raise ValidationError(f"{what_vi} có ký tự điều khiển không được phép ({char_name(bad)}).",
                              f"{what_en} holds a control character that is not allowed ({char_name(bad)}).")
    if len(text) > limit:
        raise ValidationError(f"{what_vi} dài quá {limit} ký tự.", f"{what_en} is longer than {limit} characters.")
    return text


def receipt_bytes(receipt: dict) -> bytes:
    """The one serialisation of a receipt: sorted keys, one-space indent, real UTF-8 characters, final newline."""
    return (json.dumps(receipt, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False) + "\n").encode("utf-8")


def signed_bytes(receipt: dict) -> bytes:
    """What the office's signature covers: the receipt without its ``signature`` member."""
    return receipt_bytes({k: v for k, v in receipt.items() if k != "signature"})


def office_key(name: str) -> str:
    """How an office is recognised from receipt to receipt: its name, NFC, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def file_name(school_code: str, school_year: str, revision: int, state: str) -> str:
    """``TH64300123-2025-2026-r2-tra-lai.papi-receipt`` — what a clerk sends to which school."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", school_code)
    return f"{safe}-{school_year}-r{revision}-{STATE_WORDS[state]}{SUFFIX}"


def validator():
    """Compiled JSON Schema of a receipt (``resources/schemas/papi-receipt.schema.json``)."""
    from papi_desktop.exchange.fileformat import _validator

    return _validator("papi-receipt.schema.json")

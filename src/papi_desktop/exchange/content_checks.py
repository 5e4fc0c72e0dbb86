"""What the content of a data file may hold, beyond its schema (part of :mod:`papi_desktop.exchange.reader`):
no control or bidi characters in any text, a school year of the catalogue and not after next year, and answers the
school app would let it finalise (the one rule, :func:`papi_desktop.core.scoring.finalise_blockers`)."""

from __future__ import annotations

import datetime
import re

from papi_desktop.core.catalogue import Catalogue
from papi_desktop.core.scoring import finalise_blockers
from papi_desktop.core.snapshot import content_answers
from papi_desktop.core.text import char_name, unsafe_char
from papi_desktop.errors import RejectedFileError


def reject(vi: str, en: str) -> RejectedFileError:
    return RejectedFileError(vi, en)


def identity_texts(content: dict):
    """``(where, text)`` of the texts that name things: one line each, no tab or newline."""
    s = content["school"]
    yield "mã trường", s["code"]
    yield "tên trường", s["name"]
    yield "đơn vị", s["unit_code"]
    yield "đơn vị", s["unit_name"]
    for c in s["campuses"]:
        yield "điểm trường", c["code"]
        yield "điểm trường", c["name"]
    for t in content["attachments"]:
        yield "tên tệp minh chứng", t["filename"]


# In canonical JSON (checked just before) every string is written one way: bidi controls, C1 controls, DEL and
# U+FFFE/U+FFFF appear as themselves, a C0 control as \n, \t, \r, \b, \f or \u00XX after an odd number of
# backslashes. Searching the UTF-8 bytes finds any of them without walking the content; the byte sequences that
# can start one are looked for first (``in`` on bytes is a memchr), the regular expressions run only if one is there.
_RAW_UNSAFE = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]"
                         rb"|\xef\xbf[\xbe\xbf]")
_RAW_STARTS = (b"\x7f", b"\xc2", b"\xd8\x9c", b"\xe2\x80", b"\xe2\x81", b"\xef\xbf")
_ESCAPED_CONTROL = re.compile(rb"(\\+)(?:[bfr]|u00(?:0[0-8bcefBCEF]|1[0-9a-fA-F]))")
_ESCAPE_STARTS = (b"\\b", b"\\f", b"\\r", b"\\u00")


def _has_unsafe(raw: bytes) -> bool:
    if any(s in raw for s in _RAW_STARTS) and _RAW_UNSAFE.search(raw):
        return True
    return any(s in raw for s in _ESCAPE_STARTS) and any(len(m.group(1)) % 2 for m in _ESCAPED_CONTROL.finditer(raw))


def all_texts(value):
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            yield v
        elif isinstance(v, dict):
            yield from v.keys()
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)


def check_text(content: dict, raw: bytes) -> None:
    """No control character (tab and newline only in free text), bidi control or U+FFFF anywhere in the content:
    they hide or reverse text on the clerk's screen and in the office's spreadsheets."""
    for where, text in identity_texts(content):
        bad = unsafe_char(text, allow_layout=False)
        if bad:
            raise bad_char(where, text, bad)
    if _has_unsafe(raw):
        text = next(t for t in all_texts(content) if unsafe_char(t))  # only to name it
        raise bad_char("nội dung", text, unsafe_char(text))


def bad_char(where: str, text: str, bad: str) -> RejectedFileError:
    code = char_name(bad)
    shown = "".join(ch for ch in text if not unsafe_char(ch, allow_layout=False))[:60]
    return reject(f"Tệp có ký tự không hợp lệ ({code}, ký tự điều khiển hoặc đảo chiều chữ) trong {where} «{shown}»; "
                  "ký tự này có thể che giấu hay đảo ngược chữ trên màn hình. Hãy xin trường sửa rồi gửi lại.",
                  f"The file has an invalid character ({code}, a control or text-direction character) in a "
                  f"{_WHERE_EN[where]} '{shown}'; it can hide or reverse text on screen. Ask the school to correct "
                  "it and resend.")


_WHERE_EN = {"mã trường": "school code", "tên trường": "school name", "đơn vị": "unit", "điểm trường": "campus",
             "tên tệp minh chứng": "evidence file name", "nội dung": "text"}


def check_school_year(catalogue: Catalogue, year: str, today: datetime.date | None = None) -> None:
    """A school year of the catalogue, and not one that starts after next year (a file dated 9998-9999 would
    otherwise become the default year of every summary)."""
    start = int(year[:4])
    latest = (today or datetime.date.today()).year + 1
    if year not in catalogue.school_years or start > latest:
        years = ", ".join(y for y in catalogue.school_years if int(y[:4]) <= latest)
        raise reject(f"Năm học {year} không thuộc các năm học của bộ tiêu chí ({years}) hoặc chưa tới; tệp hỏng "
                     "hoặc bị sửa. Hãy xin trường gửi lại.",
                     f"The school year {year} is not one of the catalogue's ({years}) or has not come yet; the "
                     "file is damaged or was altered. Ask the school to resend it.")


def check_answers(catalogue: Catalogue, content: dict) -> None:
    """The answers obey the very rules that stop the school app from finalising (one rule:
    :func:`~papi_desktop.core.scoring.finalise_blockers`) — a class size of −80 or an unknown option is refused
    here as it is there."""
    answers = content_answers(content)
    campuses = [c["code"] for c in content["school"]["campuses"]]
    try:
        blockers = finalise_blockers(catalogue, answers, campuses, content["assessment"]["school_year"],
                                     stats=content["school"].get("stats") or {})
    except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError, RecursionError):
        raise reject("Tệp có câu trả lời sai dạng, không đọc được (tệp hỏng hoặc bị sửa).",
                     "The file holds answers of the wrong form that cannot be read (damaged or altered file).") \
            from None
    if blockers:
        vi = "; ".join(f"{cid}: {msg.vi}" for cid, msg in blockers[:3])
        en = "; ".join(f"{cid}: {msg.en}" for cid, msg in blockers[:3])
        more = f" (+{len(blockers) - 3})" if len(blockers) > 3 else ""
        raise reject(f"Tệp có câu trả lời mà ứng dụng của trường không cho phép hoàn thành — {vi}{more}. Tệp hỏng "
                     "hoặc bị sửa; hãy xin trường kiểm tra rồi gửi lại.",
                     f"The file holds answers the school app does not allow to finalise — {en}{more}. The file is "
                     "damaged or was altered; ask the school to check it and resend.")

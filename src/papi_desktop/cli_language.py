"""The command line in Vietnamese: argparse's own words ("usage", "options", "show this help message and exit",
its error messages) through gettext, the mechanism argparse is written for.

The catalogue's source is ``resources/i18n/argparse_vi.po`` (msgids of Python 3.10–3.14); ``python3 .ci/dev.py
i18n`` compiles it to ``resources/i18n/vi/LC_MESSAGES/papi-desktop-cli.mo`` with :func:`mo_bytes` (a test checks
the two agree). :func:`argparse_language` switches gettext to it while the command line is parsed, and back.
"""

from __future__ import annotations

import gettext
import os
import struct
from contextlib import contextmanager

DOMAIN = "papi-desktop-cli"


@contextmanager
def argparse_language(lang: str):
    """While parsing (help, usage, errors), argparse speaks ``lang`` ("vi"; anything else: argparse's English)."""
    if lang != "vi":
        yield
        return
    from papi_desktop.resources import resource_path

    old_domain, old_language = gettext.textdomain(), os.environ.get("LANGUAGE")
    gettext.bindtextdomain(DOMAIN, str(resource_path("i18n")))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = "vi"  # gettext picks the catalogue by this variable (there is no other public way)
    try:
        yield
    finally:
        gettext.textdomain(old_domain)
        if old_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = old_language


def read_po(text: str) -> dict[str, str]:
    """``msgid → msgstr`` of a .po file (plural entries as ``"singular\\0plural" → "form0\\0form1…"``)."""
    import ast

    entries: dict[str, str] = {}
    current: dict[str, list[str]] = {}
    key = None

    def flush() -> None:
        if "msgid" in current:
            msgid = "".join(current["msgid"])
            if "msgid_plural" in current:
                msgid += "\0" + "".join(current["msgid_plural"])
                forms = sorted(k for k in current if k.startswith("msgstr["))
                entries[msgid] = "\0".join("".join(current[k]) for k in forms)
            else:
                entries[msgid] = "".join(current.get("msgstr", []))
        current.clear()

    for line in [*text.splitlines(), ""]:
        line = line.strip()
        if not line or line.startswith("#"):
            if not line:
                flush()
            continue
        if line.startswith('"'):
            current[key].append(ast.literal_eval(line))
            continue
        key, _sep, rest = line.partition(" ")
        if key == "msgid" and "msgid" in current:
            flush()
        current[key] = [ast.literal_eval(rest)]
    return entries


def mo_bytes(entries: dict[str, str]) -> bytes:
    """A GNU .mo catalogue of ``entries`` (what ``msgfmt`` writes: sorted ids, then the two tables, then strings)."""
    keys = sorted(entries, key=lambda k: k.encode("utf-8"))
    ids = strs = b""
    offsets = []
    for k in keys:
        kb, vb = k.encode("utf-8"), entries[k].encode("utf-8")
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b"\0"
        strs += vb + b"\0"
    n = len(keys)
    key_start = 7 * 4 + 16 * n
    value_start = key_start + len(ids)
    table = []
    for id_at, id_len, _s, _l in offsets:
        table += [id_len, id_at + key_start]
    for _i, _n, str_at, str_len in offsets:
        table += [str_len, str_at + value_start]
    header = struct.pack("<7I", 0x950412DE, 0, n, 7 * 4, 7 * 4 + 8 * n, 0, 0)
    return header + struct.pack(f"<{len(table)}I", *table) + ids + strs

"""The command line in Vietnamese: argparse's own words ("usage", "options", "show this help message and exit",
its error messages) through gettext, the mechanism argparse is written for.

The catalogue's source is ``resources/i18n/argparse_vi.po`` (msgids of Python 3.10–3.14); ``python3 .ci/dev.py
i18n`` compiles it to ``resources/i18n/vi/LC_MESSAGES/papi-desktop-cli.mo`` with :func:`mo_bytes` (a test checks
the two agree). :func:`argparse_language` switches gettext to it while the command line is parsed, and back.

The words the rooms give their arguments — metavars such as ``FILE`` or ``ID``, and a help line where a room gave
none — are put in the user's language when the help is written: :class:`CliParser` (the parser of every
sub-command) writes its help with :class:`LocalisedHelpFormatter`, which looks each argument up in
:data:`METAVARS` and :data:`HELP` (so arguments from any room, and from the parent parsers they share, are covered
without the rooms doing anything).
"""

from __future__ import annotations

import argparse
import gettext
import os
import re
import struct
from contextlib import contextmanager

DOMAIN = "papi-desktop-cli"

#: the rooms' metavars in Vietnamese: a whole metavar ("YYYY-YYYY"), else word by word ("FILE.pdf", "CID=TEXT")
METAVARS = {
    "FILE": "TỆP", "F": "TỆP", "PATH": "ĐƯỜNG_DẪN", "DIR": "THƯ_MỤC", "DIR_OR_ZIP": "THƯ_MỤC_HOẶC_ZIP",
    "BACKUP": "TỆP_SAO_LƯU", "ID": "MÃ", "CID": "MÃ_TIÊU_CHÍ", "CODE": "MÃ_ĐƠN_VỊ", "YYYY-YYYY": "NĂM_HỌC",
    "DD": "NGÀY", "MM": "THÁNG", "YYYY": "NĂM", "N": "SỐ", "S": "SỐ", "LIB": "THƯ_VIỆN", "LABEL": "TÊN",
    "PNG": "ẢNH.png", "CERT": "CHỨNG_THƯ", "VALUE": "GIÁ_TRỊ", "REASON": "LÝ_DO", "TEXT": "NỘI_DUNG",
    "LEVEL": "CẤP", "COMMAND": "LỆNH", "UNIT": "ĐƠN_VỊ", "CODE[=FINGERPRINT]": "MÃ_TRƯỜNG[=DẤU_VÂN_TAY]",
    # argparse's own metavar of an option given none is its name in capitals
    "NAME": "TÊN", "PARENT": "CƠ_QUAN_CHỦ_QUẢN", "PLACE": "ĐỊA_DANH", "SIGNER": "NGƯỜI_KÝ", "SIGNER_TITLE": "CHỨC_VỤ",
    "RECIPIENT": "NƠI_GỬI", "COPY_TO": "NƠI_NHẬN", "ABBREVIATION": "CHỮ_VIẾT_TẮT", "NUMBER": "SỐ",
}
#: the metavar of an option given none whose name is not in :data:`METAVARS`
VALUE_VI = "GIÁ_TRỊ"


def vietnamese_metavar(metavar: str) -> str:
    """``"FILE.pdf"`` → ``"TỆP.pdf"``, ``"CID=TEXT"`` → ``"MÃ_TIÊU_CHÍ=NỘI_DUNG"`` (unknown words are kept)."""
    if metavar in METAVARS:
        return METAVARS[metavar]
    return re.sub(r"[A-Z][A-Z0-9_]*", lambda word: METAVARS.get(word.group(0), word.group(0)), metavar)


#: ``(vi, en)`` help of an argument a room gave no help, by its destination; ``"command dest"`` first
HELP = {
    "db": ("tệp dữ liệu SQLite", "SQLite database file"),
    "json": ("in kết quả dạng JSON", "print the result as JSON"),
    "assessment": ("mã bản tự đánh giá (xem lệnh list)", "assessment id (see the list command)"),
    "criterion": ("mã tiêu chí, ví dụ TH.02", "criterion id, e.g. TH.02"),
    "year": ("năm học, ví dụ 2025-2026", "school year, e.g. 2025-2026"),
    "unit": ("mã xã, phường: chỉ các trường của đơn vị này", "commune or ward code: only that unit's schools"),
    "out": ("tệp sẽ ghi ra", "file to write"),
    "out_dir": ("thư mục ghi các tệp (với --all)", "folder to write the files to (with --all)"),
    "format": ("định dạng: papi (tệp dữ liệu), xlsx hoặc csv (bảng tính)",
               "format: papi (data file), xlsx or csv (spreadsheet)"),
    "token_label": ("tên của USB token", "the USB token's label"),
    "key_label": ("tên của khoá ký trên USB token", "the signing key's label on the token"),
    "paths": ("tệp .papi, hoặc thư mục chứa các tệp đó", ".papi files, or folders holding them"),
    "bundle out": ("thư mục hoặc tệp .zip sẽ ghi ra", "folder or .zip file to write"),
    "verify file": ("tệp PDF cần kiểm tra", "the PDF file to check"),
    "load file": ("tệp CSV hoặc XLSX", "CSV or XLSX file"),
}


class LocalisedHelpFormatter(argparse.HelpFormatter):
    """Help written in the user's language: each argument's metavar from :data:`METAVARS` (Vietnamese) and, where
    a room gave no help, a line from :data:`HELP`."""

    def __init__(self, prog, *args, **kwargs):
        super().__init__(prog, *args, **kwargs)
        self.command = prog.split()[-1] if prog else ""

    def localise(self, action: argparse.Action) -> None:
        from papi_desktop.errors import user_language

        vi = user_language() == "vi"
        if action.help is None:
            line = HELP.get(f"{self.command} {action.dest}") or HELP.get(action.dest)
            if line:
                action.help = line[0 if vi else 1]
        if vi and isinstance(action.metavar, str) and action.metavar.isascii():  # not put in Vietnamese yet
            action.metavar = vietnamese_metavar(action.metavar)
        elif vi and action.metavar is None and action.choices is None and action.nargs != 0:
            action.metavar = METAVARS.get(action.dest.upper(), VALUE_VI)  # not argparse's English "NAME"

    def add_usage(self, usage, actions, groups, prefix=None):
        for action in actions:
            self.localise(action)
        super().add_usage(usage, actions, groups, prefix)

    def add_argument(self, action):
        self.localise(action)
        super().add_argument(action)


class CliParser(argparse.ArgumentParser):
    """The parser of the program and of every sub-command: its help in the user's language
    (:class:`LocalisedHelpFormatter`); sub-commands' parsers are CliParsers too."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", LocalisedHelpFormatter)
        super().__init__(*args, **kwargs)

    def parse_known_args(self, args=None, namespace=None):
        self.format_usage()  # puts every argument's words in the user's language, for the error messages too
        return super().parse_known_args(args, namespace)


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

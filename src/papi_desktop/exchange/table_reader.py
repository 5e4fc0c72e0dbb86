"""The one bounded reader of tables from outside: the first sheet of an XLSX workbook, or a CSV text file.

Every table a clerk hands the app (the office's school roster, a survey's answers) comes through
:func:`read_table`, which treats the file as hostile: the kind is taken from the content (never the name), the
size of the file and of every part inside a workbook is capped before anything is parsed, XML with a DOCTYPE
(entity bombs) is refused, a workbook's claimed dimensions are ignored (a sheet that claims cell XFD1048576
costs nothing), and rows, columns and cell lengths are capped while reading — the reader stops at the first
excess with a sentence the clerk can act on (:class:`TableFileError`).

What comes back is plain text: one list of strings per row, header row included, each cell NFC with surrounding
white space stripped, trailing empty cells and trailing empty rows dropped. Empty rows inside the table are kept
as ``[]`` so that ``rows[i]`` is row ``i + 1`` of the sheet (line ``i + 1`` of a CSV without multi-line
cells), which is what messages about a row should name. Control characters (other than tab and newline),
bidirectional-text controls and U+FFFE/U+FFFF are refused: they have no place in a table of names and codes
and are how text is hidden or reversed on screen.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import posixpath
import re
import unicodedata
import zipfile
from pathlib import Path
from xml.parsers import expat

from papi_desktop.core.text import UNSAFE_CHARS, char_name
from papi_desktop.errors import ExchangeError

MAX_TABLE_BYTES = 20 * 1024 * 1024  # the file as it sits on disk (CSV or XLSX)
MAX_XLSX_MEMBERS = 2000
MAX_XLSX_PART_BYTES = 32 * 1024 * 1024  # any part of a workbook but its worksheets (shared strings, styles…)
MAX_XLSX_SHEET_BYTES = 64 * 1024 * 1024  # a worksheet's XML, uncompressed (read as a stream)
MAX_XLSX_TOTAL_BYTES = 128 * 1024 * 1024  # all parts together, uncompressed
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and every password-protected Office file
_ZIP_MAGIC = b"PK\x03\x04"
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"MZ", b"\x7fELF", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")


class TableFileError(ExchangeError):
    """A table file (roster, survey answers…) is of the wrong kind, damaged, too big or holds forbidden text."""


def read_table(path, *, max_rows: int = 20000, max_columns: int = 200,
               max_cell_chars: int = 2000) -> list[list[str]]:
    """Rows of the first sheet of an XLSX file or of a CSV file (UTF-8, UTF-8 with BOM, UTF-16 with BOM, cp1258).

    The CSV separator (``,`` ``;`` or tab) is detected from the first lines; quoted fields may hold separators
    and newlines. Raises :class:`TableFileError` when the file is not a table, is damaged, is bigger than
    ``MAX_TABLE_BYTES``, has more than ``max_rows`` rows or ``max_columns`` columns, has a cell longer than
    ``max_cell_chars`` characters, or holds a control character.
    """
    p = Path(path)
    limits = _Limits(p.name, max_rows, max_columns, max_cell_chars)
    try:
        size = p.stat().st_size
        if size > MAX_TABLE_BYTES:
            raise TableFileError(
                f"Tệp {p.name} lớn hơn {MAX_TABLE_BYTES // (1024 * 1024)} MB, không phải một bảng danh sách "
                "thông thường; hãy kiểm tra lại tệp hoặc chia nhỏ rồi thử lại.",
                f"{p.name} is larger than {MAX_TABLE_BYTES // (1024 * 1024)} MB, more than a list of this kind "
                "needs; check the file or split it, then try again.")
        with p.open("rb") as fh:
            head = fh.read(8)
            if head.startswith(_ZIP_MAGIC):
                return _read_xlsx(fh, limits)
            fh.seek(0)
            data = fh.read(MAX_TABLE_BYTES + 1)
    except TableFileError:
        raise
    except OSError as exc:
        raise TableFileError(f"Không đọc được tệp {p.name}: {exc.strerror or exc}.",
                             f"Cannot read {p.name}: {exc.strerror or exc}.") from None
    if data.startswith(_OLE_MAGIC):
        raise TableFileError(
            f"Tệp {p.name} là tệp Excel kiểu cũ (.xls) hoặc có đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu và "
            "lưu lại dưới dạng .xlsx hoặc CSV rồi thử lại.",
            f"{p.name} is an old-style Excel file (.xls) or is password-protected; open it in Excel, remove the "
            "password and save it as .xlsx or CSV, then try again.")
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        raise _damaged(p.name)
    if data.startswith(_BINARY_MAGIC):
        raise _wrong_type(p.name)
    return _read_csv(data, limits)


class _Limits:
    """The caps of one read and the sentences that say which was exceeded."""

    def __init__(self, name: str, max_rows: int, max_columns: int, max_cell_chars: int):
        self.name, self.max_rows, self.max_columns, self.max_cell_chars = name, max_rows, max_columns, max_cell_chars

    def too_many_rows(self) -> TableFileError:
        return TableFileError(
            f"Tệp {self.name} có hơn {self.max_rows} dòng; hãy xoá các dòng thừa hoặc chia tệp rồi thử lại.",
            f"{self.name} has more than {self.max_rows} rows; delete the rows not needed or split the file, "
            "then try again.")

    def too_many_columns(self, row: int) -> TableFileError:
        return TableFileError(
            f"Dòng {row} của tệp {self.name} có hơn {self.max_columns} cột; hãy chỉ giữ các cột cần thiết rồi "
            "thử lại.",
            f"Row {row} of {self.name} has more than {self.max_columns} columns; keep only the columns needed, "
            "then try again.")

    def cell_too_long(self, row: int, col: int) -> TableFileError:
        return TableFileError(
            f"Ô {column_letter(col)}{row} của tệp {self.name} dài hơn {self.max_cell_chars} ký tự; hãy rút "
            "ngắn nội dung ô đó rồi thử lại.",
            f"Cell {column_letter(col)}{row} of {self.name} is longer than {self.max_cell_chars} characters; "
            "shorten it, then try again.")

    def unsafe(self, where_vi: str, where_en: str, ch: str) -> TableFileError:
        code = char_name(ch)
        return TableFileError(
            f"{where_vi} của tệp {self.name} chứa ký tự điều khiển không nhìn thấy ({code}); hãy xoá ký tự đó "
            "rồi thử lại.",
            f"{where_en} of {self.name} holds an invisible control character ({code}); delete it, then try "
            "again.")

    def cell(self, value: str, row: int, col: int) -> str:
        """``value`` checked and normalised: NFC, stripped, no unsafe character, not too long."""
        text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n")).strip()
        bad = UNSAFE_CHARS.search(text)
        if bad:
            ref = f"{column_letter(col)}{row}"
            raise self.unsafe(f"Ô {ref}", f"Cell {ref}", bad.group())
        if len(text) > self.max_cell_chars:
            raise self.cell_too_long(row, col)
        return text


class _Rows:
    """Collects rows while reading: caps rows and columns, keeps empty rows only when a filled one follows."""

    def __init__(self, limits: _Limits):
        self.limits = limits
        self.rows: list[list[str]] = []
        self.blank = 0  # empty rows seen since the last filled one
        self.seen = 0

    def add(self, cells: list[str]) -> None:
        self.seen += 1
        if self.seen > EXCEL_MAX_ROWS:
            raise self.limits.too_many_rows()
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            self.blank += 1
            return
        if len(cells) > self.limits.max_columns:
            raise self.limits.too_many_columns(self.seen)
        if len(self.rows) + self.blank + 1 > self.limits.max_rows:
            raise self.limits.too_many_rows()
        self.rows.extend([] for _ in range(self.blank))
        self.blank = 0
        self.rows.append(cells)


# --- CSV ------------------------------------------------------------------------------------------------------

def _decode(data: bytes, name: str) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows Vietnamese (cp1258)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    elif data.startswith(b"\xef\xbb\xbf"):
        encodings = ("utf-8-sig",)
    elif b"\x00" in data[:4096]:
        raise _wrong_type(name)  # binary, or UTF-16 without the BOM Excel always writes
    else:
        encodings = ("utf-8", "cp1258")
    for enc in encodings:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise TableFileError(
        f"Không nhận ra bảng mã chữ của tệp {name}; hãy mở bằng Excel và lưu lại dưới dạng “CSV UTF-8” "
        "rồi thử lại.",
        f"The text encoding of {name} is not recognised; open it in Excel and save it as “CSV UTF-8”, then "
        "try again.")


def _separator(text: str) -> str:
    """``,`` ``;`` or tab: the one that occurs most often outside quotes in the first lines (up to 64 KB)."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in text[:65536]:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


def _read_csv(data: bytes, limits: _Limits) -> list[list[str]]:
    text = _decode(data, limits.name)
    del data
    bad = UNSAFE_CHARS.search(text.replace("\r", "\n"))
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise limits.unsafe(f"Dòng {line}", f"Line {line}", bad.group())
    # One record may not be longer than max_columns full cells (with quotes and separator): this bounds the
    # memory one row can take whatever its quoting (a million empty fields in quotes are one record).
    budget = limits.max_columns * (limits.max_cell_chars + 3) + 2
    used = [0]
    out = _Rows(limits)

    def lines():
        for line in io.StringIO(text, newline=""):
            used[0] += len(line)
            if used[0] > budget:
                raise limits.too_many_columns(out.seen + 1)
            yield line

    try:
        reader = csv.reader(lines(), delimiter=_separator(text), strict=False)
        for record in reader:
            used[0] = 0
            row = out.seen + 1
            out.add([limits.cell(v, row, i) for i, v in enumerate(record, start=1)])
    except csv.Error:
        raise _damaged(limits.name) from None
    return out.rows


# --- XLSX -----------------------------------------------------------------------------------------------------

def _read_xlsx(fh, limits: _Limits) -> list[list[str]]:
    fh.seek(0)
    try:
        with zipfile.ZipFile(fh) as zf:
            last_row = _check_parts(zf, limits)
        return _rows_of_workbook(fh, limits, last_row) if last_row else []
    except TableFileError:
        raise
    except Exception:  # zipfile, XML and openpyxl errors of a damaged or hostile workbook
        raise _damaged(limits.name) from None


def _check_parts(zf: zipfile.ZipFile, limits: _Limits) -> int:
    """Check a workbook before openpyxl sees it; return the last row of the first sheet that holds a value.

    Refused: too many or too big parts (by the sizes the ZIP declares: reading never goes past them), XML with a
    DOCTYPE, sheets beyond Excel's limits, and a first sheet with a value beyond ``max_rows`` or
    ``max_columns`` — all found by reading the XML itself, never trusting the sheet's claimed dimensions.
    """
    name = limits.name
    infos = zf.infolist()
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise _wrong_type(name)
    if len(infos) > MAX_XLSX_MEMBERS or sum(i.file_size for i in infos) > MAX_XLSX_TOTAL_BYTES:
        raise _too_big_inside(name)
    for info in infos:
        is_sheet = info.filename.startswith("xl/worksheets/")
        if info.file_size > (MAX_XLSX_SHEET_BYTES if is_sheet else MAX_XLSX_PART_BYTES):
            raise _too_big_inside(name)
        if info.flag_bits & 0x1:
            raise _damaged(name)  # an encrypted ZIP member
    scans = {info.filename: _SheetScan(name, limits.max_columns).run(zf, info.filename)
             for info in infos if info.filename.endswith((".xml", ".rels", ".vml"))}
    first = scans.get(_first_sheet(zf))
    if first is None:
        raise _damaged(name)
    if first.wide_row:
        raise limits.too_many_columns(first.wide_row)
    if first.last_value_row > limits.max_rows:
        raise limits.too_many_rows()
    return first.last_value_row


def _first_sheet(zf: zipfile.ZipFile) -> str:
    """The part name of the workbook's first worksheet (as openpyxl resolves it), "" if there is none."""
    from xml.etree import ElementTree

    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    book = ElementTree.fromstring(zf.read("xl/workbook.xml"))  # DOCTYPE-free and size-capped by now
    rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels if r.get("Type", "").endswith("/worksheet")}
    for sheet in book.iter(f"{{{_MAIN.strip()}}}sheet"):
        target = targets.get(sheet.get(f"{rel_ns}id"))
        if target:
            return target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
    return ""


class _SheetScan:
    """One XML part streamed through expat: no DOCTYPE (so no entities); rows and cells per row within Excel's
    limits and references in Excel's range (so the filler rows and cells a reader makes stay bounded); records
    the last row holding a value and the first row with a value beyond ``max_columns``."""

    def __init__(self, name: str, max_columns: int):
        self.name, self.max_columns = name, max_columns
        self.row = self.rows = self.cells = self.col = 0
        self.last_value_row = self.wide_row = 0
        self.in_value = False

    def run(self, zf: zipfile.ZipFile, member: str) -> _SheetScan:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = self._damaged
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        with zf.open(member) as src:
            while chunk := src.read(1 << 16):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
        return self

    def _damaged(self, *_args):
        raise _damaged(self.name)

    def _start(self, tag: str, attrs: dict) -> None:
        if tag == _ROW:
            self.rows += 1
            r = attrs.get("r")
            if r is not None and not _ROW_REF.fullmatch(r):
                self._damaged()
            self.row = int(r) if r is not None else self.row + 1
            if self.rows > EXCEL_MAX_ROWS or not 0 < self.row <= EXCEL_MAX_ROWS:
                self._damaged()
            self.cells = self.col = 0
        elif tag == _CELL:
            self.cells += 1
            r = attrs.get("r")
            ref = _CELL_REF.fullmatch(r) if r is not None else None
            if r is not None and ref is None:
                self._damaged()
            self.col = _column_number(ref.group(1)) if ref else self.col + 1
            if self.cells > EXCEL_MAX_COLUMNS or not 0 < self.col <= EXCEL_MAX_COLUMNS:
                self._damaged()
        elif tag in _VALUES:
            self.in_value = self.row > 0

    def _end(self, tag: str) -> None:
        if tag in _VALUES:
            self.in_value = False

    def _text(self, data: str) -> None:
        if self.in_value and data.strip():
            self.last_value_row = max(self.last_value_row, self.row)
            if self.col > self.max_columns and not self.wide_row:
                self.wide_row = self.row


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main "
_ROW, _CELL, _VALUES = _MAIN + "row", _MAIN + "c", (_MAIN + "v", _MAIN + "t")
_CELL_REF = re.compile(r"([A-Z]{1,3})[0-9]{1,7}")
_ROW_REF = re.compile(r"[0-9]{1,7}")


def _rows_of_workbook(fh, limits: _Limits, last_row: int) -> list[list[str]]:
    import warnings

    from openpyxl import load_workbook

    fh.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(fh, read_only=True, data_only=True, keep_links=False)
    try:
        if not wb.worksheets:
            raise _damaged(limits.name)
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # never trust the sheet's own claim of its size
        out = _Rows(limits)
        for values in ws.iter_rows(max_row=last_row, max_col=limits.max_columns, values_only=True):
            if values.count(None) == len(values):  # empty (also the filler rows of missing ones)
                out.add([])
                continue
            row = out.seen + 1
            out.add([limits.cell(_text(v), row, i) for i, v in enumerate(values, start=1)])
        return out.rows
    finally:
        wb.close()


def _text(value) -> str:
    """A cell value as the clerk sees it in Excel (whole numbers without ``.0``, dates as dd/mm/yyyy)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, _dt.datetime):
        return value.strftime("%d/%m/%Y" if value.time() == _dt.time() else "%d/%m/%Y %H:%M")
    if isinstance(value, _dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M")
    return str(value)


# --- messages -------------------------------------------------------------------------------------------------

def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def column_letter(col: int) -> str:
    """Spreadsheet letters of a 1-based column: 1 → A, 27 → AA."""
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _wrong_type(name: str) -> TableFileError:
    return TableFileError(
        f"Tệp {name} không phải bảng tính Excel (.xlsx) hay tệp CSV; hãy mở bằng Excel và lưu lại dưới dạng "
        ".xlsx hoặc CSV rồi thử lại.",
        f"{name} is not an Excel workbook (.xlsx) or a CSV file; open it in Excel and save it as .xlsx or CSV, "
        "then try again.")


def _damaged(name: str) -> TableFileError:
    return TableFileError(
        f"Tệp {name} bị hỏng hoặc không đúng cấu trúc bảng tính; hãy mở bằng Excel, lưu lại rồi thử lại.",
        f"{name} is damaged or not a well-formed spreadsheet; open it in Excel, save it again, then try again.")


def _too_big_inside(name: str) -> TableFileError:
    return TableFileError(
        f"Tệp {name} chứa dữ liệu nén quá lớn so với một bảng tính thông thường; hãy mở bằng Excel, chỉ giữ "
        "trang cần thiết, lưu lại rồi thử lại.",
        f"{name} unpacks to far more data than a spreadsheet of this kind holds; open it in Excel, keep only "
        "the sheet needed, save it again, then try again.")

"""The bounded table reader: genuine CSV/XLSX files read right, hostile ones stop with a sentence, never a crash."""

from __future__ import annotations

import contextlib
import csv
import io
import tracemalloc
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papi_desktop.exchange.table_reader import TableFileError, read_table

ROSTER = [["Mã trường", "Tên trường", "Đơn vị"],
          ["TH001", "Trường Tiểu học Lê Lợi", "Phường Buôn Ma Thuột"],
          ["TH002", "Trường Tiểu học Nguyễn Trãi", "Xã Ea Kao"]]


def sheet_xml(body: str, dimension: str = "A1:C3") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{body}</sheetData></worksheet>')


def make_xlsx(path, sheet: str, extra: dict[str, str | bytes] | None = None):
    """A minimal workbook written member by member, so tests can plant what Excel never writes."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet,
    }
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def cp1258(text: str) -> bytes:
    """``text`` as Windows Vietnamese writes it: letters precomposed (ư, ơ, ê…), tone marks as combining bytes."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return out


@contextlib.contextmanager
def bounded_memory(limit: int = 60 * 1024 * 1024):
    """Fail if the block allocates more than ``limit`` bytes at its peak (Python allocations, traced)."""
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < limit, f"peak {peak / 1e6:.0f} MB"


def refused(path, **caps) -> TableFileError:
    with pytest.raises(TableFileError) as info:
        read_table(path, **caps)
    err = info.value
    assert err.vi.endswith(".") and err.en.endswith(".") and err.vi != err.en
    return err


def test_genuine_xlsx_gives_nfc_stripped_rows_header_first(tmp_path):
    """An Excel roster comes back as text rows, header first, NFC, trimmed, numbers without ".0"."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Mã trường", "Tên trường", "Đơn vị"])
    ws.append(["  TH001 ", "Trường Tiểu học Le\u0302\u0300 Lợi", "Xã Ea Kao"])  # decomposed "Lề"
    ws.append([])
    ws.append([12.0, 7, None])
    ws.append([None, None, None])
    wb.save(tmp_path / "ds.xlsx")
    rows = read_table(tmp_path / "ds.xlsx")
    assert rows == [["Mã trường", "Tên trường", "Đơn vị"], ["TH001", "Trường Tiểu học Lề Lợi", "Xã Ea Kao"], [],
                    ["12", "7"]]


def test_sheet_claiming_xfd1048576_is_read_in_bounded_memory(tmp_path):
    """A 1 KB workbook whose sheet claims cell XFD1048576 (and has an empty cell there) costs almost nothing."""
    body = "<row r=\"1\">" + inline("A1", "TH001") + "</row>" + '<row r="1048576"><c r="XFD1048576"/></row>'
    path = make_xlsx(tmp_path / "bomb.xlsx", sheet_xml(body, "A1:XFD1048576"))
    assert path.stat().st_size < 5000
    with bounded_memory():
        assert read_table(path) == [["TH001"]]


def test_value_beyond_the_column_cap_stops_with_its_row(tmp_path):
    """A value in column XFD is refused, naming its row, before any wide row is built."""
    body = "<row r=\"1\">" + inline("A1", "x") + "</row><row r=\"7\">" + inline("XFD7", "y") + "</row>"
    err = refused(make_xlsx(tmp_path / "wide.xlsx", sheet_xml(body)))
    assert "Dòng 7" in err.vi and "200 cột" in err.vi


@pytest.mark.parametrize("row", ['r="99999999999"', 'r=" 99999"', 'r="0"'])
def test_row_numbers_beyond_excel_are_damaged(tmp_path, row):
    """A row numbered past Excel's last row or not as a plain number (a filler-row time bomb) is damaged."""
    body = f"<row {row}>" + '<c t="inlineStr"><is><t>x</t></is></c></row>'
    err = refused(make_xlsx(tmp_path / "rows.xlsx", sheet_xml(body)))
    assert "hỏng" in err.vi


def test_value_in_the_last_excel_row_is_too_many_rows_at_once(tmp_path):
    """A value in row 1048576 is "too many rows" from the scan, without making a million filler rows."""
    body = "<row r=\"1\">" + inline("A1", "TH001") + "</row>" + '<row r="1048576">' + inline("A1048576", "x")
    path = make_xlsx(tmp_path / "tall.xlsx", sheet_xml(body + "</row>", "A1:A1048576"))
    with bounded_memory():
        assert "hơn 20000 dòng" in refused(path).vi


def test_too_many_rows_and_too_long_cells_are_named(tmp_path):
    """Caps on rows and cell length stop the read with a sentence naming the cap (CSV and XLSX alike)."""
    path = tmp_path / "ds.csv"
    path.write_text("\n".join(f"TH{i},Trường {i}" for i in range(30)), encoding="utf-8")
    assert "hơn 20 dòng" in refused(path, max_rows=20).vi
    assert len(read_table(path, max_rows=30)) == 30
    body = "<row>" + inline("A1", "x" * 50) + "</row>"
    assert "Ô A1" in refused(make_xlsx(tmp_path / "long.xlsx", sheet_xml(body)), max_cell_chars=10).vi


@pytest.mark.parametrize("text", ["Trường\x01A", "Trường \x1b[2J", "Tổng \x9b2J", "Bien-ban\u202efdp.exe",
                                  "Mã\u2066", "A\uffff"])
def test_control_and_bidi_characters_are_refused_in_xlsx_and_csv(tmp_path, text):
    """Control characters (C0 and C1), bidi overrides/isolates and U+FFFF are refused, naming the cell or line."""
    from xml.sax.saxutils import escape

    esc = "".join(f"&#{ord(ch)};" if ord(ch) < 0x20 else ch for ch in escape(text))
    body = "<row>" + inline("A1", "TH001") + "</row><row>" + inline("B2", esc) + "</row>"
    err = refused(make_xlsx(tmp_path / "ctl.xlsx", sheet_xml(body)))
    if any(ord(ch) < 0x20 or ch == "\uffff" for ch in text):
        assert "hỏng" in err.vi  # XML cannot carry these at all: the sheet is malformed
    else:
        assert "Ô B2" in err.vi and "U+" in err.vi
    csv_path = tmp_path / "ctl.csv"
    csv_path.write_text(f"TH001,A\nTH002,{text}\n", encoding="utf-8")
    err = refused(csv_path)
    assert "Dòng 2" in err.vi and "U+" in err.vi


def test_tab_and_newline_inside_cells_are_kept(tmp_path):
    """Tabs and newlines inside quoted CSV cells are text, not refused (CRLF becomes LF)."""
    path = tmp_path / "ds.csv"
    path.write_bytes('"Mã","Ghi chú"\r\n"TH001","dòng 1\r\ndòng\t2"\r\n'.encode())
    assert read_table(path) == [["Mã", "Ghi chú"], ["TH001", "dòng 1\ndòng\t2"]]


def test_entity_bomb_in_shared_strings_is_refused_quickly(tmp_path):
    """A billion-laughs DOCTYPE in any XML part is refused before a parser expands it."""
    lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">' for i in range(9)
    ) + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol8;</t></si></sst>'
    path = make_xlsx(tmp_path / "lol.xlsx", sheet_xml('<row><c r="A1" t="s"><v>0</v></c></row>'),
                     {"xl/sharedStrings.xml": lol})
    with bounded_memory():
        assert "hỏng" in refused(path).vi


def test_part_declaring_a_huge_size_is_refused_before_reading(tmp_path):
    """A workbook whose parts unpack to far more than a sheet holds (a ZIP bomb) is refused by declared size."""
    path = make_xlsx(tmp_path / "zip.xlsx", sheet_xml("<row>" + inline("A1", "x") + "</row>"),
                     {"xl/styles.xml": b" " * (40 * 1024 * 1024)})
    assert path.stat().st_size < 200_000
    assert "quá lớn" in refused(path).vi


def test_wrong_kinds_of_file_are_named(tmp_path):
    """PDF, old .xls, a Word file, a damaged .xlsx and a cut-off ZIP each get a sentence saying what to do."""
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00\x01" * 100)
    assert "không phải bảng tính" in refused(tmp_path / "a.pdf").vi
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert ".xls" in refused(tmp_path / "old.xls").vi
    with zipfile.ZipFile(tmp_path / "doc.xlsx", "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    assert "không phải bảng tính" in refused(tmp_path / "doc.xlsx").vi
    (tmp_path / "text.xlsx").write_text("TH001,Trường A", encoding="utf-8")
    assert "hỏng" in refused(tmp_path / "text.xlsx").vi
    good = make_xlsx(tmp_path / "good.xlsx", sheet_xml("<row>" + inline("A1", "x") + "</row>")).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(good[: len(good) // 2])
    assert "hỏng" in refused(tmp_path / "cut.xlsx").vi
    assert "Không đọc được" in refused(tmp_path / "missing.csv").vi


@pytest.mark.parametrize(("encoding", "sep"), [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"),
                                               ("cp1258", ";"), ("utf-8", "\t")])
def test_csv_encodings_and_separators(tmp_path, encoding, sep):
    """UTF-8, UTF-8 with BOM, UTF-16 "Unicode Text" and Windows Vietnamese CSV with , ; or tab read the same."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep).writerows([*ROSTER, ["TH003", "Trường Tiểu học Hòa Phú, cơ sở 2", "Xã Hòa Phú"]])
    data = cp1258(buf.getvalue()) if encoding == "cp1258" else buf.getvalue().encode(encoding)
    if encoding == "cp1258":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    (tmp_path / "ds.csv").write_bytes(data)
    rows = read_table(tmp_path / "ds.csv")
    assert rows[:3] == ROSTER
    assert rows[3][1] == "Trường Tiểu học Hòa Phú, cơ sở 2"


def test_unknown_encoding_is_named(tmp_path):
    """Bytes that are neither UTF-8 nor Windows Vietnamese ask the clerk to save as CSV UTF-8."""
    (tmp_path / "ds.csv").write_bytes(b"TH001,\x81\x8a\x8d\x8e\x8f\x90\n")
    assert "CSV UTF-8" in refused(tmp_path / "ds.csv").vi


def test_one_enormous_csv_record_stops_early(tmp_path):
    """A million empty quoted fields in one record stop as too many columns without building the record."""
    (tmp_path / "ds.csv").write_text("Mã,Tên\n" + '"",' * 1_000_000 + "\n", encoding="utf-8")
    with bounded_memory():
        assert "Dòng 2" in refused(tmp_path / "ds.csv").vi


def test_empty_file_gives_no_rows(tmp_path):
    """An empty or blank file is no rows (the caller decides that is an error), not a crash."""
    (tmp_path / "ds.csv").write_bytes(b"")
    (tmp_path / "blank.csv").write_text("\n \n,,\n", encoding="utf-8")
    assert read_table(tmp_path / "ds.csv") == []
    assert read_table(tmp_path / "blank.csv") == []


_cell = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                              blacklist_characters="\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                                   "\u2066\u2067\u2068\u2069\ufffe\uffff\ufeff"), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cell, min_size=1, max_size=5), min_size=1, max_size=8),
       sep=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_fuzz_csv_round_trip(tmp_path, rows, sep, encoding):
    """Any table of plain text written as CSV reads back as the same NFC, trimmed rows."""
    import unicodedata

    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, quoting=csv.QUOTE_ALL).writerows(rows)
    path = tmp_path / "f.csv"
    path.write_bytes(buf.getvalue().encode(encoding))
    expected = [[unicodedata.normalize("NFC", c).strip() for c in r] for r in rows]
    for r in expected:
        while r and not r[-1]:
            r.pop()
    while expected and not expected[-1]:
        expected.pop()
    assert read_table(path) == expected


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_fuzz_arbitrary_bytes_never_crash(tmp_path, data, suffix):
    """Any bytes give rows of strings or a TableFileError — never another exception."""
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    try:
        rows = read_table(path)
    except TableFileError as err:
        assert err.vi and err.en
    else:
        assert all(isinstance(c, str) for r in rows for c in r)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pos=st.integers(min_value=0), byte=st.integers(min_value=0, max_value=255))
def test_fuzz_damaged_workbook_never_crashes(tmp_path, pos, byte):
    """A genuine workbook with one byte changed reads or is refused with a sentence — never another exception."""
    from openpyxl import Workbook

    wb = Workbook()
    for r in ROSTER:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    data = bytearray(buf.getvalue())
    data[pos % len(data)] = byte
    path = tmp_path / "f.xlsx"
    path.write_bytes(bytes(data))
    try:
        rows = read_table(path)
    except TableFileError:
        return
    assert all(isinstance(c, str) for r in rows for c in r)

"""The roster goes through the bounded table reader: hostile or empty lists never change the list held."""

from __future__ import annotations

import pytest

from papi_desktop.errors import ExchangeError
from papi_desktop.exchange import roster
from tests.security.conftest import db_dump as dump


@pytest.fixture
def loaded(office, tmp_path):
    """An office whose roster already holds two schools."""
    (tmp_path / "first.csv").write_text("Mã trường,Tên trường,Đơn vị\nTH001,Trường A,Xã A\nTH002,Trường B,Xã B\n",
                                        encoding="utf-8")
    roster.load_roster(office, tmp_path / "first.csv")
    return office


def refused(office, path) -> ExchangeError:
    before = dump(office)
    with pytest.raises(ExchangeError) as info:
        roster.load_roster(office, path)
    assert dump(office) == before
    return info.value


def test_header_only_roster_never_wipes_the_list(loaded, tmp_path):
    """A list with a header and no school is refused and the roster held stays as it was."""
    (tmp_path / "ds.csv").write_text("Mã trường;Tên trường;Đơn vị\n;;\n", encoding="utf-8")
    assert "không có trường nào" in refused(loaded, tmp_path / "ds.csv").vi
    assert [r[0] for r in roster.missing(loaded)[1]] == ["TH001", "TH002"]


def test_duplicate_codes_are_reported_by_line(loaded, tmp_path):
    """A code listed twice (also in another letter case) is refused, naming the code and both lines."""
    (tmp_path / "ds.csv").write_text("code,name\nTH001,A\nTH003,C\n\nth001,A again\n", encoding="utf-8")
    err = refused(loaded, tmp_path / "ds.csv")
    assert "TH001 ở dòng 2, 5" in err.vi and "TH001 on rows 2, 5" in err.en


def test_utf16_tab_roster_from_excel_unicode_text(office, tmp_path):
    """Excel's "Unicode Text" (UTF-16, tab-separated) loads, codes in upper case."""
    (tmp_path / "ds.txt").write_bytes("Mã trường\tTên trường\tĐơn vị\nth001\tTrường Tiểu học Ơn\tXã Ea Kao\n"
                                      .encode("utf-16"))
    assert roster.load_roster(office, tmp_path / "ds.txt") == 1
    assert roster.missing(office)[1] == [("TH001", "Trường Tiểu học Ơn", "Xã Ea Kao")]


def test_bomb_workbook_roster_is_refused_with_a_sentence(loaded, tmp_path):
    """A roster workbook with a value in column XFD stops with the row named; the list held is unchanged."""
    from tests.security.test_table_reader import inline, make_xlsx, sheet_xml

    body = "<row>" + inline("A1", "TH009") + inline("B1", "Trường X") + "</row><row>" + inline("XFD2", "x") + "</row>"
    err = refused(loaded, make_xlsx(tmp_path / "ds.xlsx", sheet_xml(body, "A1:XFD1048576")))
    assert "Dòng 2" in err.vi


def test_control_characters_in_a_roster_name_are_refused(loaded, tmp_path):
    """An ANSI escape in a school name is refused, naming the line."""
    (tmp_path / "ds.csv").write_text("TH001,Trường \x1b[2JA,X\n", encoding="utf-8")
    assert "Dòng 1" in refused(loaded, tmp_path / "ds.csv").vi


def test_missing_matches_school_codes_whatever_their_case(office, tmp_path, exported):
    """A school that sent its file under a lower-case code is not listed as missing."""
    from papi_desktop.exchange.importer import import_paths

    import_paths(office, exported)
    code = next(a.school_code for a in office.list_assessments() if a.school_year == "2025-2026")
    (tmp_path / "ds.csv").write_text(f"{code.lower()},Trường đã nộp\nTH999,Trường chưa nộp\n", encoding="utf-8")
    roster.load_roster(office, tmp_path / "ds.csv")
    assert [r[0] for r in roster.missing(office, "2025-2026")[1]] == ["TH999"]

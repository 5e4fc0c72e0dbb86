"""XLSX and CSV: expected sheets and rows; CSV with BOM; formulas made inert."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from papi_desktop.exchange.dashboard import dashboard
from papi_desktop.exchange.importer import import_paths
from papi_desktop.exchange.tabular import inert, summary_sheets, write_csv, write_tables


def test_inert_cells():
    """Text starting with = + - @ is prefixed with ' ; other values are unchanged."""
    assert [inert(x) for x in ["=1+1", "+84 912", "-5", "@SUM(A1)", "\t=x", "Đạt", 7, None]] == \
        ["'=1+1", "'+84 912", "'-5", "'@SUM(A1)", "'\t=x", "Đạt", 7, None]


def test_summary_xlsx_has_expected_sheets_and_rows(exported, office, tmp_path):
    """The summary workbook (of every submission) has schools, criteria, actions and what was counted, with one row
    per school / criterion, then the parents' survey's sheets."""
    import_paths(office, exported)
    path = write_tables(tmp_path / "tong-hop.xlsx", summary_sheets(office, school_year="2025-2026",
                                                                   all_submissions=True))
    wb = load_workbook(path)
    assert wb.sheetnames == ["Trường", "Tiêu chí", "Kế hoạch", "Cách tính", "Ý kiến cha mẹ",
                             "Ý kiến cha mẹ theo đơn vị", "Câu hỏi khảo sát"]
    d = dashboard(office, school_year="2025-2026")
    schools = list(wb["Trường"].iter_rows(values_only=True))
    assert schools[0][:3] == ("Mã trường", "Tên trường", "Đơn vị")
    assert [r[0] for r in schools[1:]] == [r.school_code for r in d.rows]
    criteria = list(wb["Tiêu chí"].iter_rows(values_only=True))
    assert [r[0] for r in criteria[1 : 1 + len(d.columns)]] == [c.criterion_id for c in d.columns]
    actions = list(wb["Kế hoạch"].iter_rows(values_only=True))
    n_actions = sum(len(office.list_actions(r.assessment_id)) for r in d.rows)
    assert len(actions) - 1 == n_actions


def test_summary_csv_is_utf8_with_bom(exported, office, tmp_path):
    """The CSV starts with a BOM and keeps Vietnamese letters."""
    import_paths(office, exported)
    path = write_tables(tmp_path / "tong-hop.csv", summary_sheets(office, all_submissions=True))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][1] == "Tên trường" and any("Trường Tiểu học" in r[1] for r in rows[1:])


def test_formula_in_a_school_name_is_inert(tmp_path):
    """A hostile value like =HYPERLINK(...) is written as text in both CSV and XLSX."""
    bad = '=HYPERLINK("http://x","bấm")'
    write_csv(tmp_path / "a.csv", ["Tên"], [[bad]])
    assert tmp_path.joinpath("a.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith("\"'=HYPERLINK")
    write_tables(tmp_path / "a.xlsx", [("S", ["Tên"], [[bad]])])
    cell = load_workbook(tmp_path / "a.xlsx")["S"]["A2"]
    assert cell.data_type == "s" and cell.value == "'" + bad


def test_one_assessment_to_xlsx(source, tmp_path):
    """One assessment exports to a workbook with a row per criterion and its verdict."""
    from papi_desktop.exchange.tabular import assessment_sheets

    a = next(x for x in source.list_assessments() if x.is_final)
    wb = load_workbook(write_tables(tmp_path / "a.xlsx", assessment_sheets(source, a.id)))
    rows = list(wb["Tiêu chí"].iter_rows(values_only=True))
    cat = source.catalogue_of(a)
    assert [r[0] for r in rows[1:]] == [c.id for c in cat.criteria]
    assert {r[3] for r in rows[1:]} <= {"Đạt", "Chưa đạt", "Không áp dụng"}


def test_xlsx_header_is_bold_and_frozen_and_columns_fit(tmp_path):
    """Each sheet's header row is bold and stays in view when scrolling; columns are as wide as their text
    (capped at 60); numbers stay numbers."""
    long_name = "Trường Tiểu học Nguyễn Thị Minh Khai, điểm trường Buôn Ea Nuôl"
    path = write_tables(tmp_path / "t.xlsx", [("Trường", ["Mã", "Tên trường", "Điểm"],
                                               [["TH01", long_name, 87.5], ["TH02", "x" * 90, 60]]),
                                              ("Trống", ["Mã"], [])])
    wb = load_workbook(path)
    ws = wb["Trường"]
    assert ws.freeze_panes == "A2" and all(c.font.b for c in ws[1]) and not ws["A2"].font.b
    assert ws.column_dimensions["B"].width == 60 and ws.column_dimensions["A"].width == 8
    assert list(ws.iter_rows(min_row=2, values_only=True)) == [("TH01", long_name, 87.5), ("TH02", "x" * 90, 60)]
    assert list(wb["Trống"].iter_rows(values_only=True)) == [("Mã",)]

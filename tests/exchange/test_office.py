"""The office's roster, summary PDF, bundle and the command line."""

from __future__ import annotations

import zipfile

import pytest

from papi_desktop.exchange import roster
from papi_desktop.exchange.importer import import_paths
from tests.conftest import run_cli


def test_roster_csv_and_missing(exported, office, tmp_path):
    """Loading the expected schools shows which have not sent a finalised assessment."""
    import_paths(office, exported)
    sent = {a.school_code for a in office.list_assessments() if a.school_year == "2025-2026"}
    some = sorted(sent)[0]
    path = tmp_path / "ds.csv"
    path.write_text(f"Mã trường;Tên trường;Đơn vị\n{some};Trường đã nộp;X\nTH999;Trường Tiểu học Ơn;Y\n",
                    encoding="utf-8-sig")
    assert roster.load_roster(office, path) == 2
    year, missing = roster.missing(office, "2025-2026")
    assert year == "2025-2026" and missing == [("TH999", "Trường Tiểu học Ơn", "Y")]


def test_roster_xlsx_without_header(office, tmp_path):
    """An XLSX list without a header row is read as code, name, unit."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["TH1", "Trường Tiểu học A", "xã B"])
    wb.active.append(["TH2", "Trường Tiểu học Â", "xã B"])
    wb.save(tmp_path / "ds.xlsx")
    assert roster.load_roster(office, tmp_path / "ds.xlsx") == 2
    assert roster.missing(office)[1] == [("TH1", "Trường Tiểu học A", "xã B"), ("TH2", "Trường Tiểu học Â", "xã B")]


def test_roster_rows_without_code_are_named(office, tmp_path):
    """A list with a row lacking a code is refused with the row number."""
    from papi_desktop.errors import ExchangeError

    (tmp_path / "ds.csv").write_text("code,name,unit\n,Trường X,Y\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match="2"):
        roster.load_roster(office, tmp_path / "ds.csv")


def test_summary_pdf_text_and_fonts(exported, office, tmp_path):
    """The summary PDF has the official title, the office and embedded TrueType fonts with Vietnamese text."""
    from pypdf import PdfReader

    from papi_desktop.exchange.summary_pdf import build_summary_pdf, summary_data

    import_paths(office, exported)
    office.set_setting("office", {"name": "Phòng Văn hóa – Xã hội xã Ea Kar", "supervising_body": "UBND xã Ea Kar",
                                  "signer": "Nguyễn Văn Bình", "signer_title": "Trưởng phòng",
                                  "place_name": "Ea Kar", "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]})
    path = build_summary_pdf(summary_data(office, school_year="2025-2026"), tmp_path / "th.pdf", invariant=True)
    reader = PdfReader(path)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for words in ("BÁO CÁO", "Tổng hợp kết quả tự đánh giá", "PHÒNG VĂN HÓA – XÃ HỘI XÃ EA KAR", "Nguyễn Văn Bình",
                  "Kính gửi",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        assert words in text
    fonts = {f["/BaseFont"] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("Serif" in f for f in fonts)
    assert not any(f.lstrip("/") in ("Helvetica", "Times-Roman") for f in fonts)


def test_bundle_zip_holds_files_and_summary(exported, office, tmp_path):
    """The bundle for the next level holds every school's file and the summary, and re-imports cleanly; without
    the office's profile it is refused (its summary report could not be signed) and nothing is written."""
    from papi_desktop.errors import ExchangeError
    from papi_desktop.exchange.bundle import make_bundle
    from papi_desktop.exchange.office import save_office
    from papi_desktop.storage.repository import Repository

    import_paths(office, exported)
    with pytest.raises(ExchangeError, match="papi-desktop office set"):
        make_bundle(office, tmp_path / "gui-so.zip", school_year="2025-2026")
    assert not (tmp_path / "gui-so.zip").exists()
    save_office(office, {"name": "Phòng Văn hóa – Xã hội xã Ea Kar", "supervising_body": "UBND xã Ea Kar",
                         "signer": "Nguyễn Văn Bình", "signer_title": "Trưởng phòng", "place_name": "Ea Kar",
                         "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]})
    n = make_bundle(office, tmp_path / "gui-so.zip", school_year="2025-2026")
    names = zipfile.ZipFile(tmp_path / "gui-so.zip").namelist()
    assert sum(x.startswith("truong/") for x in names) == n > 0
    assert "tong-hop-2025-2026.xlsx" in names and "tong-hop-2025-2026.pdf" in names
    zipfile.ZipFile(tmp_path / "gui-so.zip").extractall(tmp_path / "so")
    with Repository.open(tmp_path / "so.sqlite3") as so:
        assert import_paths(so, [tmp_path / "so"]).count("imported") == n


def test_cli_export_import_exit_codes(source, tmp_path):
    """export --all then import: one line per file, exit 0; a bad file makes exit code 1 with its reason."""
    src = str(source.path)
    r = run_cli("export", "--db", src, "--all", "--out-dir", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    office = str(tmp_path / "office.sqlite3")
    r = run_cli("import", "--db", office, str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("đã nhập:") == len(list((tmp_path / "out").glob("*.papi")))
    (tmp_path / "out" / "hong.papi").write_bytes(b"not a zip")
    r = run_cli("import", "--db", office, str(tmp_path / "out"))
    assert r.returncode == 1 and "từ chối:" in r.stdout and "Traceback" not in r.stdout + r.stderr
    assert "không đổi:" in r.stdout


def test_cli_export_draft_is_a_clear_error(source, tmp_path):
    """Exporting a draft from the command line says to finalise first, in Vietnamese, without a traceback."""
    draft = next(a for a in source.list_assessments() if not a.is_final)
    r = run_cli("export", "--db", str(source.path), "--assessment", draft.id, "--out", str(tmp_path / "x.papi"))
    assert r.returncode == 1 and "chưa hoàn thành" in r.stderr and "Traceback" not in r.stderr


def test_cli_roster_summary(source, tmp_path):
    """roster load/missing and summary work from the command line (English when asked)."""
    office = str(tmp_path / "o.sqlite3")
    run_cli("export", "--db", str(source.path), "--all", "--out-dir", str(tmp_path / "out"))
    run_cli("import", "--db", office, str(tmp_path / "out"))
    (tmp_path / "ds.csv").write_text("code,name,unit\nTH0,Trường Tiểu học Ô,X\n", encoding="utf-8")
    assert run_cli("roster", "--db", office, "load", str(tmp_path / "ds.csv")).returncode == 0
    r = run_cli("roster", "--db", office, "missing", env={"PAPI_LANG": "en"})
    assert r.returncode == 0 and "TH0" in r.stdout and "have not sent" in r.stdout
    r = run_cli("summary", "--db", office, "--out", str(tmp_path / "s.xlsx"))
    assert r.returncode == 0 and (tmp_path / "s.xlsx").stat().st_size > 0


def test_selftest_includes_exchange():
    """`papi-desktop selftest` runs the exchange round trip and reports it OK."""
    r = run_cli("selftest")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "[OK]   exchange:" in r.stdout


def test_exchange_imports_no_qt():
    """The exchange room (and the CLI's use of it) never imports PySide6."""
    import subprocess
    import sys

    code = ("import sys, papi_desktop.exchange.importer, papi_desktop.exchange.dashboard, "
            "papi_desktop.exchange.tabular, papi_desktop.exchange.summary_pdf, papi_desktop.exchange.bundle, "
            "papi_desktop.exchange.commands; print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": "src", "PATH": ""}, cwd=__file__.rsplit("/tests/", 1)[0])
    assert out.stdout.strip() == "False", out.stderr

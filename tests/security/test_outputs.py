"""Outputs: odd characters never break the office's spreadsheets, CSV formulas stay inert in every field, a full
disk leaves no truncated file, and the terminal never receives a control character from a name."""

from __future__ import annotations

import csv
import errno
import io

import pytest

from papi_desktop.errors import ExchangeError
from papi_desktop.exchange.tabular import csv_field, write_csv, write_tables
from tests.conftest import run_cli


@pytest.fixture
def odd_school(demo_repo):
    """The sample data with a school named with U+0001 and U+202E (as data typed or imported before names were
    checked), finalised under that name."""
    a = next(x for x in demo_repo.list_assessments() if x.is_final and x.school_year == "2025-2026")
    demo_repo.reopen(a.id, reason="Đổi tên")
    school = demo_repo.get_school(a.school_code)
    school.name = "Trường\x01 Tiểu học \u202eLê Lợi"
    demo_repo.save_school(school)
    demo_repo.finalise(a.id)
    demo_repo.set_setting("office", {
        "name": "Phòng Văn hóa – Xã hội xã Ea Kar", "supervising_body": "UBND xã Ea Kar", "signer": "Nguyễn Văn Bình",
        "signer_title": "Trưởng phòng", "place_name": "Ea Kar", "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]})
    return demo_repo


def test_control_character_in_a_school_name_does_not_break_summary_or_bundle(odd_school, tmp_path):
    """`summary --out x.xlsx` and `bundle` succeed with a U+0001 in a school name; the cell shows U+FFFD."""
    from openpyxl import load_workbook

    from papi_desktop.exchange.bundle import make_bundle
    from papi_desktop.exchange.tabular import summary_sheets

    out = write_tables(tmp_path / "tong-hop.xlsx", summary_sheets(odd_school, school_year="2025-2026",
                                                                  all_submissions=True))
    names = [r[1] for r in load_workbook(out)["Trường"].iter_rows(min_row=2, values_only=True)]
    assert any("\ufffd" in n for n in names) and not any("\x01" in n or "\u202e" in n for n in names)
    assert make_bundle(odd_school, tmp_path / "gui-so.zip") > 0


def test_formula_starts_are_neutralised_in_every_field_and_after_inner_separators(tmp_path):
    """Cells that Excel splitting on ";" or "," or a line break would see starting with = + - @ are made text,
    and every field is quoted."""
    hostile = ["Trường A;=1+1", "B,+cmd|' /C calc'!A0", "dòng\n@SUM(A1)", "-2+3", "=HYPERLINK(\"x\")", "bình thường"]
    path = write_csv(tmp_path / "a.csv", ["Tên"], [[h] for h in hostile])
    text = path.read_text(encoding="utf-8-sig")
    assert text.startswith('"Tên"\n') and '"bình thường"' in text  # every field quoted
    for sep in (";", ",", "\n"):
        for cell in text.replace('"', "").split(sep):
            assert not cell.strip().startswith(("=", "+", "-", "@")), cell
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["Trường A;'=1+1"] and rows[-1] == ["bình thường"]
    assert csv_field(7) == 7 and csv_field(None) is None


def test_csv_separator_option(exported, tmp_path):
    """`summary --csv-separator ';'` writes fields separated by ";" (Vietnamese Excel's list separator)."""
    db = str(tmp_path / "o.sqlite3")
    run_cli("import", "--db", db, str(exported[0].parent))
    r = run_cli("summary", "--db", db, "--out", str(tmp_path / "s.csv"), "--csv-separator", ";")
    assert r.returncode == 0, r.stderr
    header = (tmp_path / "s.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith('"Mã trường";"Tên trường";')


def test_full_disk_leaves_no_truncated_file_and_no_traceback(demo_repo, tmp_path, monkeypatch, capsys):
    """A disk that fills while the summary is written: a sentence, the earlier file under the real name intact, no
    partial file left — also through the command line (exit 1, no traceback)."""
    from openpyxl import Workbook

    from papi_desktop import cli
    from papi_desktop.exchange.tabular import summary_sheets

    target = tmp_path / "tong-hop.xlsx"
    target.write_bytes(b"ban cu")

    def full(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"PK\x03\x04 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    with pytest.raises(ExchangeError) as err:
        write_tables(target, summary_sheets(demo_repo))
    assert "ổ đĩa đã đầy" in err.value.vi
    assert target.read_bytes() == b"ban cu" and sorted(p.name for p in tmp_path.iterdir()) == [
        "demo.sqlite3", "demo.sqlite3-shm", "demo.sqlite3-wal", "tong-hop.xlsx"]
    demo_repo.close()
    assert cli.main(["summary", "--db", str(demo_repo.path), "--out", str(target)]) == 1
    captured = capsys.readouterr()
    assert "ổ đĩa đã đầy" in captured.err and "Traceback" not in captured.err
    assert target.read_bytes() == b"ban cu"


def test_terminal_never_receives_control_or_bidi_characters(odd_school, tmp_path):
    """ANSI escapes and U+202E (in a file's name or a school's name) are printed escaped: they cannot clear the
    screen, move the cursor over the totals or reverse the text."""
    odd_school.close()
    bad = tmp_path / "x\x1b[2J\x1b[H\u202e.papi"
    bad.write_bytes(b"not a zip")
    r = run_cli("import", "--db", str(tmp_path / "o.sqlite3"), str(bad))
    assert r.returncode == 1 and "\x1b" not in r.stdout and "\u202e" not in r.stdout
    assert "\\u001b[2J" in r.stdout and "\\u202e" in r.stdout and "1 tệp" in r.stdout
    r = run_cli("list", "--db", str(odd_school.path))
    assert "\x01" not in r.stdout and "\u202e" not in r.stdout and "\\u0001" in r.stdout
    r = run_cli("list", "--db", str(odd_school.path), "--json")
    import json

    assert any("\u202e" in row["school_name"] for row in json.loads(r.stdout))  # JSON stays JSON, same text

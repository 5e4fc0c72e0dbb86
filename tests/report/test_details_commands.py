"""The document commands end to end in a subprocess: ``basis``, ``details``, ``office`` and the summary PDF's
refusal without the office's profile."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "d.sqlite3"
    assert run_cli("demo", "--db", str(path), "--schools", "2").returncode == 0
    return str(path)


def _draft(db) -> str:
    rows = json.loads(run_cli("list", "--db", db, "--json").stdout)
    return next(r["id"] for r in rows if r["status"] == "draft" and r["school_code"].endswith("00000"))


def test_basis_is_set_and_shown_per_year(db):
    """``basis set`` stores a year's plan; ``basis show --json`` says where it comes from; an unset year is
    flagged; a bad date is refused with a sentence and exit 1."""
    r = run_cli("basis", "--db", db, "show", "--year", "2025-2026", "--json")
    assert r.returncode == 0 and json.loads(r.stdout) == {"school_year": "2025-2026", "basis": None, "source": None}
    assert "CHƯA GHI" in run_cli("basis", "--db", db).stdout
    r = run_cli("basis", "--db", db, "set", "--year", "2025-2026", "--number", "1234/KH-SGDĐT", "--date",
                "15/08/2025", "--issuer", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", "--title",
                "nâng cao Chỉ số PAPI năm 2025")
    assert r.returncode == 0, r.stderr
    assert "Kế hoạch số 1234/KH-SGDĐT ngày 15/8/2025 của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk" in r.stdout
    shown = json.loads(run_cli("basis", "--db", db, "--year", "2025-2026", "--json").stdout)
    assert shown["source"] == "user" and shown["basis"]["date"] == "2025-08-15"
    known = json.loads(run_cli("basis", "--db", db, "--year", "2022-2023", "--json").stdout)
    assert known["source"] == "default" and "number" not in known["basis"]
    bad = run_cli("basis", "--db", db, "set", "--year", "2025-2026", "--date", "32/13/2025", "--issuer", "Sở",
                  "--title", "x")
    assert bad.returncode == 1 and "không hợp lệ" in bad.stderr and "Traceback" not in bad.stderr
    assert json.loads(run_cli("basis", "--db", db, "--year", "2025-2026", "--json").stdout) == shown


def test_details_set_and_show(db):
    """``details set`` stores the reference date, a cause and a proposal; ``show --json`` gives them with the
    suggestions used where nothing is written; a finalised assessment refuses."""
    aid = _draft(db)
    r = run_cli("details", "--db", db, "--assessment", aid, "--json")
    state = json.loads(r.stdout)
    assert state["reference_date"] is None and state["proposals_written"] is False
    assert state["causes"] and all(not c["written"] for c in state["causes"].values())
    cid = next(iter(state["causes"]))
    r = run_cli("details", "--db", db, "--assessment", aid, "set", "--reference-date", "30/09/2025", "--cause",
                f"{cid}=Thiếu kinh phí.", "--proposal", "so=- Cấp máy lọc nước.", "--json")
    assert r.returncode == 0, r.stderr
    state = json.loads(r.stdout)
    assert state["reference_date"] == "2025-09-30" and state["causes"][cid] == {"text": "Thiếu kinh phí.",
                                                                               "written": True}
    assert state["proposals"]["so"] == "- Cấp máy lọc nước." and state["proposals_written"]
    rows = json.loads(run_cli("list", "--db", db, "--json").stdout)
    final = next(x["id"] for x in rows if x["status"] == "finalised")
    r = run_cli("details", "--db", db, "--assessment", final, "set", "--reference-date", "01/05/2025")
    assert r.returncode == 1 and "Mở lại" in r.stderr


def test_report_of_a_draft_says_what_it_lacks(tmp_path):
    """``report`` of a draft without plan basis and reference date writes the PDF and says both on stderr."""
    db = str(tmp_path / "one.sqlite3")
    assert run_cli("demo", "--db", db, "--schools", "1").returncode == 0
    r = run_cli("report", "--db", db, "--assessment", _draft(db), "--out", str(tmp_path / "b.pdf"))
    assert r.returncode == 0 and (tmp_path / "b.pdf").exists()
    assert "Lưu ý: Chưa ghi căn cứ" in r.stderr and "Lưu ý: Chưa ghi ngày chốt số liệu." in r.stderr


def test_office_profile_and_the_summary_pdf(db, tmp_path):
    """Without the office's profile ``summary --out x.pdf`` refuses with a sentence naming what is missing and
    writes nothing; ``office set`` fills it (``show --json``); then the summary has no placeholder text."""
    from pypdf import PdfReader

    out = tmp_path / "tong-hop.pdf"
    r = run_cli("summary", "--db", db, "--out", str(out))
    assert r.returncode == 1 and not out.exists()
    assert "còn thiếu thông tin của cơ quan (tên cơ quan" in r.stderr and "papi-desktop office set" in r.stderr
    assert json.loads(run_cli("office", "--db", db, "show", "--json").stdout)["complete"] is False
    r = run_cli("office", "--db", db, "set", "--name", "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột", "--parent",
                "UBND phường Buôn Ma Thuột", "--place", "Buôn Ma Thuột", "--signer", "Nguyễn Văn Bình",
                "--signer-title", "TRƯỞNG PHÒNG", "--recipient", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk",
                "--copy-to", "UBND phường Buôn Ma Thuột (để báo cáo)", "--number", "4")
    assert r.returncode == 0, r.stderr
    shown = json.loads(run_cli("office", "--db", db, "show", "--json").stdout)
    assert shown == {"name": "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột", "parent": "UBND phường Buôn Ma Thuột",
                     "place": "Buôn Ma Thuột", "signer": "Nguyễn Văn Bình", "signer_title": "TRƯỞNG PHÒNG",
                     "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"],
                     "copy_to": ["UBND phường Buôn Ma Thuột (để báo cáo)"], "abbreviation": "", "number": 4,
                     "missing": [], "complete": True}
    r = run_cli("summary", "--db", db, "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for placeholder in ("CƠ QUAN TỔNG HỢP", "Số: /", "THỦ TRƯỞNG CƠ QUAN", "BC-CQTH"):
        assert placeholder not in text
    assert "Số: 04/BC-" in text and "Buôn Ma Thuột, ngày" in text and "Nguyễn Văn Bình" in text
    for name in ("x\x07y", "Phòng \u202eGD", "Phòng \x9b31mGD"):  # C0 control, right-to-left override, C1 CSI
        bad = run_cli("office", "--db", db, "set", "--name", name)
        assert bad.returncode == 1 and "ký tự điều khiển" in bad.stderr
    assert json.loads(run_cli("office", "--db", db, "show", "--json").stdout) == shown  # nothing stored

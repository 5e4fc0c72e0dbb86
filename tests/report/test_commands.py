"""``papi-desktop report`` and ``papi-desktop verify`` end to end, in a subprocess."""

from __future__ import annotations

import json

from tests.conftest import run_cli


def _ids(db) -> dict[str, str]:
    rows = json.loads(run_cli("list", "--db", str(db), "--json").stdout)
    draft = next(r for r in rows if r["status"] == "draft" and r["school_code"].endswith("00000"))
    final = next(r for r in rows if r["status"] == "finalised" and r["school_year"] == "2024-2025")
    return {"draft": draft["id"], "final": final["id"], "code": final["verification_code"]}


def test_report_sign_verify_and_tamper(tmp_path, p12_file):
    """report --sign writes a signed PDF; verify exits 0 naming the code; a tampered copy exits 1."""
    db = tmp_path / "d.sqlite3"
    assert run_cli("demo", "--db", str(db), "--schools", "1").returncode == 0
    ids = _ids(db)
    pw = tmp_path / "pw.txt"
    pw.write_text(p12_file[1] + "\n", encoding="utf-8")
    out = tmp_path / "bao cáo.pdf"
    r = run_cli("report", "--db", str(db), "--assessment", ids["final"], "--out", str(out), "--sign",
                str(p12_file[0]), "--password-file", str(pw))
    assert r.returncode == 0, r.stderr
    assert "đã ký số" in r.stdout and out.exists()
    v = run_cli("verify", str(out))
    assert v.returncode == 0, v.stdout + v.stderr
    assert "NGUYÊN VẸN" in v.stdout and ids["code"] in v.stdout and "Traceback" not in v.stderr
    data = bytearray(out.read_bytes())
    data[data.index(b"/Title") + 10] ^= 0x01
    bad = tmp_path / "sua.pdf"
    bad.write_bytes(bytes(data))
    v = run_cli("verify", str(bad))
    assert v.returncode == 1 and "KHÔNG HỢP LỆ" in v.stdout


def test_report_draft_unsigned_and_errors(tmp_path):
    """A draft report is written without signing; verify of an unsigned file exits 1; bad input gives a
    Vietnamese message, never a traceback."""
    db = tmp_path / "d.sqlite3"
    run_cli("demo", "--db", str(db), "--schools", "1")
    ids = _ids(db)
    out = tmp_path / "nhap.pdf"
    r = run_cli("report", "--db", str(db), "--assessment", ids["draft"], "--out", str(out))
    assert r.returncode == 0 and out.stat().st_size > 10_000
    v = run_cli("verify", str(out))
    assert v.returncode == 1 and "chưa được ký" in v.stdout
    r = run_cli("report", "--db", str(db), "--assessment", "khong-co", "--out", str(out))
    assert r.returncode == 1 and "Không có bản tự đánh giá" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("report", "--db", str(db), "--assessment", ids["final"], "--out", str(out), "--sign", "x.p12")
    assert r.returncode == 1 and "--password-file" in r.stderr

"""`show`, `answer` and `check` from outside (a subprocess), as district IT staff would script them."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A database with the sample schools; ``(path, id of a 2025-2026 draft)``."""
    db = tmp_path_factory.mktemp("cli") / "mau.sqlite3"
    assert run_cli("demo", "--db", str(db), "--schools", "3").returncode == 0
    rows = json.loads(run_cli("list", "--db", str(db), "--json").stdout)
    draft = next(r["id"] for r in rows if r["status"] == "draft" and r["school_year"] == "2025-2026")
    final = next(r["id"] for r in rows if r["status"] == "finalised")
    return db, draft, final


def show(db, aid, cid) -> dict:
    got = run_cli("show", "--db", str(db), "--assessment", aid, "--criterion", cid, "--json")
    assert got.returncode == 0, got.stderr
    return json.loads(got.stdout)


def dump(db) -> list:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


def test_answer_then_show_round_trips_the_value_verdict_and_text(sample):
    """A value stored with `answer` comes back from `show` as stored, with its verdict and readable text."""
    db, aid, _final = sample
    value = {"disclosed": "yes", "date": "2025-09-15", "methods": ["niem_yet"]}
    got = run_cli("answer", "--db", str(db), "--assessment", aid, "--criterion", "D2.01", "--json", json.dumps(value))
    assert got.returncode == 0, got.stderr
    assert "Kết quả: Đạt" in got.stdout
    entry = show(db, aid, "D2.01")
    assert set(entry) == {"criterion", "value", "verdict", "messages", "text"}
    assert entry["value"] == value and entry["verdict"] == "met" and entry["messages"] == []
    assert entry["text"] == "Đã công khai ngày 15/09/2025 bằng các hình thức: Niêm yết tại trường."


def test_a_2000_date_is_stored_but_not_met_with_the_reason(sample, tmp_path):
    """10/01/2000 for 2025-2026: stored, "Chưa đạt", and the message names the school year's window."""
    db, aid, _final = sample
    f = tmp_path / "v.json"
    f.write_text(json.dumps({"disclosed": "yes", "date": "2000-01-10", "methods": ["niem_yet"]}), encoding="utf-8")
    got = run_cli("answer", "--db", str(db), "--assessment", aid, "--criterion", "D2.06", "--file", str(f))
    assert got.returncode == 0, got.stderr
    entry = show(db, aid, "D2.06")
    assert entry["verdict"] == "not_met"
    assert entry["messages"][0]["field"] == "date" and not entry["messages"][0]["blocks_finalising"]
    assert "01/07/2025" in entry["messages"][0]["text"]


def test_a_contradiction_shows_in_check_with_its_field(sample):
    """Staff counts that disagree across criteria appear in `check --json` for D4.01, at field tong_so."""
    db, aid, _final = sample
    assert run_cli("answer", "--db", str(db), "--assessment", aid, "--criterion", "D4.01", "--json",
                   '{"tong_so": 9, "da_pho_bien": 9}').returncode == 0
    entries = {e["criterion"]: e for e in json.loads(run_cli("check", "--db", str(db), "--assessment", aid,
                                                             "--json").stdout)}
    d401 = entries["D4.01"]
    assert d401["verdict"] == "not_met"
    assert {m["field"] for m in d401["messages"]} == {"tong_so"}
    assert all(m["blocks_finalising"] for m in d401["messages"])
    assert any("CD.02" in m["text"] for m in d401["messages"])


@pytest.mark.parametrize("value", ['{"tong_so": "chín"}', '{"khong_co": 1}', '[1, 2]', "not json", '{"tong_so": -4}'])
def test_a_refused_value_changes_nothing_and_says_why(sample, value):
    """Wrong type, unknown field, not an object, not JSON, below the minimum: exit 1, one sentence, no change."""
    db, aid, _final = sample
    before = dump(db)
    got = run_cli("answer", "--db", str(db), "--assessment", aid, "--criterion", "D4.01", "--json", value)
    assert got.returncode == 1
    assert got.stderr.startswith("Lỗi: ") and "Traceback" not in got.stderr
    assert dump(db) == before


def test_a_finalised_assessment_refuses_answers(sample):
    """`answer` on a finalised assessment exits 1 with the read-only sentence and changes nothing."""
    db, _draft, final = sample
    before = dump(db)
    got = run_cli("answer", "--db", str(db), "--assessment", final, "--criterion", "D3.01", "--json",
                  '{"choice": "no"}')
    assert got.returncode == 1 and "Mở lại" in got.stderr
    assert dump(db) == before


def test_answer_is_audited_and_keeps_the_note_nfc(sample):
    """A scripted answer is audited with its source; the note is stored in NFC."""
    import sqlite3
    import unicodedata

    db, aid, _final = sample
    note = unicodedata.normalize("NFD", "Biên bản họp hội đồng")
    assert run_cli("answer", "--db", str(db), "--assessment", aid, "--criterion", "D3.01", "--json",
                   '{"choice": "yes"}', "--note", note).returncode == 0
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT note FROM answers WHERE assessment_id = ? AND criterion_id = 'D3.01'",
                              [aid]).fetchone()[0]
        audit = conn.execute("SELECT detail FROM audit WHERE action = 'answer_set' ORDER BY id DESC").fetchone()[0]
    assert stored == unicodedata.normalize("NFC", note)
    assert json.loads(audit) == {"criterion": "D3.01", "source": "cli", "na": False}


def test_readable_lines_in_english(sample):
    """Without --json, `show` and `check` print readable lines in the user's language."""
    db, aid, _final = sample
    got = run_cli("show", "--db", str(db), "--assessment", aid, "--criterion", "TH.01", env={"PAPI_LANG": "en"})
    assert got.returncode == 0 and "Result: " in got.stdout and "Answer: " in got.stdout
    assert "Kết quả" not in got.stdout
    listing = run_cli("check", "--db", str(db), "--assessment", aid, env={"PAPI_LANG": "en"}).stdout
    assert listing.splitlines()[0].startswith("CD.01")

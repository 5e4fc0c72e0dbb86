"""Review at the office and the loop back to the school: decisions, states, receipts, roster, summary, bundle."""

from __future__ import annotations

import json

import pytest

from papi_desktop.exchange import review
from tests.conftest import run_cli

from .conftest import dump


def _refuses(words: str, fn, *args, **kw) -> None:
    """``fn`` raises a PapiError whose Vietnamese sentence holds ``words``."""
    from papi_desktop.errors import PapiError

    with pytest.raises(PapiError) as caught:
        fn(*args, **kw)
    assert words in caught.value.vi, caught.value.vi


def _list(db) -> dict:
    done = run_cli("list", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    return {r["id"]: r for r in json.loads(done.stdout)}


def test_the_whole_loop_works_from_the_command_line(loop, tmp_path):
    """finalise → export → import → return with two notes → receipt → the school reads it → reopen (the reason
    pre-filled) → export r2 → the office sees "resubmitted" → accept → receipt → the school sees "accepted"."""
    school, office, aid = str(loop.school.path), str(loop.office.path), loop.aid
    loop.school.close()
    loop.office.close()

    def ok(*args):
        done = run_cli(*args)
        assert done.returncode == 0, done.stderr + done.stdout
        return done.stdout

    ok("reopen", "--db", school, "--assessment", aid, "--reason", "Sửa số liệu")
    assert "mã xác thực" in ok("finalise", "--db", school, "--assessment", aid)
    ok("export", "--db", school, "--assessment", aid, "--out", str(tmp_path / "r2.papi"))
    ok("import", "--db", office, str(tmp_path / "r2.papi"))
    assert _list(office)[aid]["review"] is None
    ok("review", "--db", office, "--assessment", aid, "return", "--reason", "Thiếu minh chứng",
       "--note", "CD.01", "Ghi rõ số lớp ghép", "--note", "CD.02", "Bổ sung biên bản", "--by", "Trần Thị Hoa")
    assert (_list(office)[aid]["review"], _list(office)[aid]["review_reason"]) == ("returned", "Thiếu minh chứng")
    out = ok("receipt", "--db", office, "--all", "--out-dir", str(tmp_path / "giay-bao"))
    [first] = (tmp_path / "giay-bao").iterdir()
    assert first.name == f"{loop.code}-2025-2026-r2-tra-lai.papi-receipt" and first.name in out
    assert "Đã ghi 0" in ok("receipt", "--db", office, "--all", "--out-dir", str(tmp_path / "lan-hai"))
    shown = ok("import", "--db", school, str(first))
    assert "đã trả lại lần sửa 2" in shown and "2 tiêu chí" in shown
    assert (_list(school)[aid]["review"], _list(school)[aid]["review_reason"]) == ("returned", "Thiếu minh chứng")
    assert "Thiếu minh chứng" in ok("reopen", "--db", school, "--assessment", aid)  # reason from the receipt
    assert _list(school)[aid]["review"] == "returned"
    ok("finalise", "--db", school, "--assessment", aid)
    assert _list(school)[aid]["review"] == "resubmitted"
    ok("export", "--db", school, "--assessment", aid, "--out", str(tmp_path / "r3.papi"))
    ok("import", "--db", office, str(tmp_path / "r3.papi"))
    assert _list(office)[aid]["review"] == "resubmitted"
    assert "đã gửi lại" in ok("review", "--db", office, "list")
    ok("review", "--db", office, "--assessment", aid, "accept")  # the reviewer's name is remembered
    ok("receipt", "--db", office, "--assessment", aid, "--out", str(tmp_path / "tiep-nhan.papi-receipt"))
    assert "đã tiếp nhận lần sửa 3" in ok("import", "--db", school, str(tmp_path / "tiep-nhan.papi-receipt"))
    assert _list(school)[aid]["review"] == "accepted" and _list(office)[aid]["review"] == "accepted"
    history = json.loads(ok("review", "--db", office, "--assessment", aid, "show", "--json"))
    assert [(d["state"], d["revision"], d["reviewer"]) for d in history["decisions"]] == [
        ("returned", 2, "Trần Thị Hoa"), ("accepted", 3, "Trần Thị Hoa")]
    assert history["decisions"][0]["notes"] == {"CD.01": "Ghi rõ số lớp ghép", "CD.02": "Bổ sung biên bản"}


def test_a_refused_receipt_on_the_command_line_exits_1_and_says_why(loop, tmp_path):
    """``import`` of a foreign receipt exits 1 with one line naming the file and the reason."""
    from .loop import variant

    loop.send()
    loop.decide("accepted")
    foreign = variant(loop.receipt(), lambda r: r["school"].update(code="TH00000009"))
    school = str(loop.school.path)
    loop.school.close()
    done = run_cli("import", "--db", school, str(foreign))
    assert done.returncode == 1 and "trường khác" in done.stdout and foreign.name in done.stdout


def test_decisions_are_checked_and_audited(loop):
    """A return needs a reason; notes only name criteria of the catalogue and go with a return; a draft cannot be
    reviewed; the decision is in the audit log with who decided."""
    loop.send()
    _refuses("lý do", loop.decide, "returned", "  ")
    _refuses("ZZ.01", loop.decide, "returned", "Thiếu", {"ZZ.01": "?"})
    _refuses("khi trả lại", loop.decide, "accepted", notes={"CD.01": "Tốt"})
    _refuses("U+202E", loop.decide, "returned", "Thiếu \u202eminh chứng")
    draft = next(a for a in loop.school.list_assessments() if not a.is_final)
    _refuses("đã hoàn thành", review.decide, loop.school, draft.id, "accepted", reviewer="Hoa")
    d = loop.decide("returned", " Thiếu minh chứng ", {"CD.01": "Ghi rõ", "CD.02": ""})
    assert (d["reason"], d["notes"], d["reviewer"]) == ("Thiếu minh chứng", {"CD.01": "Ghi rõ"}, "Trần Thị Hoa")
    [entry] = [e for e in loop.office.audit_log(loop.aid) if e.action == "review_returned"]
    assert entry.actor == "Trần Thị Hoa" and entry.detail["reason"] == "Thiếu minh chứng"


def test_states_follow_decisions_and_new_revisions(loop):
    """Not reviewed → returned → a newer revision arrives: resubmitted (back to review) → accepted; a decision
    is about the revision held when it was taken."""
    loop.send()
    assert review.office_state(loop.office, loop.aid) == (None, "")
    loop.decide("returned", "Thiếu minh chứng")
    assert review.office_state(loop.office, loop.aid) == ("returned", "Thiếu minh chứng")
    loop.resubmit()
    assert review.office_state(loop.office, loop.aid)[0] == "resubmitted"
    _refuses("đã gửi lại", loop.receipt)
    loop.decide("accepted")
    assert review.office_state(loop.office, loop.aid)[0] == "accepted"
    assert [d["revision"] for d in loop.office.review_history(loop.aid)] == [1, 2]


def test_the_school_sees_the_verdict_and_the_notes(loop):
    """After reading a return the school holds the office's reason and its notes per criterion; a reopening
    starts from the returned revision with the reason offered."""
    r = loop.returned_and_read({"CD.01": "Ghi rõ số lớp", "CD.03": "Thêm ảnh"})
    assert r.result == "applied" and "đã trả lại lần sửa 1" in r.vi
    a = loop.school.get_assessment(loop.aid)
    receipt = review.returned_receipt(loop.school, a)
    assert receipt["notes"] == {"CD.01": "Ghi rõ số lớp", "CD.03": "Thêm ảnh"}
    assert "Thiếu minh chứng" in review.reopen_reason(receipt)
    assert review.school_state(a, receipt) == "returned"


def test_a_receipt_needs_the_offices_name(loop):
    """Without the office's name no receipt is written (it would not say who answers)."""
    loop.send()
    loop.decide("accepted")
    loop.office.set_setting("office", {})
    _refuses("tên cơ quan", loop.receipt)


def test_old_data_files_still_import_and_start_unreviewed(exported, office):
    """Data files made before review existed import as before; every submission starts "not reviewed" and the
    roster says "awaiting review"."""
    from papi_desktop.exchange.importer import import_paths

    assert import_paths(office, exported).ok
    assert all(state is None for state, _ in (review.office_state(office, a.id) for a in office.list_assessments()))
    _year, rows = review.roster_status(office, "2025-2026")
    assert rows and {s for *_x, s in rows} == {"pending"}  # no roster yet: the schools that sent
    codes = sorted({a.school_code for a in office.list_assessments() if a.school_year == "2025-2026"})
    office.db["roster"].insert_all([{"code": c, "name": c, "unit": "", "sort_key": c, "loaded_at": "x"}
                                    for c in [*codes, "TH00000000"]])
    _year, rows = review.roster_status(office, "2025-2026")
    assert {s for *_x, s in rows} == {"pending", "not_sent"}
    assert [s for c, *_x, s in rows if c == "TH00000000"] == ["not_sent"]


def test_the_roster_gives_every_status(loop):
    """The roster's status per school moves through not sent, awaiting review, returned, resubmitted and
    accepted."""
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.writer import export_all

    codes = sorted({a.school_code for a in loop.school.list_assessments()})
    loop.office.db["roster"].insert_all([{"code": c, "name": c, "unit": "", "sort_key": c, "loaded_at": "x"}
                                         for c in codes])

    def status() -> dict:
        return {c: s for c, _n, _u, s in review.roster_status(loop.office, "2025-2026")[1]}

    assert set(status().values()) == {"not_sent"}
    import_paths(loop.office, export_all(loop.school, loop.tmp / "tat-ca", school_year="2025-2026"))
    other = next(a for a in loop.office.list_assessments() if a.id != loop.aid and a.school_year == "2025-2026")
    assert status()[loop.code] == status()[other.school_code] == "pending"
    assert "not_sent" in status().values()  # the schools whose 2025-2026 assessment is still a draft
    loop.decide("returned", "Thiếu")
    review.decide(loop.office, other.id, "accepted", reviewer="Hoa")
    assert (status()[loop.code], status()[other.school_code]) == ("returned", "accepted")
    loop.resubmit()
    assert status()[loop.code] == "resubmitted"


def test_the_summary_counts_accepted_submissions_unless_asked(loop):
    """The summary's numbers are over the accepted submissions and its text says so; asked for all, it counts
    every submission received and says that instead."""
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.summary_data import summary_data
    from papi_desktop.exchange.summary_pdf import counting_sentence
    from papi_desktop.exchange.tabular import summary_sheets
    from papi_desktop.exchange.writer import export_all

    import_paths(loop.office, export_all(loop.school, loop.tmp / "tat-ca", school_year="2025-2026"))
    loop.decide("accepted")
    accepted = summary_data(loop.office, school_year="2025-2026")
    everything = summary_data(loop.office, school_year="2025-2026", all_submissions=True)
    assert accepted["submitted"] == 1 and everything["submitted"] == everything["received"] > 1
    assert [s["code"] for s in accepted["schools"]] == [loop.code]
    assert "chỉ tổng hợp 1 bản đã được tiếp nhận" in counting_sentence(accepted)
    assert f"tất cả {everything['received']} bản" in counting_sentence(everything)
    sheets = dict((t, (h, rows)) for t, h, rows in summary_sheets(loop.office, school_year="2025-2026"))
    assert [r[0] for r in sheets["Trường"][1]] == [loop.code] and sheets["Trường"][1][0][-1] == "đã tiếp nhận"
    assert ["Tổng hợp", "Chỉ các bản đã tiếp nhận"] in sheets["Cách tính"][1]


def test_the_summary_pdf_says_what_it_counts(loop, tmp_path):
    """The PDF's first section names the review states and which submissions it sums up."""
    from pypdf import PdfReader

    from papi_desktop.exchange.summary_pdf import write_summary_pdf

    loop.send()
    loop.decide("returned", "Thiếu minh chứng")
    path = write_summary_pdf(loop.office, tmp_path / "th.pdf", school_year="2025-2026")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "1 bản trả lại" in text and "chỉ tổng hợp 0 bản đã được tiếp nhận" in text


def test_the_bundle_carries_the_receipts_and_the_next_level_shows_them(loop, tmp_path):
    """The office's bundle holds each reviewed submission's receipt; the Sở imports the folder and records the
    office's verdict for that school, while its own review starts from "not reviewed"."""
    from papi_desktop.exchange.bundle import make_bundle
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.receipt_import import import_receipts, split_receipts
    from papi_desktop.storage.repository import Repository

    loop.send()
    loop.decide("accepted", "Đầy đủ")
    make_bundle(loop.office, tmp_path / "gui-so", school_year="2025-2026")
    receipts = sorted((tmp_path / "gui-so" / "tiep-nhan").iterdir())
    assert [p.name for p in receipts] == [f"{loop.code}-2025-2026-r1-tiep-nhan.papi-receipt"]
    with Repository.open(tmp_path / "so.sqlite3") as so:
        found, rest = split_receipts([tmp_path / "gui-so"])
        assert found == receipts
        assert import_paths(so, rest).ok
        [r] = import_receipts(so, found)
        assert r.result == "applied" and "đã tiếp nhận lần sửa 1 của trường" in r.vi and loop.code in r.vi
        assert so.newest_receipt(loop.aid)["office_name"] == loop.office.get_setting("office")["name"]
        assert review.office_state(so, loop.aid) == (None, "")
        before = dump(so)
        assert import_receipts(so, found)[0].result == "unchanged"
        assert dump(so) == before


def test_review_states_and_receipts_survive_a_backup_and_restore(loop, tmp_path):
    """The office's decisions and the school's receipts are restored from a backup like the rest of the data."""
    from papi_desktop.storage.backup import make_backup
    from papi_desktop.storage.repository import Repository
    from papi_desktop.storage.restore import restore_backup

    loop.returned_and_read({"CD.01": "Ghi rõ"})
    saved = [(repo.path, make_backup(repo.db.conn, repo.path, "manual").path) for repo in (loop.office, loop.school)]
    loop.close()
    for db, backup in saved:
        with Repository.open(db) as repo, repo.transaction():  # the decisions and receipts lost since
            repo.db.execute("DELETE FROM reviews")
            repo.db.execute("DELETE FROM receipts")
        with Repository.open(db) as repo:
            assert not repo.review_states() and repo.newest_receipt(loop.aid) is None
        restore_backup(db, backup)
    with Repository.open(saved[0][0]) as office, Repository.open(saved[1][0]) as school:
        assert review.office_state(office, loop.aid) == ("returned", "Thiếu minh chứng")
        assert school.newest_receipt(loop.aid)["notes"] == {"CD.01": "Ghi rõ"}
    loop.school = Repository.open(saved[1][0])
    loop.office = Repository.open(saved[0][0])

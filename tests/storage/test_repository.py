"""The repository: migrations, transactions, NFC, finalise/reopen, audit, attachments."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from papi_desktop.core.model import Action, Answer, Campus, School
from papi_desktop.errors import NewerDatabaseError, ReadOnlyError, StorageError, ValidationError
from papi_desktop.storage.database import open_database
from papi_desktop.storage.repository import Repository


def make_school(repo, code="TH01", name="Trường Tiểu học Lê Lợi"):
    return repo.save_school(School(code=code, name=name, campuses=[Campus("chinh", "Điểm chính", True)]))


def tables(db) -> dict[str, list]:
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
    return {n: db.execute(f"SELECT * FROM [{n}] ORDER BY 1").fetchall() for n in sorted(names)}


def test_migrations_create_schema_from_empty_file(tmp_path):
    """A new file gets every table, WAL journal and foreign keys on."""
    db = open_database(tmp_path / "new.sqlite3")
    names = set(db.table_names())
    assert {"schools", "assessments", "answers", "attachments", "blobs", "actions", "audit", "settings"} <= names
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()
    # opening again applies nothing new and keeps the data
    again = open_database(tmp_path / "new.sqlite3")
    assert set(again.table_names()) == names


def test_newer_database_is_refused(tmp_path):
    """A database written by a newer app version is refused with a clear message."""
    path = tmp_path / "newer.sqlite3"
    db = open_database(path)
    db["_sqlite_migrations"].insert({"migration_set": "papi_desktop", "name": "m999_future", "applied_at": "x"})
    db.close()
    with pytest.raises(NewerDatabaseError) as err:
        open_database(path)
    assert "phiên bản mới hơn" in err.value.vi


def test_foreign_file_is_refused(tmp_path):
    """A file that is not a database gives a StorageError, not a crash."""
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n" + b"x" * 5000)
    with pytest.raises(StorageError, match=r"damaged|hỏng"):
        Repository.open(path)


def test_text_is_stored_in_nfc(repo):
    """Decomposed (NFD) input is stored composed (NFC) — names, answers and notes."""
    nfd = unicodedata.normalize("NFD", "Trường Tiểu học Đoàn Thị Điểm")
    make_school(repo, name=nfd)
    assert repo.get_school("TH01").name == unicodedata.normalize("NFC", nfd)
    a = repo.create_assessment(school_code="TH01", school_year="2025-2026")
    cid = repo.catalogue_of(a).criteria[1].id
    repo.save_answer(a.id, Answer(cid, {"choice": "yes"}, note=unicodedata.normalize("NFD", "Có biên bản")))
    note = repo.db.execute("SELECT note FROM answers").fetchone()[0]
    assert unicodedata.is_normalized("NFC", note) and note == "Có biên bản"


def test_failed_write_rolls_back_everything(repo):
    """When a step inside a transaction fails, nothing of it is kept."""
    make_school(repo)
    before = tables(repo.db)
    with pytest.raises(RuntimeError), repo.transaction():
        repo.db["schools"].insert({"code": "X", "name": "X", "profile": "{}", "updated_at": "t"})
        repo.audit("something")
        raise RuntimeError("power cut")
    assert tables(repo.db) == before


def test_save_answer_failure_keeps_previous_answer(repo):
    """An invalid criterion id is refused and the earlier answer stays."""
    make_school(repo)
    a = repo.create_assessment(school_code="TH01", school_year="2025-2026")
    cid = repo.catalogue_of(a).criteria[1].id
    repo.save_answer(a.id, Answer(cid, {"choice": "no"}))
    with pytest.raises(Exception, match=r"X\.99"):
        repo.save_answer(a.id, Answer("X.99", {"choice": "yes"}))
    assert repo.get_answers(a.id)[cid].value == {"choice": "no"}


def test_one_assessment_per_school_year(repo):
    """A second assessment of the same school year is refused; a bad year format too."""
    make_school(repo)
    repo.create_assessment(school_code="TH01", school_year="2025-2026")
    with pytest.raises(ValidationError, match="2025-2026"):
        repo.create_assessment(school_code="TH01", school_year="2025-2026")
    with pytest.raises(ValidationError):
        repo.create_assessment(school_code="TH01", school_year="2025-2027")


def test_copy_from_last_year_marks_answers_for_recheck(repo):
    """Starting a new year from last year copies the answers, each marked for re-checking."""
    make_school(repo)
    old = repo.create_assessment(school_code="TH01", school_year="2024-2025")
    cid = "D3.01"
    repo.save_answer(old.id, Answer(cid, {"choice": "yes"}))
    repo.save_answer(old.id, Answer("D1.02", {"tong_so": 30, "da_pho_bien": 30}))
    new = repo.create_assessment(school_code="TH01", school_year="2025-2026", copy_from=old.id)
    assert (repo.catalogue_of(old).version, repo.catalogue_of(new).version) == ("2025.1", "2026.1")
    copied = repo.get_answers(new.id)
    assert copied[cid].value == {"choice": "yes"} and copied[cid].needs_recheck
    # D1.02 became CD.02 in 2026.1: the answer follows it
    assert copied["CD.02"].value == {"tong_so": 30, "da_pho_bien": 30} and "D1.02" not in copied
    assert any("kiểm tra lại" in msg for _, msg in repo.missing_for_finalise(new.id))


def test_finalise_blocked_lists_missing(repo):
    """Finalising an incomplete assessment is refused and says which criteria are missing."""
    make_school(repo)
    a = repo.create_assessment(school_code="TH01", school_year="2025-2026")
    with pytest.raises(ValidationError) as err:
        repo.finalise(a.id)
    assert repo.catalogue_of(a).criteria[0].id in err.value.vi
    assert repo.get_assessment(a.id).status == "draft"


def test_finalise_reopen_cycle_with_audit(demo_repo):
    """A finalised assessment is read-only; reopening needs a reason, makes revision 2 and is audited."""
    repo = demo_repo
    a = next(x for x in repo.list_assessments() if x.is_final)
    cid = repo.catalogue_of(a).criteria[0].id
    with pytest.raises(ReadOnlyError):
        repo.save_answer(a.id, Answer(cid, {}))
    with pytest.raises(ValidationError):
        repo.reopen(a.id, reason="  ")
    reopened = repo.reopen(a.id, reason="Sửa số phòng học")
    assert reopened.revision == a.revision + 1 and reopened.status == "draft"
    assert repo.list_revisions(a.id)[0]["content_hash"] == a.content_hash
    entry = repo.audit_log(a.id)[-1]
    assert entry.action == "assessment_reopened" and entry.detail["reason"] == "Sửa số phòng học"
    again = repo.finalise(a.id)
    assert again.is_final and again.revision == a.revision + 1


def test_audit_log_is_append_only(demo_repo):
    """The database refuses to change or delete audit entries."""
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        demo_repo.db.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        demo_repo.db.execute("UPDATE audit SET action = 'x'")


def test_finalised_content_keeps_school_profile_of_its_time(demo_repo):
    """Changing the school's receiving office later does not change a finalised assessment's content hash."""
    repo = demo_repo
    a = next(x for x in repo.list_assessments() if x.is_final)
    before = repo.snapshot(a.id)
    school = repo.get_school(a.school_code)
    school.receiving_offices = ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]
    repo.save_school(school)
    after = repo.snapshot(a.id)
    assert after["content_hash"] == before["content_hash"] == a.content_hash
    assert after["verification_code"] == before["verification_code"]


def test_attachments_are_deduplicated_and_removable(repo, tmp_path):
    """The same photo added twice is stored once; removing both frees the stored copy."""
    make_school(repo)
    a = repo.create_assessment(school_code="TH01", school_year="2025-2026")
    photo = tmp_path / "ảnh phòng học.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"1" * 1000)
    cid = repo.catalogue_of(a).criteria[0].id
    t1 = repo.add_attachment(a.id, cid, photo)
    t2 = repo.add_attachment(a.id, cid, photo)
    assert t1.sha256 == t2.sha256 and repo.db["blobs"].count == 1
    assert repo.attachment_bytes(t1.sha256) == photo.read_bytes()
    repo.remove_attachment(t1.id)
    repo.remove_attachment(t2.id)
    assert repo.db["blobs"].count == 0


def test_missing_attachment_file_gives_clear_error(repo, tmp_path):
    """Adding a file that no longer exists is refused with its name."""
    make_school(repo)
    a = repo.create_assessment(school_code="TH01", school_year="2025-2026")
    with pytest.raises(StorageError, match=r"biên bản\.pdf"):
        repo.add_attachment(a.id, "TH.01", tmp_path / "biên bản.pdf")


def test_actions_validate_and_delete_draft(repo):
    """An action needs a description; deleting a draft removes its answers and actions."""
    make_school(repo)
    a = repo.create_assessment(school_code="TH01", school_year="2025-2026")
    with pytest.raises(ValidationError):
        repo.save_action(Action(None, a.id, what="  "))
    act = repo.save_action(Action(None, a.id, what="Sửa nhà vệ sinh", who="Kế toán", due="2026-03-01"))
    assert act.id and act.status == "planned"
    repo.delete_assessment(a.id)
    assert repo.db["actions"].count == 0 and repo.list_assessments() == []


def test_profile_changes_carry_into_the_drafts_profile_answers(repo):
    """When the profile's teachers go from 18 to 19, a draft's TH.06 that said 18 says 19 (audited); one that said
    17 keeps 17 (its check then flags it)."""
    school = make_school(repo)
    school.stats = {"classes": 12, "pupils": 380, "teachers": 18, "staff": 6}
    repo.save_school(school)
    a = repo.create_assessment(school_code="TH01", school_year="2025-2026")
    repo.save_answers(a.id, [Answer("TH.06", {"tong_gv": 18, "dat_chuan_dao_tao": 18, "xep_loai_dat": 18}),
                             Answer("TH.05", {"tong_gv": 17, "so_cam_ket": 17, "so_vi_pham": 0,
                                              "truong_day_them_van_hoa": "no"})])
    school.stats = {**school.stats, "teachers": 19}
    repo.save_school(school)
    got = repo.get_answers(a.id)
    assert got["TH.06"].value["tong_gv"] == 19 and got["TH.06"].value["xep_loai_dat"] == 18
    assert got["TH.05"].value["tong_gv"] == 17
    assert [e.detail for e in repo.audit_log(a.id) if e.action == "answers_follow_profile"] == [
        {"criteria": ["TH.06"]}]

"""The parents' forms are part of what the school declares: a draft's content carries them, finalising freezes
them into the content hash (the verification code), and an assessment finalised before the survey travelled keeps
its content and code."""

from __future__ import annotations

import pytest

from papi_desktop.core.snapshot import canonical_json, content_hash
from papi_desktop.core.survey import MAX_FORMS, YES, SurveyForm, results_json, survey_member
from papi_desktop.errors import ValidationError
from tests.exchange.test_format_v2 import complete


@pytest.fixture
def draft(demo_repo):
    """(repo, the sample school's 2025-2026 draft, completed so it can be finalised; it has its sample forms)."""
    a = next(x for x in demo_repo.list_assessments() if not x.is_final and x.school_code.endswith("00000"))
    complete(demo_repo, a)
    return demo_repo, a


def test_a_drafts_content_carries_its_forms_and_follows_them(draft):
    """The draft's content has the member "survey" with every form; a new form changes the content hash."""
    repo, a = draft
    forms = repo.list_survey_forms(a.id)
    content = repo.canonical(a.id)
    assert content["survey"] == survey_member(repo.survey_questionnaire(a.id), forms)
    before = content_hash(content)
    repo.save_survey_forms(a.id, [SurveyForm(campus=forms[0].campus, class_label="5A", answers={"lop_hoc": YES})])
    assert content_hash(repo.canonical(a.id)) != before


def test_finalising_freezes_the_forms_into_the_hash_and_the_report(draft):
    """After finalising, the content hash (and so the verification code) covers the forms, and the snapshot's
    survey results are those of the stored forms."""
    repo, a = draft
    repo.finalise(a.id)
    final = repo.get_assessment(a.id)
    content = repo.canonical(a.id)
    assert len(content["survey"]["forms"]) == len(repo.list_survey_forms(a.id))
    assert final.content_hash == content_hash(content)
    assert repo.snapshot(a.id)["survey"] == results_json(repo.survey_results(a.id))
    without = {k: v for k, v in content.items() if k != "survey"}
    assert content_hash(without) != final.content_hash


def test_an_assessment_finalised_before_the_survey_travelled_keeps_its_hash(draft, monkeypatch):
    """Finalised the old way (forms stored but not in the content), the assessment keeps the content, hash and
    verification code it was finalised with; reopened and finalised again, its forms join the content."""
    repo, a = draft
    monkeypatch.setattr(type(repo), "_freeze_survey", lambda self, aid: None)  # what the app did before
    monkeypatch.setattr(type(repo), "survey_content", lambda self, a: None)
    repo.finalise(a.id)
    old = repo.get_assessment(a.id)
    monkeypatch.undo()
    content = repo.canonical(a.id)
    assert "survey" not in content and content_hash(content) == old.content_hash
    assert repo.snapshot(a.id)["verification_code"] and repo.snapshot(a.id)["survey"] is None
    repo.reopen(a.id, reason="Đưa phiếu khảo sát vào")
    repo.finalise(a.id)
    assert "survey" in repo.canonical(a.id)
    assert repo.get_assessment(a.id).content_hash == content_hash(repo.canonical(a.id))


def test_an_assessment_without_forms_has_the_bytes_it_had_before(draft):
    """With every form deleted the content has no member "survey": the bytes of a content without a survey."""
    repo, a = draft
    repo.delete_survey_forms(a.id, [f.id for f in repo.list_survey_forms(a.id)])
    assert b'"survey"' not in canonical_json(repo.canonical(a.id))


def test_more_forms_than_an_assessment_may_hold_are_refused(draft, monkeypatch):
    """The cap on forms per assessment (the data file's limit) is enforced when forms are added; nothing is
    stored."""
    import papi_desktop.core.survey as store  # the repository reads the cap from the survey core when it writes

    repo, a = draft
    held = len(repo.list_survey_forms(a.id))
    assert held < MAX_FORMS
    monkeypatch.setattr(store, "MAX_FORMS", held + 1)
    campus = repo.list_survey_forms(a.id)[0].campus
    with pytest.raises(ValidationError) as exc:
        repo.save_survey_forms(a.id, [SurveyForm(campus=campus, answers={"lop_hoc": YES})] * 2)
    assert "tối đa" in exc.value.vi
    assert len(repo.list_survey_forms(a.id)) == held
    repo.save_survey_forms(a.id, [SurveyForm(campus=campus, answers={"lop_hoc": YES})])


def test_entering_forms_marks_the_summary_row_stale(draft):
    """A form entered in a draft makes its summary (and survey summary) row be recomputed."""
    from papi_desktop.exchange.aggregate import sync_summary

    repo, a = draft
    sync_summary(repo)
    campus = repo.list_survey_forms(a.id)[0].campus
    repo.save_survey_forms(a.id, [SurveyForm(campus=campus, answers={"lop_hoc": YES})])
    assert sync_summary(repo) == 1
    forms = repo.db.execute("SELECT forms FROM survey_summary WHERE assessment_id = ?", [a.id]).fetchone()[0]
    assert forms == len(repo.list_survey_forms(a.id))


def test_a_database_of_the_previous_version_keeps_every_finalised_hash(tmp_path, monkeypatch):
    """A file written before m009_survey_office (sample data with surveys, finalised while forms stayed out of
    the content) opens: every finalised assessment keeps its hash and its forms stay out of its content, drafts
    carry theirs, and the office's survey summary table is added."""
    import sqlite3

    from papi_desktop.demo import make_demo
    from papi_desktop.storage.repository import Repository

    path = tmp_path / "cu.sqlite3"
    with Repository.open(path) as repo, monkeypatch.context() as old:
        old.setattr(Repository, "_freeze_survey", lambda self, aid: None)
        old.setattr(Repository, "survey_content", lambda self, a: None)
        make_demo(repo, schools=4, seed=1)
        hashes = {a.id: a.content_hash for a in repo.list_assessments() if a.is_final}
    with sqlite3.connect(path) as conn:  # back to the previous schema
        conn.execute("DROP TABLE survey_summary")
        conn.execute("ALTER TABLE survey DROP COLUMN in_content")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_survey_office'")
    conn.close()
    with Repository.open(path) as repo:
        assert "survey_summary" in repo.db.table_names()
        for a in repo.list_assessments():
            content = repo.canonical(a.id)
            if a.is_final:
                assert content_hash(content) == hashes[a.id] and "survey" not in content
            elif a.school_year == "2025-2026":
                assert content["survey"]["forms"]
        assert len(hashes) >= 2 and any(repo.list_survey_forms(aid) for aid in hashes)


def test_a_restored_backup_recomputes_the_survey_summary(tmp_path):
    """The office's survey summary is derived: a backup whose rows were forged (another share, no gap) is restored
    without them, and they are recomputed from the forms; forms with bad JSON refuse the backup."""
    import shutil
    import sqlite3

    from papi_desktop.demo import make_demo
    from papi_desktop.errors import BackupError
    from papi_desktop.exchange.aggregate import sync_summary
    from papi_desktop.storage.backup import make_backup
    from papi_desktop.storage.repository import Repository
    from papi_desktop.storage.restore import restore_backup

    db = tmp_path / "papi.sqlite3"
    with Repository.open(db) as repo:
        make_demo(repo, schools=2, seed=3)
        sync_summary(repo)
        true_rows = sorted(repo.db.execute("SELECT * FROM survey_summary").fetchall())
        backup = make_backup(repo.db.conn, repo.path, "manual", out=tmp_path / "backup.sqlite3").path
    assert true_rows
    bad_json = shutil.copyfile(backup, tmp_path / "bad.sqlite3")
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE survey_summary SET counts = '{\"lop_hoc\": [999, 0, 0]}', gaps = '[]', largest_gap = 0")
    conn.close()
    restore_backup(db, backup)
    with Repository.open(db) as repo:
        sync_summary(repo)
        assert sorted(repo.db.execute("SELECT * FROM survey_summary").fetchall()) == true_rows
    with sqlite3.connect(bad_json) as conn:
        conn.execute("UPDATE survey_forms SET answers = '{\"lop_hoc\": \"yes\", \"lop_hoc\": \"no\"}' "
                     "WHERE rowid = (SELECT min(rowid) FROM survey_forms)")
    conn.close()
    with pytest.raises(BackupError):
        restore_backup(db, bad_json)

"""Survey forms in the repository: one transaction and one audit entry per write, checked, anonymous, read-only
once the assessment is finalised, a loaded file never counted twice."""

from __future__ import annotations

import pytest

from papi_desktop.core.model import Campus, School
from papi_desktop.core.survey import DONT_KNOW, NO, YES, SurveyForm
from papi_desktop.errors import ReadOnlyError, SurveyError, ValidationError
from papi_desktop.storage.database import open_database


def dump(repo) -> dict:
    names = [r[0] for r in repo.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: sorted(map(repr, repo.db.execute(f"SELECT * FROM [{n}]").fetchall())) for n in names}


@pytest.fixture
def draft(repo):
    """(repo, assessment id) of a two-campus school's draft."""
    repo.save_school(School(code="TH01", name="Trường Tiểu học Lê Lợi", abbreviation="THLL",
                            campuses=[Campus("chinh", "Điểm trường chính", True),
                                      Campus("ea-nuol", "Điểm trường Buôn Ea Nuôl")]))
    return repo, repo.create_assessment(school_code="TH01", school_year="2025-2026").id


def test_a_new_database_has_the_survey_tables(tmp_path):
    """Migration m006_survey creates the survey's tables in a new file."""
    db = open_database(tmp_path / "new.sqlite3")
    assert {"survey", "survey_forms", "survey_files"} <= set(db.table_names())
    db.close()


def test_saved_forms_get_ids_batch_codes_and_clean_class_labels(draft):
    """A form is stored with its class ("lớp 3a" → "3A"), campus, batch code and the day it was entered."""
    repo, aid = draft
    (form,) = repo.save_survey_forms(aid, [SurveyForm(class_label=" lớp  3a ", campus="chinh",
                                                      answers={"lop_hoc": YES, "ca_ba": "", "danh_gia": "kha"})])
    (stored,) = repo.list_survey_forms(aid)
    assert stored == form and form.id is not None
    assert (stored.class_label, stored.batch, stored.answers) == ("3A", "THLL-2526-3A", {"lop_hoc": YES,
                                                                                        "danh_gia": "kha"})
    assert stored.entered_on == repo.clock()[:10]


def test_the_first_form_records_the_questionnaire_it_answers(draft):
    """Id, version and SHA-256 of the questionnaire are kept with the forms; altered content is then refused."""
    repo, aid = draft
    repo.save_survey_forms(aid, [SurveyForm(campus="chinh", answers={"lop_hoc": YES})])
    q = repo.survey_questionnaire(aid)
    row = repo.db.execute("SELECT survey_id, survey_version, survey_sha256 FROM survey").fetchone()
    assert row == (q.survey_id, q.version, q.sha256)
    repo.db.execute("UPDATE survey SET survey_sha256 = ?", ["0" * 64])
    with pytest.raises(SurveyError):
        repo.survey_questionnaire(aid)


@pytest.mark.parametrize("form, words", [
    (SurveyForm(campus="chinh", answers={"ho_ten": "Nguyễn Văn A"}), "không có trong phiếu"),
    (SurveyForm(campus="chinh", answers={"lop_hoc": "maybe"}), "không hợp lệ"),
    (SurveyForm(campus="chinh", answers={"danh_gia": YES}), "không hợp lệ"),
    (SurveyForm(campus="buon-moi", answers={"lop_hoc": YES}), "Điểm trường «buon-moi»"),
    (SurveyForm(campus="", answers={"lop_hoc": YES}), "chưa ghi điểm trường"),
    (SurveyForm(campus="chinh", class_label="3A\x1b[31m", answers={"lop_hoc": NO}), "ký tự không hợp lệ"),
    (SurveyForm(campus="chinh", class_label="Lớp ba A của cô Hoa", answers={"lop_hoc": NO}), "dài quá"),
])
def test_a_wrong_form_is_refused_and_nothing_is_stored(draft, form, words):
    """Unknown questions (no name can be slipped in), invalid answers, unknown campuses and bad class names are
    refused — together with the good forms of the same call."""
    repo, aid = draft
    before = dump(repo)
    good = SurveyForm(campus="chinh", answers={"lop_hoc": YES})
    with pytest.raises(ValidationError) as info:
        repo.save_survey_forms(aid, [good, form])
    assert words in info.value.vi
    assert dump(repo) == before


def test_every_write_is_audited(draft):
    """Adding, changing and deleting forms each leave one entry in the audit log."""
    repo, aid = draft
    (form,) = repo.save_survey_forms(aid, [SurveyForm(campus="chinh", answers={"lop_hoc": YES})])
    form.answers["lop_hoc"] = DONT_KNOW
    repo.save_survey_forms(aid, [form])
    repo.delete_survey_forms(aid, [form.id])
    actions = [(e.action, e.detail) for e in repo.audit_log(aid) if e.action.startswith("survey")]
    assert actions == [("survey_forms_saved", {"added": 1, "changed": []}),
                       ("survey_forms_saved", {"added": 0, "changed": [form.id]}),
                       ("survey_forms_deleted", {"forms": [form.id]})]
    assert repo.list_survey_forms(aid) == []


def test_forms_of_a_finalised_assessment_are_read_only(demo_repo):
    """Once the self-assessment is final its survey cannot change (reopen it first), and nothing is written."""
    final = next(a for a in demo_repo.list_assessments() if a.is_final)
    code = demo_repo.school_for(final).campuses[0].code
    before = dump(demo_repo)
    with pytest.raises(ReadOnlyError):
        demo_repo.save_survey_forms(final.id, [SurveyForm(campus=code, answers={"lop_hoc": YES})])
    with pytest.raises(ReadOnlyError):
        demo_repo.add_survey_file(final.id, [SurveyForm(campus=code, answers={"lop_hoc": YES})],
                                  file_name="x.csv", file_sha256="a" * 64)
    assert dump(demo_repo) == before


def test_a_file_is_never_loaded_twice(draft):
    """The same content (by SHA-256) offered again is refused with the time it was loaded; nothing changes."""
    repo, aid = draft
    forms = [SurveyForm(class_label="4B", campus="ea-nuol", answers={"nuoc_uong": NO})] * 3
    added = repo.add_survey_file(aid, forms, file_name="lop-4b.csv", file_sha256="b" * 64)
    assert len(added) == 3 and {f.source for f in repo.list_survey_forms(aid)} == {"lop-4b.csv"}
    assert repo.survey_files(aid)[0] | {"loaded_at": ""} == {"file_name": "lop-4b.csv", "file_sha256": "b" * 64,
                                                            "forms": 3, "loaded_at": ""}
    before = dump(repo)
    with pytest.raises(SurveyError) as info:
        repo.add_survey_file(aid, forms, file_name="lop-4b (2).xlsx", file_sha256="b" * 64)
    assert "đã được nạp" in info.value.vi and "hai lần" in info.value.vi
    assert dump(repo) == before


def test_deleting_a_draft_deletes_its_survey(draft):
    """No form outlives its assessment."""
    repo, aid = draft
    repo.add_survey_file(aid, [SurveyForm(campus="chinh", answers={"lop_hoc": YES})], file_name="a.csv",
                         file_sha256="c" * 64)
    repo.delete_assessment(aid)
    assert [repo.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in
            ("survey", "survey_forms", "survey_files")] == [0, 0, 0]


def test_results_follow_the_principals_current_answers(draft):
    """Repository.survey_results judges with the stored answers: TH.04 "yes" while parents say no → a gap;
    answered "no" instead → no gap."""
    from papi_desktop.core.model import Answer

    repo, aid = draft
    repo.save_survey_forms(aid, [SurveyForm(campus="chinh", answers={"ca_ba": NO}) for _ in range(4)])
    repo.save_answer(aid, Answer("TH.04", {"choice": "yes"}))
    assert [g.criterion for g in repo.survey_results(aid).gaps] == ["TH.04"]
    repo.save_answer(aid, Answer("TH.04", {"choice": "no"}))
    assert repo.survey_results(aid).gaps == ()

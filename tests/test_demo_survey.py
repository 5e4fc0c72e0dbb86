"""Sample survey forms for the sample data: reproducible, plausible, never doubled, showing one gap."""

from __future__ import annotations

from papi_desktop.demo import make_demo
from papi_desktop.demo_survey import fill_sample_survey
from papi_desktop.storage.repository import Repository


def _draft(repo):
    return next(a for a in repo.list_assessments() if not a.is_final and a.school_code.endswith("00000"))


def test_sample_forms_are_reproducible_and_never_doubled(tmp_path):
    """The same seed gives the same forms in two databases (the sample data fills them itself); a second call adds
    nothing."""
    answers = []
    for name in ("a", "b"):
        with Repository.open(tmp_path / f"{name}.sqlite3") as repo:
            make_demo(repo, schools=1, seed=1)
            draft = _draft(repo)
            assert len(repo.list_survey_forms(draft.id)) > 50
            assert fill_sample_survey(repo, draft.id, seed=1) == 0
            answers.append([(f.campus, f.class_label, f.answers) for f in repo.list_survey_forms(draft.id)])
    assert answers[0] == answers[1]


def test_the_sample_data_carries_surveys_except_the_year_before_the_app_had_one(demo_repo):
    """Every 2025-2026 sample assessment, draft or finalised, has forms (the finalised ones in their content);
    school 0's 2024-2025 assessment has none, as a file from before the survey."""
    for a in demo_repo.list_assessments():
        content = demo_repo.canonical(a.id)
        if a.school_year == "2024-2025":
            assert "survey" not in content and not demo_repo.list_survey_forms(a.id)
        else:
            assert len(content["survey"]["forms"]) == len(demo_repo.list_survey_forms(a.id)) > 50


def test_sample_forms_look_like_a_real_return(demo_repo):
    """Every campus sends forms, classes are school classes, some answers are "không biết" or blank, and the
    sample shows a gap between a met criterion and the parents."""
    draft = _draft(demo_repo)
    results = demo_repo.survey_results(draft.id)
    campuses = {c.code for c in demo_repo.school_for(draft).campuses}
    assert {code for code, _g in results.campuses} == campuses
    assert all(label[0] in "12345" for _c, label, _n in results.classes)
    q = results.school.questions[0]
    assert q.dont_know > 0 and q.blank > 0
    assert any(g.verdict == "met" for g in results.gaps)

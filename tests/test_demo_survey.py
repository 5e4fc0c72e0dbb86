"""Sample survey forms for the sample data: reproducible, plausible, never doubled, showing one gap."""

from __future__ import annotations

from papi_desktop.demo import make_demo
from papi_desktop.demo_survey import fill_sample_survey
from papi_desktop.storage.repository import Repository


def _draft(repo):
    return next(a for a in repo.list_assessments() if not a.is_final and a.school_code.endswith("00000"))


def test_sample_forms_are_reproducible_and_never_doubled(tmp_path):
    """The same seed gives the same forms in two databases; a second call adds nothing."""
    answers = []
    for name in ("a", "b"):
        with Repository.open(tmp_path / f"{name}.sqlite3") as repo:
            make_demo(repo, schools=1, seed=1)
            draft = _draft(repo)
            added = fill_sample_survey(repo, draft.id, seed=1)
            assert added > 50 and fill_sample_survey(repo, draft.id, seed=1) == 0
            answers.append([(f.campus, f.class_label, f.answers) for f in repo.list_survey_forms(draft.id)])
    assert answers[0] == answers[1]


def test_sample_forms_look_like_a_real_return(demo_repo):
    """Every campus sends forms, classes are school classes, some answers are "không biết" or blank, and the
    sample shows a gap between a met criterion and the parents."""
    draft = _draft(demo_repo)
    fill_sample_survey(demo_repo, draft.id)
    results = demo_repo.survey_results(draft.id)
    campuses = {c.code for c in demo_repo.school_for(draft).campuses}
    assert {code for code, _g in results.campuses} == campuses
    assert all(label[0] in "12345" for _c, label, _n in results.classes)
    q = results.school.questions[0]
    assert q.dont_know > 0 and q.blank > 0
    assert any(g.verdict == "met" for g in results.gaps)

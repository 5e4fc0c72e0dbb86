"""Sample parents' survey forms for the sample data (called by :mod:`papi_desktop.demo`; reproducible).

The forms of an assessment depend only on ``(seed, school code, school year)``. Parents mostly say "yes" where the
principal's verdict is "Đạt" and mostly "no" where it is "Chưa đạt"; for one criterion the school marked met the
parents disagree, so the sample shows what a gap looks like. About 6 % of answers are "không biết" and 3 % are
left blank, as on real returned forms.
"""

from __future__ import annotations

import random

from papi_desktop.core.model import School
from papi_desktop.core.scoring import MET, Evaluation
from papi_desktop.core.survey import DONT_KNOW, NO, YES, Questionnaire, SurveyForm


def _classes(school: School, rng: random.Random) -> list[tuple[str, str]]:
    """``(campus code, class label)`` of the classes sent forms: satellites hold two or three lower grades."""
    total = max(len(school.campuses), min(30, school.stats.get("classes", 12)))
    satellites = [c.code for c in school.campuses if not c.is_main]
    main = next((c.code for c in school.campuses if c.is_main), school.campuses[0].code if school.campuses else "")
    out = []
    for k, code in enumerate(satellites):
        out += [(code, f"{grade}{chr(ord('C') + k)}") for grade in range(1, rng.randint(3, 4))]
    here = max(5, total - len(out))
    letters = "AB" if here > 5 else "A"
    out += [(main, f"{grade}{letter}") for letter in letters for grade in range(1, 6)][:here]
    return out


def sample_forms(questionnaire: Questionnaire, school: School, evaluations: dict[str, Evaluation],
                 rng: random.Random) -> list[SurveyForm]:
    """Plausible returned forms for every class of ``school`` (pure: no database)."""
    linked_met = sorted({cid for q in questionnaire.yes_no_questions() for cid in q.criteria
                         if cid in evaluations and evaluations[cid].verdict == MET})
    disputed = rng.choice(linked_met) if linked_met else None
    pupils_per_class = max(15, school.stats.get("pupils", 350) // max(1, school.stats.get("classes", 12)))
    forms = []
    for campus, label in _classes(school, rng):
        for _ in range(int(pupils_per_class * rng.uniform(0.6, 0.9))):
            answers = {}
            for q in questionnaire.questions:
                roll = rng.random()
                if roll < 0.03:
                    continue
                if not q.is_yes_no:
                    answers[q.id] = rng.choices([o.key for o in q.options],
                                                weights=[5, 3, 1.5, 0.5, 0.3, 0.2, 0.1, 0.1, 0.1][:len(q.options)])[0]
                elif roll < 0.09:
                    answers[q.id] = DONT_KNOW
                else:
                    met = all(evaluations[c].verdict == MET for c in q.criteria if c in evaluations)
                    p_yes = 0.35 if disputed in q.criteria else (0.88 if met else 0.3)
                    answers[q.id] = YES if rng.random() < p_yes else NO
            forms.append(SurveyForm(class_label=label, campus=campus, answers=answers))
    return forms


def fill_sample_survey(repo, assessment_id: str, *, seed: int = 1) -> int:
    """Add sample forms to a draft assessment (in one transaction); returns how many. Adds nothing when the
    assessment already has forms, so calling it twice does not double them."""
    if repo.list_survey_forms(assessment_id):
        return 0
    a = repo.get_assessment(assessment_id)
    _catalogue, school, evaluations = repo.evaluations(a)
    rng = random.Random(f"survey-{seed}-{a.school_code}-{a.school_year}")
    forms = sample_forms(repo.survey_questionnaire(assessment_id), school, evaluations, rng)
    return len(repo.save_survey_forms(assessment_id, forms))

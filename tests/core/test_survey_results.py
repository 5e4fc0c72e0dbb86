"""Survey results: counts, the share of "yes" with its 95 % Wilson interval, per campus, and the gaps between the
principal's verdicts and the parents — against values worked out by hand."""

from __future__ import annotations

import json
import math

import pytest

from papi_desktop.core.catalogue import default_catalogue
from papi_desktop.core.model import Answer
from papi_desktop.core.scoring import MET, NA, NOT_MET, Evaluation, evaluate_all
from papi_desktop.core.survey import (
    DONT_KNOW,
    NO,
    YES,
    SurveyForm,
    default_questionnaire,
    parse_questionnaire,
    results_json,
    survey_results,
    wilson,
)
from papi_desktop.resources import resource_path

Z = 1.96


def forms_with(answers: list[str | None], question: str = "lop_hoc", campus: str = "chinh") -> list[SurveyForm]:
    return [SurveyForm(class_label="3A", campus=campus, answers={question: a} if a else {}) for a in answers]


def on_the_wilson_boundary(p_hat: float, n: int, p: float) -> bool:
    """Independent check: a Wilson endpoint p solves (p̂ − p)² = z²·p(1 − p)/n."""
    return math.isclose((p_hat - p) ** 2, Z * Z * p * (1 - p) / n, abs_tol=1e-12)


def test_wilson_interval_of_7_out_of_10_matches_the_hand_computation():
    """n = 10, 7 yes → p = 0.7; z² = 3.8416; centre = 0.7 + 3.8416/20 = 0.89208;
    spread = 1.96·√(0.21/10 + 3.8416/400) = 1.96·√0.030604 = 0.342883; denominator = 1 + 3.8416/10 = 1.38416;
    → ((0.89208 − 0.342883)/1.38416, (0.89208 + 0.342883)/1.38416) = (0.3968, 0.8922)."""
    low, high = wilson(7, 10)
    assert (round(low, 4), round(high, 4)) == (0.3968, 0.8922)
    assert on_the_wilson_boundary(0.7, 10, low) and on_the_wilson_boundary(0.7, 10, high)


def test_wilson_interval_stays_inside_zero_and_one_when_all_or_none_say_yes():
    """n = 5, all yes: low = 1/(1 + 3.8416/5) = 1/1.76832 = 0.5655, high = 1; all no: (0, 1 − 0.5655 = 0.4345);
    n = 0 has no interval at all."""
    low, high = wilson(5, 5)
    assert (round(low, 4), high) == (0.5655, 1.0)
    low, high = wilson(0, 5)
    assert (low, round(high, 4)) == (0.0, 0.4345)
    assert wilson(0, 0) is None


def test_counts_share_and_interval_leave_dont_know_and_blanks_out_of_the_share():
    """13 forms: 7 yes, 3 no, 2 don't know, 1 blank → answered = 10, share 0.7, interval (0.3968, 0.8922)."""
    forms = forms_with([YES] * 7 + [NO] * 3 + [DONT_KNOW] * 2 + [None])
    r = survey_results(default_questionnaire(), forms).school.questions[0]
    assert (r.id, r.forms, r.yes, r.no, r.dont_know, r.blank, r.answered) == ("lop_hoc", 13, 7, 3, 2, 1, 10)
    assert r.share_yes == pytest.approx(0.7)
    assert tuple(round(x, 4) for x in r.interval) == (0.3968, 0.8922)


def test_a_question_nobody_answered_has_no_share():
    """n = 0 (only "không biết" and blanks): no share, no interval — never a division by zero."""
    r = survey_results(default_questionnaire(), forms_with([DONT_KNOW, None])).school.questions[0]
    assert (r.answered, r.share_yes, r.interval) == (0, None, None)
    empty = survey_results(default_questionnaire(), [])
    assert empty.forms == 0 and empty.school.questions[0].share_yes is None and empty.gaps == ()


def test_results_per_campus_and_forms_per_class():
    """Each campus gets its own counts (school order first), and forms are counted per class."""
    forms = forms_with([YES, YES, NO]) + forms_with([NO, NO], campus="diem-1")
    forms[0].class_label = "1A"
    results = survey_results(default_questionnaire(), forms, campus_codes=["chinh", "diem-1", "diem-2"])
    by_campus = dict(results.campuses)
    assert list(by_campus) == ["chinh", "diem-1"]  # a campus without forms has no results
    assert (by_campus["chinh"].questions[0].yes, by_campus["chinh"].questions[0].no) == (2, 1)
    assert (by_campus["diem-1"].questions[0].yes, by_campus["diem-1"].questions[0].no) == (0, 2)
    assert results.classes == (("chinh", "1A", 1), ("chinh", "3A", 2), ("diem-1", "3A", 2))


def test_choice_questions_count_each_option():
    """Travel time and the overall rating are counted per option, in printed order."""
    forms = [SurveyForm(answers={"danh_gia": k}) for k in ("tot", "tot", "kem")] + [SurveyForm()]
    rating = next(c for c in survey_results(default_questionnaire(), forms).school.choices if c.id == "danh_gia")
    assert [(k, n) for k, _label, n in rating.counts] == [("tot", 2), ("kha", 0), ("trung_binh", 0), ("kem", 1)]
    assert (rating.forms, rating.answered) == (4, 3)


def test_gaps_are_met_criteria_most_parents_deny_and_unmet_ones_most_confirm():
    """TH.01 met, 3 of 10 say yes (0.3 < 0.5) → gap; TH.04 not met, 8 of 10 yes → gap; TH.02 met, 5 of 10
    (exactly half) → no gap; TH.03 not applicable → never a gap. The larger disagreement comes first."""
    forms = [SurveyForm(answers={"lop_hoc": YES if i < 3 else NO, "ca_ba": YES if i < 8 else NO,
                                 "nha_ve_sinh": YES if i < 5 else NO, "nuoc_uong": NO}) for i in range(10)]
    evaluations = {"TH.01": Evaluation("TH.01", MET, 1.0), "TH.04": Evaluation("TH.04", NOT_MET, 0.0),
                   "TH.02": Evaluation("TH.02", MET, 1.0), "TH.03": Evaluation("TH.03", NA, 0.0)}
    gaps = survey_results(default_questionnaire(), forms, default_catalogue(), evaluations).gaps
    assert [(g.criterion, g.verdict, g.share_yes) for g in gaps] == [("TH.04", NOT_MET, 0.8), ("TH.01", MET, 0.3)]
    assert gaps[1].text.vi == default_catalogue().criterion("TH.01").text.vi


def test_a_criterion_asked_by_two_questions_pools_their_answers(raw_questionnaire):
    """Two questions linked to TH.07: 1 yes + 3 no and 0 yes + 2 no → 1 of 6 say yes, 0.1667 < 0.5 → gap."""
    raw_questionnaire["questions"][7]["criteria"] = ["TH.07"]
    raw_questionnaire["questions"][6]["criteria"] = ["TH.07"]
    q = parse_questionnaire(raw_questionnaire)
    forms = ([SurveyForm(answers={"phan_hoi": a}) for a in (YES, NO, NO, NO)]
             + [SurveyForm(answers={"su_pham": a}) for a in (NO, NO)])
    (gap,) = survey_results(q, forms, default_catalogue(), {"TH.07": Evaluation("TH.07", MET, 1.0)}).gaps
    assert (gap.yes, gap.answered, round(gap.share_yes, 4)) == (1, 6, 0.1667)
    assert set(gap.questions) == {"su_pham", "phan_hoi"}


def test_verdicts_from_evaluate_all_drive_the_gaps():
    """With the real scoring: TH.04 answered "yes" (no third shift, met) while 9 of 10 parents say no → gap."""
    cat = default_catalogue()
    evaluations = evaluate_all(cat, {"TH.04": Answer("TH.04", {"choice": "yes"})}, ["chinh"], "2025-2026")
    forms = forms_with([YES] + [NO] * 9, question="ca_ba")
    (gap,) = survey_results(default_questionnaire(), forms, cat, evaluations).gaps
    assert (gap.criterion, gap.verdict, gap.share_yes) == ("TH.04", MET, 0.1)


def test_json_has_the_fields_the_command_promises():
    """forms, questions (id, text, criteria, answered, yes, no, dont_know, share_yes, ci_low, ci_high), gaps."""
    forms = forms_with([YES] * 7 + [NO] * 3)
    evaluations = {"TH.01": Evaluation("TH.01", NOT_MET, 0.0)}
    out = json.loads(json.dumps(results_json(survey_results(default_questionnaire(), forms, default_catalogue(),
                                                            evaluations))))
    assert out["forms"] == 10
    first = out["questions"][0]
    assert {k: first[k] for k in ("id", "criteria", "answered", "yes", "no", "dont_know", "share_yes", "ci_low",
                                  "ci_high")} == {"id": "lop_hoc", "criteria": ["TH.01"], "answered": 10, "yes": 7,
                                                  "no": 3, "dont_know": 0, "share_yes": 0.7, "ci_low": 0.3968,
                                                  "ci_high": 0.8922}
    assert first["text"].startswith("Phòng học")
    gap = out["gaps"][0]
    assert (gap["criterion"], gap["verdict"], gap["share_yes"]) == ("TH.01", "not_met", 0.7)


@pytest.fixture
def raw_questionnaire():
    return json.loads(resource_path("surveys", "cha-me-tieu-hoc.json").read_text(encoding="utf-8"))

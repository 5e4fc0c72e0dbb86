"""Verdicts per criterion and scores per dimension, as the principal sees them."""

from __future__ import annotations

import pytest

from papi_desktop.core.catalogue import default_catalogue
from papi_desktop.core.model import Answer
from papi_desktop.core.scoring import MET, NA, NOT_MET, UNANSWERED, evaluate, evaluate_all, score


@pytest.fixture(scope="module")
def cat():
    return default_catalogue()


def first(cat, model, per_campus=None):
    for c in cat.criteria:
        if c.answer.model == model and (per_campus is None or c.answer.per_campus == per_campus):
            return c
    raise AssertionError(f"no {model} criterion")


def test_yes_no_partly_verdicts(cat):
    """Yes is met, partly and no are not met, nothing chosen is unanswered."""
    c = first(cat, "yes_no_partly")
    assert evaluate(c, Answer(c.id, {"choice": "yes"})).verdict == MET
    assert evaluate(c, Answer(c.id, {"choice": "partly"})).verdict == NOT_MET
    assert evaluate(c, Answer(c.id, {"choice": "partly"})).credit == 0.5
    assert evaluate(c, Answer(c.id, {"choice": "no"})).verdict == NOT_MET
    assert evaluate(c, Answer(c.id, {})).verdict == UNANSWERED
    assert evaluate(c, None).verdict == UNANSWERED


def test_classroom_counts_derive_the_verdict():
    """All rooms solid at every campus is met; one temporary room at one campus is not met."""
    c = default_catalogue().criterion("TH.01")
    good = {"tong_phong": 10, "kien_co": 10, "ban_kien_co": 0, "tam": 0, "thue_muon": 0}
    bad = {"tong_phong": 4, "kien_co": 3, "ban_kien_co": 0, "tam": 1, "thue_muon": 0}
    assert evaluate(c, Answer(c.id, {"campuses": {"a": good, "b": good}}), ["a", "b"]).verdict == MET
    assert evaluate(c, Answer(c.id, {"campuses": {"a": good, "b": bad}}), ["a", "b"]).verdict == NOT_MET


def test_missing_campus_leaves_criterion_unanswered():
    """A per-campus criterion answered for only one of two campuses is still unanswered."""
    c = default_catalogue().criterion("TH.01")
    good = {"tong_phong": 10, "kien_co": 10, "ban_kien_co": 0, "tam": 0, "thue_muon": 0}
    ev = evaluate(c, Answer(c.id, {"campuses": {"a": good}}), ["a", "b"])
    assert ev.verdict == UNANSWERED
    assert any(m.startswith("b:") for m in ev.missing)


def test_impossible_counts_give_validation_messages():
    """More solid rooms than rooms in total is reported in Vietnamese, naming the campus."""
    c = default_catalogue().criterion("TH.01")
    wrong = {"tong_phong": 5, "kien_co": 8, "ban_kien_co": 0, "tam": 0}
    ev = evaluate(c, Answer(c.id, {"campuses": {"chinh": wrong}}), ["chinh"])
    messages = [p.message.vi for p in ev.problems]
    assert any("kiên cố" in m and "tổng số phòng" in m for m in messages)
    assert all(p.campus == "chinh" for p in ev.problems)


def test_negative_and_fractional_counts_are_problems():
    """A negative or fractional count is flagged as invalid."""
    c = default_catalogue().criterion("TH.01")
    ev = evaluate(c, Answer(c.id, {"campuses": {"x": {"tong_phong": -1, "kien_co": 1.5, "ban_kien_co": 0,
                                                        "tam": 0}}}), ["x"])
    texts = " ".join(p.message.en for p in ev.problems)
    assert "below 0" in texts and "whole number" in texts


def test_not_applicable_needs_a_reason(cat):
    """'Không áp dụng' without a reason stays unanswered; with a reason it is not applicable."""
    c = next(c for c in cat.criteria if c.answer.allow_na)
    assert evaluate(c, Answer(c.id, na=True)).verdict == UNANSWERED
    assert evaluate(c, Answer(c.id, na=True, na_reason="Trường không có điểm lẻ")).verdict == NA


def test_disclosure_deadline():
    """In the released 2025.1 catalogue a disclosure after its deadline (30/6 of the school year's end) is not met
    and says why."""
    from papi_desktop.core.catalogue import catalogue_for

    cat = catalogue_for("papi-tieu-hoc", "2025.1")
    c = next(c for c in cat.criteria if c.answer.model == "disclosure" and c.answer.deadline)
    m = c.answer.methods[0].key
    on_time = Answer(c.id, {"disclosed": "yes", "date": "2025-09-20", "methods": [m]})
    late = Answer(c.id, {"disclosed": "yes", "date": "2026-07-15", "methods": [m]})
    undated = Answer(c.id, {"disclosed": "yes", "methods": [m]})
    assert evaluate(c, on_time, school_year="2025-2026").verdict == MET
    ev = evaluate(c, late, school_year="2025-2026")
    assert ev.verdict == NOT_MET and "30/06/2026" in ev.reasons[0].message.vi
    assert evaluate(c, undated, school_year="2025-2026").verdict == UNANSWERED
    assert evaluate(c, Answer(c.id, {"disclosed": "no"})).verdict == NOT_MET


def test_scores_follow_weights_and_leave_out_not_applicable(cat):
    """Dimension score = 10 × met weight / applicable weight; 'không áp dụng' is left out, not counted as 0."""
    yes_only = {c.id: Answer(c.id, {"choice": "yes"}) for c in cat.criteria if c.answer.model == "yes_no_partly"}
    s = score(cat, evaluate_all(cat, yes_only))
    for dim in cat.dimensions:
        crit = cat.criteria_of(dim.id)
        met = sum(c.weight for c in crit if c.id in yes_only)
        assert s.dimensions[dim.id] == round(10 * met / sum(c.weight for c in crit), 2)
    assert s.overall == round(sum(s.dimensions.values()) / len(s.dimensions), 2)
    # a "không áp dụng" criterion leaves the denominator instead of counting as 0
    na_crit = next(c for c in cat.criteria if c.answer.allow_na and c.id not in yes_only
                   and any(o.id in yes_only for o in cat.criteria_of(c.dimension)))
    answers = dict(yes_only)
    answers[na_crit.id] = Answer(na_crit.id, na=True, na_reason="Không có nội dung này")
    crit = cat.criteria_of(na_crit.dimension)
    met = sum(c.weight for c in crit if c.id in yes_only)
    applicable = sum(c.weight for c in crit) - na_crit.weight
    with_na = score(cat, evaluate_all(cat, answers)).dimensions[na_crit.dimension]
    assert with_na == round(10 * met / applicable, 2)
    assert with_na > s.dimensions[na_crit.dimension]


def test_unanswered_counts_as_zero(cat):
    """An empty assessment scores 0 in every dimension."""
    s = score(cat, evaluate_all(cat, {}))
    assert set(s.dimensions.values()) == {0.0}
    assert s.overall == 0.0
    assert s.counts[UNANSWERED] == len(cat.criteria)

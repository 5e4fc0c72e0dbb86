"""Verdicts and scores — pure functions of the catalogue, the answers and the school. The public face of
:mod:`papi_desktop.core.answers` (the rule engine and the answer models).

How a verdict is derived (per criterion):

* **not applicable** (``na``): the principal marked "không áp dụng" with a reason and the criterion allows it.
* **unanswered**: no answer, or a required part is missing (a field of any campus, the date of a disclosure,
  the reason of a "không áp dụng").
* **met / not met**: by the answer model (see each module of :mod:`papi_desktop.core.answers`). A criterion with
  a problem — an invalid value or a failing consistency check (against other criteria or the school profile) —
  is never met.

Credit: met = 1, "partly" = 0.5, anything else = 0.

Scores (0–10, two decimals):

* group score = 10 × Σ(weight × credit) / Σ(weight) over the group's criteria that are not "not applicable"
  (unanswered criteria count as 0, so a draft's score only rises as it is completed); ``None`` when every
  criterion of the group is not applicable;
* overall score = the plain mean of the group scores that are not ``None`` — each group weighs the same.

Problems block finalising (:func:`finalise_blockers`); reasons (why a criterion is not met) do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from papi_desktop.core.answers import engine
from papi_desktop.core.answers.engine import (
    MET,
    NA,
    NOT_MET,
    UNANSWERED,
    VERDICT_TEXT,
    VERDICTS,
    Evaluation,
    Problem,
)
from papi_desktop.core.answers.rules import Env
from papi_desktop.core.catalogue import Catalogue, Criterion, Text
from papi_desktop.core.model import Answer

__all__ = ["MET", "NA", "NOT_MET", "UNANSWERED", "VERDICTS", "VERDICT_TEXT", "Evaluation", "Problem", "Scores",
           "evaluate", "evaluate_all", "finalise_blockers", "score"]


@dataclass
class Scores:
    """Scores of one assessment: per group (``None`` = nothing applicable) and overall."""

    dimensions: dict[str, float | None] = field(default_factory=dict)
    overall: float | None = None
    counts: dict[str, int] = field(default_factory=dict)


def evaluate(
    criterion: Criterion,
    answer: Answer | None,
    campus_codes: list[str] | tuple[str, ...] = (),
    school_year: str = "",
    *,
    stats: dict | None = None,
    answers: dict[str, Answer] | None = None,
) -> Evaluation:
    """Verdict, credit and messages of one criterion. ``stats`` (the school profile's numbers) and ``answers``
    (every answer of the assessment) feed the checks against the profile and across criteria."""
    return engine.evaluate(criterion, answer, Env(campus_codes, answers, stats, school_year))


def evaluate_all(
    catalogue: Catalogue,
    answers: dict[str, Answer],
    campus_codes: list[str] | tuple[str, ...] = (),
    school_year: str = "",
    *,
    stats: dict | None = None,
) -> dict[str, Evaluation]:
    """Evaluation of every criterion of the catalogue, by criterion id (catalogue order)."""
    return engine.evaluate_all(catalogue, answers, Env(campus_codes, answers, stats, school_year))


def finalise_blockers(
    catalogue: Catalogue,
    answers: dict[str, Answer],
    campus_codes: list[str] | tuple[str, ...] = (),
    school_year: str = "",
    *,
    stats: dict | None = None,
) -> list[tuple[str, Text]]:
    """``(criterion id, message)`` for everything that stops an assessment from being final: an unanswered
    criterion, any problem (invalid value, failing check), an answer copied from last year and not checked again.
    The one rule for finalising in the school app and for accepting a data file at the office (pass the school
    profile's ``stats`` so the checks against it apply)."""
    out: list[tuple[str, Text]] = []
    for cid, ev in evaluate_all(catalogue, answers, campus_codes, school_year, stats=stats).items():
        if ev.verdict == UNANSWERED:
            out.append((cid, Text("Chưa trả lời đủ", "Not fully answered")))
        out += [(cid, p.message) for p in ev.problems]
        if cid in answers and answers[cid].needs_recheck:
            out.append((cid, Text("Cần kiểm tra lại (chép từ năm trước)", "To check again (copied from last year)")))
    return out


_WEIGHTS: dict[str, tuple] = {}


def _weights(catalogue: Catalogue) -> tuple:
    got = _WEIGHTS.get(catalogue.sha256)
    if got is None:
        got = _WEIGHTS[catalogue.sha256] = tuple(
            (dim.id, tuple((c.id, c.weight) for c in catalogue.criteria_of(dim.id))) for dim in catalogue.dimensions)
    return got


def score(catalogue: Catalogue, evaluations: dict[str, Evaluation]) -> Scores:
    """Group and overall scores on 0–10 from the evaluations (see the module docstring)."""
    result = Scores(counts={v: 0 for v in VERDICTS})
    for ev in evaluations.values():
        result.counts[ev.verdict] += 1
    for dim_id, weights in _weights(catalogue):
        total = earned = 0.0
        for cid, weight in weights:
            ev = evaluations.get(cid)
            if ev is None or ev.verdict == NA:
                continue
            total += weight
            earned += weight * ev.credit
        result.dimensions[dim_id] = round(10 * earned / total, 2) if total else None
    present = [s for s in result.dimensions.values() if s is not None]
    result.overall = round(sum(present) / len(present), 2) if present else None
    return result

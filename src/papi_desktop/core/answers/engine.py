"""The one rule engine: verdicts and messages of criteria, each criterion's rules compiled once.

Compiled rules are cached here, keyed by ``(catalogue SHA-256, criterion id)`` (never stored on the frozen
catalogue objects). ``evaluate`` handles what every model shares (no answer, "không áp dụng") and hands the
value to the criterion's answer model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from papi_desktop.core.answers.rules import Env
from papi_desktop.core.catalogue import Catalogue, Criterion, Text

MET = "met"
NOT_MET = "not_met"
NA = "na"
UNANSWERED = "unanswered"
VERDICTS = (MET, NOT_MET, NA, UNANSWERED)

VERDICT_TEXT = {
    MET: Text("Đạt", "Met"),
    NOT_MET: Text("Chưa đạt", "Not met"),
    NA: Text("Không áp dụng", "Not applicable"),
    UNANSWERED: Text("Chưa trả lời", "Unanswered"),
}


@dataclass(frozen=True)
class Problem:
    """A message about an answer; ``campus`` and ``field`` say where it is shown (next to that field)."""

    message: Text
    campus: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class Evaluation:
    """The verdict of one criterion. ``problems`` are errors (invalid or contradictory facts: they keep the
    criterion from "Đạt" and block finalising); ``reasons`` say why a criterion is not met (they do not block)."""

    criterion_id: str
    verdict: str
    credit: float
    problems: tuple[Problem, ...] = ()
    missing: tuple[str, ...] = ()
    reasons: tuple[Problem, ...] = ()

    @property
    def messages(self) -> tuple[Problem, ...]:
        return self.problems + self.reasons


_NA_NOT_ALLOWED = Text("Tiêu chí này không được chọn «không áp dụng».", "This criterion cannot be 'not applicable'.")
_NA_REASON = Text("Hãy ghi lý do «không áp dụng».", "Give the reason for 'not applicable'.")
_COMPILED: dict[tuple[str, str], Any] = {}


def compiled(criterion: Criterion):
    """The criterion's rules compiled by its answer model, once per catalogue and criterion."""
    from papi_desktop.core.answers import model_of

    key = (criterion.catalogue_sha256, criterion.id)
    rule = _COMPILED.get(key) if criterion.catalogue_sha256 else None
    if rule is None:
        rule = model_of(criterion).compile(criterion)
        if criterion.catalogue_sha256:
            _COMPILED[key] = rule
    return rule


def evaluate(criterion: Criterion, answer, env: Env) -> Evaluation:
    """Verdict, credit and messages of one criterion (``answer``: an Answer or None)."""
    cid = criterion.id
    if answer is None:
        return Evaluation(cid, UNANSWERED, 0.0, missing=("answer",))
    rule = compiled(criterion)
    if answer.na:
        if not criterion.answer.allow_na:
            return Evaluation(cid, UNANSWERED, 0.0, (Problem(_NA_NOT_ALLOWED),), ("answer",))
        if not (answer.na_reason or "").strip():
            return Evaluation(cid, UNANSWERED, 0.0, (Problem(_NA_REASON),), ("na_reason",))
        return rule.na
    value = answer.value if isinstance(answer.value, dict) else {}
    env.own = value
    return rule.evaluate(value, env)


def evaluate_all(catalogue: Catalogue, answers: dict, env: Env) -> dict[str, Evaluation]:
    """Evaluation of every criterion of the catalogue, by id, in catalogue order (``env.answers`` is set to
    ``answers`` so checks across criteria see them)."""
    env.answers = answers
    get = answers.get
    return {c.id: evaluate(c, get(c.id), env) for c in catalogue.criteria}


_DEPENDANTS: dict[str, dict[str, tuple[str, ...]]] = {}


def dependants(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """``{criterion id: ids of the criteria whose rules read it}`` — what to re-judge when an answer changes."""
    got = _DEPENDANTS.get(catalogue.sha256)
    if got is None:
        out: dict[str, list[str]] = {}
        for c in catalogue.criteria:
            for other in sorted(compiled(c).reads):
                out.setdefault(other, []).append(c.id)
        got = _DEPENDANTS[catalogue.sha256] = {k: tuple(v) for k, v in out.items()}
    return got


def constant_evaluations(cid: str) -> tuple[Evaluation, Evaluation, Evaluation, Evaluation]:
    """``(met, not met, partly, not applicable)`` without messages, made once per compiled criterion."""
    return (Evaluation(cid, MET, 1.0), Evaluation(cid, NOT_MET, 0.0), Evaluation(cid, NOT_MET, 0.5),
            Evaluation(cid, NA, 0.0))

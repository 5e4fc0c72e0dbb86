"""Verdicts and scores — pure functions of the catalogue and the answers.

How a verdict is derived (per criterion):

* **not applicable** (``na``): the principal marked "không áp dụng" with a reason and the criterion allows it.
* **unanswered**: no answer, or a required part is missing (a field of any campus, the date of a disclosure,
  the reason of a "không áp dụng").
* **met / not met**: by the answer model —
  ``yes_no_partly``: met only for "yes"; ``form``: met when every condition of ``met_when`` holds (for
  ``per_campus`` criteria: at every campus); ``disclosure``: met when disclosed, dated, with at least
  ``min_methods`` ways and, if the criterion has a ``deadline`` (MM-DD), dated on or before that day in the
  school year's second calendar year.

Credit: met = 1, "partly" = 0.5, anything else = 0.

Scores (0–10, two decimals):

* dimension score = 10 × Σ(weight × credit) / Σ(weight) over the dimension's criteria that are not
  "not applicable" (unanswered criteria count as 0, so a draft's score only rises as it is completed);
  ``None`` when every criterion of the dimension is not applicable;
* overall score = the plain mean of the dimension scores that are not ``None`` — each dimension weighs the
  same, as in PAPI.

Validation messages (``problems``) come from the catalogue's ``checks`` and from field limits; they do not change
the verdict but block finalising.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from papi_desktop.core.catalogue import Catalogue, Criterion, Field, Text
from papi_desktop.core.model import Answer

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

_OPS = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


@dataclass(frozen=True)
class Problem:
    """A validation message; ``campus`` names the campus for per-campus criteria."""

    message: Text
    campus: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class Evaluation:
    criterion_id: str
    verdict: str
    credit: float
    problems: tuple[Problem, ...] = ()
    missing: tuple[str, ...] = ()


@dataclass
class Scores:
    """Scores of one assessment: per dimension (``None`` = nothing applicable) and overall."""

    dimensions: dict[str, float | None] = field(default_factory=dict)
    overall: float | None = None
    counts: dict[str, int] = field(default_factory=dict)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _expr(expr: Any, values: dict[str, Any]) -> float | None:
    if isinstance(expr, (int, float)):
        return expr
    if isinstance(expr, str):
        v = values.get(expr)
        return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    parts = [_expr(k, values) for k in expr["sum"]]
    return None if any(p is None for p in parts) else sum(parts)


def condition_holds(cond: dict, values: dict[str, Any]) -> bool | None:
    """Evaluate one catalogue condition; ``None`` when a value it needs is missing."""
    if "in" in cond:
        v = values.get(cond["field"])
        return None if _empty(v) else v in cond["in"]
    if "min_selected" in cond:
        v = values.get(cond["field"])
        return None if v is None else isinstance(v, list) and len(v) >= cond["min_selected"]
    left, right = _expr(cond["left"], values), _expr(cond["right"], values)
    if left is None or right is None:
        return None
    return _OPS[cond["op"]](left, right)


def field_problems(f: Field, value: Any) -> list[Text]:
    """Limits of one field value (type, min, max, known option)."""
    if _empty(value):
        return []
    out: list[Text] = []
    label = f.label
    if f.type in ("count", "number"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            f.type == "count" and not float(value).is_integer()
        ):
            kind = ("một số nguyên", "a whole number") if f.type == "count" else ("một số", "a number")
            return [Text(f"«{label.vi}» phải là {kind[0]}.", f"'{label.en}' must be {kind[1]}.")]
        if f.min is not None and value < f.min:
            out.append(Text(f"«{label.vi}» không được nhỏ hơn {f.min:g}.", f"'{label.en}' cannot be below {f.min:g}."))
        if f.max is not None and value > f.max:
            out.append(Text(f"«{label.vi}» không được lớn hơn {f.max:g}.", f"'{label.en}' cannot exceed {f.max:g}."))
    elif f.type in ("choice", "yes_no"):
        if value not in f.option_keys():
            out.append(Text(f"«{label.vi}»: lựa chọn không hợp lệ.", f"'{label.en}': unknown option."))
    elif f.type == "multichoice":
        if not isinstance(value, list) or any(v not in f.option_keys() for v in value):
            out.append(Text(f"«{label.vi}»: lựa chọn không hợp lệ.", f"'{label.en}': unknown option."))
    elif f.type == "date" and parse_date(value) is None:
        out.append(Text(f"«{label.vi}»: ngày không hợp lệ.", f"'{label.en}': invalid date."))
    return out


def parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def _compile_expr(expr: Any) -> Callable[[dict], Any]:
    """``_expr`` of one catalogue expression as a function of the values (built once per criterion)."""
    if isinstance(expr, (int, float)):
        return lambda values: expr

    if isinstance(expr, str):
        def get(values: dict) -> Any:
            v = values.get(expr)
            return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None

        return get
    parts = [_compile_expr(k) for k in expr["sum"]]

    def total(values: dict) -> Any:
        got = [p(values) for p in parts]
        return None if any(g is None for g in got) else sum(got)

    return total


def compile_condition(cond: dict) -> Callable[[dict], bool | None]:
    """:func:`condition_holds` of ``cond`` as a function of the values, interpreted once instead of per call."""
    if "in" in cond:
        key, allowed = cond["field"], cond["in"]

        def is_in(values: dict) -> bool | None:
            v = values.get(key)
            return None if _empty(v) else v in allowed

        return is_in
    if "min_selected" in cond:
        key, least = cond["field"], cond["min_selected"]

        def selected(values: dict) -> bool | None:
            v = values.get(key)
            return None if v is None else isinstance(v, list) and len(v) >= least

        return selected
    left, right, op = _compile_expr(cond["left"]), _compile_expr(cond["right"]), _OPS[cond["op"]]

    def compare(values: dict) -> bool | None:
        a, b = left(values), right(values)
        return None if a is None or b is None else op(a, b)

    return compare


def _field_ok(f: Field) -> Callable[[Any], bool] | None:
    """A quick test that is true only when :func:`field_problems` finds nothing (None: it never finds anything);
    when it is false, :func:`field_problems` gives the messages."""
    lo, hi = f.min, f.max
    if f.type in ("count", "number"):
        kinds = (int,) if f.type == "count" else (int, float)
        return lambda v: type(v) in kinds and (lo is None or v >= lo) and (hi is None or v <= hi)
    if f.type in ("choice", "yes_no", "multichoice"):
        keys = frozenset(f.option_keys())
        if f.type == "multichoice":
            return lambda v: type(v) is list and all(type(x) is str and x in keys for x in v)
        return lambda v: type(v) is str and v in keys
    if f.type == "date":
        return lambda v: parse_date(v) is not None
    return None


@dataclass(frozen=True)
class _Rule:
    """A criterion's answer model compiled once: constant evaluations and condition functions."""

    met: Evaluation
    not_met: Evaluation
    partly: Evaluation
    na: Evaluation
    fields: tuple  # (key, required, quick test, Field)
    checks: tuple  # (condition function, message)
    met_when: tuple  # condition functions


def _rule(criterion: Criterion) -> _Rule:
    rule = criterion._compiled.get("rule")
    if rule is None:
        m, cid = criterion.answer, criterion.id
        rule = criterion._compiled["rule"] = _Rule(
            Evaluation(cid, MET, 1.0), Evaluation(cid, NOT_MET, 0.0), Evaluation(cid, NOT_MET, 0.5),
            Evaluation(cid, NA, 0.0), tuple((f.key, f.required, _field_ok(f), f) for f in m.fields),
            tuple((compile_condition(c.rule), c.message) for c in m.checks),
            tuple(compile_condition(c) for c in m.met_when),
        )
    return rule


def compiled_conditions(criterion: Criterion) -> tuple[tuple, tuple]:
    """``(met_when, checks)`` of the criterion as ``(condition dict, compiled function)`` pairs, in catalogue order."""
    rule = _rule(criterion)
    model = criterion.answer
    return (tuple(zip(model.met_when, rule.met_when, strict=True)),
            tuple((c.rule, fn) for c, (fn, _msg) in zip(model.checks, rule.checks, strict=True)))


def _evaluate_form_values(rule: _Rule, values: dict[str, Any], campus: str | None):
    problems: list[Problem] = []
    missing: list[str] = []
    for key, required, ok, f in rule.fields:
        v = values.get(key)
        if v is None or v == "" or v == []:
            if required:
                missing.append(f"{campus}:{key}" if campus else key)
            continue
        if ok is not None and not ok(v):
            problems += [Problem(t, campus, key) for t in field_problems(f, v)]
    for holds, message in rule.checks:
        if holds(values) is False:
            problems.append(Problem(message, campus))
    met = None
    if not missing:
        met = True
        for holds in rule.met_when:
            if not holds(values):
                met = False
                break
    return met, problems, missing


def evaluate(
    criterion: Criterion,
    answer: Answer | None,
    campus_codes: list[str] | tuple[str, ...] = (),
    school_year: str = "",
) -> Evaluation:
    """Verdict, credit and validation problems of one criterion (see the module docstring)."""
    cid = criterion.id
    model = criterion.answer
    if answer is None:
        return Evaluation(cid, UNANSWERED, 0.0, missing=("answer",))
    rule = _rule(criterion)
    if answer.na:
        if not model.allow_na:
            msg = Text("Tiêu chí này không được chọn «không áp dụng».", "This criterion cannot be 'not applicable'.")
            return Evaluation(cid, UNANSWERED, 0.0, (Problem(msg),), ("answer",))
        if not (answer.na_reason or "").strip():
            msg = Text("Hãy ghi lý do «không áp dụng».", "Give the reason for 'not applicable'.")
            return Evaluation(cid, UNANSWERED, 0.0, (Problem(msg),), ("na_reason",))
        return rule.na
    value = answer.value or {}
    if model.model == "yes_no_partly":
        choice = value.get("choice")
        if choice == "yes":
            return rule.met
        if choice == "partly":
            return rule.partly
        if choice == "no":
            return rule.not_met
        return Evaluation(cid, UNANSWERED, 0.0, missing=("choice",))
    if model.model == "disclosure":
        return _evaluate_disclosure(criterion, value, school_year)
    # form
    if model.per_campus:
        per = value.get("campuses") or {}
        codes = list(campus_codes) or sorted(per)
        if not codes:
            return Evaluation(cid, UNANSWERED, 0.0, missing=("campuses",))
        results = [_evaluate_form_values(rule, per.get(code) or {}, code) for code in codes]
    else:
        results = [_evaluate_form_values(rule, value, None)]
    if len(results) == 1:
        met, problems, missing = results[0]
        problems, missing = tuple(problems), tuple(missing)
    else:
        problems = tuple(p for r in results for p in r[1])
        missing = tuple(m for r in results for m in r[2])
        met = all(r[0] for r in results) if not missing else None
    if missing:
        return Evaluation(cid, UNANSWERED, 0.0, problems, missing)
    if not problems:
        return rule.met if met else rule.not_met
    return Evaluation(cid, MET if met else NOT_MET, 1.0 if met else 0.0, problems)


def _evaluate_disclosure(criterion: Criterion, value: dict, school_year: str) -> Evaluation:
    model = criterion.answer
    disclosed = value.get("disclosed")
    if disclosed not in ("yes", "no"):
        return Evaluation(criterion.id, UNANSWERED, 0.0, missing=("disclosed",))
    if disclosed == "no":
        return Evaluation(criterion.id, NOT_MET, 0.0)
    problems: list[Problem] = []
    missing = []
    methods = value.get("methods") or []
    known = {m.key for m in model.methods}
    if not isinstance(methods, list) or any(m not in known for m in methods):
        problems.append(Problem(Text("Hình thức công khai không hợp lệ.", "Unknown way of disclosure.")))
        methods = []
    when = parse_date(value.get("date"))
    if _empty(value.get("date")):
        missing.append("date")
    elif when is None:
        problems.append(Problem(Text("Ngày công khai không hợp lệ.", "Invalid disclosure date."), field="date"))
    if not methods:
        missing.append("methods")
    if missing or when is None:
        return Evaluation(criterion.id, UNANSWERED, 0.0, tuple(problems), tuple(missing) or ("date",))
    met = len(methods) >= model.min_methods
    if model.deadline and school_year and len(school_year) == 9:
        month, day = (int(x) for x in model.deadline.split("-"))
        limit = date(int(school_year[5:]), month, day)
        if when > limit:
            met = False
            problems.append(Problem(
                Text(f"Ngày công khai sau hạn {limit:%d/%m/%Y}.", f"Disclosed after the deadline {limit:%d/%m/%Y}."),
                field="date",
            ))
    return Evaluation(criterion.id, MET if met else NOT_MET, 1.0 if met else 0.0, tuple(problems))


def evaluate_all(
    catalogue: Catalogue,
    answers: dict[str, Answer],
    campus_codes: list[str] | tuple[str, ...] = (),
    school_year: str = "",
) -> dict[str, Evaluation]:
    """Evaluation of every criterion of the catalogue, by criterion id (catalogue order)."""
    return {c.id: evaluate(c, answers.get(c.id), campus_codes, school_year) for c in catalogue.criteria}


def finalise_blockers(
    catalogue: Catalogue,
    answers: dict[str, Answer],
    campus_codes: list[str] | tuple[str, ...] = (),
    school_year: str = "",
) -> list[tuple[str, Text]]:
    """``(criterion id, message)`` for everything that stops an assessment from being final: an unanswered
    criterion, any validation problem, an answer copied from last year and not checked again. The one rule for
    finalising in the school app and for accepting a data file at the office."""
    out: list[tuple[str, Text]] = []
    for cid, ev in evaluate_all(catalogue, answers, campus_codes, school_year).items():
        if ev.verdict == UNANSWERED:
            out.append((cid, Text("Chưa trả lời đủ", "Not fully answered")))
        out += [(cid, p.message) for p in ev.problems]
        if cid in answers and answers[cid].needs_recheck:
            out.append((cid, Text("Cần kiểm tra lại (chép từ năm trước)", "To check again (copied from last year)")))
    return out


def score(catalogue: Catalogue, evaluations: dict[str, Evaluation]) -> Scores:
    """Dimension and overall scores on 0–10 from the evaluations (see the module docstring)."""
    result = Scores(counts={v: 0 for v in VERDICTS})
    for ev in evaluations.values():
        result.counts[ev.verdict] += 1
    by_dimension = catalogue._memo.get("weights")
    if by_dimension is None:
        by_dimension = catalogue._memo["weights"] = tuple(
            (dim.id, tuple((c.id, c.weight) for c in catalogue.criteria_of(dim.id))) for dim in catalogue.dimensions)
    for dim_id, weights in by_dimension:
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

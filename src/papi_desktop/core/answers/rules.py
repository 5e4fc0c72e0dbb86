"""The catalogue's rule language, compiled once into Python functions (see docs/catalogue.md).

An **expression** is a number; a field of the criterion (``"tong_so"``, at the same campus for per-campus
criteria); a field of another criterion (``"D1.02.tong_so"``, same campus when both are per campus); a number of
the school profile (``"school.teachers"``: ``classes``, ``pupils``, ``teachers``, ``staff``); ``{"sum": [e, …]}``;
``{"total": "so_lop"}`` (a per-campus field added over every campus); ``{"ratio": [a, b]}`` and
``{"percent": [a, b]}`` (exact fractions, nothing when ``b`` is 0); ``{"day": "MM-DD", "year": 0|1}`` (that day in
the first or second calendar year of the school year). A date field's value is a date.

A **condition** is ``{"left", "op", "right"}``, ``{"field", "in"}``, ``{"field", "min_selected"}``,
``{"all": [c, …]}``, ``{"any": [c, …]}`` or ``{"if": c, "then": c}``. It gives True, False or None (a value it
needs is missing); ``if`` holds when its premise is false.

Compiled functions take ``(values, env)``: the criterion's own values (one campus's for per-campus criteria) and an
:class:`Env` with what else a rule may read.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from datetime import date
from fractions import Fraction
from typing import Any

from papi_desktop.core.text import iso_day

PROFILE_KEYS = ("classes", "pupils", "teachers", "staff")
FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
OTHER_RE = re.compile(r"^([A-Z][A-Z0-9]{0,3}\.[0-9]{2})\.([a-z][a-z0-9_]{0,39})$")
PROFILE_RE = re.compile(r"^school\.([a-z]+)$")
OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt,
       ">=": operator.ge}

Fn = Callable[[dict, "Env"], Any]


class Env:
    """What a rule can read besides its own values: the campus being judged, every campus, every answer of the
    assessment (``{criterion id: Answer}``), the school profile's numbers and the school year's first year."""

    __slots__ = ("answers", "campus", "campuses", "own", "stats", "year")

    def __init__(self, campuses=(), answers=None, stats=None, school_year: str = ""):
        self.campuses = tuple(campuses)
        self.answers = answers or {}
        self.stats = stats or {}
        self.year = int(school_year[:4]) if len(school_year or "") == 9 and school_year[:4].isdigit() else None
        self.campus: str | None = None
        self.own: dict = {}


def operand(v: Any) -> Any:
    """A value as rules compare it: numbers stay numbers, an ISO date becomes a date, anything else is None."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    if isinstance(v, str):
        return iso_day(v)
    return None


def day(spec: dict, year: int | None) -> date | None:
    """``{"day": "06-30", "year": 1}`` in the school year that starts in ``year``."""
    if year is None:
        return None
    month, d = (int(x) for x in spec["day"].split("-"))
    return date(year + spec.get("year", 0), month, d)


def _campus_values(value: dict, campus: str | None) -> dict | None:
    if "campuses" not in value:
        return value
    if campus is None:
        return None
    per = value.get("campuses")
    return (per.get(campus) or {}) if isinstance(per, dict) else None


def _other_value(env: Env, cid: str, key: str, campus: str | None) -> Any:
    a = env.answers.get(cid)
    if a is None or a.na or not isinstance(a.value, dict):
        return None
    values = _campus_values(a.value, campus)
    return values.get(key) if isinstance(values, dict) else None


def getter(ref: str) -> Fn:
    """The raw value a reference names (field, other criterion's field, school profile)."""
    m = OTHER_RE.match(ref)
    if m:
        cid, key = m.groups()
        return lambda values, env: _other_value(env, cid, key, env.campus)
    m = PROFILE_RE.match(ref)
    if m:
        key = m.group(1)
        return lambda values, env: env.stats.get(key)
    return lambda values, env: values.get(ref)


def _total(ref: str) -> Fn:
    m = OTHER_RE.match(ref)

    def total(values: dict, env: Env) -> Any:
        parts = []
        for code in env.campuses:
            if m:
                v = _other_value(env, m.group(1), m.group(2), code)
            else:
                own = _campus_values(env.own, code)
                v = own.get(ref) if isinstance(own, dict) else None
            v = operand(v)
            if not isinstance(v, (int, float)):
                return None
            parts.append(v)
        return sum(parts) if parts else None

    return total


def compile_expr(expr: Any) -> Fn:
    """An expression as a function of ``(values, env)``; None when something it needs is missing."""
    if isinstance(expr, (int, float)):
        return lambda values, env: expr
    if isinstance(expr, str):
        get = getter(expr)
        return lambda values, env: operand(get(values, env))
    if "sum" in expr:
        parts = [compile_expr(e) for e in expr["sum"]]

        def total(values, env):
            got = [p(values, env) for p in parts]
            return None if any(not isinstance(g, (int, float, Fraction)) for g in got) else sum(got)

        return total
    if "total" in expr:
        return _total(expr["total"])
    if "ratio" in expr or "percent" in expr:
        scale = 1 if "ratio" in expr else 100
        num, den = (compile_expr(e) for e in expr.get("ratio") or expr["percent"])

        def ratio(values, env):
            a, b = num(values, env), den(values, env)
            if not isinstance(a, (int, float, Fraction)) or not isinstance(b, (int, float, Fraction)) or b == 0:
                return None
            return Fraction(a) * scale / Fraction(b)

        return ratio
    if "day" in expr:
        return lambda values, env: day(expr, env.year)
    raise ValueError(f"unknown expression {expr!r}")


def compile_condition(cond: dict) -> Fn:
    """A condition as a function of ``(values, env)`` giving True, False or None."""
    if "all" in cond or "any" in cond:
        parts = [compile_condition(c) for c in cond.get("all") or cond["any"]]
        want = "all" not in cond  # the value that decides: False for all, True for any

        def combined(values, env):
            unknown = False
            for p in parts:
                got = p(values, env)
                if got is None:
                    unknown = True
                elif got is want:
                    return want
            return None if unknown else not want

        return combined
    if "if" in cond:
        premise, then = compile_condition(cond["if"]), compile_condition(cond["then"])

        def implies(values, env):
            p = premise(values, env)
            return None if p is None else (then(values, env) if p else True)

        return implies
    if "in" in cond:
        get, allowed = getter(cond["field"]), frozenset(cond["in"])

        def is_in(values, env):
            v = get(values, env)
            return None if v is None or v == "" or v == [] else (isinstance(v, str) and v in allowed)

        return is_in
    if "min_selected" in cond:
        get, least = getter(cond["field"]), cond["min_selected"]

        def selected(values, env):
            v = get(values, env)
            return None if v is None else isinstance(v, list) and len(v) >= least

        return selected
    left, right, op = compile_expr(cond["left"]), compile_expr(cond["right"]), OPS[cond["op"]]

    def compare(values, env):
        a, b = left(values, env), right(values, env)
        if a is None or b is None or isinstance(a, date) != isinstance(b, date):
            return None
        return op(a, b)

    return compare


# -- the shape of rules (the catalogue schema leaves conditions and expressions to these) ----------------------

REF_RE = re.compile(r"^([a-z][a-z0-9_]{0,39}|[A-Z][A-Z0-9]{0,3}\.[0-9]{2}\.[a-z][a-z0-9_]{0,39}|school\.[a-z]+)$")
DAY_RE = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")


def expr_problem(expr: Any) -> str | None:
    """What is wrong with an expression, or None."""
    if isinstance(expr, bool):
        return f"{expr!r} is not an expression"
    if isinstance(expr, (int, float)):
        return None
    if isinstance(expr, str):
        return None if REF_RE.match(expr) else f"'{expr}' is not a field, criterion.field or school.… reference"
    if not isinstance(expr, dict) or len(expr) not in (1, 2):
        return f"{expr!r} is not an expression"
    if set(expr) == {"day"} or set(expr) == {"day", "year"}:
        ok = isinstance(expr["day"], str) and DAY_RE.match(expr["day"]) and expr.get("year", 0) in (0, 1) \
            and not isinstance(expr.get("year", 0), bool)
        return None if ok else f"{expr!r} is not a day of the school year"
    (key, arg), = expr.items() if len(expr) == 1 else ((None, None),)
    if key == "total":
        return None if isinstance(arg, str) and REF_RE.match(arg) and "school." not in arg else \
            f"total needs a per-campus field, not {arg!r}"
    if key in ("sum", "ratio", "percent"):
        if not isinstance(arg, list) or not arg or (key != "sum" and len(arg) != 2):
            return f"{key} needs a list of {'expressions' if key == 'sum' else 'two expressions'}"
        return next((p for p in map(expr_problem, arg) if p), None)
    return f"{expr!r} is not an expression"


def condition_problem(cond: Any) -> str | None:
    """What is wrong with a condition, or None."""
    if not isinstance(cond, dict):
        return f"{cond!r} is not a condition"
    keys = set(cond)
    if keys in ({"all"}, {"any"}):
        parts = cond.get("all") or cond.get("any")
        if not isinstance(parts, list) or not parts:
            return "all / any need a list of conditions"
        return next((p for p in map(condition_problem, parts) if p), None)
    if keys == {"if", "then"}:
        return condition_problem(cond["if"]) or condition_problem(cond["then"])
    if keys == {"field", "in"}:
        ok = isinstance(cond["field"], str) and REF_RE.match(cond["field"]) and isinstance(cond["in"], list) \
            and cond["in"] and all(isinstance(x, str) for x in cond["in"])
        return None if ok else f"{cond!r}: 'in' needs a field and a list of options"
    if keys == {"field", "min_selected"}:
        n = cond["min_selected"]
        ok = isinstance(cond["field"], str) and REF_RE.match(cond["field"]) and isinstance(n, int) \
            and not isinstance(n, bool) and n >= 1
        return None if ok else f"{cond!r}: 'min_selected' needs a field and a whole number from 1"
    if keys == {"left", "op", "right"}:
        if cond["op"] not in OPS:
            return f"unknown operator {cond['op']!r}"
        return expr_problem(cond["left"]) or expr_problem(cond["right"])
    return f"{cond!r} is not a condition"


# -- what a rule refers to (for the loader's checks, the GUI's "shown next to" and dependants) --------------


def expr_refs(expr: Any) -> list[str]:
    """Every reference (string) inside an expression."""
    if isinstance(expr, str):
        return [expr]
    if isinstance(expr, dict):
        for key in ("sum", "ratio", "percent"):
            if key in expr:
                return [r for e in expr[key] for r in expr_refs(e)]
        if "total" in expr:
            return [expr["total"]]
    return []


def condition_refs(cond: dict) -> list[str]:
    """Every reference inside a condition, left to right."""
    if "all" in cond or "any" in cond:
        return [r for c in cond.get("all") or cond["any"] for r in condition_refs(c)]
    if "if" in cond:
        return condition_refs(cond["if"]) + condition_refs(cond["then"])
    if "field" in cond:
        return [cond["field"]]
    return expr_refs(cond["left"]) + expr_refs(cond["right"])


def in_lists(cond: dict) -> list[tuple[str, list]]:
    """``(field, options)`` of every ``in`` inside a condition."""
    if "all" in cond or "any" in cond:
        return [x for c in cond.get("all") or cond["any"] for x in in_lists(c)]
    if "if" in cond:
        return in_lists(cond["if"]) + in_lists(cond["then"])
    return [(cond["field"], cond["in"])] if "in" in cond else []


def totals(cond: Any) -> list[str]:
    """References used inside ``{"total": …}`` (they must name per-campus fields)."""
    if isinstance(cond, dict):
        if "total" in cond:
            return [cond["total"]]
        return [r for v in cond.values() for r in totals(v)]
    if isinstance(cond, list):
        return [r for v in cond for r in totals(v)]
    return []


def own_field(cond: dict) -> str | None:
    """The first field of the criterion itself a condition names (where its message is shown)."""
    return next((r for r in condition_refs(cond) if FIELD_RE.match(r)), None)


def other_criteria(cond: Any) -> set[str]:
    """Ids of the other criteria a condition or expression reads."""
    refs = condition_refs(cond) if isinstance(cond, dict) and ("op" in cond or "field" in cond or "all" in cond
                                                               or "any" in cond or "if" in cond) else expr_refs(cond)
    refs += totals(cond)
    return {m.group(1) for r in refs if (m := OTHER_RE.match(r))}

"""Who can solve what a criterion lacks, suggested causes and proposals, and the fact totals of the office's
summary — all declared as data in ``resources/documents/<catalogue id>.json`` (one entry per catalogue version),
never as code per criterion. Qt-free, pure.

A **failing fact** is a condition of a criterion's rule (``met_when``) that does not hold, at one campus for
per-campus criteria; the field it names first is the fact. The document data gives, per criterion and optionally
per fact, the level that can solve it (:data:`papi_desktop.core.terms.SOLVERS`), a short cause and a proposal;
``{field}`` in those texts is the field's value at that campus.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from papi_desktop.core.catalogue import Catalogue, Criterion, Text
from papi_desktop.core.terms import ALL_CAMPUSES, SOLVERS
from papi_desktop.resources import resource_path


@dataclass(frozen=True)
class Remedy:
    solver: str
    cause: Text
    proposal: Text
    summary: Text | None = None  # the cause without field values, for the office's count of causes

    @property
    def general_cause(self) -> Text:
        return self.summary or self.cause


@dataclass(frozen=True)
class Total:
    """A fact the office adds up: the ``sum`` of a field, or the ``count`` of campuses (per-campus criteria) or
    schools where a condition holds (``"not_met"``: where the criterion is not met)."""

    key: str
    label: Text
    unit: Text
    criterion: str
    sum: str | None = None
    count: Any = None
    solver: str | None = None
    proposal: Text | None = None


@dataclass(frozen=True)
class Remedies:
    numbers: dict = field(default_factory=dict)
    criteria: dict = field(default_factory=dict)  # criterion id -> (Remedy, {fact: Remedy})
    totals: tuple[Total, ...] = ()

    def remedy(self, criterion_id: str, fact: str | None = None) -> Remedy:
        general, facts = self.criteria.get(criterion_id, (GENERAL, {}))
        return facts.get(fact, general) if fact else general


GENERAL = Remedy("school", Text("tiêu chí chưa được đáp ứng đầy đủ", "the criterion is not fully met"),
                 Text("khắc phục các nội dung chưa đạt của tiêu chí", "remedy what the criterion lacks"))


@dataclass(frozen=True)
class Failure:
    """One failing fact: ``campus`` (None for the whole school), ``fact`` (the field, None for the whole answer)
    and the values at that campus."""

    criterion_id: str
    campus: str | None
    fact: str | None
    values: dict


def _text(raw: dict) -> Text:
    return Text(raw["vi"], raw["en"])


def _remedy(raw: dict, base: Remedy = GENERAL) -> Remedy:
    solver = raw.get("solver", base.solver)
    if solver not in SOLVERS:
        raise ValueError(f"unknown solver {solver!r}")
    return Remedy(solver, _text(raw["cause"]) if "cause" in raw else base.cause,
                  _text(raw["proposal"]) if "proposal" in raw else base.proposal,
                  _text(raw["summary"]) if "summary" in raw else (None if "cause" in raw else base.summary))


def _parse(raw: dict) -> Remedies:
    criteria = {}
    for cid, entry in (raw.get("criteria") or {}).items():
        general = _remedy(entry)
        criteria[cid] = (general, {k: _remedy(v, general) for k, v in (entry.get("facts") or {}).items()})
    totals = tuple(Total(t["key"], _text(t["label"]), _text(t["unit"]), t["criterion"], t.get("sum"), t.get("count"),
                         (t.get("proposal") or {}).get("solver"),
                         _text(t["proposal"]["text"]) if t.get("proposal") else None)
                   for t in raw.get("totals") or [])
    return Remedies(dict(raw.get("numbers") or {}), criteria, totals)


@cache
def _entries(catalogue_id: str) -> dict:
    path = resource_path("documents", f"{catalogue_id}.json")
    if not path.is_file():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))["catalogues"].get(catalogue_id, {})
    out = {}
    for version, entry in raw.items():
        base = dict(out.get(entry["extends"], {})) if entry.get("extends") else {}
        merged = {**base, **{k: v for k, v in entry.items() if k != "extends"}}
        if entry.get("extends") and "criteria" in entry:
            merged["criteria"] = {**base.get("criteria", {}), **entry["criteria"]}
        out[version] = merged
    return out


@cache
def _remedies(catalogue_id: str, version: str) -> Remedies:
    entries = _entries(catalogue_id)
    if not entries:
        return Remedies()
    entry = entries.get(version) or entries[sorted(entries)[-1]]  # an unknown version: the latest declared
    return _parse(entry)


def remedies_for(catalogue: Catalogue) -> Remedies:
    """The document data of ``catalogue``'s id and version (the latest version declared for an unknown one)."""
    return _remedies(catalogue.catalogue_id, catalogue.version)


def failing_facts(criterion: Criterion, value: dict | None, campus_codes: list[str]) -> list[Failure]:
    """The failing facts of a criterion that is not met: each ``met_when`` condition that does not hold, judged by
    the rule engine (:func:`papi_desktop.core.answers.engine.compiled`), at each campus for per-campus criteria;
    one failure for the whole answer when the model has no conditions or none of them can be named (a criterion
    not met for a failing check, for instance)."""
    from papi_desktop.core.answers.engine import compiled
    from papi_desktop.core.answers.rules import Env

    value = value or {}
    model = criterion.answer
    rule = compiled(criterion) if model.model == "form" and model.met_when else None
    if rule is None:
        return [Failure(criterion.id, None, "choice" if model.model == "yes_no_partly" else None, dict(value))]
    env = Env(campus_codes)
    env.own = value
    if model.per_campus:
        per = value.get("campuses") or {}
        places = [(code, per.get(code) or {}) for code in campus_codes]
    else:
        places = [(None, value)]
    out = []
    for campus, values in places:
        env.campus = campus
        failing = [fact for holds, _message, fact in rule.met_when if holds(values, env) is False]
        implied = _implied(model.checks, failing, values, env)
        out += [Failure(criterion.id, campus, fact, values) for fact in failing if fact not in implied]
    return out or [Failure(criterion.id, None, None, dict(value))]


def _implied(checks, failing: list[str], values: dict, env) -> set[str]:
    """Facts whose failure only follows from another failing one by a check of the criterion ("no handwashing
    place, then no water at it"): the cause is the first fact, not both."""
    from papi_desktop.core.answers.rules import compile_condition

    out = set()
    for check in checks:
        cond, then = check.rule.get("if"), check.rule.get("then")
        if not (isinstance(cond, dict) and isinstance(then, dict)):
            continue
        if cond.get("field") in failing and then.get("field") in failing and then["field"] != cond["field"] \
                and compile_condition(cond)(values, env) is True:
            out.add(then["field"])
    return out


class _Values(dict):
    """Field values for a text template: numbers written the Vietnamese way, anything missing as "…"."""

    def __missing__(self, key):
        return "…"


_CLAUSE = re.compile(r"(?:, | và | and )(?=\{)")
_FIELD = re.compile(r"\{([a-z_]+)\}")


def _drop_zero_clauses(template: str, values: dict, lang: str) -> str:
    """A list of counts without the ones that are 0: "còn {a} X, {b} Y và {c} Z" with b = 0 gives "còn {a} X và
    {c} Z". Only clauses that start with a count (after the first clause's lead words) are dropped."""
    clauses = _CLAUSE.split(template)
    if len(clauses) < 2:
        return template
    first = _FIELD.search(clauses[0])
    lead, clauses[0] = (clauses[0][:first.start()], clauses[0][first.start():]) if first else ("", clauses[0])
    kept = [c for c in clauses if not (len(_FIELD.findall(c)) == 1 and values.get(_FIELD.search(c).group(1)) == 0
                                       and c.startswith("{"))]
    if not kept:
        return template
    last = " và " if lang == "vi" else " and "
    return lead + (", ".join(kept[:-1]) + last + kept[-1] if len(kept) > 1 else kept[0])


def fill(template: str, values: dict, lang: str = "vi") -> str:
    """``template`` with ``{field}`` replaced by the field's number (Vietnamese decimal comma); counts of 0 in a
    list are left out; anything missing shows as "…"."""
    shown = _Values()
    for k, v in values.items():
        if isinstance(v, bool):
            continue
        if isinstance(v, (int, float)):
            text = str(int(v)) if float(v).is_integer() else f"{v:g}"
            shown[k] = text.replace(".", ",") if lang == "vi" else text
    try:
        return string.Formatter().vformat(_drop_zero_clauses(template, values, lang), (), shown)
    except (ValueError, IndexError):
        return template


def _grouped(catalogue: Catalogue, failures: list[Failure], what: str, lang: str):
    """``[(solver, campus, text)]`` for failures, without repeats, in catalogue and campus order."""
    rem = remedies_for(catalogue)
    seen, out = set(), []
    for f in failures:
        r = rem.remedy(f.criterion_id, f.fact)
        text = fill(getattr(r, what).get(lang), f.values, lang)
        key = (r.solver, f.campus, text)
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out


def _campus_lines(items: list[tuple[str | None, str]], names: dict[str, str], codes: list[str],
                  lang: str = "vi") -> list[str]:
    """``- Text.`` per item for the whole school, then ``- <campuses>: text; text.`` — campuses with the same texts
    on one line (all of them as "Tất cả các điểm trường"), in the school's order."""
    by_campus: dict[str | None, list[str]] = {}
    for campus, text in items:
        by_campus.setdefault(campus, []).append(text)
    lines = [f"- {text[:1].upper()}{text[1:]}." for text in by_campus.pop(None, [])]
    order = [*codes, *sorted(c for c in by_campus if c not in codes)]
    groups: dict[tuple[str, ...], list[str]] = {}
    for campus in order:
        if campus in by_campus:
            groups.setdefault(tuple(by_campus[campus]), []).append(campus)
    for texts, campuses in groups.items():
        head = (ALL_CAMPUSES.get(lang) if len(campuses) == len(codes) > 1
                else ", ".join(names.get(c, c) for c in campuses))
        lines.append(f"- {head}: {'; '.join(texts)}.")
    return lines


def cause_suggestion(catalogue: Catalogue, criterion: Criterion, value: dict | None, campuses: list[dict],
                     lang: str = "vi") -> str:
    """A suggested cause of a criterion not met, from its failing facts (per campus where they differ)."""
    codes = [c["code"] for c in campuses]
    names = {c["code"]: c["name"] for c in campuses}
    items = [(campus, text) for _s, campus, text in
             _grouped(catalogue, failing_facts(criterion, value, codes), "cause", lang)]
    if all(campus is None for campus, _t in items):
        body = "; ".join(t for _c, t in items)
        return body[:1].upper() + body[1:] + "."
    return " ".join(line[2:] for line in _campus_lines(items, names, codes, lang))


def general_causes(catalogue: Catalogue, criterion: Criterion, value: dict | None, campus_codes: list[str],
                   lang: str = "vi") -> list[str]:
    """The causes of a criterion not met without campus or field values, each once (the office counts schools
    per cause)."""
    rem = remedies_for(catalogue)
    out: list[str] = []
    for f in failing_facts(criterion, value, campus_codes):
        text = rem.remedy(criterion.id, f.fact).general_cause.get(lang)
        text = text[:1].upper() + text[1:]
        if text not in out:
            out.append(text)
    return out


def proposal_suggestions(catalogue: Catalogue, not_met: list[str], values: dict[str, dict], campuses: list[dict],
                         lang: str = "vi") -> dict[str, str]:
    """Suggested proposals for the criteria ``not_met`` (ids in catalogue order), one text per solver: lines for
    the whole school, then per campus."""
    codes = [c["code"] for c in campuses]
    names = {c["code"]: c["name"] for c in campuses}
    failures = [f for cid in not_met for f in failing_facts(catalogue.criterion(cid), values.get(cid), codes)]
    grouped = _grouped(catalogue, failures, "proposal", lang)
    return {solver: "\n".join(_campus_lines([(c, t) for s, c, t in grouped if s == solver], names, codes, lang))
            for solver in SOLVERS}


def written_or_suggested(catalogue: Catalogue, details: dict, not_met: list[str], values: dict[str, dict],
                         campuses: list[dict], lang: str = "vi") -> tuple[dict[str, tuple[str, bool]], dict[str, str]]:
    """What a report prints in sections IV and VI: ``({criterion id: (cause, written)}, {solver: text})`` — the
    principal's texts (report details) where written, the suggestions from the failing facts elsewhere."""
    written = details.get("causes") or {}
    causes = {cid: (written[cid], True) if cid in written else
              (cause_suggestion(catalogue, catalogue.criterion(cid), values.get(cid), campuses, lang), False)
              for cid in not_met}
    proposals = details.get("proposals")
    if proposals is None:
        proposals = proposal_suggestions(catalogue, not_met, values, campuses, lang)
    return causes, proposals


_CONDITIONS: dict = {}


def _condition(total: Total):
    """A total's counting condition compiled by the rule engine's compiler, once."""
    from papi_desktop.core.answers.rules import compile_condition

    key = json.dumps(total.count, sort_keys=True)
    if key not in _CONDITIONS:
        _CONDITIONS[key] = compile_condition(total.count)
    return _CONDITIONS[key]


def school_totals(catalogue: Catalogue, values: dict[str, dict], not_met: set[str], campus_codes: list[str]
                  ) -> dict[str, int]:
    """One school's fact totals (``Total.key`` → number); facts of criteria not answered (or not applicable,
    i.e. absent from ``values``) are left out."""
    from papi_desktop.core.answers.rules import Env

    out: dict[str, int] = {}
    env = Env(campus_codes)
    for total in remedies_for(catalogue).totals:
        if not catalogue.has(total.criterion) or total.criterion not in values:
            continue
        criterion = catalogue.criterion(total.criterion)
        value = values[total.criterion] or {}
        if criterion.answer.per_campus:
            per = value.get("campuses") or {}
            places = [(code, per.get(code) or {}) for code in campus_codes]
        else:
            places = [(None, value)]
        failing = ({f.campus for f in failing_facts(criterion, value, campus_codes)}
                   if total.count == "not_met" and total.criterion in not_met else set())
        n = 0
        for campus, v in places:
            if total.sum:
                x = v.get(total.sum)
                n += int(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else 0
            elif total.count == "not_met":
                if campus in failing:
                    n += 1
            elif isinstance(total.count, dict) and _condition(total)(v, env) is True:
                n += 1
        out[total.key] = n
    return out

"""Sample values of ``form`` criteria for the demo: drawn at random within the school's typical ranges, then
repaired until the catalogue's checks (and, when wanted, its verdict rules) hold — against other criteria and the
school profile too. Sample data only: the repairs are simple, not a solver."""

from __future__ import annotations

from papi_desktop.core.answers import rules
from papi_desktop.core.answers.engine import MET
from papi_desktop.core.answers.form import _expected, _rule
from papi_desktop.core.catalogue import Criterion, Field


def _random_value(rng, f: Field, typical):
    if f.type == "count":
        lo, hi = int(f.min or 0), int(f.max) if f.max is not None else 30
        want_lo, want_hi = typical or (lo, 30)
        return rng.randint(max(lo, min(want_lo, hi)), max(lo, min(want_hi, hi)))
    if f.type == "number":
        return round(rng.uniform(f.min or 0, min(f.max or 100, 100)), 1)
    if f.type in ("choice", "yes_no"):
        return rng.choice(f.option_keys())
    if f.type == "multichoice":
        keys = list(f.option_keys())
        return sorted(rng.sample(keys, rng.randint(1, len(keys))))
    if f.type == "date":
        return None  # set by the rules that need one (see _repair); the demo's answers leave other dates out
    if not f.required:
        return None  # an optional text is a number or a name the sample cannot make up («kế hoạch số …»)
    return rng.choice(["Đã thực hiện theo kế hoạch.", "Có biên bản kèm theo.", "Thực hiện định kỳ."])


def _solve(op: str, target, up: bool):
    """A value satisfying ``x op target`` (``up``: the unknown is on the left)."""
    from math import ceil, floor

    if not up:
        op = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}.get(op, op)
    if hasattr(target, "isoformat"):
        return target.isoformat()
    t = target
    return {"==": t, "<=": floor(t), "<": ceil(t) - 1, ">=": ceil(t), ">": floor(t) + 1, "!=": t + 1}[op]


def _repair(cond: dict, values: dict, env, fields) -> bool:
    """Change ``values`` so that ``cond`` holds where that is simple (sample data only); False when it held."""
    if rules.compile_condition(cond)(values, env) is not False:
        return False
    if "all" in cond:
        for c in cond["all"]:
            _repair(c, values, env, fields)
    elif "any" in cond:
        _repair(cond["any"][0], values, env, fields)
    elif "if" in cond:
        _repair(cond["then"], values, env, fields)
    elif "in" in cond:
        values[cond["field"]] = cond["in"][0]
    elif "min_selected" in cond:
        values[cond["field"]] = list(fields[cond["field"]].option_keys())[: cond["min_selected"]]
    else:
        left, right, op = cond["left"], cond["right"], cond["op"]
        for unknown, known, up in ((left, right, True), (right, left, False)):
            if isinstance(unknown, str) and unknown in fields:
                target = rules.compile_expr(known)(values, env)
                if target is not None:
                    values[unknown] = _solve(op, target, up)
                return True
            share = isinstance(unknown, dict) and (unknown.get("percent") or unknown.get("ratio"))
            if share and isinstance(share[0], str) and share[0] in fields:
                target = rules.compile_expr(known)(values, env)
                den = rules.compile_expr(share[1])(values, env)
                if target is not None and den:
                    scale = 100 if "percent" in unknown else 1
                    values[share[0]] = _solve(op, target * den / scale, up)
                return True
    return True


def _values(rng, criterion: Criterion, env, want_met: bool, typical: dict) -> dict:
    m = criterion.answer
    fields = {f.key: f for f in m.fields}
    conds = [c.rule for c in m.checks] + ([c.rule for c in m.met_when] if want_met else [])
    bound = [(f, rules.compile_expr(f.from_profile)) for f in m.fields if f.from_profile and not m.per_campus]
    values = {}
    for attempt in range(80):
        if attempt == 40:  # the verdict rules and the checks fight: settle for valid values that are not met
            want_met, conds = False, [c.rule for c in m.checks]
        values = {k: v for f in m.fields if (v := _random_value(rng, f, typical.get(f.key))) is not None
                  for k in (f.key,)}
        for f, expected in bound:
            want = expected(values, env)
            if want is not None:
                values[f.key] = want
        for _round in range(4):
            if not any([_repair(c, values, env, fields) for c in conds]):
                break
        for f, expected in bound:
            want = expected(values, env)
            if want is not None and values.get(f.key) != want:
                break
        else:
            rule = _rule(criterion)
            if m.per_campus:
                judged = rule._judge(values, env, env.campus)
                if not judged[1] and not judged[2] and (judged[0] or not want_met):
                    return values
            else:
                env.own = values
                ev = rule.evaluate(values, env)
                if not ev.problems and not ev.missing and (ev.verdict == MET or not want_met):
                    return values
    return values


def sample_values(rng, criterion: Criterion, env, want_met: bool, hints=None) -> dict:
    """Plausible values (``hints(campus)`` gives ``{field: (low, high)}`` for counts), repaired until the checks
    (and, when ``want_met``, the verdict rules) hold."""
    hints = hints or (lambda campus: {})
    if not criterion.answer.per_campus:
        env.campus = None
        return _values(rng, criterion, env, want_met, hints(None))
    per = {}
    for code in env.campuses:
        env.campus = code
        env.own = {"campuses": per}
        per[code] = _values(rng, criterion, env, want_met, hints(code))
    env.campus = None
    bound = [(f, _expected(f, env.stats)) for f in criterion.answer.fields if f.from_profile]
    if env.campuses and bound:
        first = env.campuses[0]
        for f, want in bound:
            others = sum(per[c].get(f.key) or 0 for c in env.campuses[1:])
            if want is not None and want - others >= 1:
                per[first][f.key] = want - others
        env.campus = first
        fields = {f.key: f for f in criterion.answer.fields}
        for _round in range(4):
            conds = [c.rule for c in criterion.answer.checks]
            conds += [c.rule for c in criterion.answer.met_when] if want_met else []
            if not any([_repair(c, per[first], env, fields) for c in conds if not _touches(c, bound)]):
                break
        env.campus = None
    return {"campuses": per}


def _touches(cond: dict, bound) -> bool:
    """True when ``cond`` would change a profile-bound field (the total fixed above must stay)."""
    keys = {f.key for f, _ in bound}
    left = cond.get("left")
    return isinstance(left, str) and left in keys

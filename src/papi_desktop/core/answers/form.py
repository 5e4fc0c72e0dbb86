"""Answer model ``form``: a few typed fields, judged by the catalogue's rules (``met_when``, ``checks``).

Value: ``{field: value, …}``, or ``{"campuses": {campus code: {field: value, …}}}`` for ``per_campus`` criteria
(judged at every campus). Field types: ``count`` (whole number), ``number``, ``yes_no``, ``choice``,
``multichoice`` (a list of option keys), ``date`` (``YYYY-MM-DD``), ``text``.

* A failing ``check`` is an error shown next to its field: the criterion cannot be "Đạt" and the assessment
  cannot be finalised until it is fixed. Checks may read other criteria and the school profile.
* A field with ``from_profile`` (e.g. ``"school.teachers"``) is pre-filled from the school profile and must agree
  with it (for a per-campus field: its total over the campuses).
* A failing ``met_when`` entry with a ``message`` is a reason for "Chưa đạt", shown next to its field.
"""

from __future__ import annotations

from papi_desktop.core.answers import rules
from papi_desktop.core.answers.engine import NOT_MET, UNANSWERED, Evaluation, Problem, constant_evaluations
from papi_desktop.core.answers.text import WORDS, Line, field_phrase, sentences
from papi_desktop.core.catalogue import Criterion, Field, Text

NAME = "form"
MAX_TEXT = 1000
PROFILE_WORDS = {
    "classes": Text("lớp", "classes"),
    "pupils": Text("học sinh", "pupils"),
    "teachers": Text("giáo viên", "teachers"),
    "staff": Text("cán bộ, nhân viên", "other staff"),
}


# -- field limits (the same when typing, at finalising and at import) --------------------------------------


def field_problems(f: Field, value) -> list[Text]:
    """What is wrong with one field value (type, limits, known option); [] for nothing entered."""
    if value is None or value == "" or value == []:
        return []
    label = f.label
    if f.type in ("count", "number"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            f.type == "count" and not float(value).is_integer()
        ):
            kind = ("một số nguyên", "a whole number") if f.type == "count" else ("một số", "a number")
            return [Text(f"«{label.vi}» phải là {kind[0]}.", f"'{label.en}' must be {kind[1]}.")]
        out = []
        if f.min is not None and value < f.min:
            out.append(Text(f"«{label.vi}» không được nhỏ hơn {f.min:g}.", f"'{label.en}' cannot be below {f.min:g}."))
        if f.max is not None and value > f.max:
            out.append(Text(f"«{label.vi}» không được lớn hơn {f.max:g}.", f"'{label.en}' cannot exceed {f.max:g}."))
        return out
    if f.type in ("choice", "yes_no"):
        ok = isinstance(value, str) and value in f.option_keys()
    elif f.type == "multichoice":
        ok = isinstance(value, list) and all(isinstance(v, str) and v in f.option_keys() for v in value) \
            and len(set(value)) == len(value)
    elif f.type == "date":
        ok = rules.operand(value) is not None and isinstance(value, str)
        if not ok:
            return [Text(f"«{label.vi}»: ngày không hợp lệ (cần ngày/tháng/năm).",
                         f"'{label.en}': invalid date (day/month/year needed).")]
    else:
        ok = isinstance(value, str) and len(value) <= MAX_TEXT
        if not ok:
            return [Text(f"«{label.vi}» phải là chữ, tối đa {MAX_TEXT} ký tự.",
                         f"'{label.en}' must be text of at most {MAX_TEXT} characters.")]
    return [] if ok else [Text(f"«{label.vi}»: lựa chọn không hợp lệ.", f"'{label.en}': unknown option.")]


def _quick_ok(f: Field):
    """A fast test that is true only when :func:`field_problems` finds nothing."""
    lo, hi = f.min, f.max
    if f.type in ("count", "number"):
        kinds = (int,) if f.type == "count" else (int, float)
        return lambda v: type(v) in kinds and (lo is None or v >= lo) and (hi is None or v <= hi)
    if f.type in ("choice", "yes_no"):
        keys = frozenset(f.option_keys())
        return lambda v: type(v) is str and v in keys
    return lambda v: not field_problems(f, v)


def _unknown_keys(values: dict, known: frozenset, campus: str | None) -> list[Problem]:
    return [Problem(Text(f"Mục «{k}» không có trong tiêu chí này.", f"'{k}' is not a field of this criterion."),
                    campus) for k in values if k not in known]


# -- the school profile -------------------------------------------------------------------------------------


def _profile_keys(expr) -> list[str]:
    return [rules.PROFILE_RE.match(r).group(1) for r in rules.expr_refs(expr)]


def profile_text(expr, stats: dict) -> Text:
    """How the profile numbers a field must agree with read: "18 giáo viên", "18 giáo viên và 24 cán bộ, nhân
    viên (42 người)"."""
    keys = _profile_keys(expr)
    parts = [(stats.get(k), PROFILE_WORDS[k]) for k in keys]
    vi = " và ".join(f"{n} {w.vi}" for n, w in parts)
    en = " and ".join(f"{n} {w.en}" for n, w in parts)
    if len(parts) > 1:
        total = sum(n for n, _w in parts)
        vi, en = f"{vi} ({total} người)", f"{en} ({total} people)"
    return Text(vi, en)


def _profile_problem(f: Field, got, expected, stats, campus, total: bool) -> Problem:
    want = profile_text(f.from_profile, stats)
    what_vi = "tổng của các điểm trường" if total else "ở đây"
    what_en = "the campuses add up to" if total else "this says"
    return Problem(Text(f"Hồ sơ trường ghi {want.vi}; {what_vi} là {got}. Hãy sửa cho khớp (hoặc sửa hồ sơ trường).",
                        f"The school profile says {want.en}; {what_en} {got}. Make them agree (or correct the "
                        f"profile)."), campus, f.key)


# -- compiled rules -----------------------------------------------------------------------------------------


class Rule:
    """A form criterion's rules compiled once."""

    def __init__(self, criterion: Criterion):
        m = criterion.answer
        self.cid = criterion.id
        self.met, self.not_met, _partly, self.na = constant_evaluations(criterion.id)
        self.per_campus = m.per_campus
        self.fields = tuple((f.key, f.required, _quick_ok(f), f) for f in m.fields)
        self.known = frozenset(f.key for f in m.fields)
        self.checks = tuple((rules.compile_condition(c.rule), c.message, c.field or rules.own_field(c.rule))
                            for c in m.checks)
        self.met_when = tuple((rules.compile_condition(c.rule), c.message, c.field or rules.own_field(c.rule))
                              for c in m.met_when)
        self.bound = tuple((f, rules.compile_expr(f.from_profile)) for f in m.fields if f.from_profile)
        self.reads = set().union(*(rules.other_criteria(c.rule) for c in (*m.checks, *m.met_when)), set())

    def _judge(self, values: dict, env, campus: str | None):
        problems: list[Problem] = []
        reasons: list[Problem] = []
        missing: list[str] = []
        for key, required, ok, f in self.fields:
            v = values.get(key)
            if v is None or v == "" or v == []:
                if required:
                    missing.append(f"{campus}:{key}" if campus else key)
                continue
            if not ok(v):
                problems += [Problem(t, campus, key) for t in field_problems(f, v)]
        if len(values) > len(self.known) or any(k not in self.known for k in values):
            problems += _unknown_keys(values, self.known, campus)
        for holds, message, where in self.checks:
            if holds(values, env) is False:
                problems.append(Problem(message, campus, where))
        if not self.per_campus:
            for f, expected in self.bound:
                got, want = values.get(f.key), expected(values, env)
                if isinstance(got, (int, float)) and want is not None and got != want:
                    problems.append(_profile_problem(f, got, want, env.stats, campus, False))
        met = None
        if not missing:
            met = True
            for holds, message, where in self.met_when:
                got = holds(values, env)
                if not got:
                    met = False
                    if message and got is False:
                        reasons.append(Problem(message, campus, where))
        return met, problems, missing, reasons

    def evaluate(self, value: dict, env) -> Evaluation:
        if self.per_campus:
            per = value.get("campuses")
            per = per if isinstance(per, dict) else {}
            codes = env.campuses or tuple(sorted(per))
            if not codes:
                return Evaluation(self.cid, UNANSWERED, 0.0, missing=("campuses",))
            results = []
            for code in codes:
                env.campus = code
                values = per.get(code)
                results.append(self._judge(values if isinstance(values, dict) else {}, env, code))
            env.campus = None
            extra = [k for k in value if k != "campuses"] + [c for c in per if c not in codes]
            problems = [p for r in results for p in r[1]] + [
                Problem(Text(f"Mục «{k}» không thuộc câu trả lời này.", f"'{k}' is not part of this answer."))
                for k in extra]
            problems += self._totals(per, codes, env)
            missing = [m for r in results for m in r[2]]
            reasons = [p for r in results for p in r[3]]
            met = all(r[0] for r in results) if not missing else None
        else:
            env.campus = None
            met, problems, missing, reasons = self._judge(value, env, None)
        if missing:
            return Evaluation(self.cid, UNANSWERED, 0.0, tuple(problems), tuple(missing))
        if not problems and not reasons:
            return self.met if met else self.not_met
        return Evaluation(self.cid, NOT_MET, 0.0, tuple(problems), reasons=tuple(reasons))

    def _totals(self, per: dict, codes, env) -> list[Problem]:
        out = []
        for f, expected in self.bound:
            got = [per.get(c, {}).get(f.key) if isinstance(per.get(c), dict) else None for c in codes]
            want = expected({}, env)
            if want is None or not all(isinstance(g, (int, float)) and not isinstance(g, bool) for g in got):
                continue
            if sum(got) != want:
                out.append(_profile_problem(f, sum(got), want, env.stats, codes[0], len(codes) > 1))
        return out


def compile(criterion: Criterion) -> Rule:
    return Rule(criterion)


def validate(criterion: Criterion, value: dict) -> list[Problem]:
    """The shape and limits of a value: fields that exist, of their type, inside their limits, known options."""
    rule = _rule(criterion)
    if rule.per_campus:
        out = [Problem(Text(f"Mục «{k}» không thuộc câu trả lời này.", f"'{k}' is not part of this answer."))
               for k in value if k != "campuses"]
        per = value.get("campuses", {})
        if not isinstance(per, dict):
            return [*out, Problem(Text("«campuses» phải là một bảng theo điểm trường.",
                                       "'campuses' must map campus codes to values."))]
        groups = [(code, v) for code, v in per.items()]
    else:
        out, groups = [], [(None, value)]
    for code, values in groups:
        if not isinstance(values, dict):
            out.append(Problem(Text("Giá trị của điểm trường phải là một bảng.", "A campus's value must be a map."),
                               code))
            continue
        out += _unknown_keys(values, rule.known, code)
        for key, _required, _ok, f in rule.fields:
            out += [Problem(t, code, key) for t in field_problems(f, values.get(key))]
    return out


def _rule(criterion: Criterion) -> Rule:
    from papi_desktop.core.answers.engine import compiled

    return compiled(criterion)


# -- readable text ------------------------------------------------------------------------------------------


def _values_text(criterion: Criterion, values: dict, lang: str) -> str:
    if not isinstance(values, dict) or all(values.get(f.key) in (None, "", []) for f in criterion.answer.fields):
        return ""
    parts = [field_phrase(f, values.get(f.key), lang) for f in criterion.answer.fields]
    return sentences([p for p in parts if p])


def describe(criterion: Criterion, value: dict, lang: str, campuses=()) -> list[Line]:
    """One line per campus (head: the campus name) for per-campus criteria, else one line."""
    if not criterion.answer.per_campus:
        return [Line(_values_text(criterion, value, lang) or WORDS["unanswered"].get(lang))]
    per = value.get("campuses") if isinstance(value.get("campuses"), dict) else {}
    names = dict(campuses)
    codes = [code for code, _name in campuses] or sorted(per)
    codes += [code for code in sorted(per) if code not in codes]  # campuses no longer in the profile
    lines = [Line(_values_text(criterion, per.get(code) or {}, lang) or WORDS["missing"].get(lang).capitalize() + ".",
                  head=f"{names.get(code, code)}: ") for code in codes]
    return lines or [Line(WORDS["unanswered"].get(lang))]


# -- the school profile in the answer ---------------------------------------------------------------------


def _expected(f: Field, stats: dict):
    env = rules.Env(stats=stats)
    return rules.compile_expr(f.from_profile)({}, env)


def prefill(criterion: Criterion, value: dict, stats: dict, campuses) -> dict:
    """``value`` with its empty profile fields filled from the school profile (a per-campus field only when the
    school has one campus); the value itself is not changed."""
    bound = [(f, _expected(f, stats)) for f in criterion.answer.fields if f.from_profile]
    bound = [(f, n) for f, n in bound if n is not None]
    if not bound:
        return value
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in value.items()}
    if criterion.answer.per_campus:
        codes = list(campuses)
        if len(codes) != 1:
            return out
        per = out.setdefault("campuses", {})
        target = per.setdefault(codes[0], {})
    else:
        target = out
    for f, n in bound:
        if target.get(f.key) in (None, ""):
            target[f.key] = n
    return out


def follow_profile(criterion: Criterion, value: dict, old: dict, new: dict) -> dict | None:
    """The value after the school profile changed from ``old`` to ``new``: a profile field that still held the old
    profile number takes the new one. None when nothing changes."""
    changed = False
    out = {k: v for k, v in value.items()}
    if criterion.answer.per_campus:
        per = out.get("campuses")
        if not isinstance(per, dict) or len(per) != 1:
            return None
        code, values = next(iter(per.items()))
        target = dict(values) if isinstance(values, dict) else {}
        out["campuses"] = {code: target}
    else:
        target = out
    for f in criterion.answer.fields:
        if f.from_profile:
            before, after = _expected(f, old), _expected(f, new)
            if before is not None and after is not None and before != after and target.get(f.key) == before:
                target[f.key] = after
                changed = True
    return out if changed else None


def sample(rng, criterion: Criterion, env, want_met: bool, hints=None) -> dict:
    """Plausible values for the demo (see :mod:`papi_desktop.core.answers.form_sample`)."""
    from papi_desktop.core.answers.form_sample import sample_values

    return sample_values(rng, criterion, env, want_met, hints)


# -- the catalogue's own checks ---------------------------------------------------------------------------------


def check(criterion: Criterion, catalogue) -> tuple[str, str] | None:
    """What the schema cannot say: references to fields, criteria and options that exist, of the right type."""
    m, cid = criterion.answer, criterion.id
    by_key = {f.key: f for f in m.fields}

    def fail(vi: str, en: str) -> tuple[str, str]:
        return f"tiêu chí {cid}: {vi}", f"criterion {cid}: {en}"

    for f in m.fields:
        if f.type in ("choice", "multichoice") and not f.options:
            return fail(f"câu {f.key} thiếu danh sách lựa chọn.", f"field {f.key}: choice without options.")
        if f.from_profile is not None:
            refs = rules.expr_refs(f.from_profile)
            if not refs or any(not (mm := rules.PROFILE_RE.match(r)) or mm.group(1) not in rules.PROFILE_KEYS
                               for r in refs):
                return fail(f"câu {f.key}: «from_profile» chỉ được dùng số liệu của hồ sơ trường.",
                            f"field {f.key}: 'from_profile' may only use the school profile's numbers.")
    for raw in m.params.get("met_when", ()):
        if "rule" in raw:
            extra = set(raw) - {"rule", "message", "field"}
            text_ok = isinstance(raw.get("message"), dict) and all(
                isinstance(raw["message"].get(k), str) and raw["message"][k] for k in ("vi", "en")) \
                and set(raw["message"]) == {"vi", "en"}
            if extra or not text_ok or not isinstance(raw.get("field", ""), str):
                return fail("một điều kiện có thông báo phải gồm rule, message (vi, en) và có thể field.",
                            "a condition with a message needs rule, message (vi, en) and may have field.")
    for expr in [f.from_profile for f in m.fields if f.from_profile is not None]:
        problem = rules.expr_problem(expr)
        if problem:
            return fail(f"biểu thức không hợp lệ: {problem}.", f"invalid expression: {problem}.")
    for c in (*m.met_when, *m.checks):
        problem = rules.condition_problem(c.rule)
        if problem:
            return fail(f"điều kiện không hợp lệ: {problem}.", f"invalid condition: {problem}.")
        for ref in rules.condition_refs(c.rule) + rules.totals(c.rule):
            other = rules.OTHER_RE.match(ref)
            profile = rules.PROFILE_RE.match(ref)
            if other:
                if not catalogue.has(other.group(1)):
                    return fail(f"điều kiện nhắc tới tiêu chí không tồn tại «{other.group(1)}».",
                                f"a condition names unknown criterion '{other.group(1)}'.")
                keys = {f.key for f in catalogue.criterion(other.group(1)).answer.fields}
                if other.group(2) not in keys:
                    return fail(f"điều kiện nhắc tới câu hỏi không tồn tại «{ref}».",
                                f"a condition names unknown field '{ref}'.")
            elif profile:
                if profile.group(1) not in rules.PROFILE_KEYS:
                    return fail(f"hồ sơ trường không có «{ref}».", f"the school profile has no '{ref}'.")
            elif ref not in by_key:
                return fail(f"điều kiện nhắc tới câu hỏi không tồn tại «{ref}».",
                            f"a condition names unknown field '{ref}'.")
        for key, options in rules.in_lists(c.rule):
            if key in by_key:
                allowed = by_key[key].option_keys()
                for value in options:
                    if value not in allowed:
                        return fail(f"lựa chọn «{value}» không có trong câu {key}.",
                                    f"option '{value}' is not an option of field {key}.")
        if c.field and c.field not in by_key:
            return fail(f"thông báo gắn với câu hỏi không tồn tại «{c.field}».",
                        f"a message is attached to unknown field '{c.field}'.")
    return None

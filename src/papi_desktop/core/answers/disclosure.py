"""Answer model ``disclosure``: was something made public, when, and how.

Value: ``{"disclosed": "yes" | "no", "date": "YYYY-MM-DD", "methods": [method keys]}``. Met when disclosed,
dated, with at least ``min_methods`` ways, and dated inside the criterion's window in the school year:
``"window": {"from": {"day": "07-01", "year": 0}, "to": {"day": "06-30", "year": 1}}`` (``year`` 0 is the first
calendar year of the school year, 1 the second); the older ``"deadline": "MM-DD"`` is a window with only its end,
in the second year. A date outside the window is a reason for "not met", shown next to the date.
"""

from __future__ import annotations

from datetime import date

from papi_desktop.core.answers.engine import NOT_MET, UNANSWERED, Evaluation, Problem, constant_evaluations
from papi_desktop.core.answers.rules import day
from papi_desktop.core.answers.text import WORDS, Line, join_items, sentence, vn_date
from papi_desktop.core.catalogue import Criterion, Text
from papi_desktop.core.text import iso_day

NAME = "disclosure"
KEYS = ("disclosed", "date", "methods")


def parse_date(value) -> date | None:
    return iso_day(value)


def window(criterion: Criterion) -> tuple[dict | None, dict | None]:
    """``(from, to)`` day specs of the criterion's window (either may be None)."""
    w = criterion.answer.params.get("window")
    if w:
        return w.get("from"), w.get("to")
    deadline = criterion.answer.deadline
    return None, ({"day": deadline, "year": 1} if deadline else None)


class Rule:
    def __init__(self, criterion: Criterion):
        self.criterion = criterion
        self.met, self.not_met, _partly, self.na = constant_evaluations(criterion.id)
        self.methods = frozenset(m.key for m in criterion.answer.methods)
        self.least = criterion.answer.min_methods
        self.window = window(criterion)
        self.reads: set[str] = set()

    def evaluate(self, value: dict, env) -> Evaluation:
        cid = self.criterion.id
        problems = tuple(validate(self.criterion, value))
        disclosed = value.get("disclosed")
        if disclosed not in ("yes", "no"):
            return Evaluation(cid, UNANSWERED, 0.0, problems, ("disclosed",))
        if disclosed == "no":
            return Evaluation(cid, NOT_MET, 0.0, problems) if problems else self.not_met
        when = parse_date(value.get("date"))
        methods = value.get("methods") if isinstance(value.get("methods"), list) else []
        missing = tuple(k for k, have in (("date", value.get("date")), ("methods", methods)) if not have)
        if missing or when is None:
            return Evaluation(cid, UNANSWERED, 0.0, problems, missing or ("date",))
        reasons = []
        start, end = (day(w, env.year) if w else None for w in self.window)
        if (start and when < start) or (end and when > end):
            reasons.append(Problem(_outside(start, end, when), field="date"))
        if len(methods) < self.least:
            reasons.append(Problem(Text(f"Cần ít nhất {self.least} hình thức công khai.",
                                        f"At least {self.least} ways of disclosure are needed."), field="methods"))
        if problems or reasons:
            return Evaluation(cid, NOT_MET, 0.0, problems, reasons=tuple(reasons))
        return self.met


def _outside(start: date | None, end: date | None, when: date) -> Text:
    if start and end:
        return Text(f"Ngày công khai {when:%d/%m/%Y} không nằm trong năm học: phải từ {start:%d/%m/%Y} đến "
                    f"{end:%d/%m/%Y}.",
                    f"The date of disclosure {when:%d/%m/%Y} is outside the school year: it must be from "
                    f"{start:%d/%m/%Y} to {end:%d/%m/%Y}.")
    if end:
        return Text(f"Ngày công khai sau hạn {end:%d/%m/%Y}.", f"Disclosed after the deadline {end:%d/%m/%Y}.")
    return Text(f"Ngày công khai trước {start:%d/%m/%Y}, không thuộc năm học này.",
                f"Disclosed before {start:%d/%m/%Y}, not in this school year.")


def compile(criterion: Criterion) -> Rule:
    return Rule(criterion)


def validate(criterion: Criterion, value: dict) -> list[Problem]:
    """Unknown keys, an unknown answer or way of disclosure, a date that is not a date."""
    out = [Problem(Text(f"Mục «{k}» không thuộc câu trả lời này.", f"'{k}' is not part of this answer."))
           for k in value if k not in KEYS]
    if value.get("disclosed") not in (None, "yes", "no"):
        out.append(Problem(Text("Lựa chọn không hợp lệ.", "Unknown choice."), field="disclosed"))
    d = value.get("date")
    if d not in (None, "") and parse_date(d) is None:
        out.append(Problem(Text("Ngày công khai không hợp lệ (cần ngày/tháng/năm).",
                                "Invalid date of disclosure (day/month/year needed)."), field="date"))
    methods = value.get("methods")
    known = {m.key for m in criterion.answer.methods}
    if methods is not None and (not isinstance(methods, list) or any(m not in known for m in methods)
                                or len(set(methods)) != len(methods)):
        out.append(Problem(Text("Hình thức công khai không hợp lệ.", "Unknown way of disclosure."),
                           field="methods"))
    return out


def describe(criterion: Criterion, value: dict, lang: str, campuses=()) -> list[Line]:
    disclosed = value.get("disclosed")
    if disclosed == "no":
        return [Line(Text("Chưa công khai.", "Not disclosed.").get(lang))]
    if disclosed != "yes":
        return [Line(WORDS["unanswered"].get(lang))]
    when = value.get("date")
    if when:
        out = Text(f"Đã công khai ngày {vn_date(when)}", f"Disclosed on {vn_date(when)}").get(lang)
    else:
        out = Text("Đã công khai (chưa ghi ngày)", "Disclosed (no date given)").get(lang)
    labels = {m.key: m.label.get(lang) for m in criterion.answer.methods}
    methods = [labels.get(m, str(m)) for m in value.get("methods") or [] if isinstance(m, str)]
    if methods:
        out += Text(" bằng các hình thức: ", " by: ").get(lang) + join_items(methods)
    return [Line(sentence(out))]


def sample(rng, criterion: Criterion, env, want_met: bool, hints=None) -> dict:
    year = env.year or 2025
    start, end = (day(w, year) if w else None for w in window(criterion))
    first = max(start or date(year, 9, 5), date(year, 9, 5))
    when = date.fromordinal(first.toordinal() + rng.randint(0, 120))
    if end and when > end:
        when = end
    methods = [m.key for m in criterion.answer.methods]
    least = criterion.answer.min_methods
    chosen = sorted(rng.sample(methods, rng.randint(max(1, least), len(methods))))
    if want_met:
        return {"disclosed": "yes", "date": when.isoformat(), "methods": chosen}
    if rng.random() < 0.5:
        return {"disclosed": "no"}
    late = date(year + 1, 7, 20) if end else when
    return {"disclosed": "yes", "date": late.isoformat(), "methods": chosen[: max(1, least - 1)]}


def check(criterion: Criterion, catalogue) -> tuple[str, str] | None:
    for spec in window(criterion):
        if spec:
            try:
                day(spec, 2025)
            except ValueError:
                return (f"tiêu chí {criterion.id}: ngày «{spec['day']}» không có thật.",
                        f"criterion {criterion.id}: day '{spec['day']}' does not exist.")
    return None


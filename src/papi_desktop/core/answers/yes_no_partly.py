"""Answer model ``yes_no_partly``: "Có" / "Một phần" / "Không", with an optional detail line.

Value: ``{"choice": "yes" | "partly" | "no", "detail": "…"}`` (``detail`` only when the catalogue asks for it with
``"detail": {"label": …}``). Met only for "yes"; "partly" earns half credit. In a report the choice reads as the
catalogue's ``say`` phrase for it (``{"yes": …, "partly": …, "no": …}``), followed by the detail.
"""

from __future__ import annotations

from papi_desktop.core.answers.engine import NOT_MET, UNANSWERED, Evaluation, Problem, constant_evaluations
from papi_desktop.core.answers.text import WORDS, Line, sentence
from papi_desktop.core.catalogue import Criterion, Text

NAME = "yes_no_partly"
CHOICES = ("yes", "partly", "no")
MAX_DETAIL = 1000


class Rule:
    def __init__(self, criterion: Criterion):
        self.met, self.not_met, self.partly, self.na = constant_evaluations(criterion.id)
        self.criterion = criterion
        self.reads: set[str] = set()
        self.unanswered = Evaluation(criterion.id, UNANSWERED, 0.0, missing=("choice",))

    def evaluate(self, value: dict, env) -> Evaluation:
        choice = value.get("choice")
        if len(value) != 1 or choice not in CHOICES:
            problems = tuple(validate(self.criterion, value))
            if problems:
                if choice not in CHOICES:
                    return Evaluation(self.criterion.id, UNANSWERED, 0.0, problems, ("choice",))
                return Evaluation(self.criterion.id, NOT_MET, 0.0, problems)
        if choice == "yes":
            return self.met
        if choice == "partly":
            return self.partly
        if choice == "no":
            return self.not_met
        return self.unanswered


def compile(criterion: Criterion) -> Rule:
    return Rule(criterion)


def _detail(criterion: Criterion) -> dict | None:
    return criterion.answer.params.get("detail")


def validate(criterion: Criterion, value: dict) -> list[Problem]:
    """Unknown keys, an unknown choice, a detail that is not text."""
    allowed = {"choice", "detail"} if _detail(criterion) else {"choice"}
    out = [Problem(Text(f"Mục «{k}» không thuộc câu trả lời này.", f"'{k}' is not part of this answer."))
           for k in value if k not in allowed]
    choice = value.get("choice")
    if choice is not None and choice not in CHOICES:
        out.append(Problem(Text("Lựa chọn không hợp lệ.", "Unknown choice."), field="choice"))
    detail = value.get("detail")
    if detail is not None and (not isinstance(detail, str) or len(detail) > MAX_DETAIL):
        out.append(Problem(Text(f"Phần ghi rõ phải là chữ, tối đa {MAX_DETAIL} ký tự.",
                                f"The detail must be text of at most {MAX_DETAIL} characters."), field="detail"))
    return out


def describe(criterion: Criterion, value: dict, lang: str, campuses=()) -> list[Line]:
    choice = value.get("choice")
    if choice not in CHOICES:
        return [Line(WORDS["unanswered"].get(lang))]
    say = criterion.answer.params.get("say", {}).get(choice)
    out = say[lang] if say else WORDS[choice].get(lang)
    detail = (value.get("detail") or "").strip() if isinstance(value.get("detail"), str) else ""
    if detail:
        out = out.rstrip(".") + f": {detail}"
    return [Line(sentence(out))]


def sample(rng, criterion: Criterion, env, want_met: bool, hints=None) -> dict:
    value = {"choice": "yes" if want_met else rng.choice(["partly", "no"])}
    detail = _detail(criterion)
    if detail and value["choice"] != "no" and detail.get("example"):
        value["detail"] = detail["example"]["vi"]
    return value


def detail_label(criterion: Criterion) -> tuple[Text, Text | None] | None:
    """``(label, example)`` of the criterion's detail line, or None when it has none."""
    d = _detail(criterion)
    return (Text.of(d["label"]), Text.of(d.get("example"))) if d else None


def check(criterion: Criterion, catalogue) -> tuple[str, str] | None:
    say = criterion.answer.params.get("say") or {}
    unknown = [k for k in say if k not in CHOICES]
    if unknown:
        return (f"tiêu chí {criterion.id}: «say» có lựa chọn không tồn tại {unknown[0]}.",
                f"criterion {criterion.id}: 'say' names unknown choice {unknown[0]}.")
    return None

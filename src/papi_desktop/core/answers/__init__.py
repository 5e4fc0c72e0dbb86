"""Answer models: how a criterion is answered, judged, described and sampled — one module per model.

Each module in :data:`MODELS` gives ``NAME`` and:

* ``compile(criterion)`` — the criterion's rules compiled once (cached by :mod:`.engine`); the result has
  ``evaluate(value, env) -> Evaluation``, ``na`` (the "không áp dụng" evaluation) and ``reads`` (ids of the other
  criteria its rules read);
* ``validate(criterion, value) -> [Problem]`` — the shape and limits of a value: the one set of rules used while
  typing (its messages show next to the field), at finalising (``evaluate`` includes them) and at import;
* ``describe(criterion, value, lang, campuses) -> [Line]`` — what people read (report, spreadsheets, the office's
  view, the command line): option labels, dd/mm/yyyy dates, the catalogue's phrases; never a key;
* ``sample(rng, criterion, env, want_met, hints) -> value`` — plausible sample data (``demo.py``);
* ``check(criterion, catalogue) -> (vi, en) | None`` — the model's catalogue rules a JSON schema cannot express.

Optional: ``prefill`` and ``follow_profile`` (values that come from the school profile). A new model is one
module here, one editor in ``gui/editors.py`` (``EDITORS``) and its name in the catalogue schema
(see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from types import ModuleType

from papi_desktop.core.answers import disclosure, form, yes_no_partly
from papi_desktop.core.answers.engine import Problem
from papi_desktop.core.answers.text import WORDS, Line
from papi_desktop.core.catalogue import Catalogue, Criterion

MODELS: dict[str, ModuleType] = {m.NAME: m for m in (yes_no_partly, form, disclosure)}
ANSWER_MODELS = tuple(MODELS)


def model_of(criterion: Criterion) -> ModuleType:
    """The module of the criterion's answer model."""
    return MODELS[criterion.answer.model]


def check_catalogue(catalogue: Catalogue) -> tuple[str, str] | None:
    """The first ``(vi, en)`` problem the answer models find in a catalogue, or None."""
    for c in catalogue.criteria:
        if c.answer.model not in MODELS:
            return (f"tiêu chí {c.id} dùng mô hình trả lời không có «{c.answer.model}».",
                    f"criterion {c.id} uses unknown answer model '{c.answer.model}'.")
        problem = MODELS[c.answer.model].check(c, catalogue)
        if problem:
            return problem
    return None


def validate(criterion: Criterion, value) -> list[Problem]:
    """What is wrong with the shape or limits of ``value`` for ``criterion`` ([] when nothing)."""
    from papi_desktop.core.catalogue import Text

    if not isinstance(value, dict):
        return [Problem(Text("Câu trả lời phải là một bảng (đối tượng JSON).", "An answer must be a JSON object."))]
    return model_of(criterion).validate(criterion, value)


def _campus_pairs(campuses) -> list[tuple[str, str]]:
    out = []
    for c in campuses or ():
        if isinstance(c, dict):
            out.append((c.get("code", ""), c.get("name", "")))
        elif isinstance(c, tuple):
            out.append(c)
        else:
            out.append((c.code, c.name))
    return out


def describe(criterion: Criterion, answer, lang: str = "vi", campuses=()) -> list[Line]:
    """What a person reads for an answer (an Answer, a snapshot answer dict or None): "Chưa trả lời",
    "Không áp dụng: <reason>", or the model's description. ``campuses``: Campus objects, campus dicts or
    ``(code, name)`` pairs, in the school's order."""
    if answer is None:
        return [Line(WORDS["unanswered"].get(lang))]
    if isinstance(answer, dict):
        na, reason, value = answer.get("na"), answer.get("na_reason"), answer.get("value")
    else:
        na, reason, value = answer.na, answer.na_reason, answer.value
    if na:
        reason = (reason or "").strip()
        return [Line(f"{WORDS['na'].get(lang)}: {reason}" if reason else WORDS["na"].get(lang))]
    return model_of(criterion).describe(criterion, value if isinstance(value, dict) else {}, lang,
                                        _campus_pairs(campuses))


def describe_text(criterion: Criterion, answer, lang: str = "vi", campuses=(), sep: str = " ") -> str:
    """:func:`describe` as one string (campus lines joined by ``sep``)."""
    return sep.join(f"{line.head}{line.text}" for line in describe(criterion, answer, lang, campuses))


def prefill(criterion: Criterion, value: dict, stats: dict, campuses) -> dict:
    """``value`` with what the school profile already says filled in (when the model has such fields)."""
    fn = getattr(model_of(criterion), "prefill", None)
    return fn(criterion, value, stats or {}, campuses) if fn else value


def follow_profile(criterion: Criterion, value: dict, old: dict, new: dict) -> dict | None:
    """The value after the school profile changed, or None when it does not follow the profile."""
    fn = getattr(model_of(criterion), "follow_profile", None)
    return fn(criterion, value, old or {}, new or {}) if fn else None

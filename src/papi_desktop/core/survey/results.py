"""Results of the parents' survey — pure functions of the questionnaire, the forms and the principal's verdicts.

Per yes/no question (for the school and for each campus): the number of forms, the counts of Có / Không /
Không biết, and ``share_yes`` = yes / (yes + no) — "không biết" and blanks are left out of the share, as PAPI does
— with its 95 % Wilson score interval. ``answered`` is that denominator, yes + no.

Wilson interval of a share p = k/n, z = 1.96 (REFERENCE §10)::

    (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)

It stays inside [0, 1] even for n = 1 or p = 0 or 1, where the textbook p ± z·√(p(1−p)/n) collapses to a point.

A **gap** is a criterion where the principal and the parents disagree: the criterion is met ("Đạt") but fewer
than half of the parents who answered its questions say yes, or it is not met ("Chưa đạt") while more than half
say yes. The yes and no answers of every question linked to the criterion are pooled. Verdicts come from
:func:`papi_desktop.core.scoring.evaluate_all` (the caller passes them in). Gaps are listed largest first: the
share of parents who disagree with the verdict.

Everything here takes plain data and returns plain data, so the review page, the CLI, the report, and the office
(from the forms in the data file, :mod:`papi_desktop.core.survey.data`) all compute the same numbers.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from papi_desktop.core.catalogue import Catalogue, Text
from papi_desktop.core.scoring import MET, NOT_MET, VERDICT_TEXT, Evaluation
from papi_desktop.core.survey.forms import SurveyForm
from papi_desktop.core.survey.questionnaire import DONT_KNOW, NO, YES, Questionnaire

Z95 = 1.96


def wilson(yes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval ``(low, high)`` of ``yes`` successes out of ``n``; None when ``n`` is 0."""
    if n <= 0:
        return None
    p = yes / n
    z2 = z * z
    centre = p + z2 / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    denominator = 1 + z2 / n
    return max(0.0, (centre - spread) / denominator), min(1.0, (centre + spread) / denominator)


def percent(share: float | None) -> str:
    """A share as printed everywhere (report, windows, spreadsheets): ``0.8952`` → ``"90%"``; None → ``"–"``."""
    return "–" if share is None else f"{round(100 * share)}%"


@dataclass(frozen=True)
class QuestionResult:
    """One yes/no question over a group of forms."""

    id: str
    text: Text
    criteria: tuple[str, ...]
    forms: int
    yes: int
    no: int
    dont_know: int

    @property
    def answered(self) -> int:
        """yes + no: the forms the share is taken over."""
        return self.yes + self.no

    @property
    def blank(self) -> int:
        return self.forms - self.yes - self.no - self.dont_know

    @property
    def share_yes(self) -> float | None:
        return self.yes / self.answered if self.answered else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.yes, self.answered)


@dataclass(frozen=True)
class ChoiceResult:
    """A choice question (travel time, overall rating): how many forms chose each option, in printed order."""

    id: str
    text: Text
    forms: int
    counts: tuple[tuple[str, Text, int], ...]

    @property
    def answered(self) -> int:
        return sum(n for _k, _t, n in self.counts)


@dataclass(frozen=True)
class GroupResult:
    """The results over one group of forms (the whole school, or one campus)."""

    forms: int
    questions: tuple[QuestionResult, ...]
    choices: tuple[ChoiceResult, ...]


@dataclass(frozen=True)
class Gap:
    criterion: str
    text: Text
    verdict: str
    yes: int
    answered: int
    questions: tuple[str, ...]

    @property
    def share_yes(self) -> float:
        return self.yes / self.answered

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.yes, self.answered)  # type: ignore[return-value]

    @property
    def disagreeing(self) -> float:
        """The share of parents (who answered yes or no) who disagree with the principal's verdict."""
        return 1 - self.share_yes if self.verdict == MET else self.share_yes


@dataclass(frozen=True)
class SurveyResults:
    survey_id: str
    version: str
    school: GroupResult
    #: ``(campus code, results)`` in the school's campus order, then campuses only the forms name
    campuses: tuple[tuple[str, GroupResult], ...]
    #: ``(campus code, class label, forms)``, sorted by campus order then class
    classes: tuple[tuple[str, str, int], ...]
    gaps: tuple[Gap, ...]
    first_entered: str | None
    last_entered: str | None

    @property
    def forms(self) -> int:
        return self.school.forms


def group_results(questionnaire: Questionnaire, forms: Sequence[SurveyForm]) -> GroupResult:
    """Counts, shares and intervals of every question over ``forms`` (one pass over the answers)."""
    counts = Counter(pair for f in forms for pair in f.answers.items())
    n = len(forms)
    return GroupResult(
        n,
        tuple(QuestionResult(q.id, q.text, q.criteria, n, counts[(q.id, YES)], counts[(q.id, NO)],
                             counts[(q.id, DONT_KNOW)]) for q in questionnaire.yes_no_questions()),
        tuple(ChoiceResult(q.id, q.text, n, tuple((o.key, o.label, counts[(q.id, o.key)]) for o in q.options))
              for q in questionnaire.choice_questions()))


def find_gaps(questionnaire: Questionnaire, school: GroupResult, catalogue: Catalogue | None,
              evaluations: Mapping[str, Evaluation]) -> tuple[Gap, ...]:
    """The criteria where the verdict and the parents disagree (see the module docstring), largest gap first.
    Criteria the catalogue does not have, or without a yes/no answer, are skipped."""
    pooled: dict[str, list] = {}
    for r in school.questions:
        for cid in r.criteria:
            entry = pooled.setdefault(cid, [0, 0, []])
            entry[0] += r.yes
            entry[1] += r.answered
            entry[2].append(r.id)
    gaps = []
    for cid, (yes, answered, qids) in pooled.items():
        ev = evaluations.get(cid)
        if ev is None or not answered or (catalogue is not None and not catalogue.has(cid)):
            continue
        share = yes / answered
        if (ev.verdict == MET and share < 0.5) or (ev.verdict == NOT_MET and share > 0.5):
            text = catalogue.criterion(cid).text if catalogue is not None else Text(cid, cid)
            gaps.append(Gap(cid, text, ev.verdict, yes, answered, tuple(qids)))
    return tuple(sorted(gaps, key=lambda g: (-g.disagreeing, g.criterion)))


def survey_results(questionnaire: Questionnaire, forms: Iterable[SurveyForm], catalogue: Catalogue | None = None,
                   evaluations: Mapping[str, Evaluation] | None = None,
                   campus_codes: Sequence[str] = ()) -> SurveyResults:
    """Everything the survey shows: for the school, per campus, forms per class, and the gaps against the
    principal's ``evaluations`` (from ``evaluate_all``; none given → no gaps)."""
    forms = list(forms)
    order = list(campus_codes) + sorted({f.campus for f in forms} - set(campus_codes))
    by_campus = {code: [f for f in forms if f.campus == code] for code in order}
    school = group_results(questionnaire, forms)
    rank = {code: i for i, code in enumerate(order)}
    per_class = Counter((f.campus, f.class_label) for f in forms)
    classes = tuple((c, k, n) for (c, k), n in sorted(per_class.items(), key=lambda x: (rank[x[0][0]], x[0][1])))
    dates = sorted(f.entered_on for f in forms if f.entered_on)
    return SurveyResults(
        survey_id=questionnaire.survey_id, version=questionnaire.version, school=school,
        campuses=tuple((code, group_results(questionnaire, by_campus[code])) for code in order if by_campus[code]),
        classes=classes,
        gaps=find_gaps(questionnaire, school, catalogue, evaluations or {}),
        first_entered=dates[0] if dates else None, last_entered=dates[-1] if dates else None,
    )


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def question_json(r: QuestionResult, lang: str = "vi") -> dict:
    low, high = r.interval or (None, None)
    return {"id": r.id, "text": r.text.get(lang), "criteria": list(r.criteria), "forms": r.forms,
            "answered": r.answered, "yes": r.yes, "no": r.no, "dont_know": r.dont_know, "blank": r.blank,
            "share_yes": _share(r.share_yes), "ci_low": _share(low), "ci_high": _share(high)}


def group_json(g: GroupResult, lang: str = "vi") -> dict:
    return {
        "forms": g.forms,
        "questions": [question_json(r, lang) for r in g.questions],
        "choices": [{"id": c.id, "text": c.text.get(lang), "forms": c.forms, "answered": c.answered,
                     "counts": {key: n for key, _label, n in c.counts}} for c in g.choices],
    }


def results_json(results: SurveyResults, lang: str = "vi") -> dict:
    """The plain JSON of ``papi-desktop survey results --json``: the school's figures at the top level
    (``forms``, ``questions``, ``choices``), then ``gaps``, ``campuses``, ``classes`` and the questionnaire."""
    out = group_json(results.school, lang)
    out["gaps"] = [{"criterion": g.criterion, "text": g.text.get(lang), "verdict": g.verdict,
                    "verdict_text": VERDICT_TEXT[g.verdict].get(lang), "questions": list(g.questions),
                    "yes": g.yes, "answered": g.answered, "share_yes": _share(g.share_yes),
                    "ci_low": _share(g.interval[0]), "ci_high": _share(g.interval[1])} for g in results.gaps]
    out["campuses"] = [{"campus": code, **group_json(g, lang)} for code, g in results.campuses]
    out["classes"] = [{"campus": c, "class": k, "forms": n} for c, k, n in results.classes]
    out["survey"] = {"id": results.survey_id, "version": results.version}
    out["entered"] = {"first": results.first_entered, "last": results.last_entered}
    return out

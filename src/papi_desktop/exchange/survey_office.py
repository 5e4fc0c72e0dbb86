"""The parents' survey at the receiving office (Qt-free): per school and per unit, the share of parents answering
"có" to each question, and the schools whose verdicts the parents contradict most, first.

:func:`survey_overview` reads the ``survey_summary`` rows written on import (and refreshed with the summary for
local assessments) — counts per question and the gaps, computed at import with the same
:func:`papi_desktop.core.survey.survey_results` the school uses — so it never reads a form and stays fast with
thousands of schools. A school that sent no survey (a file of format version 1 or 2, or a school that entered no
forms) is listed last, as "không có khảo sát".

A unit's share pools its parents: the "có" answers of all its schools' forms over all their "có"/"không" answers
(each family counts once, a large school weighs more), with its 95 % Wilson interval.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from papi_desktop.core.answers.text import vn_date
from papi_desktop.core.scoring import VERDICT_TEXT
from papi_desktop.core.survey import Question, default_questionnaire, percent, questionnaire_for, wilson
from papi_desktop.core.terms import NO_SURVEY
from papi_desktop.exchange.aggregate import sync_summary
from papi_desktop.storage import survey_office as store


def _share(yes: int, answered: int) -> float | None:
    return round(yes / answered, 4) if answered else None


def _question_json(counts: list[int] | None, with_interval: bool = False) -> dict:
    yes, no, dont_know = counts or (0, 0, 0)
    out = {"yes": yes, "no": no, "dont_know": dont_know, "answered": yes + no, "share_yes": _share(yes, yes + no)}
    if with_interval:
        interval = wilson(yes, yes + no)
        out["ci_low"], out["ci_high"] = (round(interval[0], 4), round(interval[1], 4)) if interval else (None, None)
    return out


@dataclass(frozen=True)
class SchoolGap:
    criterion: str
    verdict: str
    yes: int
    answered: int

    @property
    def share_yes(self) -> float:
        return self.yes / self.answered


class _Shares:
    """Shares from ``counts`` (question id → [yes, no, don't know])."""

    counts: dict[str, list[int]]

    def answered(self, question_id: str) -> int:
        yes, no, _dk = self.counts.get(question_id) or (0, 0, 0)
        return yes + no

    def share(self, question_id: str) -> float | None:
        return _share((self.counts.get(question_id) or (0,))[0], self.answered(question_id))

    def interval(self, question_id: str) -> tuple[float, float] | None:
        return wilson((self.counts.get(question_id) or (0,))[0], self.answered(question_id))


@dataclass
class SchoolSurvey(_Shares):
    """One school's assessment of the year; ``forms`` 0 and ``counts`` empty without a survey."""

    assessment_id: str
    school_code: str
    school_name: str
    unit_code: str
    unit_name: str
    forms: int = 0
    counts: dict[str, list[int]] = field(default_factory=dict)  # question id -> [yes, no, don't know]
    gaps: list[SchoolGap] = field(default_factory=list)
    largest_gap: float = 0.0
    first_entered: str | None = None
    last_entered: str | None = None

    @property
    def has_survey(self) -> bool:
        return self.forms > 0


@dataclass
class UnitSurvey(_Shares):
    """The pooled answers of a unit's schools (or of all schools shown)."""

    unit_code: str
    unit_name: str
    schools: int = 0
    surveyed: int = 0
    forms: int = 0
    counts: dict[str, list[int]] = field(default_factory=dict)

    def add(self, school: SchoolSurvey) -> None:
        self.schools += 1
        if not school.has_survey:
            return
        self.surveyed += 1
        self.forms += school.forms
        counts = self.counts
        for qid, (yes, no, dont_know) in school.counts.items():
            total = counts.get(qid)
            if total is None:
                counts[qid] = [yes, no, dont_know]
            else:
                total[0] += yes
                total[1] += no
                total[2] += dont_know


@dataclass
class SurveyOverview:
    school_year: str | None
    questions: list[Question] = field(default_factory=list)  # the yes/no questions, in printed order
    numbers: dict[str, int] = field(default_factory=dict)  # question id -> its number on the printed form
    schools: list[SchoolSurvey] = field(default_factory=list)  # largest gap first; without survey last
    units: list[UnitSurvey] = field(default_factory=list)  # in the order of their names
    total: UnitSurvey = field(default_factory=lambda: UnitSurvey("", ""))

    @property
    def without_survey(self) -> list[SchoolSurvey]:
        return [s for s in self.schools if not s.has_survey]


def survey_overview(repo, *, school_year: str | None = None, unit: str | None = None, sync: bool = True,
                    counted: set[str] | None = None) -> SurveyOverview:
    """The survey of the finalised assessments of ``school_year`` (default: the latest with data), optionally of
    one unit (code or name) and of the assessments ``counted`` only (the summaries: the accepted submissions).
    See the module docstring."""
    from papi_desktop.core.text import vi_sort_key
    from papi_desktop.storage import exchange_store

    if sync:
        sync_summary(repo)
    years = exchange_store.summary_years(repo)
    year = school_year or (years[0] if years else None)
    overview = SurveyOverview(year)
    rows = store.survey_summary_rows(repo, school_year=year, unit=unit) if year else []
    if counted is not None:
        rows = [r for r in rows if r[0] in counted]
    used = Counter((r[5], r[6]) for r in rows if r[5])
    questionnaire = questionnaire_for(*max(used, key=lambda k: (used[k], k))) if used else default_questionnaire()
    overview.questions = list(questionnaire.yes_no_questions())
    overview.numbers = {q.id: n for n, q in enumerate(questionnaire.questions, start=1)}
    schools = []
    for aid, code, name, unit_code, unit_name, _sid, _v, forms, first, last, counts, gaps, largest in rows:
        schools.append(SchoolSurvey(aid, code, name, unit_code, unit_name, forms or 0, counts or {},
                                    [SchoolGap(*g) for g in gaps or []], largest or 0.0, first, last))
    order = {s.assessment_id: i for i, s in enumerate(schools)}  # Vietnamese name order
    overview.schools = sorted(schools, key=lambda s: (not s.has_survey, -s.largest_gap, -len(s.gaps),
                                                      order[s.assessment_id]))
    units: dict[str, UnitSurvey] = {}
    for s in schools:
        units.setdefault(s.unit_code or s.unit_name, UnitSurvey(s.unit_code, s.unit_name)).add(s)
        overview.total.add(s)
    overview.units = sorted(units.values(), key=lambda u: vi_sort_key(u.unit_name or u.unit_code))
    return overview


def gap_text(gap: SchoolGap, lang: str = "vi") -> str:
    """"TH.05 Đạt, 37% có (n = 202)" — a school's gap in a table cell."""
    verdict, word = VERDICT_TEXT[gap.verdict].get(lang), "có" if lang == "vi" else "yes"
    return f"{gap.criterion} {verdict}, {percent(gap.share_yes)} {word} (n = {gap.answered})"


def overview_json(o: SurveyOverview, lang: str = "vi") -> dict:
    """What ``papi-desktop survey office --json`` prints: per question of each school and unit the same fields as
    ``survey results --json`` (``yes``, ``no``, ``dont_know``, ``answered``, ``share_yes``)."""
    def group(u: UnitSurvey) -> dict:
        return {"unit_code": u.unit_code, "unit_name": u.unit_name, "schools": u.schools, "surveyed": u.surveyed,
                "forms": u.forms,
                "questions": {q.id: _question_json(u.counts.get(q.id), with_interval=True) for q in o.questions}}

    return {
        "school_year": o.school_year,
        "questions": [{"id": q.id, "number": o.numbers[q.id], "text": q.text.get(lang), "criteria": list(q.criteria)}
                      for q in o.questions],
        "schools": [{"assessment_id": s.assessment_id, "school_code": s.school_code, "school_name": s.school_name,
                     "unit_code": s.unit_code, "unit_name": s.unit_name, "survey": s.has_survey, "forms": s.forms,
                     "entered": {"first": s.first_entered, "last": s.last_entered},
                     "questions": {q.id: _question_json(s.counts.get(q.id)) for q in o.questions}
                     if s.has_survey else {},
                     "gaps": [{"criterion": g.criterion, "verdict": g.verdict, "yes": g.yes, "answered": g.answered,
                               "share_yes": _share(g.yes, g.answered)} for g in s.gaps],
                     "largest_gap": s.largest_gap} for s in o.schools],
        "units": [group(u) for u in o.units],
        "total": group(o.total),
    }



def _percent(value: float | None):
    return None if value is None else round(100 * value, 1)


def survey_sheets(o: SurveyOverview) -> list[tuple[str, list[str], list[list]]]:
    """The summary workbook's sheets on the survey (Vietnamese): per school (largest gap first), per unit, and the
    questions. Shares are percentages with one decimal; "số phiếu trả lời" is the forms answering có or không."""
    per_question = [h for q in o.questions for h in (f"Câu {o.numbers[q.id]} – tỉ lệ có (%)",
                                                     f"Câu {o.numbers[q.id]} – số phiếu trả lời")]
    schools = []
    for s in o.schools:
        cells = [x for q in o.questions for x in (_percent(s.share(q.id)), s.answered(q.id))] if s.has_survey \
            else [None] * len(per_question)
        entered = "" if not s.has_survey else " – ".join(dict.fromkeys(
            vn_date(d[:10]) for d in (s.first_entered, s.last_entered) if d))
        schools.append([s.school_code, s.school_name, s.unit_name or s.unit_code,
                        s.forms if s.has_survey else NO_SURVEY.vi, entered, *cells, len(s.gaps),
                        gap_text(s.gaps[0]) if s.gaps else ""])
    units = []
    for u in [*o.units, o.total]:
        name = "Tất cả đơn vị" if u is o.total else (u.unit_name or u.unit_code)
        cells = []
        for q in o.questions:
            low, high = u.interval(q.id) or (None, None)
            cells += [_percent(u.share(q.id)), u.answered(q.id), _percent(low), _percent(high)]
        units.append([name, u.schools, u.surveyed, u.forms, *cells])
    unit_heads = [h for q in o.questions for h in (f"Câu {o.numbers[q.id]} – tỉ lệ có (%)",
                                                   f"Câu {o.numbers[q.id]} – số phiếu trả lời",
                                                   f"Câu {o.numbers[q.id]} – khoảng tin cậy 95% từ (%)",
                                                   f"Câu {o.numbers[q.id]} – đến (%)")]
    return [
        ("Ý kiến cha mẹ", ["Mã trường", "Tên trường", "Đơn vị", "Số phiếu", "Ngày nhập phiếu", *per_question,
                           "Số tiêu chí lệch", "Chênh lệch lớn nhất"], schools),
        ("Ý kiến cha mẹ theo đơn vị", ["Đơn vị", "Số trường", "Trường có khảo sát", "Số phiếu", *unit_heads], units),
        ("Câu hỏi khảo sát", ["Câu", "Mã", "Câu hỏi", "Tiêu chí"],
         [[o.numbers[q.id], q.id, q.text.vi, ", ".join(q.criteria)] for q in o.questions]),
    ]


MAX_GAP_SCHOOLS = 10  # schools named in the summary report's list of largest gaps
MAX_UNSURVEYED_NAMED = 30


def survey_summary(o: SurveyOverview) -> dict:
    """Plain data of the summary report's section on the survey (see :mod:`papi_desktop.exchange.summary_data`)."""
    surveyed = [s for s in o.schools if s.has_survey]
    questions = []
    for q in o.questions:
        low, high = o.total.interval(q.id) or (None, None)
        questions.append({"number": o.numbers[q.id], "id": q.id, "text": q.text.vi, "criteria": list(q.criteria),
                          "answered": o.total.answered(q.id), "share": o.total.share(q.id), "low": low, "high": high,
                          "schools_under_half": sum(1 for s in surveyed if (v := s.share(q.id)) is not None
                                                    and v < 0.5)})
    largest = [{"school": s.school_name, "unit": s.unit_name or s.unit_code, "criterion": g.criterion,
                "verdict": g.verdict, "yes": g.yes, "answered": g.answered, "share": g.share_yes}
               for s in surveyed[:MAX_GAP_SCHOOLS] if s.gaps for g in s.gaps[:1]]
    without = [s.school_name for s in o.schools if not s.has_survey]
    return {
        "schools": len(o.schools), "surveyed": len(surveyed), "forms": o.total.forms, "questions": questions,
        "units": [{"unit": "Tổng cộng" if u is o.total else u.unit_name or u.unit_code or "—", "schools": u.schools,
                   "surveyed": u.surveyed, "forms": u.forms, "shares": [u.share(q.id) for q in o.questions]}
                  for u in [*o.units, o.total]],
        "largest": largest, "gap_schools": sum(1 for s in surveyed if s.gaps),
        "without": without[:MAX_UNSURVEYED_NAMED], "without_count": len(without),
    }

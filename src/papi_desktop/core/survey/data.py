"""The survey as it travels: the member ``"survey"`` of an assessment's canonical content.

::

    {"format": "papi-survey-data/1",
     "questionnaire": {"id": "cha-me-tieu-hoc", "version": "2025.1", "sha256": "…"},
     "forms": [{"campus": "chinh", "class": "3A", "entered_on": "2026-03-02",
                "answers": {"lop_hoc": "yes", "danh_gia": "kha", …}}, …]}

Anonymous raw forms — no batch code (school, year and class give it back), no file name, no order of entry: the
forms are sorted by campus, class, day and answers, so equal forms give equal bytes whatever order they were
typed in. The office recomputes the results from them with the same :func:`~papi_desktop.core.survey.results.
survey_results` the school uses.

Because the member is part of the canonical content, the content hash — and so the verification code printed on
the report and the school's signature over the manifest — covers the survey: it cannot be changed or swapped
without the file being refused. A school without forms has no member, so its content keeps the bytes (and hash)
it had before the survey existed.

:func:`survey_member` builds the member, :func:`forms_of_member` reads one the app wrote itself, and
:func:`check_member` is the one gate for a member that came from outside (the data-file reader calls it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from papi_desktop.core.survey.forms import SurveyForm, clean_answers, clean_class_label
from papi_desktop.core.survey.questionnaire import Questionnaire, questionnaire_for
from papi_desktop.core.survey.results import SurveyResults, survey_results
from papi_desktop.core.text import iso_day
from papi_desktop.errors import SurveyError, ValidationError

SURVEY_DATA_FORMAT = "papi-survey-data/1"
#: the most forms one assessment may hold (a large primary school has about 2,000 families): the data file stays
#: far under its 8 MiB content limit (≈ 250 bytes a form)
MAX_FORMS = 10_000
_FORM_KEYS = {"campus", "class", "entered_on", "answers"}
_MEMBER_KEYS = {"format", "questionnaire", "forms"}


def _form_json(form: SurveyForm) -> dict:
    return {"campus": form.campus, "class": form.class_label, "entered_on": form.entered_on,
            "answers": dict(sorted(form.answers.items()))}


def _sort_key(item: dict) -> tuple:
    return (item["campus"], item["class"], item["entered_on"], sorted(item["answers"].items()))


def survey_member(questionnaire: Questionnaire, forms: Iterable[SurveyForm]) -> dict | None:
    """The ``"survey"`` member of the canonical content for ``forms`` (None when there are none)."""
    items = sorted((_form_json(f) for f in forms), key=_sort_key)
    if not items:
        return None
    return {"format": SURVEY_DATA_FORMAT,
            "questionnaire": {"id": questionnaire.survey_id, "version": questionnaire.version,
                              "sha256": questionnaire.sha256},
            "forms": items}


def _questionnaire(member: Mapping) -> Questionnaire:
    q = member["questionnaire"]
    return questionnaire_for(q["id"], q["version"], q["sha256"])


def forms_of_member(member: Mapping) -> tuple[Questionnaire, list[SurveyForm]]:
    """The questionnaire and forms of a member this app wrote or has already checked (no checks repeated)."""
    forms = [SurveyForm(class_label=f["class"], campus=f["campus"], answers=dict(f["answers"]),
                        entered_on=f["entered_on"]) for f in member["forms"]]
    return _questionnaire(member), forms


def _bad(vi: str, en: str) -> SurveyError:
    return SurveyError(f"Phần khảo sát ý kiến cha mẹ trong tệp không hợp lệ: {vi} Hãy xin trường gửi lại tệp.",
                       f"The parents' survey in the file is invalid: {en} Ask the school to resend the file.")


def _is_day(value: Any) -> bool:
    return iso_day(value) is not None


def check_member(member: Any, campus_codes: Sequence[str]) -> tuple[Questionnaire, list[SurveyForm]]:
    """Check a ``"survey"`` member that came from outside completely and return its questionnaire and forms.

    Refused (SurveyError, one sentence): not the app's member format; a questionnaire this app does not ship, or
    ships with other content (SHA-256); more than :data:`MAX_FORMS` forms; a form with other keys, a campus the
    school does not have, a class, day or answer the app would not store, a blank answer written out; forms not in
    the member's canonical order. Whatever passes is byte for byte what :func:`survey_member` writes."""
    if not isinstance(member, dict) or set(member) != _MEMBER_KEYS or member["format"] != SURVEY_DATA_FORMAT:
        raise _bad("không đúng định dạng.", "not in the expected format.")
    q, forms = member["questionnaire"], member["forms"]
    if not (isinstance(q, dict) and set(q) == {"id", "version", "sha256"} and all(isinstance(v, str)
                                                                                     for v in q.values())):
        raise _bad("thiếu thông tin bộ câu hỏi.", "the questionnaire is not named properly.")
    questionnaire = questionnaire_for(q["id"], q["version"], q["sha256"])
    if not isinstance(forms, list) or not forms:
        raise _bad("không có phiếu nào.", "it holds no forms.")
    if len(forms) > MAX_FORMS:
        raise _bad(f"quá nhiều phiếu ({len(forms)}; tối đa {MAX_FORMS}).",
                   f"too many forms ({len(forms)}; at most {MAX_FORMS}).")
    codes = set(campus_codes)
    answer_keys = {q.id: set(q.answer_keys()) for q in questionnaire.questions}
    good_days: set[str] = set()
    good_labels: set[str] = set()
    out, keys = [], []
    for n, f in enumerate(forms, start=1):
        if not isinstance(f, dict) or set(f) != _FORM_KEYS or not isinstance(f["answers"], dict) \
                or not all(isinstance(f[k], str) for k in ("campus", "class", "entered_on")):
            raise _bad(f"phiếu thứ {n} sai cấu trúc.", f"form {n} is malformed.")
        if (f["campus"] not in codes) if codes else f["campus"] != "":
            raise _bad(f"phiếu thứ {n} ghi điểm trường «{f['campus'][:40]}» không có trong hồ sơ của trường.",
                       f"form {n} names campus '{f['campus'][:40]}', which is not in the school's profile.")
        if f["entered_on"] not in good_days:
            if not _is_day(f["entered_on"]):
                raise _bad(f"phiếu thứ {n} có ngày nhập không hợp lệ.", f"form {n} has an invalid day of entry.")
            good_days.add(f["entered_on"])
        answers = f["answers"]
        if f["class"] not in good_labels or any(not isinstance(v, str) or v not in answer_keys.get(qid, ())
                                                for qid, v in answers.items()):
            try:  # the app's own cleaning names what is wrong, and must leave the form as it is
                label, cleaned = clean_class_label(f["class"]), clean_answers(questionnaire, answers)
            except ValidationError as exc:
                raise _bad(f"phiếu thứ {n}: {exc.vi}", f"form {n}: {exc.en}") from None
            if label != f["class"] or cleaned != answers:
                raise _bad(f"phiếu thứ {n} không ở dạng chuẩn.", f"form {n} is not in canonical form.")
            good_labels.add(label)
        out.append(SurveyForm(class_label=f["class"], campus=f["campus"], answers=dict(answers),
                              entered_on=f["entered_on"]))
        keys.append(_sort_key(f))
    if any(a > b for a, b in pairwise(keys)):
        raise _bad("các phiếu không theo thứ tự chuẩn.", "the forms are not in canonical order.")
    return questionnaire, out


def member_results(member: Mapping | None, catalogue=None, evaluations: Mapping | None = None,
                   campus_codes: Sequence[str] = ()) -> SurveyResults | None:
    """The :class:`~papi_desktop.core.survey.results.SurveyResults` of a member (None when there is none) — what
    the report, the office's summary and the dashboard print, at the school and at the office alike."""
    if not member:
        return None
    questionnaire, forms = forms_of_member(member)
    return survey_results(questionnaire, forms, catalogue, evaluations, campus_codes)

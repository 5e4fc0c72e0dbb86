"""One returned survey form, and the rules every form obeys wherever it comes from (keyboard grid, CSV/XLSX).

A form is anonymous: it holds the class and campus it came back from, the batch code printed on it, the day it
was entered and the answers — never a name or anything about the pupil.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from papi_desktop.core.model import School
from papi_desktop.core.survey.questionnaire import Questionnaire
from papi_desktop.core.text import abbreviation
from papi_desktop.errors import ValidationError

MAX_CLASS_CHARS = 12
_CLASS_PREFIX = re.compile(r"^l[oơớờởỡợ]p\s*", re.IGNORECASE)


@dataclass
class SurveyForm:
    """``answers``: question id → answer key (``yes``/``no``/``dont_know``, or an option key); a question left
    blank on the paper is absent. ``id`` is None until stored; ``batch`` is set by the repository."""

    id: int | None = None
    class_label: str = ""
    campus: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    batch: str = ""
    entered_on: str = ""
    source: str = ""


def clean_class_label(label: str | None) -> str:
    """A class label as stored: NFC, single spaces, a leading "lớp" dropped, upper case ("lớp 3a" → "3A").

    Raises ValidationError for control characters or more than :data:`MAX_CLASS_CHARS` characters."""
    value = " ".join(unicodedata.normalize("NFC", label or "").split())
    value = _CLASS_PREFIX.sub("", value).upper()
    if any(unicodedata.category(ch).startswith("C") for ch in value):
        raise ValidationError("Tên lớp có ký tự không hợp lệ.", "The class name has an invalid character.")
    if len(value) > MAX_CLASS_CHARS:
        raise ValidationError(f"Tên lớp «{value[:20]}…» dài quá {MAX_CLASS_CHARS} ký tự (ví dụ đúng: 3A).",
                              f"The class name '{value[:20]}…' is longer than {MAX_CLASS_CHARS} characters "
                              "(e.g. 3A).")
    return value


def batch_code(school: School, school_year: str, class_label: str = "") -> str:
    """The short code printed on a form so returned forms can be counted per class: school, year, class —
    e.g. ``THLL-2526-3A`` (the school's abbreviation, the two years' last digits, the class)."""
    abbr = school.abbreviation or abbreviation(school.name)
    years = "".join(y[-2:] for y in school_year.split("-")) if school_year else ""
    label = clean_class_label(class_label).replace(" ", "")
    return "-".join(part for part in (abbr, years, label) if part)


def clean_answers(questionnaire: Questionnaire, answers: dict[str, str]) -> dict[str, str]:
    """The answers with blanks dropped; ValidationError for an unknown question or an answer it does not have."""
    out = {}
    for qid, value in answers.items():
        if value in (None, ""):
            continue
        try:
            question = questionnaire.question(qid)
        except KeyError:
            raise ValidationError(f"Câu hỏi «{qid}» không có trong phiếu khảo sát.",
                                  f"Question '{qid}' is not on the survey form.") from None
        if value not in question.answer_keys():
            raise ValidationError(f"Câu {qid}: câu trả lời «{value}» không hợp lệ.",
                                  f"Question {qid}: '{value}' is not a valid answer.")
        out[qid] = value
    return out

"""The parents' questionnaire: a versioned JSON file under ``resources/surveys/``, validated when first used.

The file format is ``resources/schemas/survey.schema.json``. Loading checks the schema, then what a schema cannot
express (unique question and option ids, NFC text). Like a criteria catalogue, a released questionnaire never
changes: a new version is a new file, and the forms of an assessment record the id, version and SHA-256 of the
questionnaire they answer (:func:`questionnaire_for` refuses a file whose content no longer matches).

Questions are of two kinds: ``yes_no`` (answered Có / Không / Không biết, each linked to the criteria of the
catalogue it speaks to, by criterion id) and ``choice`` (one of two to nine options: travel time, overall rating).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from papi_desktop.core.catalogue import Option, Text
from papi_desktop.core.text import first_non_nfc
from papi_desktop.errors import SurveyError
from papi_desktop.resources import resource_path

DEFAULT_SURVEY = "cha-me-tieu-hoc"
SCHEMA_FILE = ("schemas", "survey.schema.json")
YES_NO, CHOICE = "yes_no", "choice"
YES, NO, DONT_KNOW = "yes", "no", "dont_know"
#: the answers of a yes/no question, in the order they are printed and keyed (1, 2, 3)
YES_NO_KEYS = (YES, NO, DONT_KNOW)
ANSWER_TEXT = {YES: Text("Có", "Yes"), NO: Text("Không", "No"), DONT_KNOW: Text("Không biết", "Don't know")}


@dataclass(frozen=True)
class Question:
    """One question. ``criteria`` (yes/no questions) are criterion ids of the catalogue ``catalogue_id``."""

    id: str
    kind: str
    text: Text
    criteria: tuple[str, ...] = ()
    options: tuple[Option, ...] = ()

    @property
    def is_yes_no(self) -> bool:
        return self.kind == YES_NO

    def answer_keys(self) -> tuple[str, ...]:
        """The stored answer values, in printed order (the GUI's keys 1, 2, 3… pick them)."""
        return YES_NO_KEYS if self.is_yes_no else tuple(o.key for o in self.options)

    def label(self, key: str) -> Text:
        if self.is_yes_no:
            return ANSWER_TEXT[key]
        return next(o.label for o in self.options if o.key == key)


@dataclass(frozen=True)
class Questionnaire:
    survey_id: str
    version: str
    catalogue_id: str
    title: Text
    intro: Text
    anonymity: Text
    instruction: Text
    closing: Text
    questions: tuple[Question, ...]
    sha256: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.survey_id, self.version)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def yes_no_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.is_yes_no)

    def choice_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if not q.is_yes_no)


def _fail(source: str, vi: str, en: str) -> SurveyError:
    return SurveyError(f"Bộ câu hỏi khảo sát {source} không hợp lệ: {vi}", f"Survey questionnaire {source} is "
                       f"invalid: {en}")


@cache
def _validator():
    import fastjsonschema  # lazy: only when a survey is used

    return fastjsonschema.compile(json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8")))


def parse_questionnaire(raw: Any, source: str = "<memory>") -> Questionnaire:
    """Validate the decoded JSON ``raw`` and build a :class:`Questionnaire`. Raises SurveyError."""
    import fastjsonschema

    try:
        _validator()(raw)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = str(exc.name).removeprefix("data.").removeprefix("data") or "(root)"
        raise _fail(source, f"mục {where}: {exc.message}", f"entry {where}: {exc.message}") from None
    where = first_non_nfc(raw)
    if where is not None:
        raise _fail(source, f"văn bản ở {where} không ở dạng NFC.", f"text at {where} is not in NFC.")
    questions = []
    for q in raw["questions"]:
        options = tuple(Option(o["key"], Text.of(o["label"])) for o in q.get("options", ()))
        if len({o.key for o in options}) != len(options):
            raise _fail(source, f"câu {q['id']} có lựa chọn trùng mã.", f"question {q['id']} repeats an option key.")
        questions.append(Question(q["id"], q["kind"], Text.of(q["text"]), tuple(q.get("criteria", ())), options))
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise _fail(source, "trùng mã câu hỏi.", "a question id is repeated.")
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    return Questionnaire(
        survey_id=raw["survey_id"], version=raw["version"], catalogue_id=raw["catalogue_id"],
        title=Text.of(raw["title"]), intro=Text.of(raw["intro"]), anonymity=Text.of(raw["anonymity"]),
        instruction=Text.of(raw["instruction"]), closing=Text.of(raw["closing"]), questions=tuple(questions),
        sha256=digest,
    )


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Load and validate a questionnaire file. Raises SurveyError."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SurveyError(f"Không đọc được tệp bộ câu hỏi {p.name}: {exc.strerror or exc}.",
                          f"Cannot read the questionnaire file {p.name}: {exc.strerror or exc}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(p.name, f"không đọc được JSON ({exc}).", f"not readable as JSON ({exc}).") from None
    return parse_questionnaire(raw, p.name)


@cache
def bundled_questionnaires() -> dict[tuple[str, str], Questionnaire]:
    """Every questionnaire shipped under ``resources/surveys/``, by ``(survey_id, version)``."""
    out = {}
    for p in sorted(resource_path("surveys").glob("*.json")):
        q = load_questionnaire(p)
        out[q.key] = q
    return out


def default_questionnaire() -> Questionnaire:
    """The newest shipped version of the primary-school parents' questionnaire (used for a new survey)."""
    versions = [q for (sid, _v), q in bundled_questionnaires().items() if sid == DEFAULT_SURVEY]
    if not versions:
        raise SurveyError("Ứng dụng thiếu bộ câu hỏi khảo sát cha mẹ học sinh; hãy cài lại ứng dụng.",
                          "The parents' questionnaire is missing from the app; please reinstall it.")
    return max(versions, key=lambda q: tuple(int(x) for x in q.version.split(".")))


def questionnaire_for(survey_id: str, version: str, sha256: str | None = None) -> Questionnaire:
    """The questionnaire that forms were entered with; SurveyError when this app does not ship it, or ships a
    file of that version whose content differs from the one recorded (``sha256``)."""
    q = bundled_questionnaires().get((survey_id, version))
    if q is None:
        raise SurveyError(
            f"Ứng dụng không có bộ câu hỏi khảo sát {survey_id} phiên bản {version}; hãy cập nhật ứng dụng.",
            f"This app does not have survey questionnaire {survey_id} version {version}; please update the app.")
    if sha256 and sha256 != q.sha256:
        raise SurveyError(
            f"Bộ câu hỏi khảo sát {survey_id} {version} của ứng dụng khác với bộ đã dùng để nhập phiếu; hãy cài "
            "lại ứng dụng.",
            f"The app's survey questionnaire {survey_id} {version} differs from the one the forms were entered "
            "with; please reinstall the app.")
    return q

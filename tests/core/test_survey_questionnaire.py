"""The parents' questionnaire is data: schema-checked, versioned, linked to the catalogue by criterion id."""

from __future__ import annotations

import copy
import json
import unicodedata

import pytest

from papi_desktop.core.catalogue import default_catalogue
from papi_desktop.core.survey import (
    YES_NO,
    bundled_questionnaires,
    default_questionnaire,
    parse_questionnaire,
    questionnaire_for,
)
from papi_desktop.errors import SurveyError
from papi_desktop.resources import resource_path

#: the released file's content hash: a released questionnaire never changes (forms record this hash)
RELEASED = {("cha-me-tieu-hoc", "2025.1"): "998e5717fb017831c7cafc9d18f0bdef30b766db10e42d2cf0b7ca5f72a82568"}


@pytest.fixture
def raw():
    return json.loads(resource_path("surveys", "cha-me-tieu-hoc.json").read_text(encoding="utf-8"))


def test_released_questionnaires_never_change():
    """Every released questionnaire is still shipped with the content it was released with."""
    shipped = {key: q.sha256 for key, q in bundled_questionnaires().items()}
    for key, digest in RELEASED.items():
        assert shipped.get(key) == digest, f"{key} changed: make a new version file instead"


def test_questions_mirror_papi_primary_school_items_and_link_to_existing_criteria():
    """The yes/no questions speak to PAPI's primary-school criteria, each by an id the catalogue has."""
    q = default_questionnaire()
    catalogue = default_catalogue()
    linked = {cid for question in q.yes_no_questions() for cid in question.criteria}
    assert {"TH.01", "TH.02", "TH.03", "TH.04", "TH.05", "TH.06", "TH.07", "TH.08", "TH.10"} <= linked
    assert all(catalogue.has(cid) for cid in linked)
    assert q.catalogue_id == catalogue.catalogue_id
    assert all(question.criteria for question in q.yes_no_questions())


def test_travel_time_and_overall_rating_are_choices_in_both_languages():
    """Besides the yes/no items the form asks travel time and an overall rating; every text has vi and en."""
    q = default_questionnaire()
    choices = {c.id: c for c in q.choice_questions()}
    assert set(choices) == {"thoi_gian", "danh_gia"}
    assert [o.label.vi for o in choices["danh_gia"].options] == ["Tốt", "Khá", "Trung bình", "Kém"]
    for question in q.questions:
        assert question.text.vi and question.text.en and question.text.vi != question.text.en
    assert "không ghi tên" in q.anonymity.vi.lower() and "anonymous" in q.anonymity.en.lower()


def test_a_free_text_question_is_refused(raw):
    """Only tick-box questions exist: a question where a parent could write a name is refused by the schema."""
    raw["questions"].append({"id": "ho_ten", "kind": "text", "text": {"vi": "Họ tên", "en": "Name"}})
    with pytest.raises(SurveyError, match="questions"):
        parse_questionnaire(raw, "bad.json")


@pytest.mark.parametrize("change, words", [
    (lambda r: r["questions"].append(copy.deepcopy(r["questions"][0])), "trùng mã câu hỏi"),
    (lambda r: r["questions"][9]["options"].append(copy.deepcopy(r["questions"][9]["options"][0])), "trùng mã"),
    (lambda r: r.pop("anonymity"), "anonymity"),
    (lambda r: r["questions"][0]["criteria"].append("tieu chi"), "questions"),
    (lambda r: r.__setitem__("format", "papi-survey/9"), "format"),
])
def test_broken_questionnaire_files_are_refused_with_the_entry_named(raw, change, words):
    """A questionnaire that breaks the schema or repeats an id is refused, naming what is wrong."""
    change(raw)
    with pytest.raises(SurveyError) as info:
        parse_questionnaire(raw, "bad.json")
    assert words in info.value.vi and "bad.json" in info.value.vi


def test_decomposed_text_is_refused(raw):
    """Text must be NFC (a file saved by a tool that decomposes accents is refused)."""
    raw["questions"][0]["text"]["vi"] = unicodedata.normalize("NFD", raw["questions"][0]["text"]["vi"])
    with pytest.raises(SurveyError, match="NFC"):
        parse_questionnaire(raw, "nfd.json")


def test_forms_of_a_version_the_app_does_not_ship_or_of_altered_content_are_refused():
    """The questionnaire of stored forms is looked up by id and version and must have the recorded hash."""
    q = default_questionnaire()
    assert questionnaire_for(q.survey_id, q.version, q.sha256) is q
    with pytest.raises(SurveyError) as unknown:
        questionnaire_for(q.survey_id, "2099.1")
    assert "cập nhật ứng dụng" in unknown.value.vi
    with pytest.raises(SurveyError) as altered:
        questionnaire_for(q.survey_id, q.version, "0" * 64)
    assert "khác với bộ đã dùng" in altered.value.vi


def test_yes_no_questions_take_three_answers_in_printed_order():
    """Có, Không, Không biết — the order of the tick boxes and of the keys 1, 2, 3."""
    question = default_questionnaire().questions[0]
    assert question.kind == YES_NO
    assert [question.label(k).vi for k in question.answer_keys()] == ["Có", "Không", "Không biết"]

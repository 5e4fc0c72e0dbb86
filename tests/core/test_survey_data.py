"""The survey member of the canonical content: anonymous forms in one canonical order, and the one gate that checks
a member from outside — every hostile form is refused with a sentence, whatever passes is what the app writes."""

from __future__ import annotations

import copy

import pytest

from papi_desktop.core.survey import (
    DONT_KNOW,
    MAX_FORMS,
    NO,
    YES,
    SurveyForm,
    check_member,
    default_questionnaire,
    forms_of_member,
    member_results,
    survey_member,
)
from papi_desktop.errors import SurveyError

CAMPUSES = ["chinh", "ea-nuol"]


def forms() -> list[SurveyForm]:
    return [SurveyForm(class_label="3A", campus="chinh", answers={"lop_hoc": YES, "danh_gia": "tot"},
                       entered_on="2026-03-02", batch="THLL-2526-3A", source="lop 3A.csv", id=7),
            SurveyForm(class_label="1C", campus="ea-nuol", answers={"lop_hoc": NO, "ca_ba": DONT_KNOW},
                       entered_on="2026-03-01"),
            SurveyForm(class_label="3A", campus="chinh", answers={}, entered_on="2026-03-02")]


@pytest.fixture
def member() -> dict:
    return survey_member(default_questionnaire(), forms())


def test_the_member_is_anonymous_and_the_same_whatever_order_the_forms_were_typed_in(member):
    """Only campus, class, day and answers travel (no batch code, file name or id); reversed input, same member."""
    q = default_questionnaire()
    assert member["format"] == "papi-survey-data/1"
    assert member["questionnaire"] == {"id": q.survey_id, "version": q.version, "sha256": q.sha256}
    assert all(set(f) == {"campus", "class", "entered_on", "answers"} for f in member["forms"])
    assert "lop 3A.csv" not in repr(member) and "THLL" not in repr(member)
    assert survey_member(q, reversed(forms())) == member
    assert [f["campus"] for f in member["forms"]] == ["chinh", "chinh", "ea-nuol"]


def test_no_forms_no_member():
    """An assessment without forms has no member, so its content keeps the bytes it had before the survey."""
    assert survey_member(default_questionnaire(), []) is None


def test_what_the_app_writes_passes_the_gate_and_reads_back_to_the_same_results(member):
    """check_member accepts the app's own member and returns the same forms as forms_of_member; results agree."""
    q, checked = check_member(copy.deepcopy(member), CAMPUSES)
    _q, read = forms_of_member(member)
    assert q == default_questionnaire()
    assert [(f.campus, f.class_label, f.entered_on, f.answers) for f in checked] == \
        [(f.campus, f.class_label, f.entered_on, f.answers) for f in read]
    results = member_results(member)
    assert results.forms == 3 and results.school.questions[0].yes == 1 and results.school.questions[0].no == 1


def _broken(member: dict, change) -> dict:
    bad = copy.deepcopy(member)
    change(bad)
    return bad


@pytest.mark.parametrize("change, words", [
    (lambda m: m.update(format="papi-survey-data/9"), "không đúng định dạng"),
    (lambda m: m.update(extra=1), "không đúng định dạng"),
    (lambda m: m.pop("forms"), "không đúng định dạng"),
    (lambda m: m.update(questionnaire="cha-me-tieu-hoc"), "thiếu thông tin bộ câu hỏi"),
    (lambda m: m["questionnaire"].update(version="2099.1"), "không có bộ câu hỏi khảo sát"),
    (lambda m: m["questionnaire"].update(id="ngay-mai"), "không có bộ câu hỏi khảo sát"),
    (lambda m: m["questionnaire"].update(sha256="0" * 64), "khác với bộ đã dùng"),
    (lambda m: m.update(forms=[]), "không có phiếu nào"),
    (lambda m: m.update(forms={"a": 1}), "không có phiếu nào"),
    (lambda m: m["forms"][0].update(name="Nguyễn Văn A"), "phiếu thứ 1 sai cấu trúc"),
    (lambda m: m["forms"][0].pop("entered_on"), "phiếu thứ 1 sai cấu trúc"),
    (lambda m: m["forms"][0].update(answers=["yes"]), "phiếu thứ 1 sai cấu trúc"),
    (lambda m: m["forms"][1].update(campus=3), "phiếu thứ 2 sai cấu trúc"),
    (lambda m: m["forms"][0].update(campus="ma"), "điểm trường «ma» không có"),
    (lambda m: m["forms"][0].update(campus=""), "điểm trường «» không có"),
    (lambda m: m["forms"][0].update(entered_on="2026-02-30"), "ngày nhập không hợp lệ"),
    (lambda m: m["forms"][0].update(entered_on="02/03/2026"), "ngày nhập không hợp lệ"),
    (lambda m: m["forms"][0].update({"class": "lớp 3a"}), "không ở dạng chuẩn"),
    (lambda m: m["forms"][0].update({"class": "3A\u0007"}), "ký tự không hợp lệ"),
    (lambda m: m["forms"][0].update({"class": "X" * 13}), "dài quá"),
    (lambda m: m["forms"][0]["answers"].update(ten_cha_me="yes"), "không có trong phiếu"),
    (lambda m: m["forms"][0]["answers"].update(lop_hoc="maybe"), "không hợp lệ"),
    (lambda m: m["forms"][0]["answers"].update(lop_hoc=1), "không hợp lệ"),
    (lambda m: m["forms"][0]["answers"].update(su_pham=""), "không ở dạng chuẩn"),
    (lambda m: m["forms"][0]["answers"].update(su_pham=None), "không ở dạng chuẩn"),
    (lambda m: m["forms"].reverse(), "thứ tự chuẩn"),
])
def test_a_hostile_member_is_refused_with_a_sentence(member, change, words):
    """Each malformed, forged or out-of-order member is refused by check_member with a sentence naming what."""
    with pytest.raises(SurveyError) as exc:
        check_member(_broken(member, change), CAMPUSES)
    assert words in exc.value.vi
    assert exc.value.en


def test_a_school_without_campuses_only_takes_forms_without_one(member):
    """With no campus in the profile, a form naming a campus is refused; forms without one pass."""
    with pytest.raises(SurveyError):
        check_member(member, [])
    plain = survey_member(default_questionnaire(), [SurveyForm(class_label="2B", answers={"lop_hoc": YES},
                                                               entered_on="2026-03-02")])
    assert len(check_member(plain, [])[1]) == 1


def test_more_forms_than_the_cap_are_refused_before_any_is_read(member):
    """A member with more than MAX_FORMS forms is refused by its count."""
    bad = _broken(member, lambda m: m.update(forms=m["forms"][:1] * (MAX_FORMS + 1)))
    with pytest.raises(SurveyError) as exc:
        check_member(bad, CAMPUSES)
    assert "quá nhiều phiếu" in exc.value.vi

"""The answer models and the one rule engine: contradictions, verdicts of catalogue 2026.1, the rule language."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from papi_desktop.core import answers as A
from papi_desktop.core.answers import rules
from papi_desktop.core.catalogue import Catalogue, Criterion, catalogue_for
from papi_desktop.core.model import Answer
from papi_desktop.core.scoring import MET, NOT_MET, UNANSWERED, evaluate, evaluate_all, finalise_blockers
from papi_desktop.resources import resource_path

CAT = catalogue_for("papi-tieu-hoc", "2026.1")
STATS = {"classes": 12, "pupils": 380, "teachers": 18, "staff": 6}
YEAR = "2025-2026"


def ev(cid: str, value: dict, campuses=("chinh",), answers=None, stats=STATS, year=YEAR):
    c = CAT.criterion(cid)
    answer = Answer(cid, value)
    every = dict(answers or {})
    every[cid] = answer
    return evaluate(c, answer, campuses, year, stats=stats, answers=every)


def at(values: dict) -> dict:
    return {"campuses": {"chinh": values}}


def fields_with_messages(evaluation) -> set[tuple[str | None, str | None]]:
    return {(p.campus, p.field) for p in evaluation.problems}


def test_schema_list_of_models_is_the_registry():
    """The catalogue schema's answer models are exactly the core registry's (the GUI's editors: tests/gui)."""
    schema = json.loads(resource_path("schemas", "catalogue.schema.json").read_text(encoding="utf-8"))
    models = {schema["definitions"][ref["$ref"].split("/")[-1]]["properties"]["model"]["const"]
              for ref in schema["definitions"]["criterion"]["properties"]["answer"]["anyOf"]}
    assert models == set(A.MODELS) == set(A.ANSWER_MODELS)


def test_rules_are_cached_by_the_engine_not_on_the_catalogue():
    """Compiled rules live in the engine's cache keyed by catalogue SHA and id; the frozen dataclasses carry none."""
    from papi_desktop.core.answers import engine

    assert "_compiled" not in Criterion.__dataclass_fields__ and "_memo" not in Catalogue.__dataclass_fields__
    c = CAT.criterion("TH.06")
    assert engine.compiled(c) is engine.compiled(c)
    assert engine._COMPILED[(CAT.sha256, "TH.06")] is engine.compiled(c)


# -- the contradictions of issue 12 ---------------------------------------------------------------------------


def test_staff_counts_must_agree_with_the_profile_and_with_each_other():
    """14 staff in CD.02, 9 in D4.01 and 18 + 6 in the profile: each says so next to its total, none is met."""
    cd02 = ev("CD.02", {"tong_so": 14, "da_pho_bien": 14})
    assert cd02.verdict == NOT_MET and fields_with_messages(cd02) == {(None, "tong_so")}
    assert "18 giáo viên và 6 cán bộ, nhân viên (24 người)" in cd02.problems[0].message.vi
    d401 = ev("D4.01", {"tong_so": 9, "da_pho_bien": 9}, answers={"CD.02": Answer("CD.02", {"tong_so": 14})})
    assert d401.verdict == NOT_MET and len(d401.problems) == 2
    assert {p.field for p in d401.problems} == {"tong_so"}
    good = ev("D4.01", {"tong_so": 24, "da_pho_bien": 24}, answers={"CD.02": Answer("CD.02", {"tong_so": 24})})
    assert good.verdict == MET and not good.problems


def test_one_cubicle_cannot_be_separate_toilets_for_boys_and_girls():
    """A campus with 1 working cubicle and "separate toilets for boys and girls" is flagged there and not met."""
    bad = ev("TH.02", at({"loai_nha_ve_sinh": "xa_nuoc", "tong_so": 1, "so_dung_duoc": 1, "tach_nam_nu": "yes"}))
    assert bad.verdict == NOT_MET and fields_with_messages(bad) == {("chinh", "tach_nam_nu")}
    ok = ev("TH.02", at({"loai_nha_ve_sinh": "xa_nuoc", "tong_so": 4, "so_dung_duoc": 3, "tach_nam_nu": "yes"}))
    assert ok.verdict == MET


def test_no_combined_class_cannot_have_a_largest_combined_class_of_15():
    """"No combined classes" beside "largest combined class: 15" is flagged at that field."""
    bad = ev("TH.10", at({"so_lop": 12, "si_so_lon_nhat": 30, "so_lop_ghep": 0, "si_so_ghep_lon_nhat": 15}))
    assert bad.verdict == NOT_MET and fields_with_messages(bad) == {("chinh", "si_so_ghep_lon_nhat")}


def test_no_handwashing_station_cannot_have_water_and_soap():
    """"No handwashing station" with "water and soap there" is flagged and not met."""
    bad = ev("TH.09", at({"co_cho_rua_tay": "no", "nuoc_xa_phong": "nuoc_va_xa_phong"}))
    assert bad.verdict == NOT_MET and fields_with_messages(bad) == {("chinh", "nuoc_xa_phong")}


def test_twenty_pledges_out_of_eighteen_teachers_is_not_met():
    """20 teachers signed out of 18 is an error, never "Đạt" (it used to show "Đạt" with a red warning)."""
    bad = ev("TH.05", {"tong_gv": 18, "so_cam_ket": 20, "so_vi_pham": 0, "truong_day_them_van_hoa": "no"})
    assert bad.verdict == NOT_MET and bad.credit == 0 and bad.problems
    assert any(cid == "TH.05" for cid, _msg in finalise_blockers(CAT, {"TH.05": Answer("TH.05", {
        "tong_gv": 18, "so_cam_ket": 20, "so_vi_pham": 0, "truong_day_them_van_hoa": "no"})}, ["chinh"], YEAR))


def test_classes_of_all_campuses_must_add_up_to_the_profile():
    """TH.10's classes per campus must add up to the profile's classes; the message sits by the first campus."""
    per = {"so_lop": 8, "si_so_lon_nhat": 30, "so_lop_ghep": 0, "si_so_ghep_lon_nhat": 0}
    two = {"campuses": {"chinh": per, "diem-1": {**per, "so_lop": 2}}}
    bad = ev("TH.10", two, campuses=("chinh", "diem-1"))
    assert bad.verdict == NOT_MET
    assert fields_with_messages(bad) == {("chinh", "so_lop")} and "tổng của các điểm trường là 10" in \
        bad.problems[0].message.vi
    two["campuses"]["diem-1"]["so_lop"] = 4
    assert ev("TH.10", two, campuses=("chinh", "diem-1")).verdict == MET


def test_without_a_profile_number_the_profile_check_is_silent():
    """A school profile without a size does not fail its checks (the report shows the gap instead)."""
    assert ev("TH.06", {"tong_gv": 20, "dat_chuan_dao_tao": 20, "xep_loai_dat": 20}, stats={}).verdict == MET


# -- verdicts and wording of 2026.1 -----------------------------------------------------------------------------


@pytest.mark.parametrize("cid", ["D2.01", "D2.02", "D2.03", "D2.04", "D2.05", "D2.06", "D5.01", "TH.08"])
def test_a_disclosure_must_fall_inside_the_school_year(cid):
    """10/01/2000 fails a 2025-2026 disclosure, so does 15/07/2026; 15/09/2025 passes (D2.06 and D5.01 too)."""
    m = CAT.criterion(cid).answer.methods[0].key
    for when, verdict in (("2000-01-10", NOT_MET), ("2026-07-15", NOT_MET), ("2025-06-20", NOT_MET),
                          ("2025-09-15", MET), ("2026-06-30", MET)):
        got = ev(cid, {"disclosed": "yes", "date": when, "methods": [m]})
        assert got.verdict == verdict, (cid, when)
        if verdict == NOT_MET:
            assert got.reasons[0].field == "date" and "01/07/2025" in got.reasons[0].message.vi
            assert not got.problems  # a true late date is a reason, not an error: the school can still finalise


def test_teachers_pass_at_95_percent_rated_dat():
    """TH.06: 19 of 20 (95 %) rated "Đạt" or better is met, 18 of 20 is not, and says why next to the field."""
    base = {"tong_gv": 18, "dat_chuan_dao_tao": 17}
    assert ev("TH.06", {**base, "xep_loai_dat": 18}).verdict == MET
    stats = {**STATS, "teachers": 20}
    assert ev("TH.06", {"tong_gv": 20, "dat_chuan_dao_tao": 20, "xep_loai_dat": 19}, stats=stats).verdict == MET
    low = ev("TH.06", {"tong_gv": 20, "dat_chuan_dao_tao": 20, "xep_loai_dat": 18}, stats=stats)
    assert low.verdict == NOT_MET and low.reasons[0].field == "xep_loai_dat"
    assert "percent" not in CAT.criterion("TH.06").verdict_rule.en
    assert "tỉ lệ phần trăm" not in CAT.criterion("TH.06").verdict_rule.vi


def test_drinking_water_counts_the_source_and_must_be_free():
    """TH.03: bottled water from an improved source is met only when free; a filter is no longer an option."""
    keys = CAT.criterion("TH.03").answer.field("nguon_nuoc").option_keys()
    assert "nuoc_dong_binh_loc" not in keys and "nuoc_dong_binh" in keys
    assert ev("TH.03", at({"nguon_nuoc": "nuoc_dong_binh", "co_nuoc_hom_nay": "yes", "mien_phi": "yes"})).verdict \
        == MET
    paid = ev("TH.03", at({"nguon_nuoc": "nuoc_may", "co_nuoc_hom_nay": "yes", "mien_phi": "no"}))
    assert paid.verdict == NOT_MET and paid.reasons[0].field == "mien_phi"


def test_rented_rooms_are_counted_apart_from_temporary_ones():
    """TH.01 asks rented/borrowed rooms on their own; they keep the criterion from being met."""
    rooms = {"tong_phong": 10, "kien_co": 8, "ban_kien_co": 0, "tam": 0, "thue_muon": 2}
    assert ev("TH.01", at(rooms)).verdict == NOT_MET and not ev("TH.01", at(rooms)).problems
    assert CAT.criterion("TH.01").answer.field("tam").label.vi == "Phòng học tạm"


def test_leadership_group_does_not_count_in_papi_dimension_1():
    """CD's items are scored in their own group: D1's score is the same with or without them."""
    from papi_desktop.core.scoring import score

    answers = {"D1.04": Answer("D1.04", {"quy_che_dan_chu": "yes", "so_buoi": 2,
                                         "doi_tuong": ["can_bo", "hoc_sinh", "phu_huynh"]})}
    without = score(CAT, evaluate_all(CAT, answers, ["chinh"], YEAR, stats=STATS))
    answers["CD.02"] = Answer("CD.02", {"tong_so": 24, "da_pho_bien": 24})
    with_cd = score(CAT, evaluate_all(CAT, answers, ["chinh"], YEAR, stats=STATS))
    assert with_cd.dimensions["D1"] == without.dimensions["D1"] and with_cd.dimensions["CD"] > 0


# -- the rule language --------------------------------------------------------------------------------------------


def holds(cond: dict, values: dict, **env):
    return rules.compile_condition(cond)(values, rules.Env(**env))


def test_percentages_are_exact():
    """19/20 is exactly 95 %: no floating-point rounding decides a verdict."""
    cond = {"left": {"percent": ["a", "b"]}, "op": ">=", "right": 95}
    assert holds(cond, {"a": 19, "b": 20}) is True and holds(cond, {"a": 18, "b": 20}) is False
    assert holds(cond, {"a": 1, "b": 0}) is None
    assert rules.compile_expr({"ratio": [1, 3]})({}, rules.Env()) == Fraction(1, 3)


def test_dates_relative_to_the_school_year():
    """{"day": "06-30", "year": 1} is 30/06/2026 in 2025-2026; without a school year the rule cannot tell."""
    cond = {"left": "d", "op": "<=", "right": {"day": "06-30", "year": 1}}
    assert holds(cond, {"d": "2026-06-30"}, school_year=YEAR) is True
    assert holds(cond, {"d": "2026-07-01"}, school_year=YEAR) is False
    assert holds(cond, {"d": "2026-07-01"}) is None


def test_if_then_any_all_are_three_valued():
    """An "if" whose premise is false holds; a missing value makes a condition unknown, never false."""
    rule = {"if": {"field": "x", "in": ["no"]}, "then": {"left": "n", "op": "==", "right": 0}}
    assert holds(rule, {"x": "yes", "n": 5}) is True
    assert holds(rule, {"x": "no", "n": 5}) is False
    assert holds(rule, {"n": 5}) is None
    assert holds({"any": [{"left": "n", "op": ">", "right": 9}, {"left": "m", "op": ">", "right": 0}]}, {"n": 1}) \
        is None
    assert holds({"all": [{"left": "n", "op": ">", "right": 9}, {"left": "m", "op": ">", "right": 0}]}, {"n": 1}) \
        is False


def test_catalogue_refuses_references_to_unknown_criteria_and_profile_numbers():
    """A check naming a criterion, field or profile number that does not exist is refused when loading."""
    from papi_desktop.core.catalogue import parse_catalogue
    from papi_desktop.errors import CatalogueError

    raw = json.loads(resource_path("criteria", "papi-tieu-hoc-2026.json").read_text(encoding="utf-8"))
    d401 = next(c for c in raw["criteria"] if c["id"] == "D4.01")
    d401["answer"]["checks"][-1]["rule"]["right"] = "CD.09.tong_so"
    with pytest.raises(CatalogueError, match=r"CD\.09"):
        parse_catalogue(raw)


# -- validation: the one set of rules for typing, finalising and import ---------------------------------------


@pytest.mark.parametrize(("cid", "value", "needle"), [
    ("TH.05", {"tong_gv": "18"}, "số nguyên"),
    ("TH.05", {"tong_gv": 18, "la": 1}, "«la»"),
    ("CD.03", {"kenh": ["bang_tin", "fax"]}, "lựa chọn không hợp lệ"),
    ("D2.01", {"disclosed": "yes", "date": "10/01/2000"}, "không hợp lệ"),
    # what Python 3.11's date.fromisoformat reads and 3.10's does not: refused on both
    ("D2.01", {"disclosed": "yes", "date": "2025-W36-2"}, "Ngày công khai không hợp lệ"),
    ("CD.01", {"da_ban_hanh": "yes", "ngay_ban_hanh": "20250905xx"}, "ngày không hợp lệ"),
    ("D3.01", {"choice": "maybe"}, "Lựa chọn không hợp lệ"),
    ("TH.01", {"campuses": [1, 2]}, "campuses"),
])
def test_invalid_values_are_refused_with_a_sentence(cid, value, needle):
    """Wrong types, unknown keys and unknown options give a message (and block finalising)."""
    problems = A.validate(CAT.criterion(cid), value)
    assert problems and any(needle in p.message.vi for p in problems)
    assert evaluate(CAT.criterion(cid), Answer(cid, value), ["chinh"], YEAR).verdict in (NOT_MET, UNANSWERED)


def test_the_profile_fills_in_and_follows_the_answers():
    """Empty profile-bound fields are pre-filled; a value that was the old profile number follows a new one."""
    c = CAT.criterion("TH.06")
    assert A.prefill(c, {}, STATS, ["chinh"]) == {"tong_gv": 18}
    assert A.prefill(c, {"tong_gv": 17}, STATS, ["chinh"]) == {"tong_gv": 17}
    assert A.follow_profile(c, {"tong_gv": 18, "xep_loai_dat": 18}, STATS, {**STATS, "teachers": 19}) == {
        "tong_gv": 19, "xep_loai_dat": 18}
    assert A.follow_profile(c, {"tong_gv": 17}, STATS, {**STATS, "teachers": 19}) is None
    th10 = CAT.criterion("TH.10")
    assert A.prefill(th10, {}, STATS, ["chinh"]) == {"campuses": {"chinh": {"so_lop": 12}}}
    assert A.prefill(th10, {}, STATS, ["chinh", "diem-1"]) == {}


@pytest.mark.parametrize("rule", [
    {"left": "tong_so", "op": "=~", "right": 1},
    {"left": {"percent": ["a"]}, "op": ">", "right": 1},
    {"if": {"field": "x", "in": []}, "then": {"left": 1, "op": "==", "right": 1}},
    {"left": {"day": "02-30x"}, "op": "<", "right": "ngay"},
    {"field": "x", "min_selected": True},
    {"all": []},
])
def test_malformed_rules_are_refused_when_loading(rule):
    """The rule language's shape is checked when the catalogue loads: a wrong operator, a percentage of one
    number, an empty list of options, a day that is not MM-DD, a yes/no count, an empty "all"."""
    from papi_desktop.core.catalogue import parse_catalogue
    from papi_desktop.errors import CatalogueError

    raw = json.loads(resource_path("criteria", "papi-tieu-hoc-2026.json").read_text(encoding="utf-8"))
    next(c for c in raw["criteria"] if c["id"] == "D4.01")["answer"]["checks"].append(
        {"rule": rule, "message": {"vi": "x", "en": "x"}})
    with pytest.raises(CatalogueError, match=r"D4\.01"):
        parse_catalogue(raw)

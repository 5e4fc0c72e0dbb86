"""Report details and the plan basis as plain data (one check for typing, saving and import), the glossary, and
the document data of each catalogue version (who can solve what, causes, proposals, fact totals)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from papi_desktop.core.catalogue import default_catalogue
from papi_desktop.core.documents import basis_text, clean_basis, clean_details, day_text
from papi_desktop.core.remedies import (
    cause_suggestion,
    failing_facts,
    proposal_suggestions,
    remedies_for,
    school_totals,
)
from papi_desktop.core.terms import SOLVERS, dimension_number
from papi_desktop.errors import ValidationError

BASIS = {"number": "12/KH-SGDĐT", "date": "05/08/2025", "issuer": "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk",
         "title": "nâng cao Chỉ số PAPI năm 2025"}


def test_basis_is_stored_clean_and_printed_as_a_citation():
    """A plan basis keeps only what was set, dates as ISO (day or month), NFC text, and prints as the Sở cites
    documents: "Kế hoạch số 12/KH-SGDĐT ngày 05/8/2025 của … về …"."""
    nfd = dict(BASIS, issuer=unicodedata.normalize("NFD", BASIS["issuer"]), kind="Kế hoạch", cites="")
    cleaned = clean_basis(nfd)
    assert cleaned == {"number": "12/KH-SGDĐT", "date": "2025-08-05", "issuer": BASIS["issuer"],
                       "title": BASIS["title"]}
    assert basis_text(cleaned) == ("Kế hoạch số 12/KH-SGDĐT ngày 05/8/2025 của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk "
                                   "về nâng cao Chỉ số PAPI năm 2025")
    assert clean_basis(dict(BASIS, date="08/2025"))["date"] == "2025-08"
    assert day_text("2025-08") == "tháng 8/2025"
    assert clean_basis({}) is None and clean_basis({"number": " "}) is None


@pytest.mark.parametrize("bad", [
    {"issuer": "Sở GDĐT"},  # no title
    dict(BASIS, date="31/02/2025"),
    dict(BASIS, date="2025"),
    dict(BASIS, number=12),
    dict(BASIS, title="x" * 301),
    dict(BASIS, title="nâng cao\x00PAPI"),
    dict(BASIS, extra="?"),
    ["not", "a", "dict"],
])
def test_hostile_basis_is_refused_with_a_sentence(bad):
    """Wrong types, unknown keys, control characters, impossible dates and overlong text are refused."""
    with pytest.raises(ValidationError) as caught:
        clean_basis(bad)
    assert caught.value.vi and caught.value.en


def test_details_keep_only_what_is_set():
    """Empty causes are dropped, proposals keep all four levels (an emptied level stays empty), the reference date
    becomes ISO; nothing set gives ``{}`` (so old contents keep their bytes)."""
    assert clean_details({"reference_date": None, "causes": {"TH.01": ""}, "basis": {}}) == {}
    out = clean_details({"reference_date": "30/09/2025", "causes": {"TH.01": " Thiếu phòng "},
                         "proposals": {"so": "- Cấp máy lọc nước."}}, {"TH.01"})
    assert out == {"reference_date": "2025-09-30", "causes": {"TH.01": "Thiếu phòng"},
                   "proposals": {"school": "", "commune": "", "so": "- Cấp máy lọc nước.", "province": ""}}


@pytest.mark.parametrize("bad", [
    {"causes": {"XX.99": "không có"}},
    {"causes": ["TH.01"]},
    {"proposals": {"ministry": "x"}},
    {"proposals": "x"},
    {"reference_date": "2025-13-01"},
    {"reference_date": 20250930},
    {"unknown": 1},
    {"causes": {"TH.01": "x" * 2001}},
    {"causes": {"TH.01": "Thiếu \u202ephòng"}},
    {"proposals": {"so": "Cấp \x9b31m máy lọc"}},
])
def test_hostile_details_are_refused(bad):
    """Causes of unknown criteria, unknown levels, bad dates, extra members, overlong causes and texts that would
    reverse or hide words in the printed report (bidi overrides, C1 controls) are refused."""
    with pytest.raises(ValidationError):
        clean_details(bad, {"TH.01"})


@pytest.mark.parametrize("key", sorted(__import__("papi_desktop.core.catalogue", fromlist=["x"])
                                       .bundled_catalogues()))
def test_every_criterion_of_each_shipped_catalogue_has_document_data(key):
    """Each criterion of each catalogue version the app ships declares who can solve it, a cause and a proposal;
    every fact named is a field of the criterion; every fact total names a real criterion and field."""
    from papi_desktop.core.catalogue import catalogue_for

    cat = catalogue_for(*key)
    rem = remedies_for(cat)
    assert {c.id for c in cat.criteria} <= set(rem.criteria)
    for c in cat.criteria:
        general, facts = rem.criteria[c.id]
        assert general.solver in SOLVERS and general.cause.vi and general.proposal.vi
        keys = {f.key for f in c.answer.fields}
        assert set(facts) <= keys, c.id
        for remedy in (general, *facts.values()):
            for text in (remedy.cause.vi, remedy.proposal.vi):
                placeholders = set(re.findall(r"\{([a-z_]+)\}", text))
                assert placeholders <= keys, (c.id, text)
            # the office counts causes across schools: a cause with a school's numbers has a general form
            assert "{" not in remedy.general_cause.vi, c.id
    assert rem.totals
    for total in rem.totals:
        criterion = cat.criterion(total.criterion)
        fields = {f.key for f in criterion.answer.fields} | {"choice"}
        assert total.sum in fields if total.sum else True
        if isinstance(total.count, dict):
            assert (total.count.get("field") or total.count.get("left")) in fields


def test_papi_numbering_of_dimensions():
    """Dimensions are numbered as PAPI numbers them: 1…6, 6.2 for public primary education, 7, 8; the group
    outside PAPI's dimensions (2026.1) has no number."""
    from papi_desktop.core.catalogue import catalogue_for

    cat = catalogue_for("papi-tieu-hoc", "2025.1")
    numbers = [dimension_number(cat, d) for d in cat.dimensions]
    assert numbers == ["1", "2", "3", "4", "5", "6", "6.2", "7", "8"]
    assert dict(zip(numbers, [d.name.vi for d in cat.dimensions], strict=True))["7"] == "Quản trị môi trường"
    new = catalogue_for("papi-tieu-hoc", "2026.1")
    assert [dimension_number(new, d) for d in new.dimensions] == ["", *numbers]


def test_failing_facts_are_named_per_campus():
    """A per-campus criterion not met names each failing fact at its campus; the cause says which campus."""
    cat = default_catalogue()
    th02 = cat.criterion("TH.02")
    value = {"campuses": {
        "chinh": {"loai_nha_ve_sinh": "xa_nuoc", "so_dung_duoc": 3, "tong_so": 3, "tach_nam_nu": "yes"},
        "buon": {"loai_nha_ve_sinh": "cau_treo_thung", "so_dung_duoc": 1, "tong_so": 1, "tach_nam_nu": "no"}}}
    facts = failing_facts(th02, value, ["chinh", "buon"])
    assert [(f.campus, f.fact) for f in facts] == [("buon", "loai_nha_ve_sinh"), ("buon", "tach_nam_nu")]
    campuses = [{"code": "chinh", "name": "Điểm trường chính"}, {"code": "buon", "name": "Điểm trường Buôn Ea Nuôl"}]
    cause = cause_suggestion(cat, th02, value, campuses)
    assert cause.startswith("Điểm trường Buôn Ea Nuôl: ") and "Điểm trường chính" not in cause
    proposals = proposal_suggestions(cat, ["TH.02"], {"TH.02": value}, campuses)
    assert proposals["province"] == "- Điểm trường Buôn Ea Nuôl: xây mới nhà vệ sinh hợp vệ sinh cho học sinh."
    assert proposals["commune"].startswith("- Điểm trường Buôn Ea Nuôl: xây thêm nhà vệ sinh")
    assert proposals["school"] == "" and proposals["so"] == ""


def test_cause_templates_print_the_schools_own_numbers():
    """A cause with field values prints the school's numbers (Vietnamese digits, nothing for missing ones)."""
    cat = default_catalogue()
    value = {"tong_gv": 35, "dat_chuan_dao_tao": 35, "xep_loai_dat": 31}
    assert cause_suggestion(cat, cat.criterion("TH.06"), value, []) == "Mới có 31/35 giáo viên đạt chuẩn nghề nghiệp."


def test_a_cause_that_follows_from_another_is_not_named_twice():
    """No handwashing place means no water at it (a check of TH.09 says so): the cause and the proposal name the
    missing place once — not also "water and soap are missing" — while a place without soap keeps its own cause."""
    cat = default_catalogue()
    th09 = cat.criterion("TH.09")
    campuses = [{"code": "a", "name": "Điểm trường chính"}]
    none = {"campuses": {"a": {"co_cho_rua_tay": "no", "nuoc_xa_phong": "khong_co_nuoc"}}}
    assert cause_suggestion(cat, th09, none, campuses) == "Điểm trường chính: chưa có chỗ rửa tay cho học sinh."
    proposals = proposal_suggestions(cat, ["TH.09"], {"TH.09": none}, campuses)
    assert proposals["commune"] == "- Điểm trường chính: lắp đặt chỗ rửa tay có nước cho học sinh."
    assert proposals["school"] == ""  # not also "keep water and soap at the handwashing places"
    no_soap = {"campuses": {"a": {"co_cho_rua_tay": "yes", "nuoc_xa_phong": "chi_co_nuoc"}}}
    assert cause_suggestion(cat, th09, no_soap, campuses) == (
        "Điểm trường chính: chỗ rửa tay chưa có đủ nước và xà phòng.")


def test_school_totals_add_up_declared_facts():
    """Temporary rooms are summed over campuses; campuses without separate toilets and without clean water are
    counted; a third shift counts the school."""
    cat = default_catalogue()
    values = {
        "TH.01": {"campuses": {"a": {"tong_phong": 10, "kien_co": 6, "ban_kien_co": 1, "tam": 3},
                               "b": {"tong_phong": 4, "kien_co": 2, "ban_kien_co": 0, "tam": 2}}},
        "TH.02": {"campuses": {"a": {"loai_nha_ve_sinh": "xa_nuoc", "so_dung_duoc": 2, "tong_so": 2,
                                     "tach_nam_nu": "no"},
                               "b": {"loai_nha_ve_sinh": "xa_nuoc", "so_dung_duoc": 2, "tong_so": 2,
                                     "tach_nam_nu": "yes"}}},
        "TH.03": {"campuses": {"a": {"nguon_nuoc": "nuoc_mat", "co_nuoc_hom_nay": "yes"},
                               "b": {"nguon_nuoc": "nuoc_may", "co_nuoc_hom_nay": "yes"}}},
        "TH.04": {"choice": "partly"},
    }
    totals = school_totals(cat, values, {"TH.01", "TH.02", "TH.03", "TH.04"}, ["a", "b"])
    assert totals["temporary_rooms"] == 5 and totals["semi_solid_rooms"] == 1
    assert totals["campuses_without_separate_toilets"] == 1 and totals["campuses_without_clean_water"] == 1
    assert totals["schools_with_third_shift"] == 1 and "campuses_with_large_classes" not in totals


def test_campuses_with_the_same_facts_share_a_line():
    """Campuses that lack the same thing are named together; when every campus does, "Tất cả các điểm trường"."""
    cat = default_catalogue()
    short = {"co_cho_rua_tay": "yes", "nuoc_xa_phong": "chi_co_nuoc"}
    campuses = [{"code": c, "name": f"Điểm trường {c.upper()}"} for c in ("a", "b", "c")]
    every = {"TH.09": {"campuses": {c["code"]: dict(short) for c in campuses}}}
    assert proposal_suggestions(cat, ["TH.09"], every, campuses)["school"] == (
        "- Tất cả các điểm trường: bảo đảm chỗ rửa tay luôn có nước và xà phòng.")
    two = {"TH.09": {"campuses": {"a": dict(short), "b": {"co_cho_rua_tay": "yes", "nuoc_xa_phong":
                                                         "nuoc_va_xa_phong"}, "c": dict(short)}}}
    assert proposal_suggestions(cat, ["TH.09"], two, campuses)["school"] == (
        "- Điểm trường A, Điểm trường C: bảo đảm chỗ rửa tay luôn có nước và xà phòng.")


def test_counts_of_zero_are_left_out_of_a_cause():
    """"còn 2 phòng bán kiên cố" — not "…, 0 phòng học tạm và 0 phòng thuê, mượn"; a ratio keeps its 0."""
    from papi_desktop.core.remedies import fill

    rooms = "còn {ban_kien_co} phòng bán kiên cố, {tam} phòng học tạm và {thue_muon} phòng thuê, mượn"
    assert fill(rooms, {"ban_kien_co": 2, "tam": 0, "thue_muon": 0}) == "còn 2 phòng bán kiên cố"
    assert fill(rooms, {"ban_kien_co": 0, "tam": 3, "thue_muon": 1}) == "còn 3 phòng học tạm và 1 phòng thuê, mượn"
    assert fill("mới phổ biến cho {a}/{b} người", {"a": 0, "b": 5}) == "mới phổ biến cho 0/5 người"
    assert fill("còn {a} phòng", {}) == "còn … phòng"

"""The bundled criteria catalogue covers every item of the source plan (Sở GDĐT Đắk Lắk, PAPI 2022, II.1–II.9).

The catalogue JSON is read directly (no import of papi_desktop), so these tests guard the data file on its own.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import fastjsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE_PATHS = sorted((ROOT / "resources" / "criteria").glob("*.json"))
SCHEMA_PATH = ROOT / "resources" / "schemas" / "catalogue.schema.json"

# Seed tag -> (the seed item in brief, quoting the plan's own words; criteria expected to cover it).
SEED_ITEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "II.1": (
        "Chỉ đạo, điều hành: “tăng cường các kênh truyền thông” tới CB, GV, học sinh và phụ huynh; CB, GV, NV "
        "“nhận thức đầy đủ… về ý nghĩa, tầm quan trọng của Chỉ số PAPI”; người đứng đầu “trực tiếp chỉ đạo”",
        ("D1.01", "D1.02", "D1.03"),
    ),
    "II.2.phap-luat": (
        "“Tăng cường công tác phổ biến, giáo dục pháp luật tại cơ sở”; “thực hiện quy chế dân chủ ở cơ sở”",
        ("D1.04",),
    ),
    "II.2.phan-anh": (
        "Kênh giao tiếp với học sinh, phụ huynh “qua các hình thức ứng dụng trực tuyến, thư điện tử”; "
        "“cơ chế giám sát việc giải quyết phản ánh”",
        ("D1.05",),
    ),
    "II.2.dong-gop": (
        "“Công khai các khoản đóng góp tự nguyện”, “do người dân quyết định”, “dưới sự giám sát của Ban Thanh "
        "tra nhân dân”",
        ("D1.06",),
    ),
    "II.3.ke-hoach": ("Công khai “các kế hoạch, chiến lược phát triển của nhà trường”", ("D2.01",)),
    "II.3.thu-chi": ("Công khai “các khoản thu, chi hàng năm”", ("D2.02",)),
    "II.3.dao-tao": (
        "Công khai “công tác đào tạo, bồi dưỡng nâng cao trình độ năng lực chuyên môn”",
        ("D2.03",),
    ),
    "II.3.chat-luong": ("Công khai “chất lượng đào tạo của đơn vị”", ("D2.04",)),
    "II.3.noi-quy": ("Công khai “các nội quy, quy định của cơ quan, đơn vị”", ("D2.05",)),
    "II.3.ho-ngheo": (
        "“Rà soát, xét duyệt và công khai danh sách học sinh thuộc diện hộ nghèo, cận nghèo” và giải quyết "
        "chế độ chính sách “theo đúng quy trình”",
        ("D2.06", "D2.07"),
    ),
    "II.4.giai-trinh": (
        "“Cụ thể hóa việc thực hiện nhiệm vụ giải trình trong nội quy, quy chế làm việc” (NĐ 59/2019/NĐ-CP)",
        ("D3.01",),
    ),
    "II.4.tiep-dan": ("“Lịch tiếp công dân định kỳ, đột xuất theo quy định”", ("D3.02",)),
    "II.4.khieu-nai": (
        "“Giải quyết kịp thời… những khiếu nại, tố cáo, phản ánh, kiến nghị”",
        ("D3.03",),
    ),
    "II.5.tuyen-truyen": (
        "“Đảm bảo 100%” CB, GV, NV, người lao động được quán triệt pháp luật về phòng, chống tham nhũng",
        ("D4.01",),
    ),
    "II.5.ban-ttnd": ("“Tăng cường vai trò giám sát của Ban Thanh tra nhân dân”", ("D4.02",)),
    "II.5.khao-sat": (
        "“Khảo sát đánh giá mức độ hài lòng của người dân đối với chất lượng các dịch vụ công”",
        ("D4.03",),
    ),
    "II.5.chay-truong": ("“Tránh tình trạng chạy trường, chạy lớp”", ("D4.04",)),
    "II.6.cong-bo": (
        "“Kịp thời công bố các TTHC lĩnh vực giáo dục và đào tạo trên website của trường, các kênh thông tin”",
        ("D5.01",),
    ),
    "II.6.niem-yet": (
        "“Niêm yết công khai các quy định giải quyết thủ tục”; cán bộ tiếp nhận hồ sơ “có năng lực, tinh thần "
        "trách nhiệm cao”",
        ("D5.02",),
    ),
    "II.6.xin-loi": ("“Xin lỗi tổ chức, cá nhân đối với… các trường hợp trễ hạn hồ sơ”", ("D5.03",)),
    "II.7.chat-luong": (
        "“Giải pháp đồng bộ nhằm nâng cao chất lượng giáo dục”; “nâng cao chất lượng đội ngũ giáo viên về năng "
        "lực, kỹ năng giảng dạy và phẩm chất đạo đức”",
        ("D6.01", "D6.03"),
    ),
    "II.7.thiet-bi": (
        "“Trang bị đồ dùng, thiết bị phục vụ cho việc dạy học; sử dụng, bảo quản tốt các trang thiết bị”",
        ("D6.02",),
    ),
    "II.7.kien-co": ("“Lớp học là nhà kiên cố”", ("TH.01",)),
    "II.7.nha-ve-sinh": ("“Nhà vệ sinh sạch sẽ” (đo bằng câu hỏi JMP S1–S3)", ("TH.02",)),
    "II.7.nuoc-uong": ("“Học sinh có nước uống sạch ở trường” (câu hỏi JMP W1–W2)", ("TH.03",)),
    "II.7.ca-ba": ("“Học sinh không phải học ca ba”", ("TH.04",)),
    "II.7.day-them": ("“Giáo viên không ưu ái học sinh học thêm” (TT 29/2024/TT-BGDĐT)", ("TH.05",)),
    "II.7.su-pham": ("“Giáo viên có trình độ sư phạm tốt”", ("TH.06",)),
    "II.7.phan-hoi": ("“Phụ huynh thường xuyên nhận được phản hồi”", ("TH.07",)),
    "II.7.cong-khai-thu-chi": ("“Nhà trường công khai việc thu, chi với phụ huynh học sinh”", ("TH.08",)),
    "II.7.rua-tay": (
        "Không có nguyên văn trong Kế hoạch: rửa tay với nước và xà phòng (JMP H1–H2), đi cùng “nhà vệ sinh sạch sẽ”",
        ("TH.09",),
    ),
    "II.7.si-so": (
        "Không có nguyên văn trong Kế hoạch: sĩ số lớp ≤ 35, lớp ghép ≤ 15 (TT 28/2020/TT-BGDĐT Điều 16), "
        "gắn với “nâng cao chất lượng giáo dục” của mục II.7",
        ("TH.10",),
    ),
    "II.8.giao-duc": (
        "“Lồng ghép việc giáo dục ý thức bảo vệ môi trường vào trong các giờ ngoại khóa, sinh hoạt chủ đề”",
        ("D7.01",),
    ),
    "II.8.cay-xanh": ("“Chương trình trồng cây xanh trong trường học”", ("D7.02",)),
    "II.9.website": ("“Sử dụng hiệu quả các website, các trang mạng xã hội của nhà trường”", ("D8.01",)),
    "II.9.truc-tuyen": (
        "“Phụ huynh, học sinh dễ dàng tiếp cận các nội quy, quy định của nhà trường, các chính sách, pháp luật”",
        ("D8.02",),
    ),
    "II.9.cntt": ("“Tăng cường ứng dụng CNTT vào công tác quản lý, giảng dạy”", ("D8.03",)),
}

# The eight items of the primary-school checklist that parents answer in PAPI (seed II.7).
PAPI_CHECKLIST = (
    "II.7.kien-co",
    "II.7.nha-ve-sinh",
    "II.7.nuoc-uong",
    "II.7.ca-ba",
    "II.7.day-them",
    "II.7.su-pham",
    "II.7.phan-hoi",
    "II.7.cong-khai-thu-chi",
)

NUMERIC_TYPES = ("count", "number")


@pytest.fixture(scope="module", params=CATALOGUE_PATHS, ids=lambda p: p.name)
def catalogue(request) -> dict:
    return json.loads(request.param.read_text(encoding="utf-8"))


def expected(catalogue: dict, tag: str) -> tuple[str, ...]:
    """The criteria expected to cover a seed item; from 2026.1 on, II.1 has its own group (CD.01–CD.03)."""
    ids = SEED_ITEMS[tag][1]
    if tag == "II.1" and catalogue["version"] != "2025.1":
        return ("CD.01", "CD.02", "CD.03")
    return ids


@pytest.fixture(scope="module")
def criteria(catalogue) -> list[dict]:
    return catalogue["criteria"]


def _leaves(cond: dict) -> list[dict]:
    """The simple conditions inside all / any / if."""
    if "all" in cond or "any" in cond:
        return [x for c in cond.get("all") or cond["any"] for x in _leaves(c)]
    if "if" in cond:
        return _leaves(cond["if"]) + _leaves(cond["then"])
    return [cond]


def _conditions(answer: dict) -> list[dict]:
    rules = [m.get("rule", m) for m in answer.get("met_when", [])] + [c["rule"] for c in answer.get("checks", [])]
    return [leaf for r in rules for leaf in _leaves(r)]


def _expr_keys(expr) -> list[str]:
    """The criterion's own fields an expression reads (not other criteria, the profile or dates)."""
    if isinstance(expr, str):
        return [expr] if "." not in expr else []
    if isinstance(expr, dict):
        for key in ("sum", "ratio", "percent"):
            if key in expr:
                return [k for e in expr[key] for k in _expr_keys(e)]
        if "total" in expr:
            return _expr_keys(expr["total"])
    return []


def _strings(node, path="$"):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield f"{path}.{k}(key)", k
            yield from _strings(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _strings(v, f"{path}[{i}]")


def test_catalogue_matches_schema(catalogue):
    """The catalogue file validates against catalogue.schema.json."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    fastjsonschema.compile(schema)(catalogue)


def test_criterion_ids_are_unique(criteria):
    """No two criteria share an id."""
    dupes = [cid for cid, n in Counter(c["id"] for c in criteria).items() if n > 1]
    assert dupes == []


def test_ids_are_numbered_in_order_within_each_dimension(catalogue, criteria):
    """Ids are <DIM>.<NN>, the prefix is the criterion's dimension and NN rises without gaps (a criterion keeps its
    id across versions, so D1 of 2026.1 starts at D1.04 after D1.01–D1.03 moved to CD)."""
    dims = [d["id"] for d in catalogue["dimensions"]]
    for dim in dims:
        ids = [c["id"] for c in criteria if c["dimension"] == dim]
        first = int(ids[0].split(".")[1])
        assert ids == [f"{dim}.{n:02d}" for n in range(first, first + len(ids))], dim
    assert {c["dimension"] for c in criteria} <= set(dims)


def test_every_dimension_has_at_least_two_criteria(catalogue, criteria):
    """Each dimension (D1..D8 and TH) holds two criteria or more."""
    per_dim = Counter(c["dimension"] for c in criteria)
    for dim in catalogue["dimensions"]:
        assert per_dim[dim["id"]] >= 2, dim["id"]


@pytest.mark.parametrize("tag", sorted(SEED_ITEMS))
def test_seed_item_is_covered_by_expected_criteria(catalogue, criteria, tag):
    """Each seed item is cited (seed_refs) by exactly the criteria listed for it in SEED_ITEMS."""
    covering = tuple(c["id"] for c in criteria if tag in c["seed_refs"])
    assert covering == expected(catalogue, tag)


def test_every_seed_ref_is_a_known_seed_item(criteria):
    """No criterion cites a seed tag missing from SEED_ITEMS."""
    unknown = {(c["id"], t) for c in criteria for t in c["seed_refs"] if t not in SEED_ITEMS}
    assert unknown == set()


def test_papi_checklist_items_are_flagged_and_weigh_two(catalogue, criteria):
    """The eight PAPI parent-checklist items carry papi_indicator and weight 2; every other criterion weighs 1."""
    checklist_ids = {cid for tag in PAPI_CHECKLIST for cid in expected(catalogue, tag)}
    assert len(checklist_ids) == 8
    for c in criteria:
        flagged = c.get("papi_indicator", False)
        assert flagged == (c["id"] in checklist_ids), c["id"]
        assert c["weight"] == (2 if flagged else 1), c["id"]


def test_conditions_reference_existing_fields(criteria):
    """Every field named in met_when or checks exists in that criterion's fields."""
    for c in criteria:
        answer = c["answer"]
        keys = {f["key"] for f in answer.get("fields", [])}
        for cond in _conditions(answer):
            refs = _expr_keys(cond.get("left")) + _expr_keys(cond.get("right"))
            refs += [cond["field"]] if "field" in cond and "." not in cond["field"] else []
            assert set(refs) <= keys, (c["id"], cond)


def test_field_keys_are_unique_within_a_criterion(criteria):
    """A form never repeats a field key."""
    for c in criteria:
        keys = [f["key"] for f in c["answer"].get("fields", [])]
        assert len(keys) == len(set(keys)), c["id"]


def test_choice_fields_have_options_and_conditions_name_known_values(criteria):
    """Choice fields have options; `in` names known options or yes/no; comparisons and min_selected fit types."""
    for c in criteria:
        answer = c["answer"]
        fields = {f["key"]: f for f in answer.get("fields", [])}
        for f in fields.values():
            if f["type"] in ("choice", "multichoice"):
                assert f.get("options"), (c["id"], f["key"])
            else:
                assert "options" not in f, (c["id"], f["key"])
        for cond in _conditions(answer):
            if "in" in cond:
                f = fields[cond["field"]]
                assert f["type"] in ("choice", "yes_no"), (c["id"], cond)
                allowed = {"yes", "no"} if f["type"] == "yes_no" else {o["key"] for o in f["options"]}
                assert set(cond["in"]) <= allowed, (c["id"], cond)
            elif "min_selected" in cond:
                f = fields[cond["field"]]
                assert f["type"] == "multichoice", (c["id"], cond)
                assert cond["min_selected"] <= len(f["options"]), (c["id"], cond)
            else:
                for key in _expr_keys(cond["left"]) + _expr_keys(cond["right"]):
                    assert fields[key]["type"] in (*NUMERIC_TYPES, "date"), (c["id"], cond)


def test_jmp_core_questions_are_asked_per_campus(criteria):
    """Toilets ask S1–S3, drinking water W1–W2 and handwashing H1–H2, each for every campus."""
    expected = {"II.7.nha-ve-sinh": {"S1", "S2", "S3"}, "II.7.nuoc-uong": {"W1", "W2"}, "II.7.rua-tay": {"H1", "H2"}}
    by_id = {c["id"]: c for c in criteria}
    for tag, codes in expected.items():
        (cid,) = SEED_ITEMS[tag][1]
        answer = by_id[cid]["answer"]
        assert answer.get("per_campus") is True, cid
        assert {f["jmp"] for f in answer["fields"] if "jmp" in f} == codes, cid


def test_verdict_rule_states_deadline_and_not_applicable(criteria):
    """The verdict rule names the deadline exactly when set and “không áp dụng” exactly when allowed."""
    for c in criteria:
        answer = c["answer"]
        rule_vi = c["verdict_rule"]["vi"]
        deadline = answer.get("deadline") or answer.get("window", {}).get("to", {}).get("day")
        if deadline:
            month, day = (int(x) for x in deadline.split("-"))
            assert f"{day}/{month}" in rule_vi, c["id"]
        else:
            assert "30/6" not in rule_vi, c["id"]
        # The loader treats a missing allow_na as true, so the file states it on every criterion.
        assert "allow_na" in answer, c["id"]
        assert ("không áp dụng" in rule_vi.lower()) == answer["allow_na"], c["id"]


def test_all_text_is_nfc(catalogue):
    """Every string (keys included) in the catalogue is Unicode NFC."""
    bad = [path for path, s in _strings(catalogue) if not unicodedata.is_normalized("NFC", s)]
    assert bad == []


def test_every_text_has_vietnamese_and_english(criteria):
    """Text, guidance, verdict rule and evidence are non-blank in both languages."""
    for c in criteria:
        for part in ("text", "guidance", "verdict_rule", "evidence"):
            assert c[part]["vi"].strip() and c[part]["en"].strip(), (c["id"], part)

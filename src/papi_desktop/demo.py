"""Realistic, reproducible sample data: public primary schools of Đắk Lắk.

School ``i`` depends only on ``(seed, i)``, so ``--schools 20`` after ``--schools 5`` adds schools 5–19 and
leaves the first five as they were; running the same command twice adds nothing. Answers are generated from
the catalogue itself (any catalogue works): values are drawn at random, then repaired until the catalogue's
checks pass; about a quarter of the criteria are left not met on purpose.

School 0 has two school years: 2024-2025, finalised while the district office (Phòng GDĐT) still existed, and
2025-2026, a draft reported to the commune People's Committee after the 2025 reform.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from papi_desktop.core.catalogue import Catalogue, Criterion, default_catalogue
from papi_desktop.core.model import Action, Answer, Campus, School
from papi_desktop.core.scoring import MET, compiled_conditions, evaluate
from papi_desktop.storage.repository import Repository

PROVINCE = "Đắk Lắk"
# Đắk Lắk district-level units before 1/7/2025 (GSO codes) and a commune-level successor for each.
UNITS = [
    ("643", "thành phố Buôn Ma Thuột", "phường Buôn Ma Thuột", "Buôn Ma Thuột"),
    ("644", "thị xã Buôn Hồ", "phường Buôn Hồ", "Buôn Hồ"),
    ("645", "huyện Ea H'leo", "xã Ea H'leo", "Ea H'leo"),
    ("646", "huyện Ea Súp", "xã Ea Súp", "Ea Súp"),
    ("647", "huyện Buôn Đôn", "xã Buôn Đôn", "Buôn Đôn"),
    ("648", "huyện Cư M'gar", "xã Cư M'gar", "Cư M'gar"),
    ("649", "huyện Krông Búk", "xã Krông Búk", "Krông Búk"),
    ("650", "huyện Krông Năng", "xã Krông Năng", "Krông Năng"),
    ("651", "huyện Ea Kar", "xã Ea Kar", "Ea Kar"),
    ("652", "huyện M'Đrắk", "xã M'Đrắk", "M'Đrắk"),
    ("653", "huyện Krông Bông", "xã Krông Bông", "Krông Bông"),
    ("654", "huyện Krông Pắc", "xã Krông Pắc", "Krông Pắc"),
    ("655", "huyện Krông A Na", "xã Krông A Na", "Krông A Na"),
    ("656", "huyện Lắk", "xã Liên Sơn Lắk", "Lắk"),
    ("657", "huyện Cư Kuin", "xã Cư Kuin", "Cư Kuin"),
]
NAMES = [
    "Lê Lợi", "Nguyễn Du", "Trần Phú", "Kim Đồng", "Võ Thị Sáu", "Hoàng Văn Thụ", "Nguyễn Thị Minh Khai",
    "Lý Tự Trọng", "Y Jút", "Ama Khê", "Nơ Trang Lơng", "Chu Văn An", "Phan Bội Châu", "Đinh Bộ Lĩnh",
    "Ngô Quyền", "Hai Bà Trưng", "Bế Văn Đàn", "Đoàn Thị Điểm", "Trần Quốc Toản", "Lê Văn Tám",
]
VILLAGES = ["Buôn Ea Nuôl", "Thôn 3", "Buôn Trấp", "Thôn Ea Tân", "Buôn Cuôr Đăng", "Thôn Đắk Liêng", "Buôn M'Lốc"]
PEOPLE = [
    "Nguyễn Thị Hoa", "Trần Văn Đức", "H'Ngọc Êban", "Y Bhin Niê", "Lê Thị Đào", "Phạm Văn Hùng",
    "H'Lan Mlô", "Võ Thị Thu Hà", "Đặng Quốc Việt", "Hoàng Thị Mỹ Lệ", "Y Siêng Adrơng", "Đỗ Thị Lan Anh",
]
ACTION_PEOPLE = ["Hiệu trưởng", "Phó hiệu trưởng", "Kế toán", "Tổng phụ trách Đội", "Tổ trưởng chuyên môn"]
OLD_YEAR, NEW_YEAR = "2024-2025", "2025-2026"
FIXED_EPOCH = datetime(2025, 10, 1, 8, 0, tzinfo=timezone.utc)


def school_profile(seed: int, i: int, *, old_chain: bool = False) -> School:
    """The profile of sample school ``i`` (the chain valid before 2025 when ``old_chain``)."""
    rng = random.Random(f"school-{seed}-{i}")
    unit_code, district, commune, place = UNITS[i % len(UNITS)]
    hero = NAMES[i % len(NAMES)]
    cycle = len(UNITS) * len(NAMES) // 5  # (unit, name) pairs repeat every 60 schools
    suffix = f" số {i // cycle + 1}" if i >= cycle else ""
    name = f"Trường Tiểu học {hero}{suffix}"
    campuses = [Campus("chinh", "Điểm trường chính", True, f"{place}, {PROVINCE}")]
    for k, village in enumerate(rng.sample(VILLAGES, rng.randint(0, 3)), start=1):
        campuses.append(Campus(f"diem-{k}", f"Điểm trường {village}", False, f"{village}, {place}"))
    classes = rng.randint(8, 30)
    if old_chain:
        body = f"PHÒNG GDĐT {district.upper()}"
        offices = [f"Phòng Giáo dục và Đào tạo {district}"]
    else:
        body = f"UBND {commune.upper()}"
        offices = [f"Phòng Văn hóa – Xã hội {commune}", f"Sở Giáo dục và Đào tạo tỉnh {PROVINCE}"]
    return School(
        code=f"TH{unit_code}{i:05d}",
        name=name,
        supervising_body=body,
        place_name=place,
        address=f"{place}, tỉnh {PROVINCE}",
        unit_code=unit_code,
        unit_name=district if old_chain else commune,
        principal=rng.choice(PEOPLE),
        deputies=[rng.choice(PEOPLE)],
        receiving_offices=offices,
        abbreviation="TH" + "".join(w[0] for w in hero.replace("Đ", "D").split()).upper(),
        phone=f"0262 3{rng.randint(100000, 999999)}",
        campuses=campuses,
        stats={"classes": classes, "pupils": classes * rng.randint(22, 34), "teachers": int(classes * 1.5) + 2,
               "staff": int(classes * 1.5) + rng.randint(5, 9)},
    )


def _random_value(rng: random.Random, f) -> object:
    if f.type == "count":
        hi = int(f.max) if f.max is not None else 30
        return rng.randint(int(f.min or 0), min(hi, 30))
    if f.type == "number":
        return round(rng.uniform(f.min or 0, min(f.max or 100, 100)), 1)
    if f.type in ("choice", "yes_no"):
        return rng.choice(f.option_keys())
    if f.type == "multichoice":
        keys = list(f.option_keys())
        return sorted(rng.sample(keys, rng.randint(1, len(keys))))
    if f.type == "date":
        return (date(2025, 9, 5) + timedelta(days=rng.randint(0, 200))).isoformat()
    return rng.choice(["Đã thực hiện theo kế hoạch.", "Có biên bản kèm theo.", "Thực hiện định kỳ."])


def _repair(values: dict, cond: dict, holds: Callable[[dict], bool | None], fields) -> bool:
    """Change ``values`` so that ``cond`` (compiled: ``holds``) holds, where that is simple (demo only);
    False when it already held (nothing changed)."""
    if holds(values) is not False:
        return False
    if "in" in cond:
        values[cond["field"]] = cond["in"][0]
    elif "min_selected" in cond:
        values[cond["field"]] = list(fields[cond["field"]].option_keys())[: cond["min_selected"]]
    else:
        left, right, op = cond["left"], cond["right"], cond["op"]

        def val(e):
            return e if isinstance(e, (int, float)) else (
                values.get(e) if isinstance(e, str) else sum(values.get(k) or 0 for k in e["sum"]))

        target = val(left)
        if isinstance(right, str):
            values[right] = {"==": target, "<=": target, "<": target + 1, ">=": target, ">": max(target - 1, 0),
                             "!=": target + 1}[op]
        elif isinstance(left, str):
            values[left] = {"==": right, "<=": right, "<": right - 1, ">=": right, ">": right + 1,
                            "!=": right + 1}[op]
    return True


def _form_values(rng: random.Random, criterion: Criterion, want_met: bool) -> dict:
    model = criterion.answer
    fields = {f.key: f for f in model.fields}
    met_when, checks = compiled_conditions(criterion)
    rules = (*met_when, *checks) if want_met else checks
    for _ in range(30):
        values = {f.key: _random_value(rng, f) for f in model.fields}
        for _round in range(4):
            # a round in which every condition already held changes nothing, and neither would the next ones
            # (repairs draw no random numbers), so stopping early gives the same values
            if not any([_repair(values, cond, holds, fields) for cond, holds in rules]):
                break
        probe = Answer(criterion.id, values)
        ev = evaluate(criterion, probe)
        if not ev.problems and not ev.missing:
            return values
    return values


def answer_for(rng: random.Random, criterion: Criterion, campuses: list[str], school_year: str) -> Answer:
    """A plausible answer to ``criterion``; about three in four are met."""
    want_met = rng.random() < 0.75
    model = criterion.answer
    note = rng.choice(["", "Có biên bản lưu tại văn phòng.", "Ảnh chụp kèm theo.", "Theo báo cáo của tổ chuyên môn."])
    if model.model == "yes_no_partly":
        value = {"choice": "yes" if want_met else rng.choice(["partly", "no"])}
    elif model.model == "disclosure":
        start = int(school_year[:4])
        when = date(start, 9, 1) + timedelta(days=rng.randint(5, 120))
        methods = [m.key for m in model.methods]
        chosen = sorted(rng.sample(methods, rng.randint(max(1, model.min_methods), len(methods))))
        value = {"disclosed": "yes" if want_met or rng.random() < 0.5 else "no", "date": when.isoformat(),
                 "methods": chosen if want_met else chosen[:1]}
        if value["disclosed"] == "no":
            value = {"disclosed": "no"}
    elif model.per_campus:
        value = {"campuses": {code: _form_values(rng, criterion, want_met) for code in campuses}}
    else:
        value = _form_values(rng, criterion, want_met)
    return Answer(criterion.id, value, note=note)


def _fill(repo: Repository, rng: random.Random, catalogue: Catalogue, school: School, assessment_id: str,
          school_year: str, complete: bool) -> None:
    codes = [c.code for c in school.campuses]
    answers = []
    for criterion in catalogue.criteria:
        if not complete and rng.random() < 0.3:
            continue
        if criterion.answer.allow_na and rng.random() < 0.04:
            answers.append(Answer(criterion.id, {}, na=True, na_reason="Trường không có nội dung này trong năm học."))
            continue
        answers.append(answer_for(rng, criterion, codes, school_year))
    repo.save_answers(assessment_id, answers)
    snap = repo.snapshot(assessment_id)
    failed = [cid for cid, v in snap["verdicts"].items() if v not in (MET, "na", "unanswered")]
    start = int(school_year[:4])
    for cid in failed[:6]:
        c = catalogue.criterion(cid)
        repo.save_action(Action(
            None, assessment_id, what=f"Khắc phục: {c.text.vi}", who=rng.choice(ACTION_PEOPLE),
            due=date(start + 1, rng.randint(1, 5), rng.randint(1, 28)).isoformat(),
            status=rng.choice(["planned", "planned", "in_progress"]), criterion_id=cid,
        ))


def _assessment_id(seed: int, i: int, year: str) -> str:
    return str(uuid.UUID(int=random.Random(f"uuid-{seed}-{i}-{year}").getrandbits(128), version=4))


def make_demo(repo: Repository, *, schools: int = 6, seed: int = 1,
              progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Add ``schools`` sample schools to ``repo``; returns counts of what was added."""
    catalogue = default_catalogue()
    added = {"schools": 0, "assessments": 0}
    existing = {s.code for s in repo.list_schools()}
    saved_clock = repo.clock
    batch = 200
    try:
        for start in range(0, schools, batch):
            with repo.transaction():
                for i in range(start, min(schools, start + batch)):
                    tick = FIXED_EPOCH + timedelta(minutes=i)
                    repo.clock = lambda tick=tick: tick.isoformat()
                    added_now = _make_school(repo, catalogue, seed, i, existing)
                    added["schools"] += added_now[0]
                    added["assessments"] += added_now[1]
            if progress:
                progress(min(schools, start + batch), schools)
    finally:
        repo.clock = saved_clock
    return added


def _make_school(repo: Repository, catalogue: Catalogue, seed: int, i: int, existing: set[str]) -> tuple[int, int]:
    rng = random.Random(f"answers-{seed}-{i}")
    profile = school_profile(seed, i)
    if profile.code in existing:
        return (0, 0)
    n = 0
    if i == 0:
        old = school_profile(seed, i, old_chain=True)
        repo.save_school(old)
        a = repo.create_assessment(school_code=old.code, school_year=OLD_YEAR,
                                   assessment_id=_assessment_id(seed, i, OLD_YEAR))
        _fill(repo, rng, catalogue, old, a.id, OLD_YEAR, complete=True)
        repo.finalise(a.id, doc_number=12, doc_date="2025-05-20")
        n += 1
    repo.save_school(profile)
    final = i == 0 or rng.random() < 0.67
    a = repo.create_assessment(school_code=profile.code, school_year=NEW_YEAR,
                               assessment_id=_assessment_id(seed, i, NEW_YEAR))
    if i == 0:
        _fill(repo, rng, catalogue, profile, a.id, NEW_YEAR, complete=False)
    else:
        _fill(repo, rng, catalogue, profile, a.id, NEW_YEAR, complete=final)
        if final:
            repo.finalise(a.id, doc_number=rng.randint(1, 40), doc_date="2026-05-15")
    return (1, n + 1)

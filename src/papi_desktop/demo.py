"""Realistic, reproducible sample data: public primary schools of Đắk Lắk.

School ``i`` depends only on ``(seed, i)``, so ``--schools 20`` after ``--schools 5`` adds schools 5–19 and
leaves the first five as they were; running the same command twice adds nothing. Answers come from each
answer model's ``sample`` (any catalogue works): values are drawn at random, then repaired until the catalogue's
checks — against other criteria and the school profile too — pass; about a quarter of the criteria are left not
met on purpose. Every 2025-2026 assessment gets the parents' survey forms of :func:`papi_desktop.demo_survey.
fill_sample_survey` before it is finalised, so the sample data file and the office's sample carry surveys; school
0's 2024-2025 assessment, finalised before the app had a survey, has none (its data file is what an older app
sent: the office shows "không có khảo sát").

School 0 has two school years: 2024-2025, finalised while the district office (Phòng GDĐT) still existed, and
2025-2026, a draft reported to the commune People's Committee after the 2025 reform.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from papi_desktop.core.answers import model_of
from papi_desktop.core.answers.rules import Env
from papi_desktop.core.catalogue import Catalogue, Criterion, catalogue_for_year
from papi_desktop.core.model import Action, Answer, Campus, School
from papi_desktop.core.scoring import MET
from papi_desktop.demo_survey import fill_sample_survey
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
        # staff: the managers and employees besides the teachers (the report prints "… giáo viên; … cán bộ, nhân viên")
        stats={"classes": classes, "pupils": classes * rng.randint(22, 34), "teachers": int(classes * 1.5) + 2,
               "staff": rng.randint(5, 9)},
    )


def typical_counts(school: School | None, campus: str | None) -> dict[str, tuple[int, int]]:
    """Plausible ranges of the catalogue's count fields for a school of this size (``criterion.field`` or
    ``field``), at one campus for per-campus criteria: the main campus holds most classes, a satellite
    (điểm trường lẻ) two or three, sometimes combined (lớp ghép). Sample data only."""
    stats = school.stats if school else {}
    classes, teachers, pupils = stats.get("classes", 12), stats.get("teachers", 20), stats.get("pupils", 350)
    staff = stats.get("staff", 6)
    satellites = max(0, len(school.campuses) - 1) if school else 0
    main = campus is None or not school or any(c.code == campus and c.is_main for c in school.campuses)
    at_satellite = 3 if classes >= 18 else 2
    here = max(3, classes - at_satellite * satellites) if main else at_satellite
    combined = (0, 0) if main else (0, 2)
    return {
        "TH.01.tong_phong": (here, here + 3), "TH.01.kien_co": (max(1, here - 2), here + 2),
        "TH.01.ban_kien_co": (0, 2), "TH.01.tam": (0, 1), "TH.01.thue_muon": (0, 1) if main else (0, 0),
        "TH.02.tong_so": (1, 2 + here // 4), "TH.02.so_dung_duoc": (1, 2 + here // 4),
        "TH.10.so_lop": (here, here), "TH.10.si_so_lon_nhat": (22, 38), "TH.10.so_lop_ghep": combined,
        "TH.10.si_so_ghep_lon_nhat": (0, 0) if main else (8, 17),
        "tong_gv": (teachers, teachers), "so_cam_ket": (teachers - 2, teachers),
        "da_boi_duong": (teachers - 3, teachers), "dat_chuan_dao_tao": (teachers - 3, teachers),
        "xep_loai_dat": (teachers - 3, teachers),
        "so_vi_pham": (0, 1), "bi_ky_luat": (0, 1),
        "tong_so": (teachers + staff, teachers + staff), "da_pho_bien": (teachers + staff - 3, teachers + staff),
        "so_buoi": (1, 4), "so_cuoc_giam_sat": (1, 6),
        "so_phieu": (pupils // 3, pupils), "so_hai_long": (pupils // 4, pupils),
        "so_ho_so": (20, 200), "so_tre_han": (0, 3), "so_xin_loi": (0, 3),
        "so_nhan": (0, 8), "so_dung_han": (0, 6), "so_chua_den_han": (0, 2),
        "so_hoat_dong": (2, 12), "so_cay": (20, 150),
    }


def answer_for(rng: random.Random, criterion: Criterion, campuses: list[str], school_year: str,
               school: School | None = None, answers: dict[str, Answer] | None = None) -> Answer:
    """A plausible answer to ``criterion`` from its answer model's ``sample`` (counts fit ``school``'s size and
    agree with its profile and with ``answers`` already made); about three in four are met."""
    want_met = rng.random() < 0.75
    note = rng.choice(["", "Có biên bản lưu tại văn phòng.", "Ảnh chụp kèm theo.", "Theo báo cáo của tổ chuyên môn."])
    env = Env(campuses, answers or {}, school.stats if school else {}, school_year)
    value = model_of(criterion).sample(rng, criterion, env, want_met,
                                       lambda campus: _hints(criterion, typical_counts(school, campus)))
    return Answer(criterion.id, value, note=note)


def sample_answers(rng: random.Random, catalogue: Catalogue, school: School, school_year: str) -> dict[str, Answer]:
    """A complete, consistent set of sample answers (no "không áp dụng"), in catalogue order."""
    codes = [c.code for c in school.campuses]
    answers: dict[str, Answer] = {}
    for c in catalogue.criteria:
        answers[c.id] = answer_for(rng, c, codes, school_year, school, answers)
    return answers


def _hints(criterion: Criterion, typical: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    return {f.key: typical.get(f"{criterion.id}.{f.key}") or typical.get(f.key) for f in criterion.answer.fields}


def _fill(repo: Repository, rng: random.Random, catalogue: Catalogue, school: School, assessment_id: str,
          school_year: str, complete: bool) -> None:
    codes = [c.code for c in school.campuses]
    answers: dict[str, Answer] = {}
    for criterion in catalogue.criteria:
        if not complete and rng.random() < 0.3:
            continue
        if criterion.answer.allow_na and rng.random() < 0.04:
            answers[criterion.id] = Answer(criterion.id, {}, na=True,
                                           na_reason="Trường không có nội dung này trong năm học.")
            continue
        answers[criterion.id] = answer_for(rng, criterion, codes, school_year, school, answers)
    repo.save_answers(assessment_id, list(answers.values()))
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
                    added_now = _make_school(repo, seed, i, existing)
                    added["schools"] += added_now[0]
                    added["assessments"] += added_now[1]
            if progress:
                progress(min(schools, start + batch), schools)
    finally:
        repo.clock = saved_clock
    return added


def _make_school(repo: Repository, seed: int, i: int, existing: set[str]) -> tuple[int, int]:
    """School ``i`` with its assessments, each made with the newest catalogue that covers its school year."""
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
        _fill(repo, rng, catalogue_for_year(OLD_YEAR), old, a.id, OLD_YEAR, complete=True)
        repo.finalise(a.id, doc_number=12, doc_date="2025-05-20")
        n += 1
    repo.save_school(profile)
    final = i == 0 or rng.random() < 0.67
    a = repo.create_assessment(school_code=profile.code, school_year=NEW_YEAR,
                               assessment_id=_assessment_id(seed, i, NEW_YEAR))
    catalogue = catalogue_for_year(NEW_YEAR)
    if i == 0:
        _fill(repo, rng, catalogue, profile, a.id, NEW_YEAR, complete=False)
    else:
        _fill(repo, rng, catalogue, profile, a.id, NEW_YEAR, complete=final)
    fill_sample_survey(repo, a.id, seed=seed)
    if i != 0 and final:
        repo.finalise(a.id, doc_number=rng.randint(1, 40), doc_date="2026-05-15")
    return (1, n + 1)

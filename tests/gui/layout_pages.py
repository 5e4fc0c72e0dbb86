"""Every criterion page for the layout run (:mod:`tests.gui.layout`): both bundled catalogues (2025.1 and 2026.1),
a school with one campus and one with three (per-campus forms), each page empty, filled (with a note and an
evidence file), answered wrongly (the messages shown next to the fields) and, where the criterion allows it,
"không áp dụng" with its reason."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

#: the states a page is looked at in, and the school with one / three campuses
STATES = ("trong", "day-du", "sai", "khong-ap-dung")
CAMPUS_COUNTS = (1, 3)
#: the catalogue versions, each with a school year it covers (one assessment per school and year)
VERSIONS = {"2025.1": "2025-2026", "2026.1": "2026-2027"}
LONG_FILE = "Biên bản họp hội đồng trường về kế hoạch sử dụng kinh phí năm học 2025-2026 (bản ký).pdf"


def _school(campuses: int, state: str):
    from papi_desktop.core.model import Campus
    from papi_desktop.demo import school_profile

    base = school_profile(7, 3)
    main = Campus("chinh", "Điểm trường chính", True, base.address)
    others = [Campus(f"diem-{k}", name, False, base.address)
              for k, name in enumerate(("Điểm trường Buôn Cuôr Đăng", "Điểm trường Thôn Đắk Liêng"), start=1)]
    code = f"TH{base.unit_code}{campuses}{STATES.index(state):04d}"
    return replace(base, code=code, campuses=[main, *others[:campuses - 1]])


def wrong_value(criterion, school, year: str, answers: dict) -> dict:
    """An answer that is not right in every way a principal might get it wrong: every count off by 7 (against
    the school profile and the other counts), an impossible date, a date outside the school year, "Không"."""
    from papi_desktop.core.answers import model_of
    from papi_desktop.core.answers.rules import Env

    model = criterion.answer.model
    if model == "yes_no_partly":
        return {"choice": "no"}
    if model == "disclosure":
        return {"disclosed": "yes", "date": "2019-03-01", "methods": [criterion.answer.methods[0].key]}
    codes = [c.code for c in school.campuses]
    value = model_of(criterion).sample(random.Random(criterion.id), criterion, Env(codes, answers, school.stats, year),
                                       False, None)
    for values in (value.get("campuses") or {}).values() if criterion.answer.per_campus else [value]:
        for f in criterion.answer.fields:
            if f.type == "count":
                values[f.key] = (values.get(f.key) or 0) + 7
            elif f.type == "date":
                values[f.key] = "31/02/2026"
    return value


def _answers(catalogue, school, year: str, state: str) -> list:
    from papi_desktop.core.model import Answer
    from papi_desktop.demo import sample_answers

    if state == "trong":
        return []
    if state == "khong-ap-dung":
        return [Answer(c.id, {}, na=True, na_reason="Trường không tổ chức hoạt động này trong năm học vì điểm trường "
                                                    "lẻ đã sáp nhập về điểm trường chính từ tháng 9.")
                for c in catalogue.criteria if c.answer.allow_na]
    answers = sample_answers(random.Random(school.code), catalogue, school, year)
    if state == "sai":
        answers = {cid: replace(a, value=wrong_value(catalogue.criterion(cid), school, year, answers))
                   for cid, a in answers.items()}
    return [replace(a, note="Có biên bản lưu tại văn phòng nhà trường; ảnh chụp bảng tin kèm theo.")
            for a in answers.values()]


def page_database(path: Path) -> list[tuple[str, str, list[str]]]:
    """Write the schools and assessments to ``path``; ``[(name, assessment id, criterion ids to look at)]``."""
    from papi_desktop.core.catalogue import bundled_catalogues
    from papi_desktop.storage.repository import Repository

    catalogues = {c.version: c for c in bundled_catalogues().values()}
    out = []
    with Repository.open(path) as repo:
        for campuses in CAMPUS_COUNTS:
            for state in STATES if campuses == 1 else STATES[:-1]:  # "không áp dụng" looks the same
                school = repo.save_school(_school(campuses, state))
                for version, year in VERSIONS.items():
                    catalogue = catalogues[version]
                    a = repo.create_assessment(school_code=school.code, school_year=year, catalogue=catalogue)
                    answers = _answers(catalogue, school, year, state)
                    repo.save_answers(a.id, answers)
                    if state == "day-du":
                        for c in catalogue.criteria[:3]:
                            repo.add_attachment_bytes(a.id, c.id, LONG_FILE, b"%PDF-1.4\n")
                    # with three campuses only the per-campus forms look different
                    ids = [x.criterion_id for x in answers] if state == "khong-ap-dung" else \
                        [c.id for c in catalogue.criteria if campuses == 1 or c.answer.per_campus]
                    out.append((f"tieu-chi-{version}-{campuses}dt-{state}", a.id, ids))
    return out


def criterion_pages(work: Path) -> Iterator:
    """Every criterion page of both catalogues, in every state, for one and for three campuses; the widest pages
    also in a maximised window."""
    from tests.gui.layout_screens import _window, maximise

    db = work / "tieu-chi.sqlite3"
    plan = page_database(db)
    window = _window(db)
    for name, assessment_id, ids in plan:
        window.open_assessment(assessment_id)
        walk = window.assessment_view.walkthrough
        for cid in ids:
            walk.show_criterion(cid)
            yield f"{name}-{cid}", window
    maximise(window)  # issue 14: at 150 % TH.07 was wider than the page even maximised
    for name, assessment_id, _ids in plan:
        if name.endswith("-1dt-sai"):
            window.open_assessment(assessment_id)
            for cid in ("TH.06", "TH.07"):
                window.assessment_view.walkthrough.show_criterion(cid)
                yield f"{name}-{cid}-phong-to", window

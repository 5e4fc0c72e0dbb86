"""Data files of format version 2: the report's details (plan basis, reference date, causes, proposals) travel in
the content, so the office prints the same report; files without them stay version 1; hostile details are refused
and change nothing."""

from __future__ import annotations

import json
import zipfile

import pytest

from papi_desktop.exchange.importer import import_paths
from papi_desktop.exchange.writer import export_assessment

from .conftest import entries, rebuild
from .test_hostile import _import_bad

BASIS = {"number": "1234/KH-SGDĐT", "date": "15/08/2025", "issuer": "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk",
         "title": "nâng cao Chỉ số PAPI năm 2025"}


def complete(repo, a) -> None:
    """Answer what a draft still lacks with the sample data's consistent answers, so it can be finalised."""
    import random

    from papi_desktop.demo import sample_answers

    sample = sample_answers(random.Random(1), repo.catalogue_of(a), repo.school_for(a), a.school_year)
    repo.save_answers(a.id, [sample[cid] for cid in dict(repo.missing_for_finalise(a.id))])
    assert repo.missing_for_finalise(a.id) == []


def _finalise_with_details(repo) -> str:
    """Give the sample school's 2025-2026 draft a plan, a reference date, a cause and proposals (and no parents'
    survey, which would make it version 3); finalise it."""
    d = next(a for a in repo.list_assessments() if not a.is_final and a.school_code.endswith("00000"))
    repo.delete_survey_forms(d.id, [f.id for f in repo.list_survey_forms(d.id)])
    complete(repo, d)
    repo.set_plan_basis(d.school_year, BASIS)
    not_met = next(c for c, v in repo.snapshot(d.id)["verdicts"].items() if v == "not_met")
    repo.save_report_details(d.id, reference_date="30/09/2025", causes={not_met: "Thiếu kinh phí sửa chữa."},
                             proposals={"so": "- Cấp thêm 2 máy lọc nước.", "province": "", "commune": "",
                                        "school": ""})
    repo.finalise(d.id, doc_number=9, doc_date="2026-05-20")
    return d.id


def export_assessment_all(repo, folder):
    """Every finalised assessment of ``repo`` as files in ``folder``/all."""
    from papi_desktop.exchange.writer import export_all

    return export_all(repo, folder / "all")


@pytest.fixture
def with_details(demo_repo, tmp_path):
    aid = _finalise_with_details(demo_repo)
    return demo_repo, aid, export_assessment(demo_repo, aid, tmp_path / "v2.papi")


def test_details_travel_and_the_office_prints_the_same_report(with_details, office):
    """A file with report details says format version 2; imported, the office holds the same content (hash) and
    builds the very same report bytes, last year's scores included."""
    from papi_desktop.report.builder import report_bytes

    repo, aid, path = with_details
    files = entries(path.read_bytes())
    assert json.loads(files["manifest.json"])["format_version"] == 2
    assert json.loads(files["assessment.json"])["report"]["reference_date"] == "2025-09-30"
    previous = [p for p in export_assessment_all(repo, path.parent) if "2024-2025" in p.name]
    assert import_paths(office, [*previous, path]).count("imported") == 2
    assert office.canonical(aid) == repo.canonical(aid)
    assert office.get_assessment(aid).content_hash == repo.get_assessment(aid).content_hash
    cat = repo.catalogue_of(repo.get_assessment(aid))
    assert report_bytes(office.snapshot(aid), cat, invariant=True) == report_bytes(repo.snapshot(aid), cat,
                                                                                   invariant=True)


def test_files_without_details_stay_version_one(exported):
    """An assessment finalised without report details (and without a survey) is written as format version 1,
    content without the member, so older offices keep reading it."""
    versions = []
    for path in exported:
        files = entries(path.read_bytes())
        content = json.loads(files["assessment.json"])
        versions.append(json.loads(files["manifest.json"])["format_version"])
        assert versions[-1] == (3 if "survey" in content else 1)
        assert "report" not in content
    assert 1 in versions


def test_schema_accepts_old_and_new_content(with_details, exported):
    """The assessment schema accepts a version-1 content and a content with the "report" member."""
    from papi_desktop.exchange.fileformat import content_validator

    _repo, _aid, path = with_details
    for p in [path, *exported]:
        content_validator()(json.loads(entries(p.read_bytes())["assessment.json"]))


@pytest.fixture
def v2_good(with_details, office):
    """The version-2 file's bytes; the office already holds another school's file."""
    repo, _aid, path = with_details
    other = [p for p in export_assessment_all(repo, path.parent) if "TH64400001" in p.name]
    import_paths(office, other)
    return path.read_bytes()


def test_a_version_one_file_carrying_details_is_refused(office, tmp_path, v2_good):
    """A manifest that says version 1 over content with version-2 members is inconsistent: refused, nothing
    written."""
    r = _import_bad(office, tmp_path, rebuild(v2_good, manifest=lambda m: m.update(format_version=1)))
    assert "không khớp" in r.reason_vi


@pytest.mark.parametrize(("change", "words"), [
    (lambda c: c["report"]["causes"].update({"XX.99": "không có tiêu chí này"}), "không hợp lệ"),
    (lambda c: c["report"].update(reference_date="2025-02-30"), "không hợp lệ"),
    (lambda c: c["report"]["causes"].update({"D1.01": "có\u0007chuông"}), "không hợp lệ"),
    (lambda c: c["report"].update(extra="?"), "sai cấu trúc"),
    (lambda c: c["report"]["proposals"].update(ministry="?"), "sai cấu trúc"),
    (lambda c: c["report"]["basis"].pop("issuer"), "sai cấu trúc"),
    (lambda c: c.update(report={}), "sai cấu trúc"),
    (lambda c: c["report"]["basis"].update(number="x" * 301), "sai cấu trúc"),
])
def test_hostile_report_details_are_refused(office, tmp_path, v2_good, change, words):
    """Unknown criteria, impossible dates, control characters, extra members, unknown levels, a plan without its
    issuer, an empty member and overlong text are refused with a reason; the office's database is unchanged."""
    r = _import_bad(office, tmp_path, rebuild(v2_good, content=change))
    assert words in r.reason_vi


def test_a_newer_revision_without_details_drops_the_old_ones(with_details, office, tmp_path):
    """When the school reopens, clears its details and finalises again, the office's copy loses them too."""
    repo, aid, path = with_details
    import_paths(office, [path])
    assert office.stored_details(aid)["reference_date"] == "2025-09-30"
    repo.reopen(aid, reason="Bỏ phần đề xuất")
    repo.set_plan_basis("2025-2026", None)
    details = repo.stored_details(aid)
    repo.save_report_details(aid, reference_date=None, proposals=None,
                             causes={cid: "" for cid in details.get("causes", {})})
    repo.finalise(aid)
    newer = export_assessment(repo, aid, tmp_path / "r2.papi")
    assert json.loads(zipfile.ZipFile(newer).read("manifest.json"))["format_version"] == 1
    import_paths(office, [newer])
    assert office.stored_details(aid) == {} and "report" not in office.canonical(aid)
    assert office.canonical(aid) == repo.canonical(aid)
